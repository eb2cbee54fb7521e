#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QStringList>

// How the CSV tests show a field on one line: line breaks inside quoted fields written as \r and \n.
inline QString shownField(QByteArrayView field)
{
    return QString::fromUtf8(field)
        .replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

// data.md's reading rules, spelt out as a state machine over single bytes: the reference the generated
// files are read against. Slow and plain on purpose; it shares nothing with the reader under test.
class ReferenceCsv
{
public:
    explicit ReferenceCsv(const QByteArray &csv) : m_csv(csv)
    {
        if (m_csv.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    // The transcript tst_csv takes of CsvReader: header, missing and unknown columns, then records.
    QStringList transcript()
    {
        if (m_pos >= m_csv.size())
            return {QStringLiteral("f.csv:1: the file is empty; a header row is required")};
        const Record head = nextRecord();
        if (!head.error.isEmpty())
            return {QStringLiteral("f.csv:%1: %2").arg(head.line).arg(head.error)};
        QStringList header;
        for (const QByteArray &name : head.fields) {
            const QString trimmed = QString::fromUtf8(name).trimmed();
            if (header.contains(trimmed))
                return {cd::Diagnostic{QStringLiteral("f.csv"), head.line, trimmed,
                                       QStringLiteral("the column appears twice in the header")}
                            .toString()};
            header << trimmed;
        }
        QStringList out{QStringLiteral("header: ") + header.join(QLatin1Char('|'))};
        for (const char *required : {"a", "zz"}) {
            if (!header.contains(QLatin1String(required)))
                out << QStringLiteral("f.csv:1: %1: required column is missing from the header")
                           .arg(QLatin1String(required));
        }
        QStringList unknown = header;
        unknown.removeAll(QStringLiteral("a"));
        out << QStringLiteral("unknown: ") + unknown.join(QLatin1Char('|'));
        while (skipBlankLines()) {
            const Record record = nextRecord();
            if (!record.error.isEmpty()) {
                out << QStringLiteral("f.csv:%1: %2").arg(record.line).arg(record.error);
            } else if (record.fields.size() != header.size()) {
                out << QStringLiteral("f.csv:%1: expected %2 fields as in the header, found %3")
                           .arg(record.line)
                           .arg(header.size())
                           .arg(record.fields.size());
            } else {
                QStringList fields;
                for (const QByteArray &field : record.fields)
                    fields << shownField(field);
                out << QString::number(record.line) + QStringLiteral(": ") + fields.join(QLatin1Char('|'));
            }
        }
        return out;
    }

private:
    struct Record
    {
        int line = 0;
        QList<QByteArray> fields;
        QString error;
    };
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    static constexpr int End = -1;

    int peek() const { return m_pos < m_csv.size() ? static_cast<unsigned char>(m_csv[m_pos]) : End; }
    static bool isLineEnd(int c) { return c == End || c == '\n' || c == '\r'; }

    // A lone CR, a lone LF and CR LF each end one line.
    void endLine()
    {
        if (peek() == '\r')
            ++m_pos;
        if (peek() == '\n')
            ++m_pos;
        ++m_line;
    }
    bool skipBlankLines()
    {
        while (peek() == '\n' || peek() == '\r') {
            const bool crBeforeLf = peek() == '\r' && m_pos + 1 < m_csv.size() && m_csv[m_pos + 1] == '\n';
            if (!crBeforeLf)
                ++m_line;
            ++m_pos;
        }
        return peek() != End;
    }
    static QByteArray unguarded(const QByteArray &field)
    {
        static const QByteArray triggers("=+-@\t\r");
        return field.size() >= 2 && field[0] == '\'' && triggers.contains(field[1]) ? field.mid(1) : field;
    }
    Record failOnThisLine(Record record, const QString &message)
    {
        while (!isLineEnd(peek()))
            ++m_pos;
        endLine();
        record.error = message;
        return record;
    }

    Record nextRecord()
    {
        Record record{m_line, {}, {}};
        QByteArray field;
        State state = State::FieldStart;
        while (true) {
            const int c = peek();
            switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    ++m_pos;
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
            case State::QuoteInQuoted:
                if (c == ',' || isLineEnd(c)) {
                    record.fields << unguarded(field);
                    field.clear();
                    if (c != ',') {
                        endLine();
                        return record;
                    }
                    state = State::FieldStart;
                    ++m_pos;
                } else if (state == State::QuoteInQuoted && c == '"') {
                    field += '"';
                    state = State::Quoted;
                    ++m_pos;
                } else if (state == State::QuoteInQuoted) {
                    return failOnThisLine(record, QStringLiteral("unexpected text after a closing quote"));
                } else if (c == '"') {
                    return failOnThisLine(
                        record, QStringLiteral("a quote inside an unquoted field (quote the whole field)"));
                } else {
                    field += char(c);
                    ++m_pos;
                }
                break;
            case State::Quoted:
                if (c == End) {
                    record.error = QStringLiteral("a quoted field is not closed before the end of the file");
                    return record;
                }
                if (c == '"') {
                    state = State::QuoteInQuoted;
                } else {
                    m_line += c == '\n';
                    field += char(c);
                }
                ++m_pos;
                break;
            }
        }
    }

    QByteArray m_csv;
    qsizetype m_pos = 0;
    int m_line = 1;
};
