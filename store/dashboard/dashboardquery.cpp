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

bool hasTable(const Database &database, const QString &name)
{
    RowReader reader(database, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {name});
    return reader.next();
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QStringList columns;
    RowReader reader(database, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (reader.next())
        columns << reader.text(0);
    return columns;
}

QString stageOrder(const QString &stage)
{
    const QStringList order = codes::dealStages();
    const qsizetype index = order.indexOf(stage);
    return index < 0 ? QStringLiteral("9") + stage : QString::number(index);
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

DashboardQuery::DashboardQuery(Database &database) : m_database(database)
{
}

Decimal sharePercent(const Decimal &part, const Decimal &whole, int decimals)
{
    return detail::percentOf(part, whole, decimals);
}

void createDashboardIndex(Database &database)
{
    // Every dashboard aggregate walks a date range of this index and groups in its column order, so
    // SQLite never visits the table and never sorts (docs/dashboard.md has the measurements).
    database.execute(QStringLiteral("CREATE INDEX IF NOT EXISTS deals_dashboard ON deals(close_date, status, source,"
                                    " currency, stage, probability, primary_partner, amount_milli, reg_id)"),
                     DashboardText::tr("creating the dashboard index"));
}

void rebuildDashboardIndex(Database &database)
{
    database.execute(QStringLiteral("DROP INDEX IF EXISTS deals_dashboard"), DashboardText::tr("creating the dashboard index"));
    createDashboardIndex(database);
}

DashboardData DashboardQuery::load(const DashboardFilter &filter) const
{
    DashboardData data;
    data.filter = filter;
    const FxRates fx(m_database, filter.currency);
    data.currency = fx.reporting();
    data.minorDigits = fx.reportingDigits();
    const Period period = filter.period;
    const Period previous = period.previous();
    const int startMonth = period.fiscalYearStartMonth();
    const Period year = Period::containing(period.firstDay(), PeriodKind::Year, startMonth);
    const Scope scope = detail::scopeOf(filter);

    // 1. One walk over the deals of the windows: won and lost counts, revenue by source and quarter,
    // pipeline by stage, active partners, and the period's won revenue by primary partner.
    detail::DealWindows windows;
    windows.periodFirst = period.firstDay();
    windows.periodLast = period.lastDay();
    windows.previousFirst = previous.firstDay();
    windows.previousLast = previous.lastDay();
    // Active partners: a won deal in the 90 days up to the period's end (or today, when earlier).
    windows.activeLast = filter.today.isValid() ? std::min(period.lastDay(), filter.today) : period.lastDay();
    windows.activeBeforeLast = filter.today.isValid() ? std::min(previous.lastDay(), filter.today) : previous.lastDay();
    windows.year = year;
    // The pipeline looks ahead: a period that is over has no pipeline left, only deals that did not close
    // when expected. A QBR on a finished quarter shows the pipeline of the period running today instead.
    data.pipelinePeriod = filter.today.isValid() && period.lastDay() < filter.today
                              ? Period::containing(filter.today, period.kind(), startMonth)
                              : period;
    windows.pipelineFirst = data.pipelinePeriod.firstDay();
    windows.pipelineLast = data.pipelinePeriod.lastDay();
    const detail::DealTotals totals = detail::walkDeals(m_database, fx, scope, windows);

    // 2. Regions, tiers and types of the primary partners, spread once per partner.
    Sums regions, tiers, types;
    const QHash<qint64, PartnerInfo> partners = loadPartners(m_database);
    totals.wonByPartner.forEach([&](qint64 id, const detail::Bucket &bucket) {
        if (bucket.count == 0)
            return;
        const PartnerInfo info = partners.value(id);
        regions.add(info.region, bucket.amount, Decimal(), bucket.count);
        tiers.add(info.program + QLatin1Char('/') + info.tier, bucket.amount, Decimal(), bucket.count);
        types.add(info.type, bucket.amount, Decimal(), bucket.count);
    });

    // 3. Top partners by credited revenue: each partner's share of split deals in any position, among the
    // partners the filter admits. One partner's QBR credits that partner alone, as everywhere in its scope.
    {
        detail::ByPartner<detail::Bucket> credited;
        if (scope.partnerMode) {
            RowReader reader(m_database, QStringLiteral("SELECT id FROM partners WHERE partner_id = ?"), {filter.partnerId});
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
            if ((!filter.region.isEmpty() && info.region != filter.region)
                || (!filter.program.isEmpty() && info.program != filter.program)
                || (!filter.tier.isEmpty() && info.tier != filter.tier)
                || (!filter.partnerType.isEmpty() && info.type != filter.partnerType))
                return;
            top << SeriesEntry{info.partnerId, info.name, bucket.amount.rounded(data.minorDigits, RoundingMode::HalfEven),
                               Decimal(), bucket.count, 0, std::nullopt};
        });
        const auto byAmount = [](const SeriesEntry &a, const SeriesEntry &b) {
            return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
        };
        const qsizetype shown = std::min<qsizetype>(10, top.size());
        std::partial_sort(top.begin(), top.begin() + shown, top.end(), byAmount);
        data.topPartners = top.mid(0, shown);
    }

    // 5. Sales cycle: days from the registration a won deal came from to its close.
    qint64 cycleDays = 0, cycleDeals = 0, cycleDaysBefore = 0, cycleDealsBefore = 0;
    {
        QVariantList bindings{period.firstDay().toString(Qt::ISODate), previous.firstDay().toString(Qt::ISODate),
                              period.lastDay().toString(Qt::ISODate)};
        bindings << scope.bindings;
        RowReader reader(m_database,
                         QStringLiteral("SELECT d.close_date >= ?1, sum(CAST(julianday(d.close_date)"
                                        " - julianday(substr(r.submitted_at, 1, 10)) AS INTEGER)), count(*)"
                                        " FROM %1 JOIN registrations r ON r.reg_id = d.reg_id"
                                        " WHERE d.close_date BETWEEN ?2 AND ?3 AND +d.status = 'won' AND d.reg_id <> ''%2"
                                        " GROUP BY 1")
                             .arg(scope.from, scope.where),
                         bindings);
        while (reader.next()) {
            (reader.integer(0) ? cycleDays : cycleDaysBefore) = reader.integer(1);
            (reader.integer(0) ? cycleDeals : cycleDealsBefore) = reader.integer(2);
        }
    }

    // 6. Certified partners, where the certification records exist (the programs work's tables: a
    // certification belongs to a person of a partner): partners with one in force at the period's end.
    std::optional<qint64> certified, certifiedBefore;
    if (hasTable(m_database, QStringLiteral("certifications")) && hasTable(m_database, QStringLiteral("people"))
        && columnsOf(m_database, QStringLiteral("certifications")).contains(QLatin1String("person"))
        && columnsOf(m_database, QStringLiteral("people")).contains(QLatin1String("partner"))) {
        const QStringList columns = columnsOf(m_database, QStringLiteral("certifications"));
        const bool dated = columns.contains(QLatin1String("earned_on")) && columns.contains(QLatin1String("expires_on"));
        QString partnerScope;
        QVariantList scopeBindings;
        if (scope.partnerMode) {
            partnerScope = QStringLiteral(" AND pe.partner = (SELECT id FROM partners WHERE partner_id = ?)");
            scopeBindings << filter.partnerId;
        } else if (!scope.where.isEmpty()) {
            partnerScope = QString(scope.where).replace(QStringLiteral("+d.primary_partner"), QStringLiteral("pe.partner"));
            scopeBindings = scope.bindings;
        }
        const auto count = [&](QDate asOf) {
            QVariantList bindings;
            if (dated)
                bindings << asOf.toString(Qt::ISODate) << asOf.toString(Qt::ISODate);
            bindings << scopeBindings;
            RowReader reader(m_database,
                             QStringLiteral("SELECT count(DISTINCT pe.partner) FROM certifications c JOIN people pe ON pe.id = c.person"
                                            " WHERE 1%1%2")
                                 .arg(dated ? QStringLiteral(" AND c.earned_on <= ? AND (c.expires_on IS NULL OR c.expires_on = ''"
                                                             " OR c.expires_on >= ?)")
                                            : QString(),
                                      partnerScope),
                             bindings);
            return reader.next() ? reader.integer(0) : 0;
        };
        certified = count(period.lastDay());
        certifiedBefore = count(previous.lastDay());
    }

    // 7. Registrations per month of the fiscal year, and how many are in conflict.
    data.registrations = detail::registrationSeries(m_database, filter, year);

    // The figures, rounded once each, with their targets.
    const int digits = data.minorDigits;
    const auto money = [&](const Decimal &value) { return value.rounded(digits, RoundingMode::HalfEven); };
    const detail::Bucket &wonNow = totals.won[0], &wonThen = totals.won[1];
    const detail::Bucket &sourcedNow = totals.sourced[0], &sourcedThen = totals.sourced[1];
    const detail::Bucket &influencedNow = totals.influenced[0], &influencedThen = totals.influenced[1];
    const detail::Bucket &pipeline = totals.pipeline;
    const TargetRepository targets(m_database);
    const QString targetRegion = filter.region;
    // Partner-level filters have no targets of their own: the program's would not compare like with like.
    const bool targetable = filter.tier.isEmpty() && filter.partnerType.isEmpty() && filter.partnerId.isEmpty();
    const auto add = [&](const QString &metric, TargetUnit unit, std::optional<Decimal> actual, std::optional<Decimal> previousValue) {
        KpiFigure figure{metric, unit, actual, previousValue, std::nullopt};
        const bool pipelineMetric = metric == QLatin1String("pipeline") || metric == QLatin1String("weighted_pipeline");
        const Period &targetPeriod = pipelineMetric ? data.pipelinePeriod : period;
        if (targetable) {
            if (const std::optional<Target> target = targets.resolve(targetPeriod, targetRegion, filter.program, metric)) {
                figure.target = target->value;
                if (unit == TargetUnit::Money && !target->currency.isEmpty() && target->currency != data.currency) {
                    // A target set in another currency is shown at the latest rate.
                    const std::optional<Decimal> rate = fx.rate(target->currency.toLatin1(), QByteArrayView());
                    const std::optional<Decimal> reportingRate = fx.rate(data.currency.toLatin1(), QByteArrayView());
                    figure.target = rate && reportingRate && !reportingRate->isZero()
                                        ? std::optional(money(detail::divided(target->value * *rate, *reportingRate, 12)))
                                        : std::nullopt;
                }
            }
        }
        data.kpis << figure;
    };
    add(QStringLiteral("partner_revenue"), TargetUnit::Money, money(wonNow.amount), money(wonThen.amount));
    add(QStringLiteral("sourced_revenue"), TargetUnit::Money, money(sourcedNow.amount), money(sourcedThen.amount));
    add(QStringLiteral("influenced_revenue"), TargetUnit::Money, money(influencedNow.amount), money(influencedThen.amount));
    add(QStringLiteral("sourced_share"), TargetUnit::Percent, detail::percentOf(sourcedNow.amount, wonNow.amount, 1),
        detail::percentOf(sourcedThen.amount, wonThen.amount, 1));
    add(QStringLiteral("influenced_share"), TargetUnit::Percent, detail::percentOf(influencedNow.amount, wonNow.amount, 1),
        detail::percentOf(influencedThen.amount, wonThen.amount, 1));
    // No earlier pipeline to compare with: the database keeps deals as they are now, not as they stood then.
    add(QStringLiteral("pipeline"), TargetUnit::Money, money(pipeline.amount), std::nullopt);
    add(QStringLiteral("weighted_pipeline"), TargetUnit::Money, money(pipeline.weighted), std::nullopt);
    add(QStringLiteral("average_deal_size"), TargetUnit::Money, detail::quotient(wonNow.amount, wonNow.count, digits),
        detail::quotient(wonThen.amount, wonThen.count, digits));
    add(QStringLiteral("win_rate"), TargetUnit::Percent,
        detail::percentOf(Decimal::fromInteger(wonNow.count), Decimal::fromInteger(wonNow.count + totals.lost[0]), 1),
        detail::percentOf(Decimal::fromInteger(wonThen.count), Decimal::fromInteger(wonThen.count + totals.lost[1]), 1));
    add(QStringLiteral("sales_cycle_days"), TargetUnit::Days,
        cycleDeals ? std::optional(detail::quotient(Decimal::fromInteger(cycleDays), cycleDeals, 1)) : std::nullopt,
        cycleDealsBefore ? std::optional(detail::quotient(Decimal::fromInteger(cycleDaysBefore), cycleDealsBefore, 1))
                         : std::nullopt);
    add(QStringLiteral("active_partners"), TargetUnit::Count, Decimal::fromInteger(totals.activePartners[0]),
        Decimal::fromInteger(totals.activePartners[1]));
    if (certified)
        add(QStringLiteral("certified_partners"), TargetUnit::Count, Decimal::fromInteger(*certified),
            Decimal::fromInteger(*certifiedBefore));

    // The series.
    for (auto it = totals.stages.cbegin(); it != totals.stages.cend(); ++it)
        data.pipelineByStage << SeriesEntry{it.key(), QString(), money(it->amount), money(it->weighted), it->count, 0, std::nullopt};
    std::sort(data.pipelineByStage.begin(), data.pipelineByStage.end(),
              [](const SeriesEntry &a, const SeriesEntry &b) { return stageOrder(a.key) < stageOrder(b.key); });
    int quarterIndex = 0;
    for (Period q = Period::containing(year.firstDay(), PeriodKind::Quarter, startMonth); q.firstDay() <= year.lastDay();
         q = q.next(), ++quarterIndex) {
        const detail::Bucket &quarter = totals.quarters[quarterIndex];
        SeriesEntry entry{q.label(), q.label(), money(quarter.amount), Decimal(), quarter.count, 0, std::nullopt};
        if (targetable) {
            if (const std::optional<Target> target = targets.resolve(q, targetRegion, filter.program, QStringLiteral("partner_revenue")))
                entry.target = target->value;
        }
        data.revenueByQuarter << entry;
    }
    const auto sorted = [](QList<SeriesEntry> list) {
        std::sort(list.begin(), list.end(), [](const SeriesEntry &a, const SeriesEntry &b) {
            return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
        });
        return list;
    };
    data.revenueByRegion = regions.rounded(digits);
    std::sort(data.revenueByRegion.begin(), data.revenueByRegion.end(), [](const SeriesEntry &a, const SeriesEntry &b) {
        const QStringList order = codes::regions();
        return order.indexOf(a.key) < order.indexOf(b.key);
    });
    for (SeriesEntry &entry : data.revenueByRegion) {
        if (const std::optional<Target> share = targets.resolve(Period::containing(period.firstDay(), PeriodKind::Year, startMonth),
                                                                entry.key, QString(), QStringLiteral("region_share")))
            entry.target = share->value;
    }
    data.revenueByTier = sorted(tiers.rounded(digits));
    // Tiers by the names their programs give them ("Tier 1 Strategic", "Gold"): codes like "tier1" mean
    // nothing without the program.
    {
        const ProgramStore programs(m_database);
        QHash<QString, std::optional<Program>> known;
        for (SeriesEntry &entry : data.revenueByTier) {
            const QString programId = entry.key.section(QLatin1Char('/'), 0, 0);
            const QString tierId = entry.key.section(QLatin1Char('/'), 1);
            if (!known.contains(programId))
                known.insert(programId, programs.program(programId));
            entry.label = tierId;
            if (const std::optional<Program> &program = known[programId]; program && program->tierIndex(tierId) >= 0)
                entry.label = program->tiers[program->tierIndex(tierId)].name;
        }
    }
    data.revenueByType = sorted(types.rounded(digits));
    if (totals.missingRates > 0)
        data.warnings << DashboardText::tr("%n deal(s) left out: no exchange rate to %1 on their close date", nullptr,
                                           int(std::min<qint64>(totals.missingRates, INT_MAX)))
                             .arg(data.currency);
    return data;
}

} // namespace cd::store
