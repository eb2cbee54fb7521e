#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace cd {

// A JSON value that remembers the line it starts on, so that plan and program files get
// "FILE:LINE: FIELD: …" errors. Numbers keep their literal text: the specs forbid JSON numbers where a
// decimal is meant (they may already have been through binary floating point elsewhere), and callers must
// be able to say which field held one.
class JsonNode
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    int line() const { return m_line; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNull() const { return m_type == Type::Null; }
    // String content, or a number's literal text.
    const QString &text() const { return m_text; }
    bool boolean() const { return m_bool; }
    const QList<JsonNode> &items() const { return m_items; }
    const QList<std::pair<QString, JsonNode>> &members() const { return m_members; }
    // The member with this key, or nullptr.
    const JsonNode *member(QStringView key) const;
    static QString typeName(Type type);

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    int m_line = 1;
    QString m_text;
    bool m_bool = false;
    QList<JsonNode> m_items;
    QList<std::pair<QString, JsonNode>> m_members;
};

// Parses RFC 8259 JSON. On a syntax error it returns nullopt and sets *error to a diagnostic with the line.
// A key given twice in one object is a syntax error: the checker below never sees one.
std::optional<JsonNode> parseJson(QByteArrayView utf8, const QString &fileName, Diagnostic *error);

// What a file format says when a value that belongs in a JSON string is something else.
struct JsonStringTexts
{
    QString wrongType; // %1: the JSON type found instead
    QString number;    // %1: the number's literal; empty when a number is just another wrong type
};

// A file format's words for the checks every format shares. Each format fills them from its own translation
// context, so that its messages read in every language as they always have.
struct JsonCheckTexts
{
    QString isRequired;     // a required member is absent (reported on the object)
    QString mustNotBeEmpty; // a required string is blank
    JsonStringTexts string;
};

// Checks the members of a document's JSON objects against what a file format expects: the required ones,
// the unknown ones, the types of their values. Each problem goes out as FILE:LINE: FIELD: message, FIELD
// being the member's path (tiers[0].requires[1].value), and checking goes on, so that one pass finds all.
class JsonMemberChecker
{
public:
    enum class Presence { Optional, Required };
    enum class Unknown { Error, Warning }; // an unknown member is a mistake, or a word that it is ignored

    // `fileName` and `errors` must outlive the checker; `warnings` may be null (warnings are dropped).
    JsonMemberChecker(const QString &fileName, Diagnostics &errors, Diagnostics *warnings,
                      JsonCheckTexts texts);

    void error(const JsonNode &node, const QString &field, const QString &message);
    void warning(const JsonNode &node, const QString &field, const QString &message);
    qsizetype errorCount() const { return m_errors.size(); }

    // The path of a member: "tiers[0]" and "id" give "tiers[0].id", "" and "id" give "id".
    static QString fieldOf(const QString &parent, QStringView key);
    // The path of an array item: "tiers" and 2 give "tiers[2]".
    static QString itemOf(QStringView key, qsizetype index);
    // "a, b, c", for messages that list the known members.
    static QString listed(std::initializer_list<QStringView> names);

    // Reports each member of `object` (at `parent`) whose key is not in `known`, with `message`.
    void unknownMembers(const JsonNode &object, const QString &parent,
                        std::initializer_list<QStringView> known, Unknown severity, const QString &message);
    // Reports a node that is not of `type` with `message`; true when it is.
    bool expectType(const JsonNode &node, JsonNode::Type type, const QString &field, const QString &message);
    // Reports a node that is not a string (texts.string); true when it is.
    bool expectString(const JsonNode &node, const QString &field)
    {
        return expectString(node, field, m_texts.string);
    }
    bool expectString(const JsonNode &node, const QString &field, const JsonStringTexts &texts);

    // The member `key` of `object`, whose path is `field`; an absent one is reported when required.
    const JsonNode *member(const JsonNode &object, QStringView key, const QString &field, Presence presence);
    // The member if it is a string, else nullptr; an absent one is reported when required, a wrong type
    // always.
    const JsonNode *stringMember(const JsonNode &object, QStringView key, const QString &field,
                                 Presence presence)
    {
        return stringMember(object, key, field, presence, m_texts.string);
    }
    const JsonNode *stringMember(const JsonNode &object, QStringView key, const QString &field,
                                 Presence presence, const JsonStringTexts &texts);
    // A required string member that must not be blank. A blank one is reported and still returned.
    const JsonNode *nonEmptyString(const JsonNode &object, QStringView key, const QString &field);

private:
    const QString &m_fileName;
    Diagnostics &m_errors;
    Diagnostics *m_warnings;
    JsonCheckTexts m_texts;
};

} // namespace cd
