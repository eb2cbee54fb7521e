#include "store/demo/demosteps.h"

#include "store/dashboard/dashboardquery.h"
#include "store/database.h"
#include "store/dashboard/targetrepository.h"

#include "core/money/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace cd::store {

namespace {

struct TargetSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::TargetRepository)
};

struct DemoActuals
{
    Decimal revenue;  // won this year so far, US dollars
    qint64 won = 0;
    Decimal pipeline; // every open deal, at the latest rate
};

// What the demo's current year holds, exactly, in US dollars: for scaling the seed's targets to the size of
// the generated program.
DemoActuals demoActuals(const DemoData &data, QDate today)
{
    QHash<QString, QMap<QDate, Decimal>> rates;
    for (const DemoExchangeRate &rate : data.exchangeRates)
        rates[rate.currency].insert(rate.date, rate.rate);
    const auto rateOn = [&](const QString &code, QDate date) -> std::optional<Decimal> {
        if (code == QLatin1String("USD"))
            return Decimal::fromInteger(1);
        const QMap<QDate, Decimal> &byDate = rates[code];
        auto it = date.isValid() ? byDate.upperBound(date) : byDate.cend();
        if (it == byDate.cbegin())
            return std::nullopt;
        return (--it).value();
    };
    DemoActuals actuals;
    for (const Deal &deal : data.deals) {
        const bool open = deal.status == QLatin1String("open");
        const bool wonThisYear = deal.status == QLatin1String("won") && deal.closeDate.isValid()
                                 && deal.closeDate.year() == today.year();
        if (!open && !wonThisYear)
            continue;
        const std::optional<Decimal> rate = rateOn(deal.amount.currency().code(), open ? QDate() : deal.closeDate);
        if (!rate)
            continue;
        const Decimal usd = deal.amount.toDecimal() * *rate;
        if (open) {
            actuals.pipeline += usd;
        } else {
            actuals.revenue += usd;
            ++actuals.won;
        }
    }
    return actuals;
}

// The first two significant digits of a positive ratio numerator / denominator, as a decimal, found by
// comparison only (Decimal has no division).
Decimal roundRatio(const Decimal &numerator, const Decimal &denominator)
{
    if (numerator.signum() <= 0 || denominator.signum() <= 0)
        return Decimal::fromInteger(1);
    // Find the power of ten p with denominator * 10^p <= numerator < denominator * 10^(p+1).
    int power = 0;
    Decimal scaled = denominator;
    while (scaled * Decimal::fromInteger(10) <= numerator && power < 18) {
        scaled = scaled * Decimal::fromInteger(10);
        ++power;
    }
    while (scaled > numerator && power > -6) {
        scaled = scaled.shiftedRight(1);
        --power;
    }
    // Two digits: the largest k in 10..99 with denominator * k * 10^(p-1) <= numerator.
    int best = 10;
    for (int k = 10; k <= 99; ++k) {
        const Decimal candidate = scaled * Decimal::fromInteger(k).shiftedRight(1);
        if (candidate <= numerator)
            best = k;
    }
    Decimal factor = Decimal::fromInteger(best).shiftedRight(1);
    for (int i = 0; i < power; ++i)
        factor = factor * Decimal::fromInteger(10);
    for (int i = 0; i > power; --i)
        factor = factor.shiftedRight(1);
    return factor.normalized();
}

} // namespace

// The seed programs' targets for the demo's three fiscal years (two years of deals before "today", and the
// current one): seed 000's Year 1-3 table and seed 001's geographic split. The seed's volumes are a
// start-up's; the demo program is larger, so each money target is scaled to the demo's own size: the seed's
// Year 3 against the demo's current year (revenue annualized, the open pipeline, the average deal), 5 %
// above it so the plan reads as a stretch, to two significant digits. Partner counts scale with the number
// of partners; shares and rates stay as the seed has them.
void addDemoTargets(Database &database, const DemoData &data)
{
    const QDate today = data.options.today.isValid() ? data.options.today : QDate(2026, 3, 31);
    const QList<int> years{today.year() - 2, today.year() - 1, today.year()};
    const std::optional<TargetTemplate> next = targetTemplate(QStringLiteral("next-portal"));
    const std::optional<TargetTemplate> split = targetTemplate(QStringLiteral("global-partner-network"));
    if (!next || !split)
        throw StoreError(TargetSchemaText::tr("the seed target templates are missing"));
    const auto seedYear3 = [&](const char *metric) {
        for (const Target &t : next->targets) {
            if (t.year == 3 && t.metric == QLatin1String(metric))
                return t.value;
        }
        return Decimal::fromInteger(1);
    };
    const DemoActuals actuals = demoActuals(data, today);
    const Decimal stretch = Decimal::fromUnits(105, 2);
    const QHash<QString, Decimal> moneyFactors{
        {QStringLiteral("partner_revenue"),
         roundRatio(actuals.revenue * Decimal::fromInteger(365) * stretch,
                    seedYear3("partner_revenue") * Decimal::fromInteger(std::max(1, today.dayOfYear())))},
        {QStringLiteral("pipeline"), roundRatio(actuals.pipeline * stretch, seedYear3("pipeline"))},
        {QStringLiteral("average_deal_size"),
         roundRatio(actuals.revenue * stretch, seedYear3("average_deal_size") * Decimal::fromInteger(std::max<qint64>(1, actuals.won)))},
    };
    const Decimal countFactor = roundRatio(Decimal::fromInteger(std::max<qsizetype>(1, data.partners.size())),
                                           Decimal::fromInteger(100));
    QList<Target> targets;
    for (const Target &t : next->targets) {
        const TargetTemplate one{next->id, next->name, next->source, next->currency, {t}};
        const Decimal factor = moneyFactors.value(t.metric, Decimal::fromInteger(1));
        QList<Target> scaled = targetsFromTemplate(one, years, factor, countFactor);
        if (t.metric == QLatin1String("average_deal_size")) {
            // An average is not a volume: targetsFromTemplate leaves it, the demo scales it all the same.
            for (Target &s : scaled)
                s.value = (s.value * factor).rounded(2, RoundingMode::HalfEven);
        }
        targets << scaled;
    }
    for (const Target &t : split->targets) {
        if (t.metric == QLatin1String("region_share"))
            targets << targetsFromTemplate(TargetTemplate{split->id, split->name, split->source, split->currency, {t}},
                                           years, Decimal::fromInteger(1), countFactor);
    }
    // Quarterly partner revenue: the year's target ramps through the year (22/24/26/28%), as sales plans do;
    // the quarters add up to the year exactly.
    const QList<Target> yearly = targets;
    for (const Target &t : yearly) {
        if (t.metric != QLatin1String("partner_revenue") || !t.region.isEmpty())
            continue;
        const Currency currency = *Currency::fromCode(QStringView(t.currency));
        const Money total = Money::fromDecimal(t.value, currency, RoundingMode::HalfEven);
        const QList<Money> quarters = allocate(total, {Decimal::fromInteger(22), Decimal::fromInteger(24),
                                                       Decimal::fromInteger(26), Decimal::fromInteger(28)});
        for (int q = 0; q < quarters.size(); ++q)
            targets << Target{t.year, q + 1, QString(), QString(), t.metric, quarters[q].toDecimal(), t.currency};
    }
    TargetRepository repository(database);
    for (const Target &t : std::as_const(targets))
        repository.set(t);
}

} // namespace cd::store
