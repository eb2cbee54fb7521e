#include "core/demo/demodata.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace cd;

namespace {

DemoData generate(quint64 seed, int partners = 200, int deals = 6000)
{
    DemoOptions options;
    options.seed = seed;
    options.partners = partners;
    options.deals = deals;
    options.today = QDate(2026, 3, 31);
    return generateDemoData(options);
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reproducible_data();
    void reproducible();
    void todayIsAParameter();
    void sizes();
    void everyTypeRegionAndStage();
    void regionsWeightedLikeTheSeeds();
    void dealsLookLikeAProgram();
    void systemIntegratorDealsAreLargest();
    void registrationsCompete();
    void exchangeRatesCoverTheCurrencies();
    void namesAreMadeUp();

private:
    DemoData m_data;
};

void TestDemoData::initTestCase()
{
    m_data = generate(1);
}

void TestDemoData::reproducible_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("partners");
    QTest::addColumn<int>("deals");
    QTest::newRow("default") << quint64(1) << 200 << 6000;
    QTest::newRow("seed 42, small") << quint64(42) << 60 << 1000;
    QTest::newRow("seed 0, tiny") << quint64(0) << 5 << 10;
}

void TestDemoData::reproducible()
{
    QFETCH(quint64, seed);
    QFETCH(int, partners);
    QFETCH(int, deals);
    const DemoData a = generate(seed, partners, deals);
    const DemoData b = generate(seed, partners, deals);
    QCOMPARE(a.partners, b.partners);
    QCOMPARE(a.deals, b.deals);
    QCOMPARE(a.registrations, b.registrations);
    QCOMPARE(a.exchangeRates, b.exchangeRates);
    QCOMPARE(a.partners.size(), partners);
    QCOMPARE(a.deals.size(), deals);
    const DemoData other = generate(seed + 1, partners, deals);
    QVERIFY(other.deals != a.deals);
}

void TestDemoData::todayIsAParameter()
{
    DemoOptions options;
    options.today = QDate(2030, 6, 15);
    const DemoData later = generateDemoData(options);
    QDate latestClosed;
    for (const Deal &deal : later.deals) {
        if (deal.status != "open")
            latestClosed = std::max(latestClosed, deal.closeDate);
    }
    QVERIFY(latestClosed <= QDate(2030, 6, 15));
    QVERIFY(latestClosed >= QDate(2030, 5, 1));
}

void TestDemoData::sizes()
{
    QCOMPARE(m_data.partners.size(), 200);
    QCOMPARE(m_data.deals.size(), 6000);
    QVERIFY(m_data.registrations.size() >= 700 && m_data.registrations.size() <= 900);
}

void TestDemoData::everyTypeRegionAndStage()
{
    QSet<QString> types, regions, stages, statuses, tiers;
    for (const Partner &p : m_data.partners) {
        types << p.type;
        regions << p.region;
        stages << p.stage;
        statuses << p.status;
        tiers << p.program + "/" + p.tier;
        QVERIFY(!p.manager.isEmpty());
    }
    QCOMPARE(types, QSet<QString>(codes::partnerTypes().begin(), codes::partnerTypes().end()));
    QCOMPARE(regions, QSet<QString>(codes::regions().begin(), codes::regions().end()));
    QCOMPARE(stages, QSet<QString>(codes::partnerStages().begin(), codes::partnerStages().end()));
    QCOMPARE(statuses, QSet<QString>(codes::partnerStatuses().begin(), codes::partnerStatuses().end()));
    for (const char *tier : {"next-portal-si/tier1", "next-portal-si/tier2", "next-portal-si/tier3",
                             "next-portal-resellers/gold", "next-portal-resellers/silver",
                             "next-portal-resellers/authorized", "playbook/platinum", "playbook/gold",
                             "playbook/silver", "playbook/bronze"})
        QVERIFY2(tiers.contains(tier), tier);
}

void TestDemoData::regionsWeightedLikeTheSeeds()
{
    QHash<QString, int> count;
    for (const Partner &p : m_data.partners)
        ++count[p.region];
    QVERIFY2(count["NA"] >= 60 && count["NA"] <= 100, qPrintable(QString::number(count["NA"])));
    QVERIFY2(count["EMEA"] >= 50 && count["EMEA"] <= 90, qPrintable(QString::number(count["EMEA"])));
    QVERIFY(count["APAC"] + count["LATAM"] >= 30 && count["APAC"] + count["LATAM"] <= 70);
    QVERIFY(count["LATAM"] < count["APAC"]);
}

void TestDemoData::dealsLookLikeAProgram()
{
    QHash<QString, int> status, source;
    QSet<QString> currencies;
    int split = 0;
    const QDate today(2026, 3, 31);
    for (const Deal &d : m_data.deals) {
        ++status[d.status];
        ++source[d.source];
        currencies << d.amount.currency().code();
        if (d.partners.size() > 1) {
            ++split;
            QCOMPARE(d.partners.size(), 2);
            QCOMPARE(d.partners[0].percent + d.partners[1].percent, Decimal::fromInteger(100));
            QVERIFY(d.partners[0].partnerId != d.partners[1].partnerId);
        }
        QVERIFY(d.amount.minorUnits() > 0);
        QVERIFY(d.closeDate.isValid());
        QVERIFY(d.closeDate >= today.addYears(-3));
        if (d.status == "open") {
            QVERIFY(codes::dealStages().contains(d.stage));
            QVERIFY(d.probability.has_value());
        } else {
            QVERIFY2(d.closeDate <= today, qPrintable(d.id));
        }
        if (d.status == "cancelled") {
            QVERIFY(d.cancelledOn >= d.closeDate);
            QVERIFY(d.cancelledOn <= today);
        } else {
            QVERIFY(!d.cancelledOn.isValid());
        }
    }
    QVERIFY2(split >= 400 && split <= 800, qPrintable(QString::number(split)));
    QVERIFY(status["won"] > status["lost"]);
    QVERIFY(status["lost"] > status["cancelled"]);
    QVERIFY(status["cancelled"] > 50);
    QVERIFY(status["open"] > 600);
    QVERIFY(source["sourced"] > 1000 && source["influenced"] > 1000);
    for (const char *code : {"USD", "EUR", "GBP", "JPY"})
        QVERIFY2(currencies.contains(code), code);
}

// Seed 000: average partner deal sizes of $180K-$320K for system integrators.
void TestDemoData::systemIntegratorDealsAreLargest()
{
    QHash<QString, QString> typeOf;
    for (const Partner &p : m_data.partners)
        typeOf.insert(p.id, p.type);
    QHash<QString, qint64> sum, count;
    for (const Deal &d : m_data.deals) {
        if (d.amount.currency().code() != "USD")
            continue;
        const QString type = typeOf.value(d.partners.first().partnerId);
        sum[type] += d.amount.minorUnits64() / 100;
        ++count[type];
    }
    const qint64 si = sum["system_integrator"] / count["system_integrator"];
    QVERIFY2(si >= 180000 && si <= 320000, qPrintable(QString::number(si)));
    for (const QString &type : {QString("reseller"), QString("referral"), QString("technology")})
        QVERIFY(sum[type] / count[type] < si);
}

// Channel conflict: the same customer and product registered by two partners within 30 days.
void TestDemoData::registrationsCompete()
{
    int conflicts = 0, duplicates = 0;
    const auto &regs = m_data.registrations;
    for (qsizetype i = 0; i < regs.size(); ++i) {
        for (qsizetype j = 0; j < regs.size(); ++j) {
            if (i == j || regs[i].customer.compare(regs[j].customer, Qt::CaseInsensitive) != 0
                || regs[i].product != regs[j].product)
                continue;
            const qint64 gap = regs[i].submittedAt.secsTo(regs[j].submittedAt);
            if (gap <= 0 || gap >= 30 * 86400)
                continue;
            if (regs[i].partnerId == regs[j].partnerId)
                ++duplicates;
            else
                ++conflicts;
        }
    }
    QVERIFY2(conflicts >= 40, qPrintable(QString::number(conflicts)));
    QVERIFY2(duplicates >= 10, qPrintable(QString::number(duplicates)));
    int fromRegistration = 0;
    for (const Deal &d : m_data.deals)
        fromRegistration += d.regId.isEmpty() ? 0 : 1;
    QVERIFY(fromRegistration > 300);
}

void TestDemoData::exchangeRatesCoverTheCurrencies()
{
    QSet<QString> used, rated;
    for (const Deal &d : m_data.deals)
        used << d.amount.currency().code();
    used.remove("USD");
    QHash<QString, int> months;
    for (const DemoExchangeRate &rate : m_data.exchangeRates) {
        rated << rate.currency;
        ++months[rate.currency];
        QVERIFY(rate.rate.signum() > 0);
        QCOMPARE(rate.date.day(), 1);
    }
    QVERIFY(used.size() >= 5);
    QCOMPARE(rated, used);
    QCOMPARE(months.value("EUR"), 25);
}

void TestDemoData::namesAreMadeUp()
{
    const QStringList real{"Accenture", "Deloitte", "IBM", "Capgemini", "Cognizant", "Infosys", "Wipro", "Salesforce",
                           "Microsoft", "Amazon", "Google", "SAP", "Slalom", "KPMG", "McKinsey"};
    for (const Partner &p : m_data.partners) {
        for (const QString &name : real)
            QVERIFY2(!p.name.contains(name), qPrintable(p.name));
        QVERIFY(p.website.endsWith(".example"));
    }
    for (const Deal &d : m_data.deals)
        QVERIFY(d.customerDomain.isEmpty() || d.customerDomain.endsWith(".example"));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
