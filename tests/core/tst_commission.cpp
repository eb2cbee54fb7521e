#include "core/commission/commission.h"
#include "core/commission/commissioninput.h"
#include "core/commission/commissionplan.h"
#include "core/files/csv.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace cd;

class TestCommission : public QObject
{
    Q_OBJECT

private slots:
    void dataFilesAreTheSpecsExamples_data();
    void dataFilesAreTheSpecsExamples();
    void specExamples_data();
    void specExamples();
    void specExamplesThroughValues_data();
    void specExamplesThroughValues();
    void engineCases_data();
    void engineCases();
    void dealErrors_data();
    void dealErrors();
    void everyBadRowIsReported();
    void csvShapes_data();
    void csvShapes();
    void fxErrors_data();
    void fxErrors();
    void overflowIsAnErrorWithItsLine();
    void unknownColumnsAreAWarning();
    void valueDealsAreChecked();
    void stringTable();
};

static QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/commission/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

static QStringList texts(const Diagnostics &diagnostics)
{
    QStringList list;
    for (const Diagnostic &diagnostic : diagnostics)
        list << diagnostic.toString();
    return list;
}

static CommissionPlan planFrom(const QByteArray &json)
{
    Diagnostics diagnostics;
    const std::optional<CommissionPlan> plan = parseCommissionPlan(json, "plan.json", diagnostics);
    if (!plan)
        qFatal("plan does not parse: %s", qPrintable(texts(diagnostics).join('\n')));
    return *plan;
}

// The whole of `commission calc` over bytes: either the statement CSV or the diagnostics.
struct Run
{
    QByteArray csv;
    QStringList errors;
};

static Run calculate(const QByteArray &planJson, const QByteArray &deals, const QByteArray &fxCsv = {})
{
    Run run;
    const CommissionPlan plan = planFrom(planJson);
    Diagnostics problems;
    FxTable fx;
    if (!fxCsv.isEmpty())
        readCommissionFx(fxCsv, "fx.csv", fx, problems);
    CommissionBatch batch;
    readCommissionDeals(deals, "deals.csv", CommissionDealsContext{plan.currency, &fx}, batch, problems);
    if (problems.isEmpty()) {
        try {
            run.csv = statementCsv(plan, batch, computeCommission(plan, batch, fx));
        } catch (const InputError &error) {
            problems = error.diagnostics();
        }
    }
    run.errors = texts(problems);
    return run;
}

static const QByteArray PlanA = testData("plan-a.json");
static const QByteArray Header = "deal_id,partners,close_date,amount,currency,status,cancelled_on\n";

void TestCommission::dataFilesAreTheSpecsExamples_data()
{
    QTest::addColumn<int>("block");
    QTest::addColumn<QString>("file");
    QTest::newRow("plan") << 0 << "plan-playbook.json";
    QTest::newRow("deals A") << 1 << "deals-a.csv";
    QTest::newRow("statement A") << 2 << "statement-a-graduated.csv";
    QTest::newRow("plan B") << 3 << "plan-b.json";
    QTest::newRow("fx B") << 4 << "fx-b.csv";
    QTest::newRow("deals B") << 5 << "deals-b.csv";
    QTest::newRow("statement B") << 6 << "statement-b.csv";
}

void TestCommission::dataFilesAreTheSpecsExamples()
{
    QFETCH(int, block);
    QFETCH(QString, file);
    QFile spec(QStringLiteral(CHANNELDESK_SPEC_DIR "/commission.md"));
    QVERIFY(spec.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(spec.readAll());
    static const QRegularExpression fence(QStringLiteral("```[a-z]*\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (const QRegularExpressionMatch &match : fence.globalMatch(text))
        blocks << match.captured(1);
    QVERIFY(block < blocks.size());
    QCOMPARE(QString::fromUtf8(testData(file)), blocks[block]);
}

void TestCommission::specExamples_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("deals");
    QTest::addColumn<QString>("fx");
    QTest::addColumn<QString>("statement");
    QTest::newRow("plan A, graduated") << "plan-a.json" << "deals-a.csv" << "" << "statement-a-graduated.csv";
    QTest::newRow("plan A, retroactive") << "plan-a-retroactive.json" << "deals-a.csv" << ""
                                         << "statement-a-retroactive.csv";
    QTest::newRow("plan B") << "plan-b.json" << "deals-b.csv" << "fx-b.csv" << "statement-b.csv";
    QTest::newRow("plan B by year, threshold 100000") << "plan-b-year.json" << "deals-b.csv" << "fx-b.csv"
                                                      << "statement-b-year.csv";
}

void TestCommission::specExamples()
{
    QFETCH(QString, plan);
    QFETCH(QString, deals);
    QFETCH(QString, fx);
    QFETCH(QString, statement);
    const Run run = calculate(testData(plan), testData(deals), fx.isEmpty() ? QByteArray() : testData(fx));
    QCOMPARE(run.errors, QStringList());
    QCOMPARE(QString::fromUtf8(run.csv), QString::fromUtf8(testData(statement)));
    QCOMPARE(run.csv, testData(statement));
}

// The same examples through the value types, read with the QString-based helpers of records.h: an
// independent path to the same bytes.
static QList<CommissionDeal> valueDeals(const QByteArray &csv)
{
    QList<CommissionDeal> deals;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(',');
        CommissionDeal deal;
        deal.id = f[0];
        deal.shares = *parsePartnerSplit(f[1], nullptr);
        deal.closeDate = *parseIsoDate(f[2]);
        deal.amount = *Money::parse(f[3], *Currency::fromCode(QStringView(f[4])));
        if (f[5] == "open" || f[5] == "lost")
            continue;
        deal.status = f[5] == "won" ? CommissionDeal::Status::Won : CommissionDeal::Status::Cancelled;
        if (!f[6].isEmpty())
            deal.cancelledOn = *parseIsoDate(f[6]);
        deal.line = int(i + 1);
        deals << deal;
    }
    return deals;
}

static FxTable valueRates(const QByteArray &csv)
{
    FxTable fx;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = QString::fromUtf8(lines[i]).split(',');
        fx.insert(*parseIsoDate(f[0]), *Currency::fromCode(QStringView(f[1])), *Decimal::parse(QStringView(f[2])));
    }
    return fx;
}

void TestCommission::specExamplesThroughValues_data()
{
    specExamples_data();
}

void TestCommission::specExamplesThroughValues()
{
    QFETCH(QString, plan);
    QFETCH(QString, deals);
    QFETCH(QString, fx);
    QFETCH(QString, statement);
    const QList<Statement> statements =
        computeStatements(planFrom(testData(plan)), valueDeals(testData(deals)),
                          fx.isEmpty() ? FxTable() : valueRates(testData(fx)), "deals.csv");
    QCOMPARE(statementCsv(statements), testData(statement));
}

void TestCommission::engineCases_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QByteArray>("deals");
    QTest::addColumn<QByteArray>("fx");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray flat10 = R"({"id":"f","currency":"USD","bands":[{"from":"0","rate":"10%"}]})";
    QTest::newRow("a tie in a split goes to the partner listed first")
        << flat10 << Header + "D1,P2=50;P1=50,2026-01-10,0.01,USD,won,\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,0.00,0.00\nP1,2026-Q1,total,,0.00,0.00\n"
                      "P2,2026-Q1,commission,D1,0.01,0.00\nP2,2026-Q1,total,,0.01,0.00\n");
    QTest::newRow("three-way split with decimals")
        << flat10 << Header + "D1,A=33.33;B=33.33;C=33.34,2026-01-10,1.00,USD,won,\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "A,2026-Q1,commission,D1,0.33,0.03\nA,2026-Q1,total,,0.33,0.03\n"
                      "B,2026-Q1,commission,D1,0.33,0.03\nB,2026-Q1,total,,0.33,0.03\n"
                      "C,2026-Q1,commission,D1,0.34,0.03\nC,2026-Q1,total,,0.34,0.03\n");
    QTest::newRow("open and lost rows earn nothing, even with junk in them")
        << flat10
        << Header + "D1,P1,2026-01-10,100.00,USD,won,\nD2,P1,,lots,???,open,\nD3,,2026-13-45,-1,USD,lost,x\n"
        << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,100.00,10.00\nP1,2026-Q1,total,,100.00,10.00\n");
    QTest::newRow("no won deals: the header alone") << flat10 << Header << QByteArray()
                                                    << QByteArray("partner,period,kind,deal,credit,amount\n");
    QTest::newRow("same day: deal ids in byte order; partners in byte order")
        << flat10
        << Header + "b,P2,2026-01-10,1.00,USD,won,\nB,P2,2026-01-10,1.00,USD,won,\nX,P10,2026-01-09,1.00,USD,won,\n"
        << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P10,2026-Q1,commission,X,1.00,0.10\nP10,2026-Q1,total,,1.00,0.10\n"
                      "P2,2026-Q1,commission,B,1.00,0.10\nP2,2026-Q1,commission,b,1.00,0.10\n"
                      "P2,2026-Q1,total,,2.00,0.20\n");
    QTest::newRow("text fields are guarded and quoted as data.md says")
        << flat10 << Header + "'-D1,\"'@P,1\",2026-01-10,1.00,USD,won,\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "\"'@P,1\",2026-Q1,commission,'-D1,1.00,0.10\n\"'@P,1\",2026-Q1,total,,1.00,0.10\n");
    QTest::newRow("a clawback months later, alone in its window")
        << flat10 << Header + "D1,P1,2026-01-10,100.00,USD,cancelled,2026-12-31\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,100.00,10.00\nP1,2026-Q1,total,,100.00,10.00\n"
                      "P1,2026-Q4,clawback,D1,,-10.00\nP1,2026-Q4,total,,0.00,-10.00\n");
    QTest::newRow("clawbacks in (cancelled_on, deal_id) order, before the bonus")
        << QByteArray(R"({"id":"m","currency":"USD","window":"month","bands":[{"from":"0","rate":"10%"}],
                         "bonus":{"threshold":"100","rate":"1%"}})")
        << Header + "D9,P1,2026-01-10,100.00,USD,cancelled,2026-02-05\nD1,P1,2026-01-11,50.00,USD,cancelled,2026-02-05\n"
                    "D5,P1,2026-01-12,20.00,USD,cancelled,2026-02-04\nD7,P1,2026-02-10,200.00,USD,won,\n"
        << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-01,commission,D9,100.00,10.00\nP1,2026-01,commission,D1,50.00,5.00\n"
                      "P1,2026-01,commission,D5,20.00,2.00\nP1,2026-01,bonus,,,1.70\n"
                      "P1,2026-01,total,,170.00,18.70\n"
                      "P1,2026-02,commission,D7,200.00,20.00\nP1,2026-02,clawback,D5,,-2.00\n"
                      "P1,2026-02,clawback,D1,,-5.00\nP1,2026-02,clawback,D9,,-10.00\n"
                      "P1,2026-02,bonus,,,2.00\nP1,2026-02,total,,200.00,5.00\n");
    QTest::newRow("cancelled on its close date: left out")
        << flat10 << Header + "D1,P1,2026-01-10,100.00,USD,cancelled,2026-01-10\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n");
    QTest::newRow("the latest rate on or before the close date; a rate for the plan currency is not used")
        << flat10
        << Header + "D1,P1,2026-01-31,100.00,EUR,won,\nD2,P1,2026-02-01,100.00,EUR,won,\nD3,P1,2026-02-01,5.00,USD,won,\n"
        << QByteArray("date,currency,rate\n2026-02-01,EUR,1.2\n2026-01-01,EUR,1.1\n2026-01-01,USD,7\n")
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,110.00,11.00\nP1,2026-Q1,commission,D2,120.00,12.00\n"
                      "P1,2026-Q1,commission,D3,5.00,0.50\nP1,2026-Q1,total,,235.00,23.50\n");
    QTest::newRow("half-even conversion and a yen plan")
        << QByteArray(R"({"id":"y","currency":"JPY","bands":[{"from":"0","rate":"10%"}]})")
        << Header + "D1,P1,2026-01-10,0.25,USD,won,\nD2,P1,2026-01-11,0.35,USD,won,\n"
        << QByteArray("date,currency,rate\n2026-01-01,USD,10\n")
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,2,0\nP1,2026-Q1,commission,D2,4,1\nP1,2026-Q1,total,,6,1\n");
    QTest::newRow("half-up conversion into a three-decimal plan")
        << QByteArray(R"({"id":"k","currency":"KWD","rounding":"half-up","bands":[{"from":"0","rate":"1%"}]})")
        << Header + "D1,P1,2026-01-10,1,JPY,won,\n" << QByteArray("date,currency,rate\n2026-01-01,JPY,0.0025\n")
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,0.003,0.000\nP1,2026-Q1,total,,0.003,0.000\n");
    QTest::newRow("a fiscal year starting in April, by month and by year")
        << QByteArray(R"({"id":"a","currency":"USD","window":"year","fiscal_year_start_month":4,
                         "bands":[{"from":"0","rate":"0%"},{"from":"100","rate":"50%"}]})")
        << Header + "D1,P1,2026-03-31,150.00,USD,won,\nD2,P1,2026-04-01,50.00,USD,won,\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,FY2026,commission,D1,150.00,25.00\nP1,FY2026,total,,150.00,25.00\n"
                      "P1,FY2027,commission,D2,50.00,0.00\nP1,FY2027,total,,50.00,0.00\n");
    QTest::newRow("the first and the last day the readers take, by month")
        << QByteArray(R"({"id":"m","currency":"USD","window":"month","bands":[{"from":"0","rate":"10%"}]})")
        << Header + "D2,P1,9999-12-31,1.00,USD,won,\nD1,P1,0001-01-01,2.00,USD,cancelled,9999-12-31\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,0001-01,commission,D1,2.00,0.20\nP1,0001-01,total,,2.00,0.20\n"
                      "P1,9999-12,commission,D2,1.00,0.10\nP1,9999-12,clawback,D1,,-0.20\n"
                      "P1,9999-12,total,,1.00,-0.10\n");
    QTest::newRow("retroactive with a lower top rate: a negative line")
        << QByteArray(R"({"id":"r","currency":"USD","method":"retroactive",
                         "bands":[{"from":"0","rate":"20%"},{"from":"100","rate":"10%"}]})")
        << Header + "D1,P1,2026-01-10,99.99,USD,won,\nD2,P1,2026-01-11,0.03,USD,won,\n" << QByteArray()
        << QByteArray("partner,period,kind,deal,credit,amount\n"
                      "P1,2026-Q1,commission,D1,99.99,20.00\nP1,2026-Q1,commission,D2,0.03,-10.00\n"
                      "P1,2026-Q1,total,,100.02,10.00\n");
}

void TestCommission::engineCases()
{
    QFETCH(QByteArray, plan);
    QFETCH(QByteArray, deals);
    QFETCH(QByteArray, fx);
    QFETCH(QByteArray, expected);
    const Run run = calculate(plan, deals, fx);
    QCOMPARE(run.errors, QStringList());
    QCOMPARE(QString::fromUtf8(run.csv), QString::fromUtf8(expected));
}

void TestCommission::dealErrors_data()
{
    QTest::addColumn<QByteArray>("deals");
    QTest::addColumn<QByteArray>("fx");
    QTest::addColumn<QStringList>("expected");
    const QByteArray ok = "D1,P1,2026-01-15,80000.00,USD,won,\n";
    auto row = [](const char *text) -> QByteArray { return QByteArray(text) + '\n'; };
    QTest::newRow("the spec's example")
        << Header + ok + row("D2,P1,2026-01-16,1.00,USD,won,") + row("D3,P1,2026-01-16,1.00,USD,won,")
               + row("D4,P1,2026-01-16,10.005,USD,won,")
        << QByteArray() << QStringList{"deals.csv:5: amount: 10.005 has more decimals than USD allows (2)"};
    QTest::newRow("malformed CSV: an unclosed quote")
        << Header + row("D1,P1,2026-01-15,\"80000.00,USD,won,") << QByteArray()
        << QStringList{"deals.csv:2: a quoted field is not closed before the end of the file"};
    QTest::newRow("malformed CSV: a short row") << Header + row("D1,P1,2026-01-15,80000.00,USD,won")
                                                << QByteArray()
                                                << QStringList{"deals.csv:2: expected 7 fields as in the header, found 6"};
    QTest::newRow("missing column")
        << QByteArray("deal_id,partners,close_date,currency,status,cancelled_on\nD1,P1,2026-01-15,USD,won,\n")
        << QByteArray() << QStringList{"deals.csv:1: amount: required column is missing from the header"};
    QTest::newRow("empty file") << QByteArray() << QByteArray()
                                << QStringList{"deals.csv:1: the file is empty; a header row is required"};
    QTest::newRow("bad date: no such day") << Header + row("D1,P1,2026-02-29,1.00,USD,won,") << QByteArray()
                                           << QStringList{"deals.csv:2: close_date: 2026-02-29 is not a date like 2026-03-31"};
    QTest::newRow("bad date: not ISO") << Header + row("D1,P1,15/01/2026,1.00,USD,won,") << QByteArray()
                                       << QStringList{"deals.csv:2: close_date: 15/01/2026 is not a date like 2026-03-31"};
    QTest::newRow("missing close date") << Header + row("D1,P1,,1.00,USD,won,") << QByteArray()
                                        << QStringList{"deals.csv:2: close_date: is missing"};
    QTest::newRow("zero amount") << Header + row("D1,P1,2026-01-15,0.00,USD,won,") << QByteArray()
                                 << QStringList{"deals.csv:2: amount: 0.00 is not positive"};
    QTest::newRow("negative amount") << Header + row("D1,P1,2026-01-15,-5,USD,won,") << QByteArray()
                                     << QStringList{"deals.csv:2: amount: -5 is not positive"};
    QTest::newRow("thousands separator") << Header + row("D1,P1,2026-01-15,\"1,000.00\",USD,won,") << QByteArray()
                                         << QStringList{"deals.csv:2: amount: 1,000.00 is not a decimal number"};
    QTest::newRow("yen with decimals") << Header + row("D1,P1,2026-01-15,100.5,JPY,won,")
                                       << QByteArray("date,currency,rate\n2026-01-01,JPY,0.0067\n")
                                       << QStringList{"deals.csv:2: amount: 100.5 has more decimals than JPY allows (0)"};
    QTest::newRow("unknown currency") << Header + row("D1,P1,2026-01-15,1.00,XYZ,won,") << QByteArray()
                                      << QStringList{"deals.csv:2: currency: XYZ is not a currency this program knows"};
    QTest::newRow("split not summing to 100") << Header + row("D1,P2=60;P1=30,2026-01-15,1.00,USD,won,")
                                              << QByteArray()
                                              << QStringList{"deals.csv:2: partners: the shares add up to 90, not 100"};
    QTest::newRow("split over 100 with decimals")
        << Header + row("D1,P2=60.5;P1=40,2026-01-15,1.00,USD,won,") << QByteArray()
        << QStringList{"deals.csv:2: partners: the shares add up to 100.5, not 100"};
    QTest::newRow("partner named twice") << Header + row("D1,P1=60;P1=40,2026-01-15,1.00,USD,won,") << QByteArray()
                                         << QStringList{"deals.csv:2: partners: P1 is named twice"};
    QTest::newRow("split without percentages") << Header + row("D1,P1;P2,2026-01-15,1.00,USD,won,") << QByteArray()
                                               << QStringList{"deals.csv:2: partners: P1;P2 lists several partners "
                                                              "without their percentages"};
    QTest::newRow("zero share") << Header + row("D1,P1=100;P2=0,2026-01-15,1.00,USD,won,") << QByteArray()
                                << QStringList{"deals.csv:2: partners: the share of P2 must be positive"};
    QTest::newRow("no partner") << Header + row("D1,,2026-01-15,1.00,USD,won,") << QByteArray()
                                << QStringList{"deals.csv:2: partners: no partner given"};
    QTest::newRow("duplicate deal_id") << Header + ok + row("D1,P2,2026-01-16,1.00,USD,won,") << QByteArray()
                                       << QStringList{"deals.csv:3: deal_id: D1 appears twice (first on line 2)"};
    QTest::newRow("duplicate deal_id on an open row") << Header + ok + row("D1,P2,,,,open,") << QByteArray()
                                                      << QStringList{"deals.csv:3: deal_id: D1 appears twice (first on line 2)"};
    QTest::newRow("cancelled without its date") << Header + row("D1,P1,2026-01-15,1.00,USD,cancelled,") << QByteArray()
                                                << QStringList{"deals.csv:2: cancelled_on: is missing: a cancelled deal "
                                                               "needs the date it was cancelled"};
    QTest::newRow("cancelled before its close date")
        << Header + row("D1,P1,2026-01-15,1.00,USD,cancelled,2026-01-14") << QByteArray()
        << QStringList{"deals.csv:2: cancelled_on: 2026-01-14 is before the close date 2026-01-15"};
    QTest::newRow("won with a cancellation date")
        << Header + row("D1,P1,2026-01-15,1.00,USD,won,2026-02-01") << QByteArray()
        << QStringList{"deals.csv:2: cancelled_on: 2026-02-01 is given but the deal is won; a cancelled deal has "
                       "status cancelled"};
    QTest::newRow("unknown status") << Header + row("D1,P1,2026-01-15,1.00,USD,pending,") << QByteArray()
                                    << QStringList{"deals.csv:2: status: pending is not one of won, cancelled, open, lost"};
    QTest::newRow("missing FX rate: no file")
        << Header + row("D1,P1,2026-01-15,1.00,GBP,won,") << QByteArray()
        << QStringList{"deals.csv:2: currency: no GBP rate to USD on or before 2026-01-15"};
    QTest::newRow("missing FX rate: only later rates")
        << Header + row("D1,P1,2026-01-15,1.00,GBP,won,") << QByteArray("date,currency,rate\n2026-01-16,GBP,1.27\n")
        << QStringList{"deals.csv:2: currency: no GBP rate to USD on or before 2026-01-15"};
    QTest::newRow("amount too large for exact arithmetic")
        << Header + row("D1,P1,2026-01-15,99999999999999999.99,USD,won,") << QByteArray()
        << QStringList{"deals.csv:2: amount: 99999999999999999.99 is too large"};
    QTest::newRow("several problems on one row")
        << Header + row("D1,P1=50,2026-01-32,0,XYZ,won,") << QByteArray()
        << QStringList{"deals.csv:2: partners: the shares add up to 50, not 100",
                       "deals.csv:2: close_date: 2026-01-32 is not a date like 2026-03-31",
                       "deals.csv:2: currency: XYZ is not a currency this program knows",
                       "deals.csv:2: amount: 0 is not positive"};
}

void TestCommission::dealErrors()
{
    QFETCH(QByteArray, deals);
    QFETCH(QByteArray, fx);
    QFETCH(QStringList, expected);
    const Run run = calculate(PlanA, deals, fx);
    QCOMPARE(run.errors, expected);
    QVERIFY(run.csv.isEmpty());
}

void TestCommission::everyBadRowIsReported()
{
    const QByteArray deals = Header + "D1,P1,2026-01-15,10.005,USD,won,\nD2,P1,2026-01-15,1.00,USD,won,\n"
                                      "D3,P1,2026-01-15,1.00,XYZ,won,\nD2,P1,2026-01-15,1.00,USD,won,\n"
                                      "D5,P1,2026-01-15,1.00,USD,cancelled,\n";
    const Run run = calculate(PlanA, deals);
    QCOMPARE(run.errors, (QStringList{"deals.csv:2: amount: 10.005 has more decimals than USD allows (2)",
                                      "deals.csv:4: currency: XYZ is not a currency this program knows",
                                      "deals.csv:5: deal_id: D2 appears twice (first on line 3)",
                                      "deals.csv:6: cancelled_on: is missing: a cancelled deal needs the date it "
                                      "was cancelled"}));
    QVERIFY(run.csv.isEmpty());
}

void TestCommission::csvShapes_data()
{
    QTest::addColumn<QByteArray>("deals");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QByteArray>("statement");
    const QByteArray d1 = "P1,2026-Q1,commission,D1,80000.00,12000.00\nP1,2026-Q1,total,,80000.00,12000.00\n";
    const QByteArray head = "partner,period,kind,deal,credit,amount\n";
    QTest::newRow("CRLF line ends, no final line end")
        << QByteArray("deal_id,partners,close_date,amount,currency,status,cancelled_on\r\nD1,P1,2026-01-15,80000.00,USD,won,")
        << QStringList() << head + d1;
    QTest::newRow("CRLF line numbers") << QByteArray("deal_id,partners,close_date,amount,currency,status,cancelled_on\r\n"
                                                     "D1,P1,2026-01-15,80000.00,USD,won,\r\nD2,P1,2026-01-15,1.001,USD,won,\r\n")
                                       << QStringList{"deals.csv:3: amount: 1.001 has more decimals than USD allows (2)"}
                                       << QByteArray();
    QTest::newRow("a BOM and blank lines")
        << QByteArray("\xEF\xBB\xBF" "deal_id,partners,close_date,amount,currency,status,cancelled_on\n\n"
                      "D1,P1,2026-01-15,80000.00,USD,won,\n\n\nD2,P1,2026-01-15,x,USD,won,\n")
        << QStringList{"deals.csv:6: amount: x is not a decimal number"} << QByteArray();
    QTest::newRow("a quoted line break counts as a line")
        << QByteArray("deal_id,customer,partners,close_date,amount,currency,status,cancelled_on\n"
                      "D1,\"Initech\nEast\",P1,2026-01-15,80000.00,USD,won,\nD2,x,P1,2026-01-15,0,USD,won,\n")
        << QStringList{"deals.csv:4: amount: 0 is not positive"} << QByteArray();
    QTest::newRow("doubled quotes in an id")
        << Header + "\"D\"\"1\",P1,2026-01-15,80000.00,USD,won,\n" << QStringList()
        << head + "P1,2026-Q1,commission,\"D\"\"1\",80000.00,12000.00\nP1,2026-Q1,total,,80000.00,12000.00\n";
    QTest::newRow("a quote inside an unquoted field")
        << Header + "D1,P1,2026-01-15,80\"000.00,USD,won,\n"
        << QStringList{"deals.csv:2: a quote inside an unquoted field (quote the whole field)"} << QByteArray();
    QTest::newRow("text after a closing quote")
        << Header + "\"D1\"x,P1,2026-01-15,80000.00,USD,won,\n"
        << QStringList{"deals.csv:2: unexpected text after a closing quote"} << QByteArray();
    QTest::newRow("a column twice in the header")
        << QByteArray("deal_id,partners,close_date,amount,currency,status,cancelled_on,amount\n")
        << QStringList{"deals.csv:1: amount: the column appears twice in the header"} << QByteArray();
    QTest::newRow("several missing columns")
        << QByteArray("deal_id,amount\nD1,1.00\n")
        << QStringList{"deals.csv:1: partners: required column is missing from the header",
                       "deals.csv:1: close_date: required column is missing from the header",
                       "deals.csv:1: currency: required column is missing from the header",
                       "deals.csv:1: status: required column is missing from the header",
                       "deals.csv:1: cancelled_on: required column is missing from the header"}
        << QByteArray();
    QTest::newRow("long fields across the scanner's blocks")
        << Header + "D1-with-a-rather-long-identifier-of-sixty-four-bytes-0123456789ab,"
                    "Partner-with-a-long-name-as-well,2026-01-15,000000000000000000080000.00,USD,won,\n"
        << QStringList()
        << head + "Partner-with-a-long-name-as-well,2026-Q1,commission,"
                  "D1-with-a-rather-long-identifier-of-sixty-four-bytes-0123456789ab,80000.00,12000.00\n"
                  "Partner-with-a-long-name-as-well,2026-Q1,total,,80000.00,12000.00\n";
}

void TestCommission::csvShapes()
{
    QFETCH(QByteArray, deals);
    QFETCH(QStringList, errors);
    QFETCH(QByteArray, statement);
    const Run run = calculate(PlanA, deals);
    QCOMPARE(run.errors, errors);
    QCOMPARE(run.csv, statement);
}

void TestCommission::fxErrors_data()
{
    QTest::addColumn<QByteArray>("fx");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("missing column") << QByteArray("date,currency\n2026-01-01,EUR\n")
                                    << QStringList{"fx.csv:1: rate: required column is missing from the header"};
    QTest::newRow("bad date") << QByteArray("date,currency,rate\n2026-1-1,EUR,1.1\n")
                              << QStringList{"fx.csv:2: date: 2026-1-1 is not a date like 2026-03-31"};
    QTest::newRow("unknown currency") << QByteArray("date,currency,rate\n2026-01-01,EURO,1.1\n")
                                      << QStringList{"fx.csv:2: currency: EURO is not a currency this program knows"};
    QTest::newRow("zero rate") << QByteArray("date,currency,rate\n2026-01-01,EUR,0\n")
                               << QStringList{"fx.csv:2: rate: 0 is not positive"};
    QTest::newRow("rate not a number") << QByteArray("date,currency,rate\n2026-01-01,EUR,1,1\n")
                                       << QStringList{"fx.csv:2: expected 3 fields as in the header, found 4"};
    QTest::newRow("rate with a comma") << QByteArray("date,currency,rate\n2026-01-01,EUR,\"1,1\"\n")
                                       << QStringList{"fx.csv:2: rate: 1,1 is not a decimal number"};
    QTest::newRow("too precise") << QByteArray("date,currency,rate\n2026-01-01,EUR,1.1234567890123\n")
                                 << QStringList{"fx.csv:2: rate: 1.1234567890123 has more digits than a rate may "
                                                "have (up to 12 decimals)"};
    QTest::newRow("the same date twice")
        << QByteArray("date,currency,rate\n2026-01-01,EUR,1.1\n2026-01-01,EUR,1.2\n")
        << QStringList{"fx.csv:3: date: a EUR rate for 2026-01-01 is already given on line 2"};
}

void TestCommission::fxErrors()
{
    QFETCH(QByteArray, fx);
    QFETCH(QStringList, expected);
    FxTable table;
    Diagnostics diagnostics;
    QVERIFY(!readCommissionFx(fx, "fx.csv", table, diagnostics));
    QCOMPARE(texts(diagnostics), expected);
}

void TestCommission::overflowIsAnErrorWithItsLine()
{
    // Each amount fits 64 bits of cents; their sum in one partner's window does not.
    const QByteArray deals = Header + "D1,P1,2026-01-15,90000000000000000.00,USD,won,\n"
                                      "D2,P1,2026-01-16,90000000000000000.00,USD,won,\n";
    const Run run = calculate(PlanA, deals);
    QCOMPARE(run.errors,
             QStringList{"deals.csv:3: amount: the credited revenue is too large to compute exactly"});
    QVERIFY(run.csv.isEmpty());
}

void TestCommission::unknownColumnsAreAWarning()
{
    const QByteArray deals = "currency,amount,deal_id,customer,status,partners,close_date,cancelled_on,colour\n"
                             "USD,80000.00,D1,Initech,won,P1,2026-01-15,,blue\n";
    Diagnostics problems;
    Diagnostics warnings;
    CommissionBatch batch;
    FxTable fx;
    QVERIFY(readCommissionDeals(deals, "deals.csv", {}, batch, problems, &warnings));
    QCOMPARE(texts(warnings), QStringList{"deals.csv:1: colour: unknown column, ignored"});
    QCOMPARE(statementCsv(planFrom(PlanA), batch, computeCommission(planFrom(PlanA), batch, fx)),
             QByteArray("partner,period,kind,deal,credit,amount\n"
                        "P1,2026-Q1,commission,D1,80000.00,12000.00\nP1,2026-Q1,total,,80000.00,12000.00\n"));
}

void TestCommission::valueDealsAreChecked()
{
    const Currency usd = *Currency::fromCode(QByteArrayView("USD"));
    CommissionDeal good{"D1", {{"P1", Decimal::fromInteger(100)}}, QDate(2026, 1, 1),
                        *Money::parse(QByteArrayView("1.00"), usd), CommissionDeal::Status::Won, QDate(), 2};
    CommissionDeal twice = good;
    twice.line = 3;
    CommissionDeal badSplit = good;
    badSplit.id = "D2";
    badSplit.shares = {{"P1", Decimal::fromInteger(60)}};
    badSplit.line = 4;
    CommissionDeal early = good;
    early.id = "D3";
    early.status = CommissionDeal::Status::Cancelled;
    early.cancelledOn = QDate(2025, 12, 31);
    early.line = 5;
    CommissionDeal euro = good;
    euro.id = "D4";
    euro.amount = *Money::parse(QByteArrayView("1.00"), *Currency::fromCode(QByteArrayView("EUR")));
    euro.line = 6;
    try {
        computeStatements(planFrom(PlanA), {good, twice, badSplit, early, euro}, FxTable(), "store");
        QFAIL("bad deals were accepted");
    } catch (const InputError &error) {
        QCOMPARE(texts(error.diagnostics()),
                 (QStringList{"store:3: deal_id: D1 appears twice", "store:4: partners: the shares add up to 60, not 100",
                              "store:5: cancelled_on: a cancelled deal needs a cancellation date on or after its "
                              "close date",
                              "store:6: currency: no EUR rate to USD on or before the close date"}));
    }
}

void TestCommission::stringTable()
{
    StringTable table;
    bool added = false;
    QCOMPARE(table.intern("P1", &added), 0u);
    QVERIFY(added);
    QCOMPARE(table.intern("P2", &added), 1u);
    QCOMPARE(table.intern("P1", &added), 0u);
    QVERIFY(!added);
    QCOMPARE(table.intern("", &added), 2u);
    QVERIFY(added);
    for (int i = 0; i < 100000; ++i)
        table.intern(QByteArray::number(i * 7919));
    QCOMPARE(table.size(), 100003u);
    for (int i = 0; i < 100000; i += 997) {
        const std::optional<quint32> index = table.find(QByteArray::number(i * 7919));
        QVERIFY(index.has_value());
        QCOMPARE(table.at(*index).toByteArray(), QByteArray::number(i * 7919));
    }
    QVERIFY(!table.find("P3").has_value());
    QCOMPARE(table.at(1).toByteArray(), QByteArray("P2"));
}

QTEST_GUILESS_MAIN(TestCommission)
#include "tst_commission.moc"
