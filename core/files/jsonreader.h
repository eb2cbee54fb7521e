#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>

#include <memory>
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
std::optional<JsonNode> parseJson(QByteArrayView utf8, const QString &fileName, Diagnostic *error);

} // namespace cd
