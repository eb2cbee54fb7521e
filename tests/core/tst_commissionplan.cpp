#include "core/commission/commissionplan.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace cd;

class TestCommissionPlan : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSpecPlan();
    void writesTheSpecLayout_data();
    void writesTheSpecLayout();
    void roundTrip_data();
    void roundTrip();
    void defaults();
    void errors_data();
    void errors();
    void everyProblemIsReported();
    void tierFunction_data();
    void tierFunction();
    void graduatedIsContinuousAtBandEdges();
    void retroactiveJumpsExactlyAtBandEdges();
};

static QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/commission/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

static Decimal dec(const char *text)
{
    return *Decimal::parse(QByteArrayView(text));
}

static QStringList texts(const Diagnostics &diagnostics)
{
    QStringList list;
    for (const Diagnostic &diagnostic : diagnostics)
        list << diagnostic.toString();
    return list;
}

static CommissionPlan parsed(const QByteArray &json)
{
    Diagnostics diagnostics;
    const std::optional<CommissionPlan> plan = parseCommissionPlan(json, "plan.json", diagnostics);
    if (!plan)
        qFatal("plan does not parse: %s", qPrintable(texts(diagnostics).join('\n')));
    return *plan;
}

void TestCommissionPlan::readsTheSpecPlan()
{
    const CommissionPlan plan = parsed(testData("plan-playbook.json"));
    QCOMPARE(plan.id, "playbook-2026");
    QCOMPARE(plan.currency.code(), "USD");
    QCOMPARE(plan.window, PeriodKind::Quarter);
    QCOMPARE(plan.fiscalYearStartMonth, 1);
    QCOMPARE(plan.method, CommissionMethod::Graduated);
    QCOMPARE(plan.rounding, RoundingMode::HalfEven);
    QCOMPARE(plan.bands.size(), 3);
    QCOMPARE(plan.bands[0].from, dec("0"));
    QCOMPARE(plan.bands[0].rate, dec("0.15"));
    QCOMPARE(plan.bands[1].from, dec("100000"));
    QCOMPARE(plan.bands[1].rate, dec("0.2"));
    QCOMPARE(plan.bands[2].from, dec("500000"));
    QCOMPARE(plan.bands[2].rate, dec("0.25"));
    QVERIFY(plan.bonus.has_value());
    QCOMPARE(plan.bonus->threshold, dec("50000"));
    QCOMPARE(plan.bonus->rate, dec("0.05"));

    const CommissionPlan b = parsed(testData("plan-b.json"));
    QCOMPARE(b.currency.code(), "EUR");
    QCOMPARE(b.fiscalYearStartMonth, 7);
    QCOMPARE(b.rounding, RoundingMode::HalfUp);
}

void TestCommissionPlan::writesTheSpecLayout_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("the spec's plan") << "plan-playbook.json";
    QTest::newRow("plan A") << "plan-a.json";
    QTest::newRow("plan A, retroactive") << "plan-a-retroactive.json";
}

void TestCommissionPlan::writesTheSpecLayout()
{
    QFETCH(QString, file);
    const QByteArray json = testData(file);
    QCOMPARE(parsed(json).toJson(), json);
}

void TestCommissionPlan::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plan B") << testData("plan-b.json");
    QTest::newRow("plan B by year") << testData("plan-b-year.json");
    QTest::newRow("odd rates and an escaped id")
        << QByteArray(R"({"id":"a \"q\" \\ plan","currency":"KWD","window":"month","fiscal_year_start_month":4,
            "method":"retroactive","rounding":"half-up",
            "bands":[{"from":"0","rate":"0%"},{"from":"0.001","rate":"2.123456%"},{"from":"10.5","rate":"150%"}],
            "bonus":{"threshold":"0","rate":"0.000001%"}})");
}

void TestCommissionPlan::roundTrip()
{
    QFETCH(QByteArray, json);
    const CommissionPlan plan = parsed(json);
    QCOMPARE(parsed(plan.toJson()), plan);
}

void TestCommissionPlan::defaults()
{
    const CommissionPlan plan = parsed(R"({"id":"x","currency":"JPY","bands":[{"from":"0","rate":"1%"}]})");
    QCOMPARE(plan.window, PeriodKind::Quarter);
    QCOMPARE(plan.fiscalYearStartMonth, 1);
    QCOMPARE(plan.method, CommissionMethod::Graduated);
    QCOMPARE(plan.rounding, RoundingMode::HalfEven);
    QVERIFY(!plan.bonus.has_value());
}

// A plan whose lines are known, so that each case can break one thing and name its line.
static const char BasePlan[] = "{\n"                                          // 1
                               "  \"id\": \"p\",\n"                           // 2
                               "  \"currency\": \"USD\",\n"                   // 3
                               "  \"window\": \"quarter\",\n"                 // 4
                               "  \"fiscal_year_start_month\": 1,\n"          // 5
                               "  \"method\": \"graduated\",\n"               // 6
                               "  \"rounding\": \"half-even\",\n"             // 7
                               "  \"bands\": [\n"                             // 8
                               "    {\"from\": \"0\", \"rate\": \"15%\"},\n"  // 9
                               "    {\"from\": \"100000\", \"rate\": \"20%\"}\n" // 10
                               "  ],\n"                                       // 11
                               "  \"bonus\": {\"threshold\": \"50000\", \"rate\": \"5%\"}\n" // 12
                               "}\n";

static QByteArray basePlanWith(const char *from, const char *to)
{
    QByteArray json(BasePlan);
    if (!json.contains(from))
        qFatal("test plan lacks %s", from);
    return json.replace(from, to);
}

void TestCommissionPlan::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("JSON number for a band's from")
        << basePlanWith("\"from\": \"100000\"", "\"from\": 100000")
        << QStringList{"plan.json:10: bands[1].from: 100000 is a JSON number; write it as a string (\"100000\") "
                       "so that it stays exact"};
    QTest::newRow("JSON number for a rate")
        << basePlanWith("\"rate\": \"15%\"", "\"rate\": 0.15")
        << QStringList{"plan.json:9: bands[0].rate: 0.15 is a JSON number; write it as a string (\"0.15\") so that "
                       "it stays exact"};
    QTest::newRow("JSON number for the bonus threshold")
        << basePlanWith("\"threshold\": \"50000\"", "\"threshold\": 5e4")
        << QStringList{"plan.json:12: bonus.threshold: 5e4 is a JSON number; write it as a string (\"5e4\") so "
                       "that it stays exact"};
    QTest::newRow("rate without %") << basePlanWith("\"20%\"", "\"20\"")
                                    << QStringList{"plan.json:10: bands[1].rate: 20 is not a percentage like 15%"};
    QTest::newRow("rate not a number") << basePlanWith("\"20%\"", "\"twenty%\"")
                                       << QStringList{"plan.json:10: bands[1].rate: twenty% is not a percentage like 15%"};
    QTest::newRow("rate with 7 decimals")
        << basePlanWith("\"20%\"", "\"20.1234567%\"")
        << QStringList{"plan.json:10: bands[1].rate: 20.1234567% has more than 6 decimals"};
    QTest::newRow("negative rate") << basePlanWith("\"20%\"", "\"-1%\"")
                                   << QStringList{"plan.json:10: bands[1].rate: -1% must not be negative"};
    QTest::newRow("first band not at 0")
        << basePlanWith("\"from\": \"0\"", "\"from\": \"1\"")
        << QStringList{"plan.json:9: bands[0].from: the first band must start at 0, not 1"};
    QTest::newRow("bands not ascending")
        << basePlanWith("\"from\": \"100000\"", "\"from\": \"0.00\"")
        << QStringList{"plan.json:10: bands[1].from: 0.00 is not above the previous band's from (0): bands must be "
                       "in ascending order"};
    QTest::newRow("negative from")
        << basePlanWith("\"from\": \"100000\"", "\"from\": \"-5\"")
        << QStringList{"plan.json:10: bands[1].from: -5 must not be negative"};
    QTest::newRow("from with more decimals than the currency")
        << basePlanWith("\"from\": \"100000\"", "\"from\": \"100000.001\"")
        << QStringList{"plan.json:10: bands[1].from: 100000.001 has more decimals than USD allows (2)"};
    QTest::newRow("from not a decimal")
        << basePlanWith("\"from\": \"100000\"", "\"from\": \"100,000\"")
        << QStringList{"plan.json:10: bands[1].from: 100,000 is not a decimal number"};
    QTest::newRow("unknown currency")
        << basePlanWith("\"USD\"", "\"XYZ\"")
        << QStringList{"plan.json:3: currency: XYZ is not a currency this program knows (ISO 4217: "
                       + Currency::knownCodes().join(' ') + ")"};
    QTest::newRow("unknown window") << basePlanWith("\"quarter\"", "\"week\"")
                                    << QStringList{"plan.json:4: window: week is not one of month, quarter, year"};
    QTest::newRow("unknown method")
        << basePlanWith("\"graduated\"", "\"tiered\"")
        << QStringList{"plan.json:6: method: tiered is not one of graduated, retroactive"};
    QTest::newRow("rounding the spec does not name")
        << basePlanWith("\"half-even\"", "\"floor\"")
        << QStringList{"plan.json:7: rounding: floor is not one of half-even, half-up"};
    QTest::newRow("fiscal month 13")
        << basePlanWith("\"fiscal_year_start_month\": 1", "\"fiscal_year_start_month\": 13")
        << QStringList{"plan.json:5: fiscal_year_start_month: 13 is not a month number from 1 to 12"};
    QTest::newRow("fiscal month 0")
        << basePlanWith("\"fiscal_year_start_month\": 1", "\"fiscal_year_start_month\": 0")
        << QStringList{"plan.json:5: fiscal_year_start_month: 0 is not a month number from 1 to 12"};
    QTest::newRow("fiscal month as a string")
        << basePlanWith("\"fiscal_year_start_month\": 1", "\"fiscal_year_start_month\": \"7\"")
        << QStringList{"plan.json:5: fiscal_year_start_month: \"7\" is not a month number from 1 to 12"};
    QTest::newRow("window not a string") << basePlanWith("\"quarter\"", "3")
                                         << QStringList{"plan.json:4: window: must be a string, not number"};
    QTest::newRow("missing bands")
        << QByteArray("{\"id\": \"p\", \"currency\": \"USD\"}")
        << QStringList{"plan.json:1: bands: is required: at least one band starting at 0"};
    QTest::newRow("empty bands")
        << QByteArray("{\"id\": \"p\", \"currency\": \"USD\",\n\"bands\": []}")
        << QStringList{"plan.json:2: bands: must be a list of at least one band starting at 0"};
    QTest::newRow("band without rate")
        << basePlanWith(", \"rate\": \"20%\"", "")
        << QStringList{"plan.json:10: bands[1].rate: is required"};
    QTest::newRow("missing id and currency")
        << QByteArray("{\"bands\": [{\"from\": \"0\", \"rate\": \"1%\"}]}")
        << QStringList{"plan.json:1: id: is required", "plan.json:1: currency: is required"};
    QTest::newRow("unknown field")
        << basePlanWith("\"method\"", "\"metod\"")
        << QStringList{"plan.json:6: metod: unknown field (known: id, currency, window, fiscal_year_start_month, "
                       "method, rounding, bands, bonus)"};
    QTest::newRow("bonus without rate")
        << basePlanWith(", \"rate\": \"5%\"}", "}")
        << QStringList{"plan.json:12: bonus.rate: is required"};
    QTest::newRow("JSON syntax") << QByteArray("{\n\"id\": \"p\",\n}")
                                 << QStringList{"plan.json:3: expected a quoted member name"};
    QTest::newRow("not an object") << QByteArray("[1]") << QStringList{"plan.json:1: a plan is a JSON object"};
}

void TestCommissionPlan::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    Diagnostics diagnostics;
    const std::optional<CommissionPlan> plan = parseCommissionPlan(json, "plan.json", diagnostics);
    QVERIFY(!plan.has_value());
    QCOMPARE(texts(diagnostics), expected);
}

void TestCommissionPlan::everyProblemIsReported()
{
    QByteArray json(BasePlan);
    json.replace("\"USD\"", "\"XXX\"").replace("\"quarter\"", "\"week\"").replace("\"15%\"", "\"-15%\"");
    json.replace("\"100000\"", "100000").replace("\"5%\"", "\"5\"");
    Diagnostics diagnostics;
    QVERIFY(!parseCommissionPlan(json, "plan.json", diagnostics));
    QStringList fields;
    for (const Diagnostic &diagnostic : diagnostics)
        fields << diagnostic.field;
    QCOMPARE(fields, (QStringList{"currency", "window", "bands[0].rate", "bands[1].from", "bonus.rate"}));
}

void TestCommissionPlan::tierFunction_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cumulative");
    QTest::addColumn<QString>("expected");
    QTest::newRow("graduated, the spec's P1") << "plan-a.json" << "552745.67" << "108186.4175";
    QTest::newRow("retroactive, the spec's P1") << "plan-a-retroactive.json" << "552745.67" << "138186.4175";
    QTest::newRow("graduated at 0") << "plan-a.json" << "0" << "0";
    QTest::newRow("graduated below the first edge") << "plan-a.json" << "99999.99" << "14999.9985";
    QTest::newRow("graduated at the first edge") << "plan-a.json" << "100000" << "15000";
    QTest::newRow("graduated just above it") << "plan-a.json" << "100000.01" << "15000.002";
    QTest::newRow("retroactive below the edge") << "plan-a-retroactive.json" << "99999.99" << "14999.9985";
    QTest::newRow("retroactive: from is inclusive") << "plan-a-retroactive.json" << "100000" << "20000";
    QTest::newRow("retroactive at the top band") << "plan-a-retroactive.json" << "500000" << "125000";
    QTest::newRow("graduated P2's window") << "plan-a.json" << "0.10" << "0.015";
}

void TestCommissionPlan::tierFunction()
{
    QFETCH(QString, file);
    QFETCH(QString, cumulative);
    QFETCH(QString, expected);
    const CommissionPlan plan = parsed(testData(file));
    QCOMPARE(plan.tier(*Decimal::parse(QStringView(cumulative))).normalized().toString(), expected);
}

// Random plans: ascending edges in cents, rates with up to 6 decimals of a percent.
static CommissionPlan randomPlan(std::mt19937_64 &random, CommissionMethod method)
{
    CommissionPlan plan;
    plan.id = "random";
    plan.currency = *Currency::fromCode(QByteArrayView("USD"));
    plan.method = method;
    qint64 from = 0;
    const int bands = 1 + int(random() % 6);
    for (int i = 0; i < bands; ++i) {
        const qint64 rateUnits = qint64(random() % 50000000); // up to 50% with 6 decimals of a percent
        plan.bands.append({Decimal::fromUnits(Int128(from), 2), Decimal::fromUnits(Int128(rateUnits), 8)});
        from += 1 + qint64(random() % 100000000);
    }
    return plan;
}

void TestCommissionPlan::graduatedIsContinuousAtBandEdges()
{
    std::mt19937_64 random(7);
    const Decimal cent = dec("0.01");
    for (int round = 0; round < 2000; ++round) {
        const CommissionPlan plan = randomPlan(random, CommissionMethod::Graduated);
        for (qsizetype i = 1; i < plan.bands.size(); ++i) {
            const Decimal edge = plan.bands[i].from;
            // The last cent before the edge is paid at the lower band's rate, the first after at the new one.
            QCOMPARE(plan.tier(edge) - plan.tier(edge - cent), cent * plan.bands[i - 1].rate);
            QCOMPARE(plan.tier(edge + cent) - plan.tier(edge), cent * plan.bands[i].rate);
        }
    }
}

void TestCommissionPlan::retroactiveJumpsExactlyAtBandEdges()
{
    std::mt19937_64 random(11);
    const Decimal cent = dec("0.01");
    for (int round = 0; round < 2000; ++round) {
        const CommissionPlan plan = randomPlan(random, CommissionMethod::Retroactive);
        for (qsizetype i = 1; i < plan.bands.size(); ++i) {
            const Decimal edge = plan.bands[i].from;
            QCOMPARE(plan.tier(edge), edge * plan.bands[i].rate);
            QCOMPARE(plan.tier(edge - cent), (edge - cent) * plan.bands[i - 1].rate);
        }
    }
}

QTEST_GUILESS_MAIN(TestCommissionPlan)
#include "tst_commissionplan.moc"
