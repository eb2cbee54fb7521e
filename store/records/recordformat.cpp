#include "store/records/recordformat.h"

#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RecordFormatText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RecordFormat)
};

QString moneyText(const std::optional<Money> &money)
{
    return money ? money->toString() : QString();
}

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
    static const QStringList partners = QStringLiteral(
        "partner_id,name,type,region,country,program,tier,stage,status,manager,joined_on,revenue_commitment,"
        "currency,website,vertical").split(QLatin1Char(','));
    static const QStringList deals = QStringLiteral(
        "deal_id,partners,customer,customer_domain,name,product,status,stage,amount,currency,probability,"
        "close_date,cancelled_on,source,reg_id").split(QLatin1Char(','));
    static const QStringList registrations = QStringLiteral(
        "reg_id,partner_id,customer,customer_domain,product,amount,currency,submitted_at,status,decided_at")
        .split(QLatin1Char(','));
    static const QStringList fx = QStringLiteral("date,currency,rate").split(QLatin1Char(','));
    switch (kind) {
    case RecordKind::Partners:
        return partners;
    case RecordKind::Deals:
        return deals;
    case RecordKind::Registrations:
        return registrations;
    case RecordKind::FxRates:
        break;
    }
    return fx;
}

bool isNumericColumn(RecordKind kind, const QString &column)
{
    switch (kind) {
    case RecordKind::Partners:
        return column == QLatin1String("revenue_commitment");
    case RecordKind::Deals:
        return column == QLatin1String("amount") || column == QLatin1String("probability");
    case RecordKind::Registrations:
        return column == QLatin1String("amount");
    case RecordKind::FxRates:
        return column == QLatin1String("rate");
    }
    return false;
}

QStringList fieldTexts(const Partner &p)
{
    return {p.id,
            p.name,
            p.type,
            p.region,
            p.country,
            p.program,
            p.tier,
            p.stage,
            p.status,
            p.manager,
            formatIsoDate(p.joinedOn),
            moneyText(p.revenueCommitment),
            p.revenueCommitment ? p.revenueCommitment->currency().code() : QString(),
            p.website,
            p.vertical};
}

QStringList fieldTexts(const Deal &d)
{
    return {d.id,
            formatPartnerSplit(d.partners),
            d.customer,
            d.customerDomain,
            d.name,
            d.product,
            d.status,
            d.stage,
            d.amount.currency().isValid() ? d.amount.toString() : QString(),
            d.amount.currency().isValid() ? d.amount.currency().code() : QString(),
            d.probability ? formatPercent(*d.probability) : QString(),
            formatIsoDate(d.closeDate),
            formatIsoDate(d.cancelledOn),
            d.source,
            d.regId};
}

QStringList fieldTexts(const Registration &r)
{
    return {r.id,
            r.partnerId,
            r.customer,
            r.customerDomain,
            r.product,
            r.amount.currency().isValid() ? r.amount.toString() : QString(),
            r.amount.currency().isValid() ? r.amount.currency().code() : QString(),
            formatIsoDateTimeUtc(r.submittedAt),
            r.status,
            formatIsoDateTimeUtc(r.decidedAt)};
}

QStringList fieldTexts(const FxRate &rate)
{
    return {formatIsoDate(rate.date), rate.currency, decimalText(rate.rate)};
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
