#include "store/dashboard/dashboardsql.h"

#include "store/database.h"

#include "core/money/currency.h"

#include <QCoreApplication>

namespace cd::store::detail {

namespace {

struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DashboardQuery)
};

int digitsOf(const QString &code)
{
    const std::optional<Currency> currency = Currency::fromCode(QStringView(code));
    return currency ? currency->minorDigits() : 2;
}

} // namespace

QString baseCurrencyOf(const Database &database)
{
    // The rates are quoted in the currency that has no rate of its own: among the deals' currencies,
    // the one missing from fx_rates. With none or several, US dollars (the demo program's).
    // A sample of the deals is enough to see it and costs nothing at a million rows.
    RowReader reader(database,
                     QStringLiteral("SELECT DISTINCT currency FROM (SELECT currency FROM deals LIMIT 20000) AS sample"
                                    " WHERE currency NOT IN (SELECT currency FROM fx_rates) LIMIT 3"),
                     {});
    QStringList found;
    while (reader.next())
        found << reader.text(0);
    return found.size() == 1 ? found.first() : QStringLiteral("USD");
}

FxRates::FxRates(const Database &database, const QString &reportingCurrency)
{
    RowReader reader(database, QStringLiteral("SELECT currency, date, rate FROM fx_rates"), {});
    while (reader.next()) {
        if (const std::optional<Decimal> rate = Decimal::parse(reader.bytes(2)))
            m_rates[reader.bytes(0).toByteArray()].insert(reader.bytes(1).toByteArray(), *rate);
    }
    m_base = baseCurrencyOf(database);
    m_reporting = reportingCurrency.isEmpty() ? m_base : reportingCurrency;
    m_digits = digitsOf(m_reporting);
}

std::optional<Decimal> FxRates::lookup(const QByteArray &currency, const QByteArray &isoDate) const
{
    if (currency == m_base.toLatin1())
        return Decimal::fromInteger(1);
    const auto found = m_rates.constFind(currency);
    if (found == m_rates.cend() || found->isEmpty())
        return std::nullopt;
    if (isoDate.isEmpty())
        return found->last();
    auto it = found->upperBound(isoDate);
    if (it == found->cbegin())
        return std::nullopt;
    return (--it).value();
}

std::optional<Decimal> FxRates::rate(QByteArrayView currency, QByteArrayView isoDate) const
{
    return lookup(currency.toByteArray(), isoDate.toByteArray());
}

const std::optional<Decimal> &FxRates::factor(QByteArrayView currency, QByteArrayView isoDate) const
{
    QByteArray key;
    key.reserve(16);
    key.append(currency.data(), currency.size()).append('|').append(isoDate.data(), isoDate.size());
    auto cached = m_cache.constFind(key);
    if (cached == m_cache.cend()) {
        std::optional<Decimal> factor = lookup(currency.toByteArray(), isoDate.toByteArray());
        if (factor && m_reporting != m_base) {
            const std::optional<Decimal> reportingRate = lookup(m_reporting.toLatin1(), isoDate.toByteArray());
            factor = reportingRate && !reportingRate->isZero() ? std::optional(divided(*factor, *reportingRate, 12))
                                                                : std::nullopt;
        }
        cached = m_cache.insert(key, factor);
    }
    return cached.value();
}

std::optional<Decimal> FxRates::convertMilli(qint64 milli, QByteArrayView currency, QByteArrayView isoDate) const
{
    const std::optional<Decimal> &rate = factor(currency, isoDate);
    if (!rate)
        return std::nullopt;
    return Decimal::fromUnits(milli, 3) * *rate;
}

Scope scopeOf(const Database &database, const DashboardFilter &filter)
{
    Scope scope;
    if (!filter.partnerId.isEmpty()) {
        scope.partnerMode = true;
        scope.from = QStringLiteral("deal_partners dp JOIN deals d ON d.id = dp.deal");
        scope.where = QStringLiteral(" AND dp.partner = (SELECT id FROM partners WHERE partner_id = ?)");
        scope.bindings << filter.partnerId;
        scope.share = QStringLiteral("dp.percent");
        return scope;
    }
    scope.from = QStringLiteral("deals d");
    scope.share = QStringLiteral("'100'");
    QStringList conditions;
    const auto add = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        conditions << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        scope.bindings << value;
    };
    add("region", filter.region);
    add("program", filter.program);
    add("tier", filter.tier);
    add("type", filter.partnerType);
    // The walk must keep to the dashboard index by date rather than switch to the partner index (a
    // quarter of a million random row lookups for one region).
    if (!conditions.isEmpty()) {
        scope.partnerFilter = QStringLiteral(" IN (SELECT id FROM partners WHERE ")
                              + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        scope.where = QStringLiteral(" AND ")
                      + database.engineImplementation().unindexed(QStringLiteral("d.primary_partner"))
                      + scope.partnerFilter;
    }
    return scope;
}

Decimal divided(const Decimal &numerator, const Decimal &denominator, int decimals)
{
    // numerator / denominator = (n.units / d.units) × 10^(d.scale − n.scale); scale the numerator so the
    // integer quotient has `decimals` decimals, then round once.
    int shift = decimals - numerator.scale() + denominator.scale();
    Int128 units = numerator.units();
    Int128 divisor = denominator.units();
    if (divisor < 0) {
        divisor = -divisor;
        units = -units;
    }
    if (shift >= 0)
        units *= Decimal::pow10(shift);
    else
        divisor *= Decimal::pow10(-shift);
    return Decimal::fromUnits(divideRounded(units, divisor, RoundingMode::HalfEven), decimals);
}

Decimal percentOf(const Decimal &part, const Decimal &whole, int decimals)
{
    if (whole.isZero())
        return Decimal::fromUnits(0, decimals);
    return divided(part * Decimal::fromInteger(100), whole, decimals);
}

Decimal quotient(const Decimal &numerator, qint64 denominator, int decimals)
{
    if (denominator == 0)
        return Decimal::fromUnits(0, decimals);
    return divided(numerator, Decimal::fromInteger(denominator), decimals);
}

} // namespace cd::store::detail
