// The dashboard's figures against a recomputation from the raw rows, written here independently of the
// query: every deal read one by one, converted at its own rate, summed exactly and rounded once.
#include "core/demo/demodata.h"
#include "store/dashboard/dashboardquery.h"
#include "store/database.h"
#include "store/demo/demoloader.h"
#include "store/dashboard/targetrepository.h"
#include "store/team/migration.h"
#include "tests/support/testengine.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cd;

namespace {

struct RawDeal
{
    QString id;
    qint64 primary = 0;
    QString status, stage, source, currency, probability;
    QDate close;
    qint64 milli = 0;
    QList<std::pair<qint64, Decimal>> shares; // partner row id, percent
};

struct RawPartner
{
    QString partnerId, name, type, region, program, tier;
};

Decimal divide12(const Decimal &a, const Decimal &b)
{
    // a / b to 12 decimals, half-even: (a.units * 10^(12 + b.scale - a.scale)) / b.units
    const int shift = 12 + b.scale() - a.scale();
    Int128 n = a.units();
    Int128 d = b.units();
    if (shift >= 0)
        n *= Decimal::pow10(shift);
    else
        d *= Decimal::pow10(-shift);
    return Decimal::fromUnits(divideRounded(n, d, RoundingMode::HalfEven), 12);
}

class Raw
{
public:
    explicit Raw(store::Database &db)
    {
        QSqlQuery q(db.sql());
        QVERIFY(q.exec("SELECT id, partner_id, name, type, region, program, tier FROM partners"));
        while (q.next())
            partners.insert(q.value(0).toLongLong(), RawPartner{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
        QVERIFY(q.exec("SELECT date, currency, rate FROM fx_rates"));
        while (q.next())
            rates[q.value(1).toString()].insert(q.value(0).toDate(), *Decimal::parse(q.value(2).toString()));
        QVERIFY(q.exec("SELECT id, deal_id, primary_partner, status, stage, source, currency, probability, close_date, amount_milli FROM deals"));
        QHash<qint64, qsizetype> index;
        while (q.next()) {
            RawDeal d{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                      q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                      QDate::fromString(q.value(8).toString(), Qt::ISODate), q.value(9).toLongLong(), {}};
            index.insert(q.value(0).toLongLong(), deals.size());
            deals << d;
        }
        QVERIFY(q.exec("SELECT deal, partner, percent FROM deal_partners ORDER BY deal, position"));
        while (q.next())
            deals[index.value(q.value(0).toLongLong())].shares << std::pair{q.value(1).toLongLong(), *Decimal::parse(q.value(2).toString())};
    }

    // Units of `reporting` per unit of `currency` at `date` (invalid date: latest); the base is USD.
    std::optional<Decimal> factor(const QString &currency, QDate date, const QString &reporting) const
    {
        const auto rate = [&](const QString &code) -> std::optional<Decimal> {
            if (code == QLatin1String("USD"))
                return Decimal::fromInteger(1);
            const QMap<QDate, Decimal> byDate = rates.value(code);
            if (byDate.isEmpty())
                return std::nullopt;
            if (!date.isValid())
                return byDate.last();
            auto it = byDate.upperBound(date);
            if (it == byDate.cbegin())
                return std::nullopt;
            return (--it).value();
        };
        const std::optional<Decimal> own = rate(currency);
        if (!own || reporting == QLatin1String("USD"))
            return own;
        const std::optional<Decimal> other = rate(reporting);
        return other ? std::optional(divide12(*own, *other)) : std::nullopt;
    }

    std::optional<Decimal> value(const RawDeal &d, const QString &reporting) const
    {
        const std::optional<Decimal> f = factor(d.currency, d.status == QLatin1String("open") ? QDate() : d.close, reporting);
        return f ? std::optional(Decimal::fromUnits(d.milli, 3) * *f) : std::nullopt;
    }

    QHash<qint64, RawPartner> partners;
    QHash<QString, QMap<QDate, Decimal>> rates;
    QList<RawDeal> deals;
};

Decimal r2(const Decimal &d)
{
    return d.rounded(2, RoundingMode::HalfEven);
}

} // namespace

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresMatchRawRows_data();
    void figuresMatchRawRows();
    void pipelineReportMatchesChart_data();
    void pipelineReportMatchesChart();
    void targetResolution_data();
    void targetResolution();
    void demoTargets();
    void targetEditsAreAudited();
    void templatesLoad();

private:
    test::TestDatabase m_testDatabase;
    std::unique_ptr<store::Database> m_db;
    QDate m_today{2026, 11, 23};
};

void TestDashboardQuery::initTestCase()
{
    m_db = m_testDatabase.open();
    DemoOptions options;
    options.seed = 11;
    options.partners = 80;
    options.deals = 2500;
    options.today = m_today;
    // A team database gets the demo the way a team gets its program: a desktop file, migrated.
    QTemporaryDir desktop;
    std::unique_ptr<store::Database> file =
        test::onPostgreSQL() ? store::Database::open(desktop.filePath("demo.sqlite")) : nullptr;
    for (const auto &result : store::loadDemoData(file ? *file : *m_db, generateDemoData(options)))
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    if (file)
        store::copyDatabase(*file, *m_db);
}

void TestDashboardQuery::figuresMatchRawRows_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("currency");
    // Outside a transaction the deals are read by two threads on two connections; inside one, by this
    // connection alone (another would not see its uncommitted rows). Both must give the raw rows' figures.
    QTest::addColumn<bool>("inTransaction");
    QTest::newRow("program, this quarter") << "2026-Q4" << "" << "" << "" << "" << false;
    QTest::newRow("program, last quarter") << "2026-Q3" << "" << "" << "" << "" << false;
    QTest::newRow("EMEA") << "2026-Q3" << "EMEA" << "" << "" << "" << false;
    QTest::newRow("gold tier") << "2026-Q2" << "" << "gold" << "" << "" << false;
    QTest::newRow("a year") << "2026" << "" << "" << "" << "" << false;
    QTest::newRow("in euros") << "2026-Q3" << "" << "" << "" << "EUR" << false;
    QTest::newRow("one partner") << "2026-Q3" << "" << "" << "P0002" << "" << false;
    QTest::newRow("program, last quarter, one connection") << "2026-Q3" << "" << "" << "" << "" << true;
    QTest::newRow("a year, one connection") << "2026" << "" << "" << "" << "" << true;
    QTest::newRow("one partner, one connection") << "2026-Q3" << "" << "" << "P0002" << "" << true;
}

void TestDashboardQuery::figuresMatchRawRows()
{
    QFETCH(QString, period);
    QFETCH(QString, region);
    QFETCH(QString, tier);
    QFETCH(QString, partner);
    QFETCH(QString, currency);
    QFETCH(bool, inTransaction);
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(period);
    filter.region = region;
    filter.tier = tier;
    filter.partnerId = partner;
    filter.currency = currency;
    filter.today = m_today;
    std::optional<store::Transaction> transaction;
    if (inTransaction)
        transaction.emplace(*m_db);
    const store::DashboardData data = store::DashboardQuery(*m_db).load(filter);
    transaction.reset();
    const QString reporting = currency.isEmpty() ? QStringLiteral("USD") : currency;
    QCOMPARE(data.currency, reporting);

    const Raw raw(*m_db);
    const Period p = filter.period;
    const Period year = Period::containing(p.firstDay(), PeriodKind::Year);
    qint64 partnerRow = -1;
    for (auto it = raw.partners.cbegin(); it != raw.partners.cend(); ++it) {
        if (it->partnerId == partner)
            partnerRow = it.key();
    }
    Decimal won, sourced, influenced, pipeline, weighted, wonBefore;
    qint64 wonCount = 0, lostCount = 0;
    QMap<QString, Decimal> byRegion, byStage, byQuarter, credited;
    QSet<qint64> active;
    // The top partners are the credited partners the filter's partner attributes admit, secondary ones too.
    QSet<QString> eligible;
    for (const RawPartner &candidate : raw.partners) {
        if ((region.isEmpty() || candidate.region == region) && (tier.isEmpty() || candidate.tier == tier))
            eligible.insert(candidate.partnerId);
    }
    const QDate activeEnd = std::min(p.lastDay(), m_today);
    // A finished period's pipeline is the running period's (the open deals of a past one are past due).
    const Period pipelinePeriod = p.lastDay() < m_today ? Period::containing(m_today, p.kind()) : p;
    QCOMPARE(data.pipelinePeriod, pipelinePeriod);
    for (const RawDeal &d : raw.deals) {
        const RawPartner &primary = raw.partners.value(d.primary);
        Decimal share = Decimal::fromInteger(1);
        if (partnerRow >= 0) {
            auto it = std::find_if(d.shares.cbegin(), d.shares.cend(), [&](const auto &s) { return s.first == partnerRow; });
            if (it == d.shares.cend())
                continue;
            share = it->second.shiftedRight(2);
        } else if ((!region.isEmpty() && primary.region != region) || (!tier.isEmpty() && primary.tier != tier)) {
            continue;
        }
        const std::optional<Decimal> converted = raw.value(d, reporting);
        QVERIFY2(converted, qPrintable(d.id));
        const Decimal amount = *converted * share;
        if (d.status == QLatin1String("won") && year.contains(d.close))
            byQuarter[Period::containing(d.close, PeriodKind::Quarter).label()] += amount;
        if (d.status == QLatin1String("won") && d.close >= activeEnd.addDays(-89) && d.close <= activeEnd)
            active.insert(partnerRow >= 0 ? partnerRow : d.primary);
        if (d.status == QLatin1String("won") && p.previous().contains(d.close))
            wonBefore += amount;
        if (d.status == QLatin1String("open") && pipelinePeriod.contains(d.close)) {
            pipeline += amount;
            weighted += amount * Decimal::parse(d.probability).value_or(Decimal()).shiftedRight(2);
            byStage[d.stage] += amount;
        }
        if (!p.contains(d.close))
            continue;
        if (d.status == QLatin1String("won")) {
            won += amount;
            ++wonCount;
            (d.source == QLatin1String("sourced") ? sourced : influenced) += amount;
            byRegion[primary.region] += amount;
            for (const auto &[who, percent] : d.shares)
                credited[raw.partners.value(who).partnerId] += *converted * percent.shiftedRight(2);
        } else if (d.status == QLatin1String("lost")) {
            ++lostCount;
        }
    }
    QVERIFY2(wonCount > 0, "the period has won deals");
    QCOMPARE(data.kpi("partner_revenue")->actual->toString(), r2(won).toString());
    QCOMPARE(data.kpi("partner_revenue")->previous->toString(), r2(wonBefore).toString());
    QCOMPARE(data.kpi("sourced_revenue")->actual->toString(), r2(sourced).toString());
    QCOMPARE(data.kpi("influenced_revenue")->actual->toString(), r2(influenced).toString());
    QCOMPARE(data.kpi("pipeline")->actual->toString(), r2(pipeline).toString());
    QCOMPARE(data.kpi("weighted_pipeline")->actual->toString(), r2(weighted).toString());
    QCOMPARE(data.kpi("average_deal_size")->actual->toString(),
             Decimal::fromUnits(divideRounded(won.units(), Int128(wonCount) * Decimal::pow10(won.scale() - 2),
                                              RoundingMode::HalfEven), 2).toString());
    QCOMPARE(data.kpi("win_rate")->actual->toString(),
             Decimal::fromUnits(divideRounded(Int128(wonCount) * 1000, Int128(wonCount + lostCount), RoundingMode::HalfEven), 1)
                 .toString());
    QCOMPARE(data.kpi("active_partners")->actual->toString(), QString::number(active.size()));
    if (const store::KpiFigure *certified = data.kpi("certified_partners"); certified && region.isEmpty() && tier.isEmpty()
                                                                            && partner.isEmpty()) {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec("SELECT pe.partner, c.earned_on, c.expires_on FROM certifications c JOIN people pe ON pe.id = c.person"));
        QSet<qint64> holders;
        while (q.next()) {
            const QDate earned = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            const QDate expires = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (earned <= p.lastDay() && (!expires.isValid() || expires >= p.lastDay()))
                holders.insert(q.value(0).toLongLong());
        }
        QCOMPARE(certified->actual->toString(), QString::number(holders.size()));
    }
    // Every region's revenue (the series rounds each once), and they add up to the whole within rounding.
    for (const store::SeriesEntry &e : data.revenueByRegion)
        QCOMPARE(e.amount.toString(), r2(byRegion.value(e.key)).toString());
    QCOMPARE(data.revenueByRegion.size(), byRegion.size());
    for (const store::SeriesEntry &e : data.pipelineByStage)
        QCOMPARE(e.amount.toString(), r2(byStage.value(e.key)).toString());
    QCOMPARE(data.pipelineByStage.size(), byStage.size());
    QCOMPARE(data.revenueByQuarter.size(), 4);
    for (const store::SeriesEntry &e : data.revenueByQuarter)
        QCOMPARE(e.amount.toString(), r2(byQuarter.value(e.key)).toString());
    // Top partners: credited shares, largest first.
    QList<std::pair<Decimal, QString>> ranking;
    for (auto it = credited.cbegin(); it != credited.cend(); ++it) {
        if (eligible.contains(it.key()))
            ranking << std::pair{r2(it.value()), it.key()};
    }
    std::sort(ranking.begin(), ranking.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (partnerRow < 0) {
        QVERIFY(!data.topPartners.isEmpty());
        QCOMPARE(data.topPartners.size(), std::min<qsizetype>(10, ranking.size()));
        for (int i = 0; i < data.topPartners.size(); ++i) {
            QCOMPARE(data.topPartners[i].key, ranking[i].second);
            QCOMPARE(data.topPartners[i].amount.toString(), ranking[i].first.toString());
        }
    }
}

void TestDashboardQuery::pipelineReportMatchesChart_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("currency");
    QTest::newRow("this quarter") << "2026-Q4" << "";
    QTest::newRow("next year in yen") << "2027" << "JPY";
}

void TestDashboardQuery::pipelineReportMatchesChart()
{
    QFETCH(QString, period);
    QFETCH(QString, currency);
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(period);
    filter.currency = currency;
    filter.today = m_today;
    const store::DashboardQuery query(*m_db);
    const store::DashboardData data = query.load(filter);
    const QList<store::PipelineRow> byStage = query.pipeline(filter, {"stage"});
    QCOMPARE(byStage.size(), data.pipelineByStage.size());
    for (const store::PipelineRow &row : byStage) {
        const auto chart = std::find_if(data.pipelineByStage.cbegin(), data.pipelineByStage.cend(),
                                        [&](const store::SeriesEntry &e) { return e.key == row.keys.first(); });
        QVERIFY(chart != data.pipelineByStage.cend());
        QCOMPARE(row.amount.toString(), chart->amount.toString());
        QCOMPARE(row.weighted.toString(), chart->weighted.toString());
        QCOMPARE(row.deals, chart->count);
    }
    // Under `partner`, a split deal counts once per partner and its shares add up to the deal.
    const QList<store::PipelineRow> byPartner = query.pipeline(filter, {"partner"});
    Decimal total, split;
    qint64 deals = 0, partnerDeals = 0;
    for (const store::PipelineRow &row : byStage) {
        total += row.amount;
        deals += row.deals;
    }
    for (const store::PipelineRow &row : byPartner) {
        split += row.amount;
        partnerDeals += row.deals;
    }
    QVERIFY(partnerDeals >= deals);
    const int digits = currency == QLatin1String("JPY") ? 0 : 2;
    const Decimal tolerance = Decimal::fromUnits(byPartner.size(), digits);
    QVERIFY2((split - total) <= tolerance && (total - split) <= tolerance, qPrintable(split.toString() + " " + total.toString()));
    // Sorted by the dimensions.
    for (int i = 1; i < byPartner.size(); ++i)
        QVERIFY(byPartner[i - 1].keys < byPartner[i].keys);
}

void TestDashboardQuery::targetResolution_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("expected"); // "" for none
    // Stored: 2030 partner_revenue 1000000 (year), Q2 260000; pipeline 400000 (year); win_rate 30;
    // region_share EMEA 35; NA partner_revenue 500000 of its own.
    QTest::newRow("year") << "2030" << "" << "" << "partner_revenue" << "1000000.00";
    QTest::newRow("quarter with its own row") << "2030-Q2" << "" << "" << "partner_revenue" << "260000.00";
    QTest::newRow("quarter without: a quarter of the year") << "2030-Q3" << "" << "" << "pipeline" << "100000.00";
    QTest::newRow("a rate holds for the quarter") << "2030-Q3" << "" << "" << "win_rate" << "30";
    QTest::newRow("month: a third of the quarter") << "2030-08" << "" << "" << "pipeline" << "33333.33";
    QTest::newRow("region by the split") << "2030" << "EMEA" << "" << "partner_revenue" << "350000.00";
    QTest::newRow("region quarter by the split") << "2030-Q3" << "EMEA" << "" << "pipeline" << "35000.00";
    QTest::newRow("region with its own") << "2030" << "NA" << "" << "partner_revenue" << "500000.00";
    QTest::newRow("region without split") << "2030" << "LATAM" << "" << "partner_revenue" << "";
    QTest::newRow("program: no volume") << "2030" << "" << "playbook" << "partner_revenue" << "";
    QTest::newRow("program: the rate") << "2030" << "" << "playbook" << "win_rate" << "30";
    QTest::newRow("no such year") << "2031" << "" << "" << "partner_revenue" << "";
}

void TestDashboardQuery::targetResolution()
{
    QFETCH(QString, period);
    QFETCH(QString, region);
    QFETCH(QString, program);
    QFETCH(QString, metric);
    QFETCH(QString, expected);
    store::TargetRepository repository(*m_db);
    if (repository.forYear(2030).isEmpty()) {
        repository.set({2030, 0, "", "", "partner_revenue", *Decimal::parse("1000000"), "USD"});
        repository.set({2030, 2, "", "", "partner_revenue", *Decimal::parse("260000"), "USD"});
        repository.set({2030, 0, "", "", "pipeline", *Decimal::parse("400000"), "USD"});
        repository.set({2030, 0, "", "", "win_rate", *Decimal::parse("30"), ""});
        repository.set({2030, 0, "EMEA", "", "region_share", *Decimal::parse("35"), ""});
        repository.set({2030, 0, "NA", "", "partner_revenue", *Decimal::parse("500000"), "USD"});
    }
    const std::optional<store::Target> target = repository.resolve(*Period::fromLabel(period), region, program, metric);
    QCOMPARE(target ? target->value.toString() : QString(), expected);
}

void TestDashboardQuery::demoTargets()
{
    const store::TargetRepository repository(*m_db);
    const QList<int> years = repository.years();
    QVERIFY(years.contains(2024) && years.contains(2025) && years.contains(2026));
    // Seed 000's rates stay as the seed has them; seed 001's split is there for every year.
    const std::optional<store::Target> influenced = repository.resolve(*Period::fromLabel(u"2025"), "", "", "influenced_share");
    QVERIFY(influenced);
    QCOMPARE(influenced->value.toString(), QString("35"));
    const std::optional<store::Target> apac = repository.resolve(*Period::fromLabel(u"2026"), "APAC", "", "region_share");
    QVERIFY(apac);
    QCOMPARE(apac->value.toString(), QString("25"));
    // The quarterly revenue targets add up to the year's exactly.
    const std::optional<store::Target> whole = repository.resolve(*Period::fromLabel(u"2026"), "", "", "partner_revenue");
    QVERIFY(whole);
    Decimal quarters;
    for (int q = 1; q <= 4; ++q)
        quarters += repository.resolve(*Period::fromLabel(QStringLiteral("2026-Q%1").arg(q)), "", "", "partner_revenue")->value;
    QCOMPARE(quarters.toString(), whole->value.toString());
    // The dashboard shows them against the actuals.
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(u"2026-Q3");
    filter.today = m_today;
    const store::DashboardData data = store::DashboardQuery(*m_db).load(filter);
    QVERIFY(data.kpi("partner_revenue")->target);
    QVERIFY(data.revenueByQuarter[2].target);
}

void TestDashboardQuery::targetEditsAreAudited()
{
    store::TargetRepository repository(*m_db);
    const auto audits = [&] {
        QSqlQuery q(m_db->sql());
        q.exec("SELECT count(*) FROM audit WHERE entity = 'target'");
        q.next();
        return q.value(0).toLongLong();
    };
    const qint64 before = audits();
    const store::Target t{2040, 1, "EMEA", "playbook", "active_partners", *Decimal::parse("12"), ""};
    repository.set(t);
    QCOMPARE(repository.forYear(2040), QList<store::Target>{t});
    repository.remove(t);
    QVERIFY(repository.forYear(2040).isEmpty());
    QCOMPARE(audits(), before + 2);
    QVERIFY_THROWS_EXCEPTION(store::StoreError, repository.set({2040, 0, "", "", "no_such_metric", Decimal(), ""}));
}

void TestDashboardQuery::templatesLoad()
{
    const QList<store::TargetTemplate> templates = store::targetTemplates();
    QCOMPARE(templates.size(), 3);
    const std::optional<store::TargetTemplate> next = store::targetTemplate("next-portal");
    QVERIFY(next);
    // Seed 000's Year 1-3 table, verbatim.
    QMap<QString, QString> year3;
    for (const store::Target &t : next->targets) {
        if (t.year == 3)
            year3.insert(t.metric, t.value.toString());
    }
    QCOMPARE(year3.value("partner_revenue"), QString("7300000"));
    QCOMPARE(year3.value("pipeline"), QString("35000000"));
    QCOMPARE(year3.value("average_deal_size"), QString("320000"));
    QCOMPARE(year3.value("active_partners"), QString("65"));
    QCOMPARE(year3.value("certified_partners"), QString("50"));
    QCOMPARE(year3.value("influenced_share"), QString("40"));
}

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "tst_dashboardquery.moc"
