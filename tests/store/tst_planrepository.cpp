#include "core/commission/commission.h"
#include "store/auditlog.h"
#include "store/commission/commissionrun.h"
#include "store/database.h"
#include "store/demo/demosteps.h"
#include "store/importexport/importer.h"
#include "store/commission/planrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

// commission.md's plan A (without bonus) and plan B, verbatim.
const QByteArray planA = R"({
  "id": "playbook-2026",
  "currency": "USD",
  "window": "quarter",
  "fiscal_year_start_month": 1,
  "method": "graduated",
  "rounding": "half-even",
  "bands": [ {"from": "0", "rate": "15%"}, {"from": "100000", "rate": "20%"}, {"from": "500000", "rate": "25%"} ]
}
)";
const QByteArray planB = R"({"id":"tech-partner-eur","currency":"EUR","window":"quarter","fiscal_year_start_month":7,
 "method":"graduated","rounding":"half-up","bands":[{"from":"0","rate":"20%"}],
 "bonus":{"threshold":"50000","rate":"5%"}}
)";

const QByteArray partnersCsv = "partner_id,name,type,program,tier\n"
                               "P1,Velora,system_integrator,next-portal-si,tier1\n"
                               "P2,Kelion,reseller,next-portal-resellers,gold\n"
                               "P3,Orbis,reseller,,\n"
                               "P4,Nadir,agency,playbook,bronze\n"
                               "ACME,Acme,technology,,\n";
const QByteArray dealsA = "deal_id,partners,close_date,amount,currency,status,cancelled_on\n"
                          "D1,P1,2026-01-15,80000.00,USD,won,\n"
                          "D2,P1,2026-02-03,60000.00,USD,won,\n"
                          "D3,P1,2026-03-30,412345.67,USD,won,\n"
                          "D4,P2=60;P1=40,2026-02-10,1000.01,USD,won,\n"
                          "D5,P2,2026-04-02,0.05,USD,won,\n"
                          "D6,P2,2026-04-05,0.05,USD,won,\n";
const QByteArray dealsB = "deal_id,partners,close_date,amount,currency,status,cancelled_on\n"
                          "T1,ACME,2026-06-30,50000.00,EUR,won,\n"
                          "T2,ACME,2026-07-01,60000.00,USD,won,\n"
                          "T3,ACME,2026-08-15,45000.55,USD,cancelled,2027-01-10\n"
                          "T4,ACME,2026-09-01,1234567,JPY,won,\n"
                          "T5,ACME,2026-10-01,1000.00,EUR,cancelled,2026-11-01\n";
const QByteArray fxB = "date,currency,rate\n2026-01-01,USD,0.9\n2026-08-01,USD,0.8765\n2026-01-01,JPY,0.0061\n";

PlanAssignment byTier(const QString &plan, const QString &program, const QString &tier)
{
    return {plan, program, tier, QString()};
}

PlanAssignment byType(const QString &plan, const QString &type)
{
    return {plan, QString(), QString(), type};
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveKeepsTheJsonAndAudits();
    void invalidPlansAreRefused();
    void resolve_data();
    void resolve();
    void partnerPlansFollowPrecedence();
    void assignmentsAreCheckedAndAudited();
    void removeTakesAssignments();
    void templates_data();
    void templates();
    void demoAssignsEveryDemoProgram();
    void crossRates_data();
    void crossRates();
    void runMatchesWorkedExampleA_data();
    void runMatchesWorkedExampleA();
    void runMatchesWorkedExampleB_data();
    void runMatchesWorkedExampleB();
    void runReportsUnassignedAndWindows();
    void badLabel();

private:
    void import(const QByteArray &partners, const QByteArray &deals, const QByteArray &fx = QByteArray());
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPlanRepository::init()
{
    QFile::remove(m_dir.filePath("plans.sqlite"));
    m_db = Database::open(m_dir.filePath("plans.sqlite"));
}

void TestPlanRepository::cleanup()
{
    m_db.reset();
}

void TestPlanRepository::import(const QByteArray &partners, const QByteArray &deals, const QByteArray &fx)
{
    QList<ImportBuffer> buffers{{RecordKind::Partners, partners, "partners.csv"}, {RecordKind::Deals, deals, "deals.csv"}};
    if (!fx.isEmpty())
        buffers << ImportBuffer{RecordKind::FxRates, fx, "fx.csv"};
    for (const ImportResult &result : importBuffers(*m_db, buffers)) {
        for (const Diagnostic &d : result.errors)
            qWarning() << d.toString();
        QVERIFY(result.ok());
    }
}

void TestPlanRepository::saveKeepsTheJsonAndAudits()
{
    PlanRepository plans(*m_db);
    QCOMPARE(plans.save(planA, "Playbook"), PlanRepository::SaveResult::Added);
    QCOMPARE(plans.save(planA), PlanRepository::SaveResult::Unchanged);
    const std::optional<StoredPlan> stored = plans.find("playbook-2026");
    QVERIFY(stored);
    QCOMPARE(stored->json, planA);
    QCOMPARE(stored->name, QString("Playbook"));
    QCOMPARE(stored->plan.bands.size(), 3);
    QVERIFY(stored->updatedAt.isValid());

    QByteArray retroactive = planA;
    retroactive.replace("graduated", "retroactive");
    QCOMPARE(plans.save(retroactive), PlanRepository::SaveResult::Updated);
    QCOMPARE(plans.find("playbook-2026")->json, retroactive);
    QCOMPARE(plans.find("playbook-2026")->name, QString("Playbook")); // kept
    QCOMPARE(plans.count(), 1);

    const QList<AuditEntry> audit = AuditLog(*m_db).entries("commission_plan", "playbook-2026");
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].action, QString("update"));
    QCOMPARE(audit[1].action, QString("insert"));
    QVERIFY(audit[0].changes.contains("json"));
    QVERIFY(!audit[0].changes.contains("name"));
}

void TestPlanRepository::invalidPlansAreRefused()
{
    PlanRepository plans(*m_db);
    QByteArray bad = planA;
    bad.replace("\"15%\"", "15");
    try {
        plans.save(bad, QString(), "bad.json");
        QFAIL("no error");
    } catch (const InputError &error) {
        QCOMPARE(error.diagnostics().size(), 1);
        QCOMPARE(error.diagnostics().first().file, QString("bad.json"));
        QCOMPARE(error.diagnostics().first().field, QString("bands[0].rate"));
    }
    QCOMPARE(plans.count(), 0);
    QCOMPARE(AuditLog(*m_db).entries("commission_plan").size(), 0);
}

void TestPlanRepository::resolve_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("plan");
    QTest::newRow("tier wins over type") << "next-portal-si" << "tier1" << "reseller" << "si1";
    QTest::newRow("type when the tier has none") << "next-portal-si" << "tier2" << "reseller" << "channel";
    QTest::newRow("program alone is not a key") << "next-portal-si" << "" << "agency" << "";
    QTest::newRow("other program, same tier") << "playbook" << "tier1" << "reseller" << "channel";
    QTest::newRow("nothing") << "" << "" << "" << "";
}

void TestPlanRepository::resolve()
{
    QFETCH(QString, program);
    QFETCH(QString, tier);
    QFETCH(QString, type);
    QFETCH(QString, plan);
    const QList<PlanAssignment> assignments{byType("channel", "reseller"), byTier("si1", "next-portal-si", "tier1")};
    QCOMPARE(PlanRepository::resolve(assignments, program, tier, type), plan);
}

void TestPlanRepository::partnerPlansFollowPrecedence()
{
    import(partnersCsv, "deal_id,partners,amount,currency,status,close_date\n");
    PlanRepository plans(*m_db);
    plans.save(planA);
    QByteArray other = planA;
    other.replace("playbook-2026", "channel");
    plans.save(other);
    plans.assign(byTier("playbook-2026", "next-portal-resellers", "gold"));
    plans.assign(byType("channel", "reseller"));
    const QHash<QString, QString> expected{{"P2", "playbook-2026"}, {"P3", "channel"}};
    QCOMPARE(plans.partnerPlans(), expected);
    // Same answer as the pure rule for every partner.
    const QList<PlanAssignment> assignments = plans.assignments();
    QCOMPARE(PlanRepository::resolve(assignments, "next-portal-resellers", "gold", "reseller"), QString("playbook-2026"));
    QCOMPARE(PlanRepository::resolve(assignments, "", "", "reseller"), QString("channel"));
}

void TestPlanRepository::assignmentsAreCheckedAndAudited()
{
    PlanRepository plans(*m_db);
    plans.save(planA);
    QVERIFY_THROWS_EXCEPTION(StoreError, plans.assign(byType("nope", "reseller")));
    QVERIFY_THROWS_EXCEPTION(StoreError, plans.assign({"playbook-2026", "playbook", "", ""}));
    QVERIFY_THROWS_EXCEPTION(StoreError, plans.assign({"playbook-2026", "playbook", "gold", "reseller"}));
    plans.assign(byType("playbook-2026", "reseller"));
    plans.assign(byType("playbook-2026", "reseller")); // unchanged: no second audit row
    plans.assign(byTier("playbook-2026", "playbook", "gold"));
    const QList<PlanAssignment> expected{byTier("playbook-2026", "playbook", "gold"), byType("playbook-2026", "reseller")};
    QCOMPARE(plans.assignments(), expected);
    QCOMPARE(AuditLog(*m_db).entries("plan_assignment").size(), 2);
    QVERIFY(plans.unassign(byType(QString(), "reseller")));
    QVERIFY(!plans.unassign(byType(QString(), "reseller")));
    QCOMPARE(AuditLog(*m_db).entries("plan_assignment", "type:reseller").size(), 2);
}

void TestPlanRepository::removeTakesAssignments()
{
    PlanRepository plans(*m_db);
    plans.save(planA);
    plans.assign(byTier("playbook-2026", "playbook", "gold"));
    plans.remove("playbook-2026");
    QCOMPARE(plans.count(), 0);
    QVERIFY(plans.assignments().isEmpty());
    QCOMPARE(AuditLog(*m_db).entries("commission_plan", "playbook-2026").first().action, QString("delete"));
    QVERIFY_THROWS_EXCEPTION(StoreError, plans.remove("playbook-2026"));
}

void TestPlanRepository::templates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("rates");
    QTest::addColumn<QString>("bonus"); // threshold@rate
    // Seed 000: margins; seed 002: revenue share + performance bonus at the minimum commitment; seed 003.
    QTest::newRow("si tier1") << "next-portal-si-tier1" << "USD" << "0:65%" << "";
    QTest::newRow("si tier2") << "next-portal-si-tier2" << "USD" << "0:50%" << "";
    QTest::newRow("si tier3") << "next-portal-si-tier3" << "USD" << "0:35%" << "";
    QTest::newRow("gold") << "next-portal-reseller-gold" << "USD" << "0:45%" << "";
    QTest::newRow("silver") << "next-portal-reseller-silver" << "USD" << "0:40%" << "";
    QTest::newRow("authorized") << "next-portal-reseller-authorized" << "USD" << "0:35%" << "";
    QTest::newRow("technology") << "ai-marketing-technology" << "EUR" << "0:20%" << "100000@5%";
    QTest::newRow("consulting") << "ai-marketing-consulting" << "EUR" << "0:30%" << "200000@10%";
    QTest::newRow("channel") << "ai-marketing-channel" << "EUR" << "0:25%" << "150000@7%";
    QTest::newRow("integration") << "ai-marketing-integration" << "EUR" << "0:15%" << "50000@3%";
    QTest::newRow("referral") << "ai-marketing-referral" << "EUR" << "0:10%" << "25000@2%";
    QTest::newRow("playbook") << "playbook-graduated" << "USD" << "0:15%,100000:20%,500000:25%" << "";
}

void TestPlanRepository::templates()
{
    QFETCH(QString, id);
    QFETCH(QString, currency);
    QFETCH(QString, rates);
    QFETCH(QString, bonus);
    QCOMPARE(planTemplates().size(), 12);
    const auto percent = [](const Decimal &fraction) -> QString { return (fraction * Decimal::fromInteger(100)).normalized().toString() + "%"; };
    for (const PlanTemplate &t : planTemplates()) {
        Diagnostics problems;
        const std::optional<CommissionPlan> plan = parseCommissionPlan(planTemplateJson(t), t.resource, problems);
        QVERIFY2(plan, qPrintable(problems.value(0).toString()));
        if (plan->id != id)
            continue;
        QCOMPARE(plan->currency.code(), currency);
        QStringList bands;
        for (const CommissionBand &band : plan->bands)
            bands << band.from.normalized().toString() + ":" + percent(band.rate);
        QCOMPARE(bands.join(","), rates);
        QCOMPARE(plan->bonus ? plan->bonus->threshold.normalized().toString() + "@" + percent(plan->bonus->rate)
                             : QString(),
                 bonus);
        return;
    }
    QFAIL("no such template");
}

void TestPlanRepository::demoAssignsEveryDemoProgram()
{
    DemoOptions options;
    options.partners = 60;
    options.deals = 10;
    options.today = QDate(2026, 6, 30);
    const DemoData demo = generateDemoData(options);
    QVERIFY(importBuffers(*m_db, {{RecordKind::Partners, [&] {
                                        QByteArray csv = "partner_id,name,type,program,tier\n";
                                        for (const Partner &p : demo.partners)
                                            csv += (p.id + "," + p.id + "," + p.type + "," + p.program + "," + p.tier + "\n").toUtf8();
                                        return csv;
                                    }(), "partners.csv"}})
                .first()
                .ok());
    {
        Transaction transaction(*m_db);
        addDemoCommissionPlans(*m_db, demo);
        transaction.commit();
    }
    PlanRepository plans(*m_db);
    QCOMPARE(plans.count(), 12);
    const QHash<QString, QString> partnerPlans = plans.partnerPlans();
    for (const Partner &p : demo.partners)
        QVERIFY2(partnerPlans.contains(p.id), qPrintable(p.id + " " + p.program + "/" + p.tier + " " + p.type));
}

void TestPlanRepository::crossRates_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("rate"); // empty: none
    // Rates are USD per unit: USD is the reporting currency.
    QTest::newRow("reporting plan: as stored") << "USD" << "EUR" << QDate(2026, 2, 1) << "1.1";
    QTest::newRow("reporting plan: later rate") << "USD" << "EUR" << QDate(2026, 3, 1) << "1.2";
    QTest::newRow("cross: GBP in EUR") << "EUR" << "GBP" << QDate(2026, 2, 1) << "1.2";
    QTest::newRow("cross: EUR moves") << "EUR" << "GBP" << QDate(2026, 3, 1) << "1.1";
    QTest::newRow("cross: rounded half-even to 12") << "EUR" << "JPY" << QDate(2026, 2, 1) << "0.006060636364";
    QTest::newRow("reporting currency in EUR") << "EUR" << "USD" << QDate(2026, 3, 15) << "0.833333333333";
    QTest::newRow("before any EUR rate") << "EUR" << "USD" << QDate(2025, 12, 31) << "";
}

void TestPlanRepository::crossRates()
{
    QFETCH(QString, plan);
    QFETCH(QString, currency);
    QFETCH(QDate, date);
    QFETCH(QString, rate);
    const auto d = [](const char *text) { return *Decimal::parse(QByteArrayView(text)); };
    const QList<FxRate> rates{{QDate(2026, 1, 1), "EUR", d("1.1")},
                              {QDate(2026, 1, 1), "GBP", d("1.32")},
                              {QDate(2026, 1, 1), "JPY", d("0.0066667")},
                              {QDate(2026, 3, 1), "EUR", d("1.2")}};
    const FxTable fx = commissionFxTable(*Currency::fromCode(plan), rates, {"USD", "EUR", "GBP", "JPY"});
    const std::optional<Decimal> found = fx.rateOn(*Currency::fromCode(currency), date);
    QCOMPARE(found ? found->normalized().toString() : QString(), rate);
}

void TestPlanRepository::runMatchesWorkedExampleA_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("2026-Q1") << "2026-Q1"
                             << QByteArray("partner,period,kind,deal,credit,amount\n"
                                           "P1,2026-Q1,commission,D1,80000.00,12000.00\n"
                                           "P1,2026-Q1,commission,D2,60000.00,11000.00\n"
                                           "P1,2026-Q1,commission,D4,400.00,80.00\n"
                                           "P1,2026-Q1,commission,D3,412345.67,85106.42\n"
                                           "P1,2026-Q1,total,,552745.67,108186.42\n"
                                           "P2,2026-Q1,commission,D4,600.01,90.00\n"
                                           "P2,2026-Q1,total,,600.01,90.00\n");
    QTest::newRow("2026-Q2") << "2026-Q2"
                             << QByteArray("partner,period,kind,deal,credit,amount\n"
                                           "P2,2026-Q2,commission,D5,0.05,0.01\n"
                                           "P2,2026-Q2,commission,D6,0.05,0.01\n"
                                           "P2,2026-Q2,total,,0.10,0.02\n");
    QTest::newRow("2026-Q3: nothing") << "2026-Q3" << QByteArray("partner,period,kind,deal,credit,amount\n");
}

void TestPlanRepository::runMatchesWorkedExampleA()
{
    QFETCH(QString, period);
    QFETCH(QByteArray, expected);
    import(partnersCsv, dealsA);
    PlanRepository plans(*m_db);
    plans.save(planA);
    // P1 by its program and tier, P2 by its type.
    plans.assign(byTier("playbook-2026", "next-portal-si", "tier1"));
    plans.assign(byType("playbook-2026", "reseller"));
    const CommissionRun run = runCommission(*m_db, period);
    QCOMPARE(statementCsv(run.statements), expected);
    QVERIFY(run.warnings.isEmpty());
}

void TestPlanRepository::runMatchesWorkedExampleB_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray header = "partner,period,kind,deal,credit,amount\n";
    QTest::newRow("FY2026-Q4") << "FY2026-Q4"
                               << header + "ACME,FY2026-Q4,commission,T1,50000.00,10000.00\n"
                                           "ACME,FY2026-Q4,bonus,,,2500.00\n"
                                           "ACME,FY2026-Q4,total,,50000.00,12500.00\n";
    QTest::newRow("FY2027-Q1") << "FY2027-Q1"
                               << header + "ACME,FY2027-Q1,commission,T2,54000.00,10800.00\n"
                                           "ACME,FY2027-Q1,commission,T3,39442.98,7888.60\n"
                                           "ACME,FY2027-Q1,commission,T4,7530.86,1506.17\n"
                                           "ACME,FY2027-Q1,bonus,,,5048.69\n"
                                           "ACME,FY2027-Q1,total,,100973.84,25243.46\n";
    QTest::newRow("FY2027-Q2: T5 left out") << "FY2027-Q2" << header;
    QTest::newRow("FY2027-Q3: clawback") << "FY2027-Q3"
                                         << header + "ACME,FY2027-Q3,clawback,T3,,-7888.60\n"
                                                     "ACME,FY2027-Q3,total,,0.00,-7888.60\n";
}

void TestPlanRepository::runMatchesWorkedExampleB()
{
    QFETCH(QString, period);
    QFETCH(QByteArray, expected);
    // The rates name no EUR rate, so EUR is the reporting currency and they are used as they stand.
    import(partnersCsv, dealsB, fxB);
    PlanRepository plans(*m_db);
    plans.save(planB);
    plans.assign(byType("tech-partner-eur", "technology"));
    QCOMPARE(statementCsv(runCommission(*m_db, period).statements), expected);
}

void TestPlanRepository::runReportsUnassignedAndWindows()
{
    import(partnersCsv, dealsA);
    PlanRepository plans(*m_db);
    plans.save(planA);
    QByteArray yearly = planA;
    yearly.replace("playbook-2026", "yearly").replace("\"quarter\"", "\"year\"");
    plans.save(yearly);
    plans.assign(byType("playbook-2026", "reseller"));
    plans.assign(byType("yearly", "agency"));
    const CommissionRun run = runCommission(*m_db, "2026-Q1");
    QCOMPARE(run.statements.size(), 1);
    QCOMPARE(run.statements.first().partnerId, QString("P2"));
    QCOMPARE(run.planOfPartner.value("P2"), QString("playbook-2026"));
    QCOMPARE(run.partnerNames.value("P2"), QString("Kelion"));
    QCOMPARE(run.warnings.size(), 2);
    QVERIFY(run.warnings[0].contains("yearly"));
    QVERIFY(run.warnings[1].contains("P1"));
    const QStringList labels = commissionPeriodLabels(*m_db);
    QCOMPARE(labels, QStringList({"2026-Q2", "2026", "2026-Q1"}));
}

void TestPlanRepository::badLabel()
{
    PlanRepository(*m_db).save(planA);
    QVERIFY_THROWS_EXCEPTION(InputError, runCommission(*m_db, "2026-Q5"));
}

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
