#include "core/files/jsonreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace cd {

const JsonNode *JsonNode::member(QStringView key) const
{
    for (const auto &[name, value] : m_members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

QString JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

class JsonParser
{
public:
    JsonParser(QByteArrayView data, const QString &fileName) : m_data(data), m_fileName(fileName) {}

    std::optional<JsonNode> parseDocument(Diagnostic *error)
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        JsonNode root;
        if (!parseValue(root, 0) || !expectEnd()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return root;
    }

private:
    Q_DECLARE_TR_FUNCTIONS(cd::JsonParser)

    bool fail(const QString &message)
    {
        m_error = Diagnostic{m_fileName, m_line, QString(), message};
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool expectEnd()
    {
        skipSpace();
        return m_pos == m_data.size() || fail(tr("unexpected text after the JSON value"));
    }

    bool parseValue(JsonNode &node, int depth)
    {
        if (depth > 64)
            return fail(tr("JSON nested too deeply"));
        skipSpace();
        if (m_pos >= m_data.size())
            return fail(tr("unexpected end of the JSON text"));
        node.m_line = m_line;
        const char c = m_data[m_pos];
        if (c == '{')
            return parseObject(node, depth);
        if (c == '[')
            return parseArray(node, depth);
        if (c == '"') {
            node.m_type = JsonNode::Type::String;
            return parseString(node.m_text);
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber(node);
        for (const auto &[word, type, value] :
             {std::tuple{"true", JsonNode::Type::Bool, true}, std::tuple{"false", JsonNode::Type::Bool, false},
              std::tuple{"null", JsonNode::Type::Null, false}}) {
            if (m_data.sliced(m_pos).startsWith(word)) {
                m_pos += qsizetype(qstrlen(word));
                node.m_type = type;
                node.m_bool = value;
                return true;
            }
        }
        return fail(tr("unexpected character in JSON"));
    }

    bool parseObject(JsonNode &node, int depth)
    {
        node.m_type = JsonNode::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size() || m_data[m_pos] != '"')
                return fail(tr("expected a quoted member name"));
            QString key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_pos >= m_data.size() || m_data[m_pos] != ':')
                return fail(tr("expected ':' after a member name"));
            ++m_pos;
            JsonNode value;
            if (!parseValue(value, depth + 1))
                return false;
            if (node.member(key))
                return fail(tr("the member \"%1\" appears twice").arg(key));
            node.m_members.append({key, std::move(value)});
            skipSpace();
            if (m_pos < m_data.size() && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or '}' in an object"));
        }
    }

    bool parseArray(JsonNode &node, int depth)
    {
        node.m_type = JsonNode::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_data.size() && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonNode value;
            if (!parseValue(value, depth + 1))
                return false;
            node.m_items.append(std::move(value));
            skipSpace();
            if (m_pos < m_data.size() && m_data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            return fail(tr("expected ',' or ']' in an array"));
        }
    }

    bool parseHex4(char32_t &value)
    {
        if (m_pos + 4 > m_data.size())
            return fail(tr("incomplete \\u escape"));
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_data[m_pos++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= char32_t(c - 'A' + 10);
            else
                return fail(tr("bad \\u escape"));
        }
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_pos; // opening quote
        QByteArray bytes;
        while (true) {
            if (m_pos >= m_data.size())
                return fail(tr("a string is not closed"));
            const char c = m_data[m_pos++];
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(tr("a control character inside a string"));
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            if (m_pos >= m_data.size())
                return fail(tr("a string is not closed"));
            const char e = m_data[m_pos++];
            switch (e) {
            case '"': bytes.append('"'); break;
            case '\\': bytes.append('\\'); break;
            case '/': bytes.append('/'); break;
            case 'b': bytes.append('\b'); break;
            case 'f': bytes.append('\f'); break;
            case 'n': bytes.append('\n'); break;
            case 'r': bytes.append('\r'); break;
            case 't': bytes.append('\t'); break;
            case 'u': {
                char32_t code = 0;
                if (!parseHex4(code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF && m_data.sliced(m_pos).startsWith("\\u")) {
                    m_pos += 2;
                    char32_t low = 0;
                    if (!parseHex4(low))
                        return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                bytes.append(QString::fromUcs4(&code, 1).toUtf8());
                break;
            }
            default:
                return fail(tr("unknown escape in a string"));
            }
        }
        out = QString::fromUtf8(bytes);
        return true;
    }

    bool parseNumber(JsonNode &node)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos];
            if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
                break;
            ++m_pos;
        }
        node.m_type = JsonNode::Type::Number;
        node.m_text = QString::fromLatin1(m_data.sliced(start, m_pos - start));
        return true;
    }

    QByteArrayView m_data;
    const QString &m_fileName;
    qsizetype m_pos = 0;
    int m_line = 1;
    Diagnostic m_error;
};

std::optional<JsonNode> parseJson(QByteArrayView utf8, const QString &fileName, Diagnostic *error)
{
    return JsonParser(utf8, fileName).parseDocument(error);
}

JsonMemberChecker::JsonMemberChecker(const QString &fileName, Diagnostics &errors, Diagnostics *warnings,
                                     JsonCheckTexts texts)
    : m_fileName(fileName), m_errors(errors), m_warnings(warnings), m_texts(std::move(texts))
{
}

void JsonMemberChecker::error(const JsonNode &node, const QString &field, const QString &message)
{
    m_errors << Diagnostic{m_fileName, node.line(), field, message};
}

void JsonMemberChecker::warning(const JsonNode &node, const QString &field, const QString &message)
{
    if (m_warnings)
        *m_warnings << Diagnostic{m_fileName, node.line(), field, message};
}

QString JsonMemberChecker::fieldOf(const QString &parent, QStringView key)
{
    return parent.isEmpty() ? key.toString() : parent + QLatin1Char('.') + key.toString();
}

QString JsonMemberChecker::itemOf(QStringView key, qsizetype index)
{
    return key.toString() + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonMemberChecker::listed(std::initializer_list<QStringView> names)
{
    QString list;
    for (const QStringView name : names) {
        if (!list.isEmpty())
            list += QStringLiteral(", ");
        list += name;
    }
    return list;
}

void JsonMemberChecker::unknownMembers(const JsonNode &object, const QString &parent,
                                       std::initializer_list<QStringView> known, Unknown severity,
                                       const QString &message)
{
    for (const auto &[name, value] : object.members()) {
        if (std::find(known.begin(), known.end(), QStringView(name)) != known.end())
            continue;
        if (severity == Unknown::Error)
            error(value, fieldOf(parent, name), message);
        else
            warning(value, fieldOf(parent, name), message);
    }
}

bool JsonMemberChecker::expectType(const JsonNode &node, JsonNode::Type type, const QString &field,
                                   const QString &message)
{
    if (node.type() != type)
        error(node, field, message);
    return node.type() == type;
}

bool JsonMemberChecker::expectString(const JsonNode &node, const QString &field, const JsonStringTexts &texts)
{
    if (node.isString())
        return true;
    // A number where a string belongs may already have been through binary floating point: formats that
    // hold decimals in strings say so.
    if (node.isNumber() && !texts.number.isEmpty())
        error(node, field, texts.number.arg(node.text()));
    else
        error(node, field, texts.wrongType.arg(JsonNode::typeName(node.type())));
    return false;
}

const JsonNode *JsonMemberChecker::member(const JsonNode &object, QStringView key, const QString &field,
                                          Presence presence)
{
    const JsonNode *node = object.member(key);
    if (!node && presence == Presence::Required)
        error(object, field, m_texts.isRequired);
    return node;
}

const JsonNode *JsonMemberChecker::stringMember(const JsonNode &object, QStringView key, const QString &field,
                                                Presence presence, const JsonStringTexts &texts)
{
    const JsonNode *node = member(object, key, field, presence);
    return node && expectString(*node, field, texts) ? node : nullptr;
}

const JsonNode *JsonMemberChecker::nonEmptyString(const JsonNode &object, QStringView key,
                                                  const QString &field)
{
    const JsonNode *node = stringMember(object, key, field, Presence::Required);
    if (node && node->text().trimmed().isEmpty())
        error(*node, field, m_texts.mustNotBeEmpty);
    return node;
}

} // namespace cd
