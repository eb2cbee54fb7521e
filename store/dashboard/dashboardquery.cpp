#include "store/dashboard/dashboardquery.h"

#include "store/dashboard/dashboardsql.h"
#include "store/dashboard/dashboardwalk.h"
#include "store/programs/programstore.h"
#include "store/database.h"

#include "core/records/records.h"
#include "core/registrations/registration.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd::store {

using detail::FxRates;
using detail::RowReader;
using detail::Scope;

namespace {

struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DashboardQuery)
};

// Sums of exact reporting-currency amounts under string keys, in first-seen order.
class Sums
{
public:
    void add(const QString &key, const Decimal &amount, const Decimal &weighted, qint64 count)
    {
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, m_entries.size());
            m_entries.append(SeriesEntry{key, QString(), Decimal(), Decimal(), 0, 0, std::nullopt});
        }
        SeriesEntry &entry = m_entries[*it];
        entry.amount += amount;
        entry.weighted += weighted;
        entry.count += count;
    }
    QList<SeriesEntry> rounded(int digits) const
    {
        QList<SeriesEntry> out = m_entries;
        for (SeriesEntry &e : out) {
            e.amount = e.amount.rounded(digits, RoundingMode::HalfEven);
            e.weighted = e.weighted.rounded(digits, RoundingMode::HalfEven);
        }
        return out;
    }

private:
    QHash<QString, qsizetype> m_index;
    QList<SeriesEntry> m_entries;
};

struct PartnerInfo
{
    QString partnerId;
    QString name;
    QString type;
    QString region;
    QString program;
    QString tier;
};

QHash<qint64, PartnerInfo> loadPartners(const Database &database)
{
    QHash<qint64, PartnerInfo> partners;
    RowReader reader(database, QStringLiteral("SELECT id, partner_id, name, type, region, program, tier FROM partners"), {});
    while (reader.next())
        partners.insert(reader.integer(0), PartnerInfo{reader.text(1), reader.text(2), reader.text(3), reader.text(4),
                                                       reader.text(5), reader.text(6)});
    return partners;
}

QString stageOrder(const QString &stage)
{
    const QStringList order = codes::dealStages();
    const qsizetype index = order.indexOf(stage);
    return index < 0 ? QStringLiteral("9") + stage : QString::number(index);
}

// Largest first; equal amounts by key, so that the order never depends on the walk's.
bool largestFirst(const SeriesEntry &a, const SeriesEntry &b)
{
    return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
}

QList<SeriesEntry> sortedLargestFirst(QList<SeriesEntry> list)
{
    std::sort(list.begin(), list.end(), largestFirst);
    return list;
}

// The primary partners' won revenue by their attributes.
struct PartnerSpread
{
    Sums regions;
    Sums tiers; // key "program/tier"
    Sums types;
};

// Days from registration to close of the won deals that came from one, now and in the previous period.
struct SalesCycle
{
    qint64 days = 0, deals = 0, daysBefore = 0, dealsBefore = 0;
};

// Partners with a certification in force at the end of the period and of the previous one.
struct CertifiedPartners
{
    qint64 now = 0, before = 0;
};

// One DashboardQuery::load(): the filter's periods, scope and rates worked out once, then one step per
// group of figures. Each step reads what it needs; the KPIs and series come last, rounded once each.
class DashboardLoad
{
public:
    DashboardLoad(Database &database, const DashboardFilter &filter);
    DashboardData run();

private:
    detail::DealTotals walkDealWindows();
    PartnerSpread spreadByPrimaryPartner(const detail::DealTotals &totals,
                                         const QHash<qint64, PartnerInfo> &partners) const;
    QList<SeriesEntry> topPartners(const detail::DealTotals &totals,
                                   const QHash<qint64, PartnerInfo> &partners) const;
    SalesCycle salesCycle() const;
    CertifiedPartners certifiedPartners() const;
    void addKpis(const detail::DealTotals &totals, const SalesCycle &cycle,
                 const CertifiedPartners &certified);
    void addKpi(const QString &metric, TargetUnit unit, std::optional<Decimal> actual,
                std::optional<Decimal> previousValue);
    void addSeries(const detail::DealTotals &totals, const PartnerSpread &spread);
    void addRevenueByQuarter(const detail::DealTotals &totals);
    void addRevenueByRegion(const Sums &regions);
    void labelTiers();
    Decimal money(const Decimal &value) const
    {
        return value.rounded(m_data.minorDigits, RoundingMode::HalfEven);
    }

    Database &m_database;
    const DashboardFilter &m_filter;
    const FxRates m_fx;
    const Period m_period;
    const Period m_previous;
    const int m_startMonth;
    const Period m_year; // the fiscal year holding the period
    const Scope m_scope;
    const TargetRepository m_targets;
    // Partner-level filters have no targets of their own: the program's would not compare like with like.
    const bool m_targetable;
    DashboardData m_data;
};

DashboardLoad::DashboardLoad(Database &database, const DashboardFilter &filter)
    : m_database(database), m_filter(filter), m_fx(database, filter.currency), m_period(filter.period),
      m_previous(filter.period.previous()), m_startMonth(filter.period.fiscalYearStartMonth()),
      m_year(Period::containing(filter.period.firstDay(), PeriodKind::Year, m_startMonth)),
      m_scope(detail::scopeOf(database, filter)), m_targets(database),
      m_targetable(filter.tier.isEmpty() && filter.partnerType.isEmpty() && filter.partnerId.isEmpty())
{
    m_data.filter = filter;
    m_data.currency = m_fx.reporting();
    m_data.minorDigits = m_fx.reportingDigits();
}

DashboardData DashboardLoad::run()
{
    const detail::DealTotals totals = walkDealWindows();
    const QHash<qint64, PartnerInfo> partners = loadPartners(m_database);
    const PartnerSpread spread = spreadByPrimaryPartner(totals, partners);
    m_data.topPartners = topPartners(totals, partners);
    const SalesCycle cycle = salesCycle();
    const CertifiedPartners certified = certifiedPartners();
    // Registrations per month of the fiscal year, and how many are in conflict.
    m_data.registrations = detail::registrationSeries(m_database, m_filter, m_year);
    addKpis(totals, cycle, certified);
    addSeries(totals, spread);
    if (totals.missingRates > 0)
        m_data.warnings << DashboardText::tr(
                               "%n deal(s) left out: no exchange rate to %1 on their close date", nullptr,
                               int(std::min<qint64>(totals.missingRates, INT_MAX)))
                               .arg(m_data.currency);
    return std::move(m_data);
}

// One walk over the deals of the windows: won and lost counts, revenue by source and quarter, pipeline by
// stage, active partners, and the period's won revenue by primary partner. Separate queries would each
// walk the index again.
detail::DealTotals DashboardLoad::walkDealWindows()
{
    const QDate today = m_filter.today;
    detail::DealWindows windows;
    windows.periodFirst = m_period.firstDay();
    windows.periodLast = m_period.lastDay();
    windows.previousFirst = m_previous.firstDay();
    windows.previousLast = m_previous.lastDay();
    // Active partners: a won deal in the 90 days up to the period's end (or today, when earlier).
    windows.activeLast = today.isValid() ? std::min(m_period.lastDay(), today) : m_period.lastDay();
    windows.activeBeforeLast = today.isValid() ? std::min(m_previous.lastDay(), today) : m_previous.lastDay();
    windows.year = m_year;
    // The pipeline looks ahead: a period that is over has no pipeline left, only deals that did not close
    // when expected. A QBR on a finished quarter shows the pipeline of the period running today instead.
    m_data.pipelinePeriod = today.isValid() && m_period.lastDay() < today
                                ? Period::containing(today, m_period.kind(), m_startMonth)
                                : m_period;
    windows.pipelineFirst = m_data.pipelinePeriod.firstDay();
    windows.pipelineLast = m_data.pipelinePeriod.lastDay();
    return detail::walkDeals(m_database, m_fx, m_scope, windows);
}

// Regions, tiers and types of the primary partners, spread once per partner rather than once per deal.
PartnerSpread DashboardLoad::spreadByPrimaryPartner(const detail::DealTotals &totals,
                                                    const QHash<qint64, PartnerInfo> &partners) const
{
    PartnerSpread spread;
    totals.wonByPartner.forEach([&](qint64 id, const detail::Bucket &bucket) {
        if (bucket.count == 0)
            return;
        const PartnerInfo info = partners.value(id);
        spread.regions.add(info.region, bucket.amount, Decimal(), bucket.count);
        spread.tiers.add(info.program + QLatin1Char('/') + info.tier, bucket.amount, Decimal(), bucket.count);
        spread.types.add(info.type, bucket.amount, Decimal(), bucket.count);
    });
    return spread;
}

// Top partners by credited revenue: each partner's share of split deals in any position, among the
// partners the filter admits. One partner's QBR credits that partner alone, as everywhere in its scope.
QList<SeriesEntry> DashboardLoad::topPartners(const detail::DealTotals &totals,
                                              const QHash<qint64, PartnerInfo> &partners) const
{
    detail::ByPartner<detail::Bucket> credited;
    if (m_scope.partnerMode) {
        RowReader reader(m_database, QStringLiteral("SELECT id FROM partners WHERE partner_id = ?"),
                         {m_filter.partnerId});
        if (reader.next())
            credited[reader.integer(0)] = totals.won[0];
    } else {
        credited = detail::creditedRevenue(m_database, totals);
    }
    QList<SeriesEntry> top;
    credited.forEach([&](qint64 id, const detail::Bucket &bucket) {
        if (bucket.count == 0)
            return;
        const PartnerInfo info = partners.value(id);
        // With a region (program, tier, type) chosen, the top partners are that region's: a deal of an EMEA
        // partner shared with an APAC one counts for the EMEA partner only.
        if ((!m_filter.region.isEmpty() && info.region != m_filter.region) ||
            (!m_filter.program.isEmpty() && info.program != m_filter.program) ||
            (!m_filter.tier.isEmpty() && info.tier != m_filter.tier) ||
            (!m_filter.partnerType.isEmpty() && info.type != m_filter.partnerType))
            return;
        top << SeriesEntry{info.partnerId, info.name, money(bucket.amount), Decimal(),
                           bucket.count,   0,         std::nullopt};
    });
    const qsizetype shown = std::min<qsizetype>(10, top.size());
    std::partial_sort(top.begin(), top.begin() + shown, top.end(), largestFirst);
    return top.mid(0, shown);
}

// Sales cycle: days from the registration a won deal came from to its close, one grouped query for both
// periods.
SalesCycle DashboardLoad::salesCycle() const
{
    SalesCycle cycle;
    QVariantList bindings{m_period.firstDay().toString(Qt::ISODate),
                          m_previous.firstDay().toString(Qt::ISODate),
                          m_period.lastDay().toString(Qt::ISODate)};
    bindings << m_scope.bindings;
    const Engine &engine = m_database.engineImplementation();
    RowReader reader(
        m_database,
        QStringLiteral("SELECT CASE WHEN d.close_date >= ?1 THEN 1 ELSE 0 END, sum(%3), count(*)"
                       " FROM %1 JOIN registrations r ON r.reg_id = d.reg_id"
                       " WHERE d.close_date BETWEEN ?2 AND ?3 AND %4 = 'won' AND d.reg_id <> ''%2"
                       " GROUP BY 1")
            .arg(m_scope.from, m_scope.where,
                 engine.daysBetween(QStringLiteral("d.close_date"), QStringLiteral("substr(r.submitted_at, 1, 10)")),
                 engine.unindexed(QStringLiteral("d.status"))),
        bindings);
    while (reader.next()) {
        (reader.integer(0) ? cycle.days : cycle.daysBefore) = reader.integer(1);
        (reader.integer(0) ? cycle.deals : cycle.dealsBefore) = reader.integer(2);
    }
    return cycle;
}

// Certified partners: partners with a person holding a certification in force at the period's end.
CertifiedPartners DashboardLoad::certifiedPartners() const
{
    QString partnerScope;
    QVariantList scopeBindings;
    if (m_scope.partnerMode) {
        partnerScope = QStringLiteral(" AND pe.partner = (SELECT id FROM partners WHERE partner_id = ?)");
        scopeBindings << m_filter.partnerId;
    } else if (!m_scope.partnerFilter.isEmpty()) {
        partnerScope = QStringLiteral(" AND pe.partner") + m_scope.partnerFilter;
        scopeBindings = m_scope.bindings;
    }
    const auto count = [&](QDate asOf) {
        QVariantList bindings{asOf.toString(Qt::ISODate), asOf.toString(Qt::ISODate)};
        bindings << scopeBindings;
        RowReader reader(
            m_database,
            QStringLiteral(
                "SELECT count(DISTINCT pe.partner) FROM certifications c JOIN people pe ON pe.id = c.person"
                " WHERE c.earned_on <= ? AND (c.expires_on IS NULL OR c.expires_on = '' OR c.expires_on >= ?)%1")
                .arg(partnerScope),
            bindings);
        return reader.next() ? reader.integer(0) : 0;
    };
    return CertifiedPartners{count(m_period.lastDay()), count(m_previous.lastDay())};
}

// The KPI tiles, each rounded once, in the order the dashboard shows them.
void DashboardLoad::addKpis(const detail::DealTotals &totals, const SalesCycle &cycle,
                            const CertifiedPartners &certified)
{
    const int digits = m_data.minorDigits;
    const detail::Bucket &wonNow = totals.won[0], &wonThen = totals.won[1];
    const detail::Bucket &sourcedNow = totals.sourced[0], &sourcedThen = totals.sourced[1];
    const detail::Bucket &influencedNow = totals.influenced[0], &influencedThen = totals.influenced[1];
    const detail::Bucket &pipeline = totals.pipeline;
    addKpi(QStringLiteral("partner_revenue"), TargetUnit::Money, money(wonNow.amount), money(wonThen.amount));
    addKpi(QStringLiteral("sourced_revenue"), TargetUnit::Money, money(sourcedNow.amount),
           money(sourcedThen.amount));
    addKpi(QStringLiteral("influenced_revenue"), TargetUnit::Money, money(influencedNow.amount),
           money(influencedThen.amount));
    addKpi(QStringLiteral("sourced_share"), TargetUnit::Percent,
           detail::percentOf(sourcedNow.amount, wonNow.amount, 1),
           detail::percentOf(sourcedThen.amount, wonThen.amount, 1));
    addKpi(QStringLiteral("influenced_share"), TargetUnit::Percent,
           detail::percentOf(influencedNow.amount, wonNow.amount, 1),
           detail::percentOf(influencedThen.amount, wonThen.amount, 1));
    // No earlier pipeline to compare with: the database keeps deals as they are now, not as they stood then.
    addKpi(QStringLiteral("pipeline"), TargetUnit::Money, money(pipeline.amount), std::nullopt);
    addKpi(QStringLiteral("weighted_pipeline"), TargetUnit::Money, money(pipeline.weighted), std::nullopt);
    addKpi(QStringLiteral("average_deal_size"), TargetUnit::Money,
           detail::quotient(wonNow.amount, wonNow.count, digits),
           detail::quotient(wonThen.amount, wonThen.count, digits));
    addKpi(QStringLiteral("win_rate"), TargetUnit::Percent,
           detail::percentOf(Decimal::fromInteger(wonNow.count),
                             Decimal::fromInteger(wonNow.count + totals.lost[0]), 1),
           detail::percentOf(Decimal::fromInteger(wonThen.count),
                             Decimal::fromInteger(wonThen.count + totals.lost[1]), 1));
    addKpi(QStringLiteral("sales_cycle_days"), TargetUnit::Days,
           cycle.deals ? std::optional(detail::quotient(Decimal::fromInteger(cycle.days), cycle.deals, 1))
                       : std::nullopt,
           cycle.dealsBefore
               ? std::optional(detail::quotient(Decimal::fromInteger(cycle.daysBefore), cycle.dealsBefore, 1))
               : std::nullopt);
    addKpi(QStringLiteral("active_partners"), TargetUnit::Count,
           Decimal::fromInteger(totals.activePartners[0]), Decimal::fromInteger(totals.activePartners[1]));
    addKpi(QStringLiteral("certified_partners"), TargetUnit::Count, Decimal::fromInteger(certified.now),
           Decimal::fromInteger(certified.before));
}

// One tile with its target: the pipeline's for the period the pipeline is for, money at the latest rate.
void DashboardLoad::addKpi(const QString &metric, TargetUnit unit, std::optional<Decimal> actual,
                           std::optional<Decimal> previousValue)
{
    KpiFigure figure{metric, unit, actual, previousValue, std::nullopt};
    const bool pipelineMetric =
        metric == QLatin1String("pipeline") || metric == QLatin1String("weighted_pipeline");
    const Period &targetPeriod = pipelineMetric ? m_data.pipelinePeriod : m_period;
    if (m_targetable) {
        if (const std::optional<Target> target =
                m_targets.resolve(targetPeriod, m_filter.region, m_filter.program, metric)) {
            figure.target = target->value;
            if (unit == TargetUnit::Money && !target->currency.isEmpty() &&
                target->currency != m_data.currency) {
                // A target set in another currency is shown at the latest rate.
                const std::optional<Decimal> rate = m_fx.rate(target->currency.toLatin1(), QByteArrayView());
                const std::optional<Decimal> reportingRate =
                    m_fx.rate(m_data.currency.toLatin1(), QByteArrayView());
                figure.target =
                    rate && reportingRate && !reportingRate->isZero()
                        ? std::optional(money(detail::divided(target->value * *rate, *reportingRate, 12)))
                        : std::nullopt;
            }
        }
    }
    m_data.kpis << figure;
}

// The charts' series, rounded once each: stages in the sales process's order, regions in the program's,
// tiers and types largest first.
void DashboardLoad::addSeries(const detail::DealTotals &totals, const PartnerSpread &spread)
{
    for (auto it = totals.stages.cbegin(); it != totals.stages.cend(); ++it)
        m_data.pipelineByStage << SeriesEntry{it.key(),  QString(), money(it->amount), money(it->weighted),
                                              it->count, 0,         std::nullopt};
    std::sort(
        m_data.pipelineByStage.begin(), m_data.pipelineByStage.end(),
        [](const SeriesEntry &a, const SeriesEntry &b) { return stageOrder(a.key) < stageOrder(b.key); });
    addRevenueByQuarter(totals);
    addRevenueByRegion(spread.regions);
    m_data.revenueByTier = sortedLargestFirst(spread.tiers.rounded(m_data.minorDigits));
    labelTiers();
    m_data.revenueByType = sortedLargestFirst(spread.types.rounded(m_data.minorDigits));
}

// Won revenue in each quarter of the fiscal year, against the quarter's revenue target.
void DashboardLoad::addRevenueByQuarter(const detail::DealTotals &totals)
{
    int quarterIndex = 0;
    for (Period q = Period::containing(m_year.firstDay(), PeriodKind::Quarter, m_startMonth);
         q.firstDay() <= m_year.lastDay(); q = q.next(), ++quarterIndex) {
        const detail::Bucket &quarter = totals.quarters[quarterIndex];
        SeriesEntry entry{q.label(), q.label(), money(quarter.amount), Decimal(), quarter.count, 0, std::nullopt};
        if (m_targetable) {
            if (const std::optional<Target> target = m_targets.resolve(q, m_filter.region, m_filter.program,
                                                                       QStringLiteral("partner_revenue")))
                entry.target = target->value;
        }
        m_data.revenueByQuarter << entry;
    }
}

// Won revenue by region, against the year's geographic split.
void DashboardLoad::addRevenueByRegion(const Sums &regions)
{
    m_data.revenueByRegion = regions.rounded(m_data.minorDigits);
    std::sort(m_data.revenueByRegion.begin(), m_data.revenueByRegion.end(),
              [](const SeriesEntry &a, const SeriesEntry &b) {
                  const QStringList order = codes::regions();
                  return order.indexOf(a.key) < order.indexOf(b.key);
              });
    for (SeriesEntry &entry : m_data.revenueByRegion) {
        if (const std::optional<Target> share =
                m_targets.resolve(m_year, entry.key, QString(), QStringLiteral("region_share")))
            entry.target = share->value;
    }
}

// Tiers by the names their programs give them ("Tier 1 Strategic", "Gold"): codes like "tier1" mean
// nothing without the program.
void DashboardLoad::labelTiers()
{
    const ProgramStore programs(m_database);
    QHash<QString, std::optional<Program>> known;
    for (SeriesEntry &entry : m_data.revenueByTier) {
        const QString programId = entry.key.section(QLatin1Char('/'), 0, 0);
        const QString tierId = entry.key.section(QLatin1Char('/'), 1);
        if (!known.contains(programId))
            known.insert(programId, programs.program(programId));
        entry.label = tierId;
        if (const std::optional<Program> &program = known[programId];
            program && program->tierIndex(tierId) >= 0)
            entry.label = program->tiers[program->tierIndex(tierId)].name;
    }
}

} // namespace

const KpiFigure *DashboardData::kpi(const QString &metric) const
{
    for (const KpiFigure &figure : kpis) {
        if (figure.metric == metric)
            return &figure;
    }
    return nullptr;
}

DashboardQuery::DashboardQuery(Database &database) : m_database(database) {}

Decimal sharePercent(const Decimal &part, const Decimal &whole, int decimals)
{
    return detail::percentOf(part, whole, decimals);
}

void createDashboardIndex(Database &database)
{
    // Every dashboard aggregate walks a date range of this index and groups in its column order, so
    // SQLite never visits the table and never sorts (docs/dashboard.md has the measurements).
    database.execute(
        QStringLiteral("CREATE INDEX IF NOT EXISTS deals_dashboard ON deals(close_date, status, source,"
                       " currency, stage, probability, primary_partner, amount_milli, reg_id)"),
        DashboardText::tr("creating the dashboard index"));
}

void rebuildDashboardIndex(Database &database)
{
    database.execute(QStringLiteral("DROP INDEX IF EXISTS deals_dashboard"),
                     DashboardText::tr("creating the dashboard index"));
    createDashboardIndex(database);
}

DashboardData DashboardQuery::load(const DashboardFilter &filter) const
{
    return DashboardLoad(m_database, filter).run();
}

} // namespace cd::store
