#include "store/importexport/importrows.h"

#include "store/records/recordrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Importer)
};

bool digitsAt(const char *p, std::initializer_list<int> positions)
{
    for (int i : positions) {
        if (p[i] < '0' || p[i] > '9')
            return false;
    }
    return true;
}

int number(const char *p, int length)
{
    int value = 0;
    for (int i = 0; i < length; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

QString shown(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

// "60" or "12.5" as decimalText() writes it: no sign, no leading zeros, no trailing zeros after the point.
bool isCanonicalDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text[0] < '0' || text[0] > '9')
        return false;
    const qsizetype point = text.indexOf('.');
    const qsizetype integerDigits = point < 0 ? text.size() : point;
    if (integerDigits > 1 && text[0] == '0')
        return false;
    return point < 0 || (point + 1 < text.size() && text.back() != '0');
}

void IdRegister::clear()
{
    m_ordered.clear();
    m_hash.clear();
    m_capacity = 0;
    m_hashed = false;
}

int IdRegister::seen(QByteArrayView key, int line)
{
    auto bytes = [](QByteArrayView view) { return std::string_view(view.data(), size_t(view.size())); };
    if (!m_hashed) {
        if (m_ordered.empty() || bytes(m_ordered.back().first) < bytes(key)) {
            m_ordered.emplace_back(key, line);
            return 0;
        }
        if (bytes(m_ordered.back().first) == bytes(key))
            return m_ordered.back().second;
        m_hash.reserve(std::max(m_capacity, qsizetype(m_ordered.size()) * 2));
        for (const auto &[earlier, earlierLine] : m_ordered)
            m_hash.insert(earlier, earlierLine);
        m_ordered = {};
        m_hashed = true;
    }
    const auto found = m_hash.constFind(key);
    if (found != m_hash.cend())
        return found.value();
    m_hash.insert(key, line);
    return 0;
}

qint64 countLines(QByteArrayView data)
{
    qint64 lines = 0;
    const char *p = data.data();
    const char *end = p + data.size();
    while (p < end) {
        const void *found = std::memchr(p, '\n', size_t(end - p));
        if (!found)
            return lines + 1;
        ++lines;
        p = static_cast<const char *>(found) + 1;
    }
    return lines;
}

std::optional<QDate> parseIsoDateBytes(QByteArrayView bytes)
{
    if (bytes.size() != 10)
        return std::nullopt;
    const char *p = bytes.data();
    if (p[4] != '-' || p[7] != '-' || !digitsAt(p, {0, 1, 2, 3, 5, 6, 8, 9}))
        return std::nullopt;
    const QDate date(number(p, 4), number(p + 5, 2), number(p + 8, 2));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseIsoDateTimeBytes(QByteArrayView bytes)
{
    if (bytes.size() != 20)
        return std::nullopt;
    const char *p = bytes.data();
    if (p[10] != 'T' || p[13] != ':' || p[16] != ':' || p[19] != 'Z' || !digitsAt(p, {11, 12, 14, 15, 17, 18}))
        return std::nullopt;
    const std::optional<QDate> date = parseIsoDateBytes(bytes.first(10));
    const QTime time(number(p + 11, 2), number(p + 14, 2), number(p + 17, 2));
    if (!date || !time.isValid())
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

ColumnMap mapColumns(const CsvReader &reader, RecordKind kind)
{
    return withDescription(kind,
                           [&]<typename Record>(const Description<Record> &) { return mapColumns<Record>(reader); });
}

const QStringList &requiredColumns(RecordKind kind)
{
    return withDescription(kind, []<typename Record>(const Description<Record> &) -> const QStringList & {
        return requiredColumns<Record>();
    });
}

RowParser::RowParser(const CsvReader &reader, const ColumnMap &columns, bool checkUtf8, Diagnostics &errors)
    : m_reader(reader), m_columns(columns), m_checkUtf8(checkUtf8), m_errors(errors)
{
}

void RowParser::fail(int column, const QString &message)
{
    m_errors << m_reader.diagnostic((*m_names)[column], message);
    m_failedFields << (*m_names)[column];
    ++m_failures;
}

void RowParser::checkRules(const Diagnostics &problems)
{
    for (const Diagnostic &problem : problems) {
        if (m_failedFields.contains(problem.field))
            continue;
        m_errors << m_reader.diagnostic(problem.field, problem.message);
        m_failedFields << problem.field;
        ++m_failures;
    }
}

// Field by field in the description's order, each one's parse chosen at compile time: a row costs what
// hand-written code would.
template<typename Record>
Record RowParser::read()
{
    m_names = &headersOf<Record>();
    Record record;
    forEachField<Record>([&](auto column) { readField<Record, column>(record); });
    return record;
}

template<typename Record, int Column>
void RowParser::readField(Record &record)
{
    constexpr const Field<Record> &field = descriptionOf<Record>().fields[Column];
    if constexpr (field.type == FieldType::Amount) {
        readMoney<Record, Column>(record); // with its own rules for what must be filled in
        return;
    } else if constexpr (field.type == FieldType::AmountCurrency) {
        return; // read with its amount
    } else if constexpr (field.type == FieldType::Text) {
        record.*field.template memberAs<QString>() =
            field.requirement == Requirement::Filled ? text(Column) : freeText(Column);
    } else if constexpr (field.type == FieldType::Code || field.type == FieldType::Reference) {
        record.*field.template memberAs<QString>() = text(Column);
    } else if constexpr (field.type == FieldType::PartnerSplit) {
        record.*field.template memberAs<QList<DealShare>>() = partnerSplit(Column);
    } else if constexpr (field.type == FieldType::Date) {
        record.*field.template memberAs<QDate>() = date(Column);
    } else if constexpr (field.type == FieldType::DateTime) {
        record.*field.template memberAs<QDateTime>() = dateTime(Column);
    } else if constexpr (field.type == FieldType::CurrencyCode) {
        if (const std::optional<Currency> code = currency(Column))
            record.*field.template memberAs<QString>() = code->code();
    } else if constexpr (field.type == FieldType::Percent) {
        record.*field.template memberAs<std::optional<Decimal>>() = percent(Column);
    } else if constexpr (field.type == FieldType::Number) {
        record.*field.template memberAs<Decimal>() = number(Column);
    }
    if constexpr (field.requirement == Requirement::Filled)
        requireFilled(Column);
}

// The currency (the next column) first, then the amount in it. An optional amount needs its currency, and
// the currency alone means nothing.
template<typename Record, int Column>
void RowParser::readMoney(Record &record)
{
    constexpr const Field<Record> &amount = descriptionOf<Record>().fields[Column];
    constexpr int currencyColumn = Column + 1;
    const std::optional<Currency> unit = currency(currencyColumn);
    if constexpr (!amount.isOptionalMoney()) {
        requireFilled(currencyColumn);
        record.*amount.template memberAs<Money>() = money(Column, unit, amount.requirement == Requirement::Filled);
    } else if (!raw(Column).isEmpty()) {
        if (!unit && raw(currencyColumn).isEmpty())
            fail(currencyColumn, ImporterText::tr("is required with a revenue commitment"));
        else
            record.*amount.template memberAs<std::optional<Money>>() = money(Column, unit, false);
    } else if (unit) {
        fail(currencyColumn,
             ImporterText::tr("is only used with a revenue commitment; leave it empty or give the commitment"));
    }
}

QString RowParser::text(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QString();
    if (m_checkUtf8 && !bytes.isValidUtf8()) {
        fail(column, ImporterText::tr("is not valid UTF-8 text"));
        return QString();
    }
    return QString::fromUtf8(bytes);
}

QString RowParser::freeText(int column)
{
    if (!m_lean)
        return text(column);
    if (m_checkUtf8 && !raw(column).isValidUtf8())
        fail(column, ImporterText::tr("is not valid UTF-8 text"));
    return QString();
}

// After the field's own parse: an empty field that must be filled in (and did not fail already).
void RowParser::requireFilled(int column)
{
    if (raw(column).isEmpty() && !m_failedFields.contains((*m_names)[column]))
        fail(column, ImporterText::tr("is required"));
}

QList<DealShare> RowParser::partnerSplit(int column)
{
    const QString split = text(column);
    if (split.isEmpty())
        return {};
    if (!split.contains(QLatin1Char('=')) && !split.contains(QLatin1Char(';')))
        return {DealShare{split, Decimal::fromInteger(100)}};
    QString error;
    std::optional<QList<DealShare>> shares = parsePartnerSplit(split, &error);
    if (!shares) {
        fail(column, error);
        return {};
    }
    return std::move(*shares);
}

QDate RowParser::date(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QDate();
    const std::optional<QDate> value = parseIsoDateBytes(bytes);
    if (!value) {
        fail(column, ImporterText::tr("\"%1\" is not an ISO date like 2026-03-31").arg(shown(bytes)));
        return QDate();
    }
    return *value;
}

QDateTime RowParser::dateTime(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return QDateTime();
    const std::optional<QDateTime> value = parseIsoDateTimeBytes(bytes);
    if (!value) {
        fail(column, ImporterText::tr("\"%1\" is not an ISO date-time in UTC like 2026-03-31T14:05:00Z").arg(shown(bytes)));
        return QDateTime();
    }
    return *value;
}

std::optional<Currency> RowParser::currency(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return std::nullopt;
    std::optional<Currency> value = Currency::fromCode(bytes);
    if (!value)
        fail(column, ImporterText::tr("\"%1\" is not a currency this program knows").arg(shown(bytes)));
    return value;
}

Money RowParser::money(int amountColumn, const std::optional<Currency> &currency, bool required)
{
    const QByteArrayView bytes = raw(amountColumn);
    if (bytes.isEmpty()) {
        if (required)
            fail(amountColumn, ImporterText::tr("is required"));
        return currency ? Money::fromMinorUnits(0, *currency) : Money();
    }
    if (!currency)
        return Money(); // the currency's own failure says why
    QString error;
    const std::optional<Money> value = Money::parse(bytes, *currency, &error);
    if (!value) {
        fail(amountColumn, invalidDecimalMessage(shown(bytes), error));
        return Money::fromMinorUnits(0, *currency);
    }
    return *value;
}

std::optional<Decimal> RowParser::percent(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<Decimal> value = parsePercent(QString::fromUtf8(bytes), &error);
    if (!value)
        fail(column, error);
    return value;
}

Decimal RowParser::number(int column)
{
    const QByteArrayView bytes = raw(column);
    if (bytes.isEmpty())
        return Decimal();
    QString error;
    const std::optional<Decimal> value = Decimal::parse(bytes, &error);
    if (!value) {
        fail(column, invalidDecimalMessage(shown(bytes), error));
        return Decimal();
    }
    return *value;
}

template<typename Record>
void mergeAbsentColumns(Record &record, const Record &stored, const ColumnMap &columns)
{
    const Description<Record> &description = descriptionOf<Record>();
    auto absent = [&](int column) { return columns[size_t(column)] < 0; };
    for (int i = 0; i < description.size(); ++i) {
        const Field<Record> &field = description.fields[size_t(i)];
        if (field.requirement != Requirement::Optional || !absent(i) || field.type == FieldType::AmountCurrency)
            continue;
        if (field.type == FieldType::Amount && !absent(i + 1))
            continue;
        std::visit([&](auto member) { record.*member = stored.*member; }, field.member);
    }
}

template Partner RowParser::read<Partner>();
template Deal RowParser::read<Deal>();
template Registration RowParser::read<Registration>();
template FxRate RowParser::read<FxRate>();
template void mergeAbsentColumns(Partner &, const Partner &, const ColumnMap &);
template void mergeAbsentColumns(Deal &, const Deal &, const ColumnMap &);
template void mergeAbsentColumns(Registration &, const Registration &, const ColumnMap &);

} // namespace cd::store::detail
