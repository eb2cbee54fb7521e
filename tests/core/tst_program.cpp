#include "core/programs/program.h"
#include "core/programs/scorecard.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cd;

class TestProgram : public QObject
{
    Q_OBJECT

private slots:
    void specProgramsAreVerbatim();
    void parseSpecProgram();
    void percentTiers();
    void scorecardExamples_data();
    void scorecardExamples();
    void rounding_data();
    void rounding();
    void tiers_data();
    void tiers();
    void rankByExactScore();
    void explanations_data();
    void explanations();
    void benefits_data();
    void benefits();
    void programErrors_data();
    void programErrors();
    void programWarnings();
    void metricsErrors_data();
    void metricsErrors();
    void seedTemplates_data();
    void seedTemplates();
    void seedTemplateFigures();
};

static QByteArray readFile(const QString &name)
{
    QFile file(QStringLiteral(CHANNELDESK_TESTDATA_DIR "/programs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

static Program program(const QByteArray &json)
{
    Diagnostics errors;
    const std::optional<Program> parsed = parseProgram(json, QStringLiteral("p.json"), errors);
    if (!parsed) {
        for (const Diagnostic &error : errors)
            qWarning("%s", qPrintable(error.toString()));
        return {};
    }
    return *parsed;
}

static QByteArray evaluate(const Program &p, const QByteArray &metrics, QStringList *errorTexts = nullptr)
{
    Diagnostics errors;
    const QList<PartnerMetrics> partners = readPartnerMetricsCsv(metrics, QStringLiteral("m.csv"), p, errors);
    for (const Diagnostic &error : errors) {
        if (errorTexts)
            *errorTexts << error.toString();
    }
    if (!errors.isEmpty())
        return "ERROR";
    return tierResultsCsv(p, evaluateTiers(p, partners));
}

void TestProgram::specProgramsAreVerbatim()
{
    QFile specFile(QStringLiteral(CHANNELDESK_SPEC_DIR "/programs.md"));
    QVERIFY(specFile.open(QIODevice::ReadOnly));
    const QString spec = QString::fromUtf8(specFile.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    auto it = block.globalMatch(spec);
    QCOMPARE(readFile("next-portal-si.json"), it.next().captured(1).toUtf8());
    QCOMPARE(readFile("playbook-tiers.json"), it.next().captured(1).toUtf8());
}

void TestProgram::parseSpecProgram()
{
    const Program p = program(readFile("next-portal-si.json"));
    QCOMPARE(p.id, "next-portal-si");
    QCOMPARE(p.name, "System integrator program");
    QCOMPARE(p.currency.code(), "USD");
    QCOMPARE(p.tiers.size(), 3);
    QCOMPARE(p.tiers[0].name, "Tier 1 Strategic");
    QCOMPARE(p.tiers[0].requirements.size(), 2);
    QCOMPARE(p.tiers[0].requirements[1].metric, "certified_consultants");
    QCOMPARE(p.tiers[0].requirements[1].op, CompareOp::GreaterOrEqual);
    QCOMPARE(p.tiers[0].requirements[1].value, Decimal::fromInteger(10));
    QCOMPARE(p.tiers[0].requirements[1].line, 8);
    QCOMPARE(p.tiers[0].benefit(u"margin")->low, Decimal::fromInteger(65));
    QCOMPARE(p.tiers[0].benefit(u"mdf_budget")->low, Decimal::fromInteger(500000));
    QCOMPARE(p.scorecard.size(), 4);
    QCOMPARE(p.scorecard[0].weight, Decimal::fromInteger(40));
    QCOMPARE(p.scorecard[0].cap, Decimal::parse(u"1.5"));
    QCOMPARE(p.metrics(), (QStringList{"revenue_commitment", "certified_consultants", "revenue_attainment", "csat",
                                       "technical_competency", "marketing_collaboration"}));
}

void TestProgram::percentTiers()
{
    // programs.md: N = 20, k = 1, 3, 6; platinum P01, gold P02 and P03 (tied), silver P04–P06, bronze the rest.
    QCOMPARE(evaluate(program(readFile("playbook-tiers.json")), readFile("playbook-metrics.csv")),
             readFile("playbook-result.csv"));
}

void TestProgram::scorecardExamples_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("score");
    QTest::newRow("1.2, 4.5, 80, 100") << QByteArray("X,1.2,4.5,80,100") << "101.50";
    QTest::newRow("2, 5, 100, 100: the cap holds revenue at 1.5") << QByteArray("X,2,5,100,100") << "120.00";
    QTest::newRow("csat empty") << QByteArray("X,1.2,,80,100") << "";
    QTest::newRow("all zero") << QByteArray("X,0,0,0,0") << "0.00";
    QTest::newRow("29.999995 rounds up") << QByteArray("X,0,5,0,33.3333") << "30.00";
    QTest::newRow("25.015 rounds half-even up") << QByteArray("X,0,5,0,0.1") << "25.02";
    QTest::newRow("25.045 rounds half-even down") << QByteArray("X,0,5,0,0.3") << "25.04";
    QTest::newRow("negative actual lowers the score") << QByteArray("X,-0.5,5,100,100") << "40.00";
}

void TestProgram::scorecardExamples()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, score);
    const QByteArray csv = "partner_id,revenue_attainment,csat,technical_competency,marketing_collaboration\n" + row + "\n";
    QCOMPARE(evaluate(program(readFile("next-portal-si.json")), csv), "partner,tier,score\nX,," + score.toUtf8() + "\n");
}

void TestProgram::rounding_data()
{
    QTest::addColumn<int>("numerator");
    QTest::addColumn<int>("denominator");
    QTest::addColumn<QString>("halfEven");
    QTest::addColumn<QString>("halfUp");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("1/8") << 1 << 8 << "0.12" << "0.13" << "0.125";
    QTest::newRow("27/200") << 27 << 200 << "0.14" << "0.14" << "0.135";
    QTest::newRow("-1/8") << -1 << 8 << "-0.12" << "-0.13" << "-0.125";
    QTest::newRow("2/3") << 2 << 3 << "0.67" << "0.67" << "0.67";
    QTest::newRow("-2/3") << -2 << 3 << "-0.67" << "-0.67" << "-0.67";
    QTest::newRow("1/1000") << 1 << 1000 << "0.00" << "0.00" << "0.001";
    QTest::newRow("-1/1000 gives no -0.00") << -1 << 1000 << "0.00" << "0.00" << "-0.001";
    QTest::newRow("203/2") << 203 << 2 << "101.50" << "101.50" << "101.5";
}

void TestProgram::rounding()
{
    QFETCH(int, numerator);
    QFETCH(int, denominator);
    QFETCH(QString, halfEven);
    QFETCH(QString, halfUp);
    QFETCH(QString, formatted);
    const Rational value(numerator, denominator);
    QCOMPARE(roundRational(value, 2, RoundingMode::HalfEven).toString(), halfEven);
    QCOMPARE(roundRational(value, 2, RoundingMode::HalfUp).toString(), halfUp);
    QCOMPARE(formatRational(value), formatted);
}

void TestProgram::tiers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("metrics");
    QTest::addColumn<QByteArray>("result");
    const QByteArray ops = R"({"id":"ops","currency":"EUR","tiers":[
 {"id":"ge","requires":[{"metric":"m","op":">=","value":"10"}]},
 {"id":"gt","requires":[{"metric":"m","op":">","value":"5"}]},
 {"id":"eq","requires":[{"metric":"m","op":"==","value":"5.00"}]},
 {"id":"lt","requires":[{"metric":"m","op":"<","value":"-1"}]},
 {"id":"le","requires":[{"metric":"m","op":"<=","value":"0"}]}]})";
    QTest::newRow("operators, first tier that holds")
        << ops << QByteArray("partner_id,m\nA,10\nB,9.99\nC,5\nD,-1\nE,-1.5\nF,0.5\nG,\n")
        << QByteArray("partner,tier,score\nA,ge,\nB,gt,\nC,eq,\nD,le,\nE,lt,\nF,,\nG,,\n");
    QTest::newRow("sorted by partner id bytes")
        << ops << QByteArray("partner_id,m\nb,1\nB,1\na10,1\na9,1\nÄ,1\n")
        << QByteArray("partner,tier,score\nB,,\na10,,\na9,,\nb,,\nÄ,,\n");
    QTest::newRow("a missing metric fails, it is not zero")
        << QByteArray(R"({"id":"z","currency":"EUR","tiers":[{"id":"low","requires":[{"metric":"m","op":"<=","value":"0"}]}]})")
        << QByteArray("partner_id,m\nA,\nB,0\n") << QByteArray("partner,tier,score\nA,,\nB,low,\n");
    QTest::newRow("all requirements must hold")
        << readFile("next-portal-si.json")
        << QByteArray("partner_id,revenue_commitment,certified_consultants\nA,5000000,9\nB,5000000,10\nC,499999.99,50\nD,,10\n")
        << QByteArray("partner,tier,score\nA,tier2,\nB,tier1,\nC,,\nD,,\n");
    QTest::newRow("top percent with a missing rank_by value")
        << QByteArray(R"({"id":"t","currency":"USD","tiers":[{"id":"top","requires":[{"top_percent":"50","rank_by":"r"}]},{"id":"rest"}]})")
        << QByteArray("partner_id,r\nA,3\nB,\nC,1\nD,2\n") << QByteArray("partner,tier,score\nA,top,\nB,rest,\nC,rest,\nD,top,\n");
    QTest::newRow("top percent, every tie kept")
        << QByteArray(R"({"id":"t","currency":"USD","tiers":[{"id":"top","requires":[{"top_percent":"10","rank_by":"r"}]},{"id":"rest"}]})")
        << QByteArray("partner_id,r\nA,7\nB,7\nC,7\nD,1\n") << QByteArray("partner,tier,score\nA,top,\nB,top,\nC,top,\nD,rest,\n");
    QTest::newRow("top percent over all partners, not those left")
        << QByteArray(R"({"id":"t","currency":"USD","tiers":[
            {"id":"first","requires":[{"metric":"r","op":">=","value":"3"}]},
            {"id":"top","requires":[{"top_percent":"50","rank_by":"r"}]},{"id":"rest"}]})")
        << QByteArray("partner_id,r\nA,4\nB,3\nC,2\nD,1\n") << QByteArray("partner,tier,score\nA,first,\nB,first,\nC,rest,\nD,rest,\n");
    QTest::newRow("decimal top percent: ceil(7 × 14.3 / 100) = 2")
        << QByteArray(R"({"id":"t","currency":"USD","tiers":[{"id":"top","requires":[{"top_percent":"14.3%","rank_by":"r"}]}]})")
        << QByteArray("partner_id,r\nA,7\nB,6\nC,5\nD,4\nE,3\nF,2\nG,1\n")
        << QByteArray("partner,tier,score\nA,top,\nB,top,\nC,,\nD,,\nE,,\nF,,\nG,,\n");
    QTest::newRow("partner types")
        << QByteArray(R"({"id":"t","currency":"USD","partner_types":[{"id":"reseller"},{"id":"system_integrator"}],"tiers":[
            {"id":"si1","partner_type":"system_integrator","requires":[{"metric":"c","op":">=","value":"5"}]},
            {"id":"gold","partner_type":"reseller","requires":[{"metric":"c","op":">=","value":"5"}]},
            {"id":"any","requires":[{"metric":"c","op":">=","value":"1"}]}]})")
        << QByteArray("partner_id,type,c\nA,reseller,5\nB,system_integrator,6\nC,,9\nD,distributor,0\n")
        << QByteArray("partner,tier,score\nA,gold,\nB,si1,\nC,any,\nD,,\n");
    QTest::newRow("score column without a scorecard is a metric")
        << QByteArray(R"({"id":"t","currency":"USD","tiers":[{"id":"top","requires":[{"metric":"score","op":">=","value":"80"}]}]})")
        << QByteArray("partner_id,score\nA,80\nB,79.99\n") << QByteArray("partner,tier,score\nA,top,\nB,,\n");
}

void TestProgram::tiers()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, metrics);
    QFETCH(QByteArray, result);
    QCOMPARE(evaluate(program(json), metrics), result);
}

void TestProgram::rankByExactScore()
{
    // Scores 100.004 and 100.001 both print as 100.00; ranking uses the exact values, so only A is on top.
    const Program p = program(R"({"id":"s","currency":"USD",
        "tiers":[{"id":"top","requires":[{"top_percent":"50","rank_by":"score"}]},{"id":"rest"}],
        "scorecard":[{"metric":"a","weight":"100%","target":"3"}]})");
    QCOMPARE(evaluate(p, "partner_id,a\nA,3.00012\nB,3.00003\n"), QByteArray("partner,tier,score\nA,top,100.00\nB,rest,100.00\n"));
    // N = 3 (C counts though it has no score), k = ceil(1.5) = 2: A has one partner above it.
    QCOMPARE(evaluate(p, "partner_id,a\nA,1\nB,2\nC,\n"), QByteArray("partner,tier,score\nA,top,33.33\nB,top,66.67\nC,rest,\n"));
    Diagnostics errors;
    const QList<TierResult> results = evaluateTiers(p, readPartnerMetricsCsv("partner_id,a\nA,1\n", "m.csv", p, errors));
    QCOMPARE(*results.first().score, Rational(100, 3));
}

void TestProgram::explanations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("metrics");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("missing");
    const QByteArray portal = readFile("next-portal-si.json");
    QTest::newRow("tier 2, short of tier 1")
        << portal << QByteArray("partner_id,revenue_commitment,certified_consultants\nX,4687600,7\n") << "X"
        << "Tier 2 Preferred: revenue_commitment 4687600 >= 2000000"
        << "needs 312400 more revenue_commitment and 3 more certified_consultants for Tier 1 Strategic";
    QTest::newRow("top tier")
        << portal << QByteArray("partner_id,revenue_commitment,certified_consultants\nX,5000000,10\n") << "X"
        << "Tier 1 Strategic: revenue_commitment 5000000 >= 5000000; certified_consultants 10 >= 10" << "";
    QTest::newRow("no tier")
        << portal << QByteArray("partner_id,revenue_commitment,certified_consultants\nX,123456.78,\n") << "X"
        << "no tier" << "needs 376543.22 more revenue_commitment for Tier 3 Authorized";
    QTest::newRow("missing metric")
        << portal << QByteArray("partner_id,revenue_commitment,certified_consultants\nX,6000000,\n") << "X"
        << "Tier 2 Preferred: revenue_commitment 6000000 >= 2000000" << "needs a value for certified_consultants for Tier 1 Strategic";
    QTest::newRow("percent tiers")
        << readFile("playbook-tiers.json") << readFile("playbook-metrics.csv") << "P02"
        << "gold: revenue 19 is in the top 15% (1 partner above it, at most 2 allowed)"
        << "needs 1 more revenue to reach the top 5% for platinum";
    QTest::newRow("catch-all")
        << readFile("playbook-tiers.json") << QByteArray("partner_id,revenue\nX,1\nY,2\nZ,\n") << "X"
        << "bronze: takes every partner left" << "needs 1 more revenue to reach the top 30% for silver";
    QTest::newRow("catch-all without the metric")
        << readFile("playbook-tiers.json") << QByteArray("partner_id,revenue\nX,1\nY,2\nZ,\n") << "Z"
        << "bronze: takes every partner left" << "needs a value for revenue for silver";
    QTest::newRow("other operators")
        << QByteArray(R"({"id":"o","currency":"USD","tiers":[{"id":"a","name":"A","requires":[
              {"metric":"churn","op":"<","value":"5"},{"metric":"x","op":">","value":"2"},
              {"metric":"y","op":"==","value":"1"},{"metric":"z","op":"<=","value":"0.5"}]}]})")
        << QByteArray("partner_id,churn,x,y,z\nX,7.5,1,2,0.75\n") << "X"
        << "no tier" << "needs more than 2.5 less churn, more than 1 more x, y of exactly 1 and 0.25 less z for A";
}

void TestProgram::explanations()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, metrics);
    QFETCH(QString, partner);
    QFETCH(QString, reason);
    QFETCH(QString, missing);
    const Program p = program(json);
    Diagnostics errors;
    const QList<TierResult> results = evaluateTiers(p, readPartnerMetricsCsv(metrics, "m.csv", p, errors));
    QCOMPARE(errors, Diagnostics());
    const auto result = std::find_if(results.cbegin(), results.cend(),
                                     [&](const TierResult &r) { return r.partnerId == partner; });
    QVERIFY(result != results.cend());
    QCOMPARE(result->reasonText(p), reason);
    QCOMPARE(result->missingText(p), missing);
}

void TestProgram::benefits_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::addColumn<bool>("openEnded");
    const int percent = int(Benefit::Kind::Percent), amount = int(Benefit::Kind::Amount), text = int(Benefit::Kind::Text);
    QTest::newRow("margin") << "margin" << "65%" << percent << "65" << "65" << false;
    QTest::newRow("discount range") << "discount" << "30-40%" << percent << "30" << "40" << false;
    QTest::newRow("range with both signs") << "discount" << "30%-40%" << percent << "30" << "40" << false;
    QTest::newRow("range with an en dash") << "discount" << u"15–20%"_qs << percent << "15" << "20" << false;
    QTest::newRow("decimal percent") << "revenue_share" << "12.5%" << percent << "12.5" << "12.5" << false;
    QTest::newRow("mdf") << "mdf_budget" << "500000" << amount << "500000" << "500000" << false;
    QTest::newRow("mdf open-ended") << "mdf_budget" << "50000+" << amount << "50000" << "50000" << true;
    QTest::newRow("mdf none") << "mdf_budget" << "none" << amount << "0" << "0" << false;
    QTest::newRow("amount range") << "co_marketing" << "10000-25000" << amount << "10000" << "25000" << false;
    QTest::newRow("support level") << "support" << "dedicated" << text << "0" << "0" << false;
    QTest::newRow("unknown key stays text") << "portal_access" << "12%" << text << "0" << "0" << false;
}

void TestProgram::benefits()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, low);
    QFETCH(QString, high);
    QFETCH(bool, openEnded);
    QString error;
    const std::optional<Benefit> benefit = parseBenefit(key, value, &error);
    QVERIFY2(benefit, qPrintable(error));
    QCOMPARE(int(benefit->kind), kind);
    QCOMPARE(benefit->low, *Decimal::parse(low));
    QCOMPARE(benefit->high, *Decimal::parse(high));
    QCOMPARE(benefit->defaultValue(), *Decimal::parse(low));
    QCOMPARE(benefit->openEnded, openEnded);
    QCOMPARE(benefit->text, value);
}

void TestProgram::programErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("syntax") << QByteArray("{\"id\": \"x\",\n}") << QStringList{"p.json:2: expected a quoted member name"};
    QTest::newRow("not an object") << QByteArray("[]") << QStringList{"p.json:1: a program is a JSON object"};
    QTest::newRow("missing id and currency") << QByteArray("{}")
        << QStringList{"p.json:1: id: is required", "p.json:1: currency: is required"};
    QTest::newRow("unknown currency") << QByteArray(R"({"id":"x","currency":"XYZ"})")
        << QStringList{"p.json:1: currency: XYZ is not a known ISO 4217 currency"};
    QTest::newRow("JSON number for a decimal")
        << QByteArray("{\"id\":\"x\",\"currency\":\"USD\",\"tiers\":[\n{\"id\":\"a\",\"requires\":[\n{\"metric\":\"m\",\"op\":\">=\",\"value\":5000000}]}]}")
        << QStringList{"p.json:3: tiers[0].requires[0].value: 5000000 is a JSON number; write it as a string, \"5000000\""};
    QTest::newRow("bad op, bad value")
        << QByteArray(R"({"id":"x","currency":"USD","tiers":[{"id":"a","requires":[{"metric":"m","op":"=>","value":"1,000"}]}]})")
        << QStringList{"p.json:1: tiers[0].requires[0].op: \"=>\" is not one of >=, >, <=, <, ==",
                       "p.json:1: tiers[0].requires[0].value: \"1,000\" is not a decimal number"};
    QTest::newRow("misspelt requirement key")
        << QByteArray(R"({"id":"x","currency":"USD","tiers":[{"id":"a","requires":[{"metric":"m","op":">=","valeu":"1"}]}]})")
        << QStringList{"p.json:1: tiers[0].requires[0].valeu: unknown member", "p.json:1: tiers[0].requires[0].value: is required"};
    QTest::newRow("top percent out of range")
        << QByteArray(R"({"id":"x","currency":"USD","tiers":[{"id":"a","requires":[{"top_percent":"0","rank_by":"r"}]},{"id":"b","requires":[{"top_percent":"101","rank_by":"r"}]},{"id":"c","requires":[{"top_percent":"5"}]}]})")
        << QStringList{"p.json:1: tiers[0].requires[0].top_percent: must be more than 0 and at most 100",
                       "p.json:1: tiers[1].requires[0].top_percent: must be more than 0 and at most 100",
                       "p.json:1: tiers[2].requires[0].rank_by: is required"};
    QTest::newRow("duplicate tier")
        << QByteArray("{\"id\":\"x\",\"currency\":\"USD\",\"tiers\":[\n{\"id\":\"a\"},\n{\"id\":\"a\"}]}")
        << QStringList{"p.json:3: tiers[1].id: the tier a appears twice (first on line 2)"};
    QTest::newRow("weights not 100%")
        << QByteArray("{\"id\":\"x\",\"currency\":\"USD\",\"scorecard\":[\n{\"metric\":\"a\",\"weight\":\"40%\",\"target\":\"1\"},\n{\"metric\":\"b\",\"weight\":\"50%\",\"target\":\"1\"}]}")
        << QStringList{"p.json:1: scorecard: the weights add up to 90%, not 100%"};
    QTest::newRow("zero target, bad weight, negative cap, twice")
        << QByteArray(R"({"id":"x","currency":"USD","scorecard":[{"metric":"a","weight":"100%","target":"0","cap":"-1"},{"metric":"a","weight":"40","target":"1"}]})")
        << QStringList{"p.json:1: scorecard[0].target: must be more than 0", "p.json:1: scorecard[0].cap: must not be negative",
                       "p.json:1: scorecard[1].metric: a is weighted twice",
                       "p.json:1: scorecard[1].weight: \"40\" is not a percentage like 40%"};
    QTest::newRow("score in the scorecard")
        << QByteArray(R"({"id":"x","currency":"USD","scorecard":[{"metric":"score","weight":"100%","target":"1"}]})")
        << QStringList{"p.json:1: scorecard[0].metric: the score cannot be part of itself"};
    QTest::newRow("bad benefits")
        << QByteArray(R"({"id":"x","currency":"USD","tiers":[{"id":"a","benefits":{"margin":"sixty","discount":"40-30%","mdf_budget":"$50K","support":["x"]}}]})")
        << QStringList{"p.json:1: tiers[0].benefits.margin: \"sixty\" is not a percentage like 65% or a range like 30-40%",
                       "p.json:1: tiers[0].benefits.discount: the range \"40-30%\" runs backwards",
                       "p.json:1: tiers[0].benefits.mdf_budget: \"$50K\" is not an amount like 500000, 50000+, 10000-25000 or none",
                       "p.json:1: tiers[0].benefits.support: must be a string, not array"};
    QTest::newRow("unknown partner type")
        << QByteArray(R"({"id":"x","currency":"USD","partner_types":[{"id":"reseller"}],"tiers":[{"id":"a","partner_type":"oem"}]})")
        << QStringList{"p.json:1: tiers[0].partner_type: oem is not one of the program's partner_types"};
    QTest::newRow("lifecycle weeks")
        << QByteArray(R"({"id":"x","currency":"USD","lifecycle":[{"id":"a","weeks":"4-2"},{"id":"b","weeks":"soon"}]})")
        << QStringList{"p.json:1: lifecycle[0].weeks: the range \"4-2\" runs backwards",
                       "p.json:1: lifecycle[1].weeks: \"soon\" is not a number of weeks like 4 or 2-4"};
}

void TestProgram::programErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    Diagnostics found;
    QVERIFY(!parseProgram(json, "p.json", found));
    QStringList texts;
    for (const Diagnostic &error : found)
        texts << error.toString();
    QCOMPARE(texts, errors);
}

void TestProgram::programWarnings()
{
    Diagnostics errors;
    Diagnostics warnings;
    const std::optional<Program> p = parseProgram(
        "{\"id\":\"x\",\"currency\":\"USD\",\"teirs\":[],\"tiers\":[\n{\"id\":\"all\",\"colour\":\"red\"},\n{\"id\":\"never\"}],"
        "\"lifecycle\":[{\"id\":\"onboarding\",\"weeks\":\"2-4\"},{\"id\":\"management\",\"weeks\":6}]}",
        "p.json", errors, &warnings);
    QVERIFY(p);
    QStringList texts;
    for (const Diagnostic &warning : warnings)
        texts << warning.toString();
    QCOMPARE(texts, (QStringList{"p.json:1: teirs: unknown member, ignored", "p.json:2: tiers[0].colour: unknown member, ignored",
                                 "p.json:3: tiers[1]: the tier never is never reached: all above it has no requirements"}));
    QCOMPARE(p->lifecycle.size(), 2);
    QCOMPARE(p->lifecycle[0].minWeeks, 2);
    QCOMPARE(p->lifecycle[0].maxWeeks, 4);
    QCOMPARE(p->lifecycle[1].minWeeks, 6);
    QCOMPARE(p->lifecycle[1].maxWeeks, 6);
}

void TestProgram::metricsErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("no partner_id column") << QByteArray("partner,revenue_attainment\nA,1\n")
        << QStringList{"m.csv:1: partner_id: required column is missing from the header"};
    QTest::newRow("score column beside a scorecard") << QByteArray("partner_id,score\nA,1\n")
        << QStringList{"m.csv:1: score: the program's scorecard computes the score; remove this column"};
    QTest::newRow("rows")
        << QByteArray("partner_id,csat,revenue_attainment\nA,4.5,1\n,4,1\nA,4,1\nB,85%,1\nC,4,1e3\nD,4\n")
        << QStringList{"m.csv:3: partner_id: is empty; every row needs a partner",
                       "m.csv:4: partner_id: A appears twice (first on line 2)",
                       "m.csv:5: csat: \"85%\" is not a decimal number",
                       "m.csv:6: revenue_attainment: \"1e3\" is not a decimal number",
                       "m.csv:7: expected 3 fields as in the header, found 2"};
}

void TestProgram::metricsErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, errors);
    QStringList texts;
    QCOMPARE(evaluate(program(readFile("next-portal-si.json")), csv, &texts), QByteArray("ERROR"));
    QCOMPARE(texts, errors);
}

void TestProgram::seedTemplates_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(CHANNELDESK_SOURCE_DIR "/resources/programs"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    if (files.isEmpty())
        QSKIP("no program templates yet");
}

void TestProgram::seedTemplates()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Diagnostics errors;
    Diagnostics warnings;
    const std::optional<Program> p = parseProgram(file.readAll(), path, errors, &warnings);
    QStringList texts;
    for (const Diagnostic &problem : errors + warnings)
        texts << problem.toString();
    QCOMPARE(texts, QStringList());
    QVERIFY(p);
    QVERIFY(!p->tiers.isEmpty());
}

static Program templateProgram(const QString &name)
{
    QFile file(QStringLiteral(CHANNELDESK_SOURCE_DIR "/resources/programs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return program(file.readAll());
}

static QString benefitText(const Program &p, const QString &tier, const QString &key)
{
    const int index = p.tierIndex(tier);
    const Benefit *benefit = index >= 0 ? p.tiers[index].benefit(key) : nullptr;
    if (!benefit)
        return "none";
    QString text = benefit->low.normalized().toString();
    if (benefit->isRange())
        text += "-" + benefit->high.normalized().toString();
    return text + (benefit->openEnded ? "+" : "");
}

void TestProgram::seedTemplateFigures()
{
    // The figures programs.md lists for each seed.
    const Program next = templateProgram("000-next-portal.json");
    QCOMPARE(next.tiers.size(), 6);
    QCOMPARE(next.tiers[0].requirements.size(), 2);
    QCOMPARE(next.tiers[0].requirements[1].value, Decimal::fromInteger(10));
    QStringList commitments;
    QStringList margins;
    for (const Tier &tier : next.tiers) {
        commitments << tier.requirements[0].value.normalized().toString();
        margins << benefitText(next, tier.id, "margin");
    }
    QCOMPARE(commitments, (QStringList{"5000000", "2000000", "500000", "5000000", "2000000", "500000"}));
    QCOMPARE(margins, (QStringList{"65", "50", "35", "45", "40", "35"}));
    QCOMPARE(next.tiers[3].partnerType, "reseller");

    const Program network = templateProgram("001-global-partner-network.json");
    QCOMPARE(benefitText(network, "standard", "margin"), "25-35");
    QCOMPARE(benefitText(network, "premium", "margin"), "35-45");
    QCOMPARE(benefitText(network, "exclusive", "margin"), "45-55");
    QStringList weights;
    for (const ScorecardItem &item : network.scorecard)
        weights << item.weight.normalized().toString();
    QCOMPARE(weights, (QStringList{"40", "25", "20", "15"}));
    Diagnostics errors;
    const QList<PartnerMetrics> partners = readPartnerMetricsCsv(
        "partner_id,revenue_attainment,csat,technical_competency,marketing_collaboration\nA,1.2,4.5,80,100\n", "m.csv",
        network, errors);
    QCOMPARE(tierResultsCsv(network, evaluateTiers(network, partners)), QByteArray("partner,tier,score\nA,standard,101.50\n"));

    const Program marketing = templateProgram("002-ai-marketing-partners.json");
    QCOMPARE(marketing.currency.code(), "EUR");
    QStringList terms;
    for (const PartnerType &type : marketing.partnerTypes) {
        QStringList figures;
        for (const Benefit &term : type.terms)
            figures << term.key + "=" + term.low.normalized().toString();
        terms << type.id + ": " + figures.join(", ");
    }
    QCOMPARE(terms, (QStringList{
        "technology: revenue_share=20, minimum_commitment=100000, performance_bonus=5, investment=600000",
        "consulting: revenue_share=30, minimum_commitment=200000, performance_bonus=10, investment=500000",
        "channel: revenue_share=25, minimum_commitment=150000, performance_bonus=7, investment=400000",
        "integration: revenue_share=15, minimum_commitment=50000, performance_bonus=3, investment=300000",
        "referral: revenue_share=10, minimum_commitment=25000, performance_bonus=2, investment=200000"}));
    QCOMPARE(marketing.lifecycle[1].minWeeks, 2);
    QCOMPARE(marketing.lifecycle[1].maxWeeks, 4);

    const Program playbook = templateProgram("003-partnership-playbook.json");
    QStringList discounts;
    QStringList mdf;
    for (const Tier &tier : playbook.tiers) {
        discounts << benefitText(playbook, tier.id, "discount");
        mdf << benefitText(playbook, tier.id, "mdf_budget");
    }
    QCOMPARE(discounts, (QStringList{"30-40", "25-30", "20-25", "15-20"}));
    QCOMPARE(mdf, (QStringList{"50000+", "25000", "10000", "0"}));
    QCOMPARE(playbook.tiers[0].benefit(u"discount")->defaultValue(), Decimal::fromInteger(30));
    QCOMPARE(playbook.protectionDays, 30);
    QVERIFY(playbook.commissionPlan.has_value());
    QCOMPARE(playbook.lifecycle.size(), 5);
    // The seed's tiers are programs.md's percent example: the same partners land in the same tiers.
    QCOMPARE(evaluate(playbook, readFile("playbook-metrics.csv")), readFile("playbook-result.csv"));
}

QTEST_GUILESS_MAIN(TestProgram)
#include "tst_program.moc"
