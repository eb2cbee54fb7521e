#include "dashboardquery.h"

#include "dashboardsql.h"
#include "database.h"

#include "core/records.h"
#include "core/registration.h"

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

QByteArray isoBytes(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

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
    SeriesEntry value(const QString &key) const
    {
        const auto it = m_index.constFind(key);
        return it == m_index.cend() ? SeriesEntry{key, QString(), Decimal(), Decimal(), 0, 0, std::nullopt}
                                    : m_entries[*it];
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

// A percentage as written in the database ("60", "33.5", NULL): its exact value.
Decimal percentValue(QByteArrayView text, const Decimal &fallback)
{
    if (text.isEmpty())
        return fallback;
    return Decimal::parse(text).value_or(fallback);
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
    const QDate from = std::min(previous.firstDay(), year.firstDay());
    const QDate to = std::max(period.lastDay(), year.lastDay());
    const QByteArray periodFirst = isoBytes(period.firstDay()), periodLast = isoBytes(period.lastDay());
    const QByteArray previousFirst = isoBytes(previous.firstDay()), previousLast = isoBytes(previous.lastDay());
    const Scope scope = detail::scopeOf(filter);
    const Decimal hundred = Decimal::fromInteger(100);
    qint64 missingRates = 0;

    // 1. The won and lost deals of the range, grouped along the index: revenue by quarter, the period's and
    // the previous period's revenue by source, won and lost counts.
    Sums current, before, quarters, stages;
    qint64 won = 0, lost = 0, wonBefore = 0, lostBefore = 0;
    const QString shareGroup = scope.partnerMode ? QStringLiteral(", dp.percent") : QString();
    {
        QVariantList bindings{QString::fromLatin1(isoBytes(from)), QString::fromLatin1(isoBytes(to))};
        bindings << scope.bindings;
        RowReader reader(m_database,
                         QStringLiteral("SELECT d.close_date, d.status, d.source, d.currency, %1, count(*), sum(d.amount_milli)"
                                        " FROM %2 WHERE d.close_date BETWEEN ? AND ? AND +d.status IN ('won', 'lost')%3"
                                        " GROUP BY d.close_date, d.status, d.source, d.currency%4")
                             .arg(scope.share, scope.from, scope.where, shareGroup),
                         bindings);
        QHash<QByteArray, QString> quarterOfDate;
        const QString sourced = QStringLiteral("sourced"), influenced = QStringLiteral("influenced"),
                      wonKey = QStringLiteral("won");
        while (reader.next()) {
            const QByteArrayView date = reader.bytes(0);
            const qint64 count = reader.integer(5);
            const bool inPeriod = date >= periodFirst && date <= periodLast;
            const bool inPrevious = date >= previousFirst && date <= previousLast;
            if (reader.bytes(1) == "lost") {
                if (inPeriod)
                    lost += count;
                else if (inPrevious)
                    lostBefore += count;
                continue;
            }
            std::optional<Decimal> amount = fx.convertMilli(reader.integer(6), reader.bytes(3), date);
            if (!amount) {
                missingRates += count;
                continue;
            }
            if (reader.bytes(4) != "100")
                *amount = *amount * percentValue(reader.bytes(4), hundred).shiftedRight(2);
            // The quarter of each close date is worked out once ("" outside the fiscal year).
            const QByteArray dateKey = date.toByteArray();
            auto quarter = quarterOfDate.constFind(dateKey);
            if (quarter == quarterOfDate.cend()) {
                const QDate day = QDate::fromString(QString::fromLatin1(dateKey), Qt::ISODate);
                quarter = quarterOfDate.insert(dateKey, year.contains(day)
                                                            ? Period::containing(day, PeriodKind::Quarter, startMonth).label()
                                                            : QString());
            }
            if (!quarter->isEmpty())
                quarters.add(*quarter, *amount, Decimal(), count);
            if (inPeriod || inPrevious) {
                Sums &sums = inPeriod ? current : before;
                sums.add(reader.bytes(2) == "sourced" ? sourced : reader.bytes(2) == "influenced" ? influenced
                                                                                                   : reader.text(2),
                         *amount, Decimal(), count);
                sums.add(wonKey, *amount, Decimal(), count);
                (inPeriod ? won : wonBefore) += count;
            }
        }
    }
    // The open deals closing in the period and the previous one: the pipeline, by stage. Open deals convert
    // at the latest rate, so their close date only says which period they belong to.
    {
        QVariantList bindings{QString::fromLatin1(periodFirst), QString::fromLatin1(std::min(previousFirst, periodFirst)),
                              QString::fromLatin1(std::max(previousLast, periodLast))};
        bindings << scope.bindings;
        RowReader reader(m_database,
                         QStringLiteral("SELECT d.close_date >= ?1, d.stage, d.probability, d.currency, %1, count(*),"
                                        " sum(d.amount_milli) FROM %2 WHERE d.close_date BETWEEN ?2 AND ?3"
                                        " AND +d.status = 'open'%3 GROUP BY 1, d.stage, d.probability, d.currency%4")
                             .arg(scope.share, scope.from, scope.where, shareGroup),
                         bindings);
        while (reader.next()) {
            const qint64 count = reader.integer(5);
            std::optional<Decimal> amount = fx.convertMilli(reader.integer(6), reader.bytes(3), QByteArrayView());
            if (!amount) {
                missingRates += count;
                continue;
            }
            if (reader.bytes(4) != "100")
                *amount = *amount * percentValue(reader.bytes(4), hundred).shiftedRight(2);
            const Decimal weighted = *amount * percentValue(reader.bytes(2), Decimal()).shiftedRight(2);
            const bool inPeriod = reader.integer(0) != 0;
            (inPeriod ? current : before).add(QStringLiteral("pipeline"), *amount, weighted, count);
            if (inPeriod)
                stages.add(reader.text(1), *amount, weighted, count);
        }
    }

    // 2. The period's won deals by primary partner, in index order: regions, tiers, types, and the candidates
    // for the top partners.
    Sums regions, tiers, types, byPartner;
    const QHash<qint64, PartnerInfo> partners = loadPartners(m_database);
    {
        QVariantList bindings{QString::fromLatin1(periodFirst), QString::fromLatin1(periodLast)};
        bindings << scope.bindings;
        RowReader reader(m_database,
                         QStringLiteral("SELECT d.close_date, d.currency, d.primary_partner, %1, count(*), sum(d.amount_milli)"
                                        " FROM %2 WHERE d.close_date BETWEEN ? AND ? AND +d.status = 'won'%3"
                                        " GROUP BY d.close_date, d.status, d.source, d.currency, d.stage, d.probability,"
                                        " d.primary_partner%4")
                             .arg(scope.share, scope.from, scope.where,
                                  scope.partnerMode ? QStringLiteral(", dp.percent") : QString()),
                         bindings);
        // Summed per partner first (an integer key), then spread over regions, tiers and types once per partner.
        QHash<qint64, std::pair<Decimal, qint64>> perPartner;
        while (reader.next()) {
            std::optional<Decimal> amount = fx.convertMilli(reader.integer(5), reader.bytes(1), reader.bytes(0));
            if (!amount)
                continue; // counted in the first pass
            if (reader.bytes(3) != "100")
                *amount = *amount * percentValue(reader.bytes(3), hundred).shiftedRight(2);
            auto &sum = perPartner[reader.integer(2)];
            sum.first += *amount;
            sum.second += reader.integer(4);
        }
        for (auto it = perPartner.cbegin(); it != perPartner.cend(); ++it) {
            const PartnerInfo info = partners.value(it.key());
            const auto &[amount, count] = it.value();
            regions.add(info.region, amount, Decimal(), count);
            tiers.add(info.program + QLatin1Char('/') + info.tier, amount, Decimal(), count);
            types.add(info.type, amount, Decimal(), count);
            byPartner.add(QString::number(it.key()), amount, Decimal(), count);
        }
    }

    // 3. Top partners: the primary partners' totals pick the candidates; their credited revenue (each
    // partner's share of split deals, as a partner of any position) is then summed exactly.
    {
        QList<SeriesEntry> candidates = byPartner.rounded(data.minorDigits);
        std::sort(candidates.begin(), candidates.end(), [](const SeriesEntry &a, const SeriesEntry &b) {
            return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
        });
        candidates = candidates.mid(0, 30);
        if (!candidates.isEmpty()) {
            QStringList ids;
            for (const SeriesEntry &c : std::as_const(candidates))
                ids << c.key;
            Sums credited;
            // The filter's conditions hold for the deals (their primary partner), as everywhere else; the ids
            // are our own row numbers.
            QVariantList bindings{QString::fromLatin1(periodFirst), QString::fromLatin1(periodLast)};
            bindings << scope.bindings;
            RowReader reader(m_database,
                             QStringLiteral("SELECT dp.partner, d.close_date, d.currency, dp.percent, count(*), sum(d.amount_milli)"
                                            " FROM deal_partners dp JOIN deals d ON d.id = dp.deal"
                                            " WHERE dp.partner IN (%1) AND d.close_date BETWEEN ? AND ? AND d.status = 'won'%2"
                                            " GROUP BY dp.partner, d.close_date, d.currency, dp.percent")
                                 .arg(ids.join(QLatin1Char(',')), scope.where),
                             bindings);
            while (reader.next()) {
                std::optional<Decimal> amount = fx.convertMilli(reader.integer(5), reader.bytes(2), reader.bytes(1));
                if (!amount)
                    continue;
                credited.add(QString::number(reader.integer(0)),
                             *amount * percentValue(reader.bytes(3), hundred).shiftedRight(2), Decimal(),
                             reader.integer(4));
            }
            QList<SeriesEntry> top = credited.rounded(data.minorDigits);
            std::sort(top.begin(), top.end(), [](const SeriesEntry &a, const SeriesEntry &b) {
                return a.amount != b.amount ? a.amount > b.amount : a.key < b.key;
            });
            top = top.mid(0, 10);
            for (SeriesEntry &entry : top) {
                const PartnerInfo info = partners.value(entry.key.toLongLong());
                entry.key = info.partnerId;
                entry.label = info.name;
            }
            data.topPartners = top;
        }
    }

    // 4. Active partners: a won deal in the 90 days up to the period's end (or today, when earlier).
    qint64 active = 0, activeBefore = 0;
    {
        const QDate end = filter.today.isValid() ? std::min(period.lastDay(), filter.today) : period.lastDay();
        const QDate endBefore = filter.today.isValid() ? std::min(previous.lastDay(), filter.today) : previous.lastDay();
        const QString column = scope.partnerMode ? QStringLiteral("dp.partner") : QStringLiteral("d.primary_partner");
        QVariantList bindings{QString::fromLatin1(isoBytes(end.addDays(-89))), QString::fromLatin1(isoBytes(end)),
                              QString::fromLatin1(isoBytes(endBefore.addDays(-89))), QString::fromLatin1(isoBytes(endBefore)),
                              QString::fromLatin1(isoBytes(std::min(end, endBefore).addDays(-89))),
                              QString::fromLatin1(isoBytes(std::max(end, endBefore)))};
        bindings << scope.bindings;
        RowReader reader(m_database,
                         QStringLiteral("SELECT count(DISTINCT CASE WHEN d.close_date BETWEEN ?1 AND ?2 THEN %1 END),"
                                        " count(DISTINCT CASE WHEN d.close_date BETWEEN ?3 AND ?4 THEN %1 END)"
                                        " FROM %2 WHERE d.close_date BETWEEN ?5 AND ?6 AND +d.status = 'won'%3")
                             .arg(column, scope.from, scope.where),
                         bindings);
        if (reader.next()) {
            active = reader.integer(0);
            activeBefore = reader.integer(1);
        }
    }

    // 5. Sales cycle: days from the registration a won deal came from to its close.
    qint64 cycleDays = 0, cycleDeals = 0, cycleDaysBefore = 0, cycleDealsBefore = 0;
    {
        QVariantList bindings{QString::fromLatin1(periodFirst), QString::fromLatin1(previousFirst),
                              QString::fromLatin1(periodLast)};
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
    const SeriesEntry wonNow = current.value(QStringLiteral("won")), wonThen = before.value(QStringLiteral("won"));
    const SeriesEntry sourcedNow = current.value(QStringLiteral("sourced")), sourcedThen = before.value(QStringLiteral("sourced"));
    const SeriesEntry influencedNow = current.value(QStringLiteral("influenced"));
    const SeriesEntry influencedThen = before.value(QStringLiteral("influenced"));
    const SeriesEntry pipelineNow = current.value(QStringLiteral("pipeline")), pipelineThen = before.value(QStringLiteral("pipeline"));
    const TargetRepository targets(m_database);
    const QString targetRegion = filter.region;
    // Partner-level filters have no targets of their own: the program's would not compare like with like.
    const bool targetable = filter.tier.isEmpty() && filter.partnerType.isEmpty() && filter.partnerId.isEmpty();
    const auto add = [&](const QString &metric, TargetUnit unit, std::optional<Decimal> actual, std::optional<Decimal> previousValue) {
        KpiFigure figure{metric, unit, actual, previousValue, std::nullopt};
        if (targetable) {
            if (const std::optional<Target> target = targets.resolve(period, targetRegion, filter.program, metric)) {
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
    add(QStringLiteral("pipeline"), TargetUnit::Money, money(pipelineNow.amount), money(pipelineThen.amount));
    add(QStringLiteral("weighted_pipeline"), TargetUnit::Money, money(pipelineNow.weighted), money(pipelineThen.weighted));
    add(QStringLiteral("average_deal_size"), TargetUnit::Money, detail::quotient(wonNow.amount, won, digits),
        detail::quotient(wonThen.amount, wonBefore, digits));
    add(QStringLiteral("win_rate"), TargetUnit::Percent,
        detail::percentOf(Decimal::fromInteger(won), Decimal::fromInteger(won + lost), 1),
        detail::percentOf(Decimal::fromInteger(wonBefore), Decimal::fromInteger(wonBefore + lostBefore), 1));
    add(QStringLiteral("sales_cycle_days"), TargetUnit::Days,
        cycleDeals ? std::optional(detail::quotient(Decimal::fromInteger(cycleDays), cycleDeals, 1)) : std::nullopt,
        cycleDealsBefore ? std::optional(detail::quotient(Decimal::fromInteger(cycleDaysBefore), cycleDealsBefore, 1))
                         : std::nullopt);
    add(QStringLiteral("active_partners"), TargetUnit::Count, Decimal::fromInteger(active), Decimal::fromInteger(activeBefore));
    if (certified)
        add(QStringLiteral("certified_partners"), TargetUnit::Count, Decimal::fromInteger(*certified),
            Decimal::fromInteger(*certifiedBefore));

    // The series.
    QList<SeriesEntry> stageList = stages.rounded(digits);
    std::sort(stageList.begin(), stageList.end(),
              [](const SeriesEntry &a, const SeriesEntry &b) { return stageOrder(a.key) < stageOrder(b.key); });
    data.pipelineByStage = stageList;
    for (Period q = Period::containing(year.firstDay(), PeriodKind::Quarter, startMonth); q.firstDay() <= year.lastDay();
         q = q.next()) {
        SeriesEntry entry = quarters.value(q.label());
        entry.amount = money(entry.amount);
        entry.label = q.label();
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
    for (SeriesEntry &entry : data.revenueByTier)
        entry.label = entry.key.section(QLatin1Char('/'), 1);
    data.revenueByType = sorted(types.rounded(digits));
    if (missingRates > 0)
        data.warnings << DashboardText::tr("%n deal(s) left out: no exchange rate to %1 on their close date", nullptr,
                                           int(std::min<qint64>(missingRates, INT_MAX)))
                             .arg(data.currency);
    return data;
}

} // namespace cd::store
