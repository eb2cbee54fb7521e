// The statements of commission.md: as CSV, byte for byte, and as value types.
#include "core/commission/commission.h"

#include "core/files/csv.h"

#include <QBuffer>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>

namespace cd {

QString statementLineKindName(StatementLineKind kind)
{
    switch (kind) {
    case StatementLineKind::Commission:
        return QStringLiteral("commission");
    case StatementLineKind::Clawback:
        return QStringLiteral("clawback");
    case StatementLineKind::Bonus:
        return QStringLiteral("bonus");
    case StatementLineKind::Total:
        return QStringLiteral("total");
    }
    return {};
}

namespace {

// The statement writer fills one buffer through a raw pointer: a million lines go out without a QString
// or an append call per field.
class Sink
{
public:
    explicit Sink(qsizetype expected)
    {
        m_buffer.resize(std::max<qsizetype>(expected, 256));
        m_at = m_buffer.data();
        m_end = m_at + m_buffer.size();
    }

    // Room for `size` more bytes.
    char *reserve(qsizetype size)
    {
        if (m_end - m_at < size) {
            const qsizetype used = m_at - m_buffer.data();
            m_buffer.resize(std::max(used + size, m_buffer.size() * 2));
            m_at = m_buffer.data() + used;
            m_end = m_buffer.data() + m_buffer.size();
        }
        return m_at;
    }
    void put(QByteArrayView bytes)
    {
        // Fields are short: two overlapping fixed-size moves beat a call to memcpy.
        const size_t size = size_t(bytes.size());
        const char *from = bytes.data();
        if (size >= 8 && size <= 16) {
            quint64 head;
            quint64 tail;
            std::memcpy(&head, from, 8);
            std::memcpy(&tail, from + size - 8, 8);
            std::memcpy(m_at, &head, 8);
            std::memcpy(m_at + size - 8, &tail, 8);
        } else if (size >= 4 && size < 8) {
            quint32 head;
            quint32 tail;
            std::memcpy(&head, from, 4);
            std::memcpy(&tail, from + size - 4, 4);
            std::memcpy(m_at, &head, 4);
            std::memcpy(m_at + size - 4, &tail, 4);
        } else if (size < 4) {
            for (size_t i = 0; i < size; ++i)
                m_at[i] = from[i];
        } else {
            std::memcpy(m_at, from, size);
        }
        m_at += size;
    }
    void put(char c) { *m_at++ = c; }
    // Exactly `minorDigits` decimals, '-' only for a value below zero (never "-0.00"). Digits go two at a
    // time from a table: half the divisions.
    void putAmount(qint64 value, int minorDigits)
    {
        static constexpr auto pairs = [] {
            std::array<char, 200> table{};
            for (int i = 0; i < 100; ++i) {
                table[size_t(2 * i)] = char('0' + i / 10);
                table[size_t(2 * i + 1)] = char('0' + i % 10);
            }
            return table;
        }();
        char digits[32];
        char *const end = digits + sizeof digits;
        char *p = end;
        quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
        while (magnitude >= 100) {
            const size_t pair = size_t(magnitude % 100) * 2;
            magnitude /= 100;
            p -= 2;
            p[0] = pairs[pair];
            p[1] = pairs[pair + 1];
        }
        if (magnitude >= 10) {
            p -= 2;
            p[0] = pairs[size_t(magnitude) * 2];
            p[1] = pairs[size_t(magnitude) * 2 + 1];
        } else {
            *--p = char('0' + magnitude);
        }
        // At least one digit before the point: 5 cents read "0.05".
        while (end - p < minorDigits + 1)
            *--p = '0';
        if (minorDigits > 0) {
            const qsizetype integerDigits = (end - p) - minorDigits;
            std::memmove(p - 1, p, size_t(integerDigits));
            --p;
            p[integerDigits] = '.';
        }
        if (value < 0)
            *--p = '-';
        put(QByteArrayView(p, end - p));
    }
    // A text field through data.md's guard: ids almost never need it, so they are only checked.
    void putText(QByteArrayView text)
    {
        static constexpr auto special = [] {
            std::array<bool, 256> table{};
            for (const unsigned char c : {',', '"', '\n', '\r'})
                table[c] = true;
            return table;
        }();
        bool plain = text.isEmpty() || !(text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                                         text[0] == '@' || text[0] == '\t' || text[0] == '\r');
        for (qsizetype i = 0; plain && i < text.size(); ++i)
            plain = !special[static_cast<unsigned char>(text[i])];
        if (plain) {
            put(text);
            return;
        }
        const QByteArray escaped = CsvWriter::escapedText(QString::fromUtf8(text));
        reserve(escaped.size());
        put(escaped);
    }
    QByteArray take()
    {
        m_buffer.resize(m_at - m_buffer.data());
        return std::move(m_buffer);
    }

private:
    QByteArray m_buffer;
    char *m_at = nullptr;
    char *m_end = nullptr;
};

const QByteArrayView kindTexts[] = {"commission,", "clawback,", "bonus,", "total,"};
const char StatementHeader[] = "partner,period,kind,deal,credit,amount\n";
constexpr qsizetype AmountRoom = 24; // sign, 19 digits, point, and a comma

} // namespace

QByteArray statementCsv(const CommissionPlan &plan, const CommissionBatch &batch,
                        const CommissionResult &result)
{
    const int minor = plan.currency.minorDigits();
    // An upper bound of the size, so that the buffer never moves: a guarded text field at most doubles.
    qsizetype bound = sizeof StatementHeader;
    for (const CommissionResult::Statement &statement : result.statements) {
        const qsizetype prefix = 2 * batch.partners.at(statement.partner).size() + 24;
        bound += qsizetype(statement.lineCount + 1) * (prefix + 16 + 2 * AmountRoom);
    }
    for (const CommissionResult::Line &line : result.lines)
        bound += 2 * qsizetype(line.dealIdSize) + 3;
    Sink out(bound);
    out.reserve(sizeof StatementHeader);
    out.put(QByteArrayView(StatementHeader));
    QHash<qint32, QByteArray> labels;
    QByteArray prefix;
    const CommissionResult::Line *const lines = result.lines.data();
    for (const CommissionResult::Statement &statement : result.statements) {
        auto label = labels.find(statement.window);
        if (label == labels.end())
            label = labels.insert(statement.window,
                                  commissionWindowPeriod(plan, statement.window).label().toUtf8());
        prefix = CsvWriter::escapedText(QString::fromUtf8(batch.partners.at(statement.partner))) + ',' +
                 *label + ',';
        const quint32 end = statement.firstLine + statement.lineCount;
        for (quint32 i = statement.firstLine; i < end; ++i) {
            // Lines follow partners and dates, ids lie in file order: fetch a few lines ahead.
            if (i + 8 < result.lines.size())
                __builtin_prefetch(lines[i + 8].dealIdData);
            const CommissionResult::Line &line = lines[i];
            out.reserve(prefix.size() + 16 + qsizetype(line.dealIdSize) + 2 * AmountRoom);
            out.put(prefix);
            out.put(kindTexts[int(line.kind)]);
            out.putText(line.dealId());
            out.put(',');
            if (line.kind == StatementLineKind::Commission)
                out.putAmount(line.credit, minor);
            out.put(',');
            out.putAmount(line.amount, minor);
            out.put('\n');
        }
        out.reserve(prefix.size() + 16 + 2 * AmountRoom);
        out.put(prefix);
        out.put(QByteArrayView("total,,"));
        out.putAmount(statement.credit, minor);
        out.put(',');
        out.putAmount(statement.total, minor);
        out.put('\n');
    }
    return out.take();
}

QByteArray statementCsv(const QList<Statement> &statements)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("partner"), QStringLiteral("period"), QStringLiteral("kind"),
                         QStringLiteral("deal"), QStringLiteral("credit"), QStringLiteral("amount")});
        for (const Statement &statement : statements) {
            for (const StatementLine &line : statement.lines) {
                writer.addText(statement.partnerId).addText(statement.period.label());
                writer.addText(statementLineKindName(line.kind)).addText(line.dealId);
                writer.addValue(line.credit ? line.credit->toString() : QString());
                writer.addValue(line.amount.toString());
                writer.endRow();
            }
        }
    }
    return buffer.data();
}

QList<Statement> statementsOf(const CommissionPlan &plan, const CommissionBatch &batch,
                              const CommissionResult &result)
{
    auto money = [&](qint64 units) { return Money::fromMinorUnits(Int128(units), plan.currency); };
    QList<Statement> statements;
    statements.reserve(qsizetype(result.statements.size()));
    for (const CommissionResult::Statement &compact : result.statements) {
        Statement statement;
        statement.partnerId = QString::fromUtf8(batch.partners.at(compact.partner));
        statement.period = commissionWindowPeriod(plan, compact.window);
        for (quint32 i = compact.firstLine; i < compact.firstLine + compact.lineCount; ++i) {
            const CommissionResult::Line &line = result.lines[i];
            StatementLine value;
            value.kind = line.kind;
            if (line.kind != StatementLineKind::Bonus)
                value.dealId = QString::fromUtf8(line.dealId());
            if (line.kind == StatementLineKind::Commission)
                value.credit = money(line.credit);
            value.amount = money(line.amount);
            statement.lines << value;
        }
        statement.lines << StatementLine{StatementLineKind::Total, QString(), money(compact.credit),
                                         money(compact.total)};
        statements << statement;
    }
    return statements;
}

} // namespace cd
