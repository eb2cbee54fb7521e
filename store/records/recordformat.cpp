#include "store/records/recordformat.h"

#include "store/database.h"
#include "store/records/recorddescription.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RecordFormatText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RecordFormat)
};

// 10^n as a 64-bit integer for the small n the milli conversion needs.
qint64 power10(int n)
{
    qint64 value = 1;
    while (n-- > 0)
        value *= 10;
    return value;
}

} // namespace

std::optional<RecordKind> recordKindFromName(QStringView name)
{
    for (RecordKind kind : {RecordKind::Partners, RecordKind::Deals, RecordKind::Registrations, RecordKind::FxRates}) {
        if (name == recordKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Partners:
        return QStringLiteral("partners");
    case RecordKind::Deals:
        return QStringLiteral("deals");
    case RecordKind::Registrations:
        return QStringLiteral("registrations");
    case RecordKind::FxRates:
        return QStringLiteral("fx");
    }
    return QString();
}

QStringList recordKindNames()
{
    return {QStringLiteral("partners"), QStringLiteral("deals"), QStringLiteral("registrations"),
            QStringLiteral("fx")};
}

QString recordEntityName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Partners:
        return QStringLiteral("partner");
    case RecordKind::Deals:
        return QStringLiteral("deal");
    case RecordKind::Registrations:
        return QStringLiteral("registration");
    case RecordKind::FxRates:
        return QStringLiteral("fx_rate");
    }
    return QString();
}

const QStringList &columnsOf(RecordKind kind)
{
    return withDescription(
        kind, []<typename Record>(const Description<Record> &) -> const QStringList & { return headersOf<Record>(); });
}

bool isNumericColumn(RecordKind kind, const QString &column)
{
    return withDescription(kind, [&](const auto &description) {
        const int index = fieldIndexOf(description, column);
        return index >= 0 && description.fields[size_t(index)].isNumeric();
    });
}

namespace {

// The text of the field at `Index`, its type known at compile time (an export writes a million rows).
template<typename Record, int Index>
QString fieldText(const Record &record)
{
    constexpr const Field<Record> &field = descriptionOf<Record>().fields[Index];
    constexpr FieldType type = field.type;
    if constexpr (type == FieldType::PartnerSplit) {
        return formatPartnerSplit(record.*field.template memberAs<QList<DealShare>>());
    } else if constexpr (type == FieldType::Date) {
        return formatIsoDate(record.*field.template memberAs<QDate>());
    } else if constexpr (type == FieldType::DateTime) {
        return formatIsoDateTimeUtc(record.*field.template memberAs<QDateTime>());
    } else if constexpr (type == FieldType::Amount || type == FieldType::AmountCurrency) {
        // A required amount without a currency is not there yet; a given optional one always shows.
        const Money *money = field.moneyIn(record);
        if (!money || (!field.isOptionalMoney() && !money->currency().isValid()))
            return QString();
        return type == FieldType::Amount ? money->toString() : money->currency().code();
    } else if constexpr (type == FieldType::Percent) {
        const std::optional<Decimal> &percent = record.*field.template memberAs<std::optional<Decimal>>();
        return percent ? formatPercent(*percent) : QString();
    } else if constexpr (type == FieldType::Number) {
        return decimalText(record.*field.template memberAs<Decimal>());
    } else { // text, codes, references and currency codes are their own text
        return record.*field.template memberAs<QString>();
    }
}

} // namespace

template<typename Record>
QStringList recordTexts(const Record &record)
{
    return [&]<int... I>(std::integer_sequence<int, I...>) {
        return QStringList{fieldText<Record, I>(record)...};
    }(FieldIndexes<Record>());
}

template QStringList recordTexts(const Partner &);
template QStringList recordTexts(const Deal &);
template QStringList recordTexts(const Registration &);
template QStringList recordTexts(const FxRate &);
template QStringList recordTexts(const Person &);
template QStringList recordTexts(const Certification &);

template<typename Record>
Record mergedRecord(const Record &original, const Record &edited, const Record &newer)
{
    Record merged = newer;
    for (const Field<Record> &field : descriptionOf<Record>().fields) {
        std::visit(
            [&](auto member) {
                if (!(edited.*member == original.*member))
                    merged.*member = edited.*member;
            },
            field.member);
    }
    return merged;
}

Partner mergedEdits(const Partner &original, const Partner &edited, const Partner &newer)
{
    return mergedRecord(original, edited, newer);
}

Deal mergedEdits(const Deal &original, const Deal &edited, const Deal &newer)
{
    return mergedRecord(original, edited, newer);
}

QStringList fieldTexts(const Partner &partner)
{
    return recordTexts(partner);
}

QStringList fieldTexts(const Deal &deal)
{
    return recordTexts(deal);
}

QStringList fieldTexts(const Registration &registration)
{
    return recordTexts(registration);
}

QStringList fieldTexts(const FxRate &rate)
{
    return recordTexts(rate);
}

bool fitsMilli(const Money &money)
{
    const int digits = money.currency().minorDigits();
    if (digits > 3 && money.minorUnits() % Int128(power10(digits - 3)) != 0)
        return false;
    const Int128 milli = digits <= 3 ? money.minorUnits() * Int128(power10(3 - digits))
                                     : money.minorUnits() / Int128(power10(digits - 3));
    return milli <= Int128(std::numeric_limits<qint64>::max()) && milli >= Int128(std::numeric_limits<qint64>::min());
}

qint64 toMilli(const Money &money)
{
    const int digits = money.currency().minorDigits();
    try {
        if (digits <= 3)
            return Money::fromMinorUnits(money.minorUnits() * Int128(power10(3 - digits)), money.currency())
                .minorUnits64();
        const Int128 divisor(power10(digits - 3));
        if (money.minorUnits() % divisor != 0)
            throw StoreError(RecordFormatText::tr("%1 %2 has finer digits than the database keeps (thousandths)")
                                 .arg(money.toString(), money.currency().code()));
        return Money::fromMinorUnits(money.minorUnits() / divisor, money.currency()).minorUnits64();
    } catch (const std::overflow_error &) {
        throw StoreError(RecordFormatText::tr("%1 %2 is too large to store").arg(money.toString(), money.currency().code()));
    }
}

Money fromMilli(qint64 milli, const Currency &currency)
{
    const int digits = currency.minorDigits();
    if (digits >= 3)
        return Money::fromMinorUnits(Int128(milli) * Int128(power10(digits - 3)), currency);
    const qint64 divisor = power10(3 - digits);
    if (milli % divisor != 0)
        throw StoreError(RecordFormatText::tr("the database holds %1 thousandths of %2, which has only %3 decimals")
                             .arg(milli)
                             .arg(currency.code())
                             .arg(digits));
    return Money::fromMinorUnits(Int128(milli / divisor), currency);
}

QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(formatIsoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant sqlDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(formatIsoDateTimeUtc(dateTime)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromSql(const QVariant &value)
{
    if (value.isNull())
        return QDate();
    return parseIsoDate(value.toString()).value_or(QDate());
}

QDateTime dateTimeFromSql(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    return parseIsoDateTimeUtc(value.toString()).value_or(QDateTime());
}

QString decimalText(const Decimal &value)
{
    return value.normalized().toString();
}

Decimal decimalFromSql(const QVariant &value, const QString &what)
{
    const std::optional<Decimal> decimal = Decimal::parse(value.toString());
    if (!decimal)
        throw StoreError(RecordFormatText::tr("the database holds \"%1\" as %2, which is not a decimal").arg(value.toString(), what));
    return *decimal;
}

} // namespace cd::store
