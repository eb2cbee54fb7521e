#include "core/registrations/registration.h"
#include "store/auditlog.h"
#include "store/registrations/conflictcases.h"
#include "store/database.h"
#include "store/records/dealrepository.h"
#include "store/demo/demoloader.h"
#include "store/importexport/exporter.h"
#include "store/demo/demosteps.h"
#include "store/schema/steps.h"
#include "store/importexport/importer.h"
#include "store/records/partnerrepository.h"
#include "store/registrations/registrationrepository.h"
#include "store/registrations/registrationworkflow.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

QDateTime utc(const char *text)
{
    return *parseIsoDateTimeUtc(QString::fromLatin1(text));
}

Partner partner(const QString &id)
{
    Partner p;
    p.id = id;
    p.name = "Partner " + id;
    p.type = "reseller";
    p.region = "EMEA";
    p.country = "DE";
    p.status = "active";
    return p;
}

using Changes = QList<RegistrationStatusChange>;

RegistrationStatusChange change(const char *id, const char *oldStatus, const char *newStatus, const char *oldWinner,
                                const char *newWinner)
{
    return {id, oldStatus, newStatus, oldWinner, newWinner};
}

} // namespace

// Schema 4's registration workflow: settings, the evaluation over the database, rejection, extension,
// conversion and conflict cases, every write audited.
class TestRegistrationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settings();
    void migrationStepIsSafeToRerun();
    void evaluate_data();
    void evaluate();
    void dryRunWritesNothing();
    void approve();
    void rejectionLeavesTheEvaluation();
    void extensionProtectsLonger();
    void extensionRules_data();
    void extensionRules();
    void convert();
    void setWorkflowRestores();
    void conflictCaseSteps();
    void demo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<Registration> m_example;
};

void TestRegistrationWorkflow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath("w.sqlite"));
    m_db->setActor("tester");
    for (const char *id : {"P1", "P2", "P3"})
        PartnerRepository(*m_db).insert(partner(id));
    QFile file(CHANNELDESK_TESTDATA_DIR "/registration/example.csv");
    QVERIFY(file.open(QIODevice::ReadOnly));
    Diagnostics errors;
    m_example = readRegistrationsCsv(file.readAll(), "example.csv", errors).registrations;
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_example.size(), 7);
    for (const Registration &r : std::as_const(m_example))
        RegistrationRepository(*m_db).insert(r);
}

void TestRegistrationWorkflow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRegistrationWorkflow::settings()
{
    RegistrationWorkflowStore store(*m_db);
    QCOMPARE(store.settings(), (RegistrationSettings{30, 30}));
    const qint64 audits = AuditLog(*m_db).count();
    store.setSettings({45, 14});
    QCOMPARE(store.settings(), (RegistrationSettings{45, 14}));
    QCOMPARE(AuditLog(*m_db).count(), audits + 1);
    QCOMPARE(AuditLog(*m_db).entries("registration_settings").first().changes.value("extension_days").toArray().at(1).toString(),
             QString("14"));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.setSettings({-1, 14}));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.setSettings({30, 0}));
}

void TestRegistrationWorkflow::migrationStepIsSafeToRerun()
{
    QCOMPARE(m_db->schemaVersion(), Database::currentSchemaVersion());
    RegistrationWorkflowStore store(*m_db);
    store.setSettings({21, 10});
    store.evaluate(utc("2026-02-20T00:00:00Z"), true);
    const QHash<QString, RegistrationWorkflow> before = store.allWorkflows();
    {
        Transaction transaction(*m_db);
        createRegistrationWorkflowTables(*m_db);
        transaction.commit();
    }
    // Nothing reset: the settings keep their values (INSERT OR IGNORE), the rows stay.
    QCOMPARE(store.settings(), (RegistrationSettings{21, 10}));
    QCOMPARE(store.allWorkflows(), before);
}

void TestRegistrationWorkflow::evaluate_data()
{
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<Changes>("expected");
    // registration.md's worked example, in (submitted_at, reg_id) order.
    QTest::newRow("registration.md worked example")
        << utc("2026-02-20T00:00:00Z")
        << Changes{change("R1", "", "expired", "", ""),   change("R4", "", "expired", "", ""),
                   change("R2", "", "conflict", "", "R1"), change("R3", "", "approved", "", ""),
                   change("R6", "", "duplicate", "", "R1"), change("R7", "", "approved", "", ""),
                   change("R5", "", "conflict", "", "R4")};
    QTest::newRow("earlier: nothing expired")
        << utc("2026-01-20T00:00:00Z")
        << Changes{change("R1", "", "approved", "", ""),   change("R4", "", "approved", "", ""),
                   change("R2", "", "conflict", "", "R1"), change("R3", "", "approved", "", ""),
                   change("R6", "", "duplicate", "", "R1"), change("R7", "", "approved", "", ""),
                   change("R5", "", "conflict", "", "R4")};
}

void TestRegistrationWorkflow::evaluate()
{
    QFETCH(QDateTime, asOf);
    QFETCH(Changes, expected);
    RegistrationWorkflowStore store(*m_db);
    QCOMPARE(store.evaluate(asOf, true), expected);
    // Stored: statuses, decided_at, winners, one audit row each, cases for the two conflicts.
    const Registration r2 = *RegistrationRepository(*m_db).find("R2");
    QCOMPARE(r2.status, QString("conflict"));
    QCOMPARE(r2.decidedAt, std::max(asOf, r2.submittedAt)); // never before it was submitted
    QCOMPARE(store.workflow("R2").winner, QString("R1"));
    QCOMPARE(AuditLog(*m_db).entries("registration", "R2").first().action, QString("evaluate"));
    const QList<ConflictCase> cases = ConflictCaseStore(*m_db).all();
    QCOMPARE(cases.size(), 2);
    QCOMPARE(ConflictCaseStore(*m_db).caseOf("R2")->regIds, QStringList({"R1", "R2"}));
    QCOMPARE(ConflictCaseStore(*m_db).caseOf("R5")->winner, QString("R4"));
    QCOMPARE(ConflictCaseStore(*m_db).caseOf("R5")->status, QString("open"));
    QVERIFY(ConflictCaseStore(*m_db).caseOf("R5")->step(ConflictStep::Identify).done());
    QVERIFY(!ConflictCaseStore(*m_db).caseOf("R6")); // a duplicate is no channel conflict
    // Nothing changes the second time.
    QCOMPARE(store.evaluate(asOf, true), Changes());
    // The example's statuses after a later run: only R3 and R7 expire.
    if (asOf == utc("2026-02-20T00:00:00Z"))
        QCOMPARE(store.evaluate(utc("2026-03-10T00:00:00Z"), true),
                 (Changes{change("R3", "approved", "expired", "", ""), change("R7", "approved", "expired", "", "")}));
}

void TestRegistrationWorkflow::dryRunWritesNothing()
{
    RegistrationWorkflowStore store(*m_db);
    const qint64 audits = AuditLog(*m_db).count();
    QCOMPARE(store.evaluate(utc("2026-02-20T00:00:00Z"), false).size(), 7);
    QCOMPARE(AuditLog(*m_db).count(), audits);
    QCOMPARE(RegistrationRepository(*m_db).find("R1")->status, QString());
    QCOMPARE(ConflictCaseStore(*m_db).all().size(), 0);
}

void TestRegistrationWorkflow::approve()
{
    RegistrationWorkflowStore store(*m_db);
    const QDateTime asOf = utc("2026-02-20T00:00:00Z");
    QVERIFY_THROWS_EXCEPTION(StoreError, store.approve("R3", asOf)); // not evaluated yet
    store.evaluate(asOf, true);
    store.approve("R3", asOf);
    QCOMPARE(store.workflow("R3").approvedBy, QString("tester"));
    QCOMPARE(store.workflow("R3").approvedAt, asOf);
    QCOMPARE(AuditLog(*m_db).entries("registration", "R3").first().action, QString("approve"));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.approve("R3", asOf)); // once
    QVERIFY_THROWS_EXCEPTION(StoreError, store.approve("R1", asOf)); // expired
    QVERIFY_THROWS_EXCEPTION(StoreError, store.approve("R2", asOf)); // conflict
}

void TestRegistrationWorkflow::rejectionLeavesTheEvaluation()
{
    RegistrationWorkflowStore store(*m_db);
    const QDateTime asOf = utc("2026-02-20T00:00:00Z");
    store.evaluate(asOf, true);
    QVERIFY_THROWS_EXCEPTION(StoreError, store.reject("R1", "  ", asOf));
    store.reject("R1", "Direct account", asOf);
    QCOMPARE(store.workflow("R1").rejectionReason, QString("Direct account"));
    QCOMPARE(AuditLog(*m_db).entries("registration", "R1").first().action, QString("reject"));
    QCOMPARE(effectiveRegistrationStatus(*RegistrationRepository(*m_db).find("R1"), store.workflow("R1")),
             QString("rejected"));
    // Without R1, R2 is first for acme/Portal: R6 (another partner) conflicts with it, R7 (P2 again) repeats it.
    QCOMPARE(store.evaluate(asOf, true),
             (Changes{change("R2", "conflict", "expired", "R1", ""), change("R6", "duplicate", "conflict", "R1", "R2"),
                      change("R7", "approved", "duplicate", "", "R2")}));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.reject("R1", "again", asOf));
}

void TestRegistrationWorkflow::extensionProtectsLonger()
{
    RegistrationWorkflowStore store(*m_db);
    const QDateTime asOf = utc("2026-02-20T00:00:00Z");
    store.evaluate(asOf, true);
    QCOMPARE(store.extend("R1", asOf), utc("2026-03-03T09:00:00Z")); // 2026-02-01T09:00Z + 30 days
    QCOMPARE(AuditLog(*m_db).entries("registration", "R1").first().action, QString("extend"));
    QCOMPARE(protectionWindowEnd(*RegistrationRepository(*m_db).find("R1"), store.workflow("R1"), 30),
             utc("2026-03-03T09:00:00Z"));
    // R1 is protected again, and R7 (submitted as the original window ended) now falls inside it.
    QCOMPARE(store.evaluate(asOf, true),
             (Changes{change("R1", "expired", "approved", "", ""), change("R7", "approved", "conflict", "", "R1")}));
    QCOMPARE(ConflictCaseStore(*m_db).caseOf("R7")->regIds, QStringList({"R1", "R2", "R7"}));
}

void TestRegistrationWorkflow::extensionRules_data()
{
    QTest::addColumn<QString>("regId");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("approved") << "R3" << true;
    QTest::newRow("expired winner") << "R4" << true;
    QTest::newRow("conflict") << "R2" << false;
    QTest::newRow("duplicate") << "R6" << false;
    QTest::newRow("unknown") << "R99" << false;
}

void TestRegistrationWorkflow::extensionRules()
{
    QFETCH(QString, regId);
    QFETCH(bool, allowed);
    RegistrationWorkflowStore store(*m_db);
    store.evaluate(utc("2026-02-20T00:00:00Z"), true);
    const qint64 audits = AuditLog(*m_db).count();
    if (allowed) {
        store.extend(regId, utc("2026-02-20T00:00:00Z"));
        QCOMPARE(AuditLog(*m_db).count(), audits + 1);
        // Once only.
        QVERIFY_THROWS_EXCEPTION(StoreError, store.extend(regId, utc("2026-02-21T00:00:00Z")));
    } else {
        QVERIFY_THROWS_EXCEPTION(StoreError, store.extend(regId, utc("2026-02-20T00:00:00Z")));
        QCOMPARE(AuditLog(*m_db).count(), audits);
    }
}

void TestRegistrationWorkflow::convert()
{
    RegistrationWorkflowStore store(*m_db);
    const QDateTime asOf = utc("2026-02-20T00:00:00Z");
    store.evaluate(asOf, true);
    QCOMPARE(store.suggestedDealId("R3"), QString("D-R3"));
    const Deal deal = store.convertToDeal("R3", "D-R3", asOf);
    QCOMPARE(deal.regId, QString("R3"));
    const Deal stored = *DealRepository(*m_db).find("D-R3");
    QCOMPARE(stored, deal);
    QCOMPARE(stored.partners.first().partnerId, QString("P2"));
    QCOMPARE(stored.amount, m_example[2].amount);
    QCOMPARE(stored.status, QString("open"));
    QCOMPARE(store.workflow("R3").dealId, QString("D-R3"));
    QCOMPARE(AuditLog(*m_db).entries("registration", "R3").first().action, QString("convert"));
    QCOMPARE(AuditLog(*m_db).entries("deal", "D-R3").size(), 1);
    QCOMPARE(store.suggestedDealId("R3"), QString("D-R3-2"));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.convertToDeal("R3", "D-R3b", asOf)); // once
    QVERIFY_THROWS_EXCEPTION(StoreError, store.convertToDeal("R1", "D-R1", asOf));  // expired
    QVERIFY_THROWS_EXCEPTION(StoreError, store.convertToDeal("R2", "D-R2", asOf));  // conflict
    QVERIFY_THROWS_EXCEPTION(StoreError, store.convertToDeal("R7", "D-R3", asOf));  // deal id taken
    QVERIFY(!DealRepository(*m_db).exists("D-R1"));
    QVERIFY_THROWS_EXCEPTION(StoreError, store.reject("R3", "too late", asOf));
}

void TestRegistrationWorkflow::setWorkflowRestores()
{
    RegistrationWorkflowStore store(*m_db);
    store.evaluate(utc("2026-02-20T00:00:00Z"), true);
    const RegistrationWorkflow before = store.workflow("R3");
    QVERIFY(before.isEmpty());
    store.reject("R3", "No budget", utc("2026-02-20T00:00:00Z"));
    store.setWorkflow(before);
    QCOMPARE(store.workflow("R3"), before);
    QCOMPARE(AuditLog(*m_db).entries("registration", "R3").first().action, QString("update"));
    // Deleting a registration takes its workflow with it.
    store.reject("R3", "No budget", utc("2026-02-20T00:00:00Z"));
    RegistrationRepository(*m_db).remove("R3");
    QCOMPARE(store.allWorkflows().contains("R3"), false);
}

void TestRegistrationWorkflow::conflictCaseSteps()
{
    RegistrationWorkflowStore(*m_db).evaluate(utc("2026-02-20T00:00:00Z"), true);
    ConflictCaseStore cases(*m_db);
    const QString id = cases.caseOf("R2")->caseId;
    QCOMPARE(id, QString("C0001"));
    QCOMPARE(int(*cases.caseOf("R2")->nextStep()), int(ConflictStep::Investigate));
    for (const ConflictStep step : {ConflictStep::Investigate, ConflictStep::Mediate, ConflictStep::Decide}) {
        cases.recordStep(id, {step, "note " + conflictStepCode(step), "decision", QDate(2026, 2, 21), {}});
        QCOMPARE(cases.find(id)->status, QString("open"));
    }
    QCOMPARE(AuditLog(*m_db).entries("conflict_case", id).first().action, QString("step"));
    QCOMPARE(AuditLog(*m_db).entries("conflict_case", id).first().actor, QString("tester"));
    QCOMPARE(cases.find(id)->step(ConflictStep::Decide).actor, QString("tester"));
    cases.recordStep(id, {ConflictStep::Communicate, "sent", {}, QDate(2026, 2, 22), "Ana"});
    QCOMPARE(cases.find(id)->status, QString("resolved"));
    QCOMPARE(cases.find(id)->step(ConflictStep::Communicate).actor, QString("Ana"));
    const ConflictCase resolved = *cases.find(id);
    cases.recordStep(id, {ConflictStep::Prevent, "named accounts", {}, QDate(2026, 2, 23), {}});
    QCOMPARE(cases.find(id)->status, QString("closed"));
    QVERIFY(!cases.find(id)->nextStep());
    cases.restore(resolved);
    QCOMPARE(*cases.find(id), resolved);
    QVERIFY_THROWS_EXCEPTION(StoreError, cases.setWinner(id, "R7"));
    cases.setWinner(id, "R2");
    QCOMPARE(cases.find(id)->winner, QString("R2"));
    cases.remove(id);
    QVERIFY(!cases.find(id));
    QCOMPARE(AuditLog(*m_db).entries("conflict_case", id).first().action, QString("delete"));
}

void TestRegistrationWorkflow::demo()
{
    m_db.reset();
    m_db = Database::open(m_dir->filePath("demo.sqlite"));
    DemoOptions options;
    options.seed = 7;
    options.partners = 60;
    options.deals = 1500;
    options.today = QDate(2026, 3, 15);
    // The core records as loadDemoData() imports them, then only this area's share (the other areas' demo
    // hooks are theirs to test).
    const DemoData data = generateDemoData(options);
    const QByteArray partners = toCsv(data.partners);
    const QByteArray registrations = toCsv(data.registrations);
    const QByteArray deals = toCsv(data.deals);
    for (const ImportResult &result : importBuffers(*m_db, {ImportBuffer{RecordKind::Partners, partners, "demo partners"},
                                                            ImportBuffer{RecordKind::Registrations, registrations, "demo registrations"},
                                                            ImportBuffer{RecordKind::Deals, deals, "demo deals"}}))
        QVERIFY(result.ok());
    {
        Transaction transaction(*m_db);
        addDemoRegistrationWorkflow(*m_db, data);
        transaction.commit();
    }
    const QList<ConflictCase> cases = ConflictCaseStore(*m_db).all();
    QVERIFY2(cases.size() >= 5, qPrintable(QString::number(cases.size())));
    QSet<QString> statuses;
    QSet<int> stages;
    for (const ConflictCase &c : cases) {
        statuses.insert(c.status);
        stages.insert(int(c.nextStep().value_or(ConflictStep(ConflictStepCount - 1))));
    }
    QVERIFY2(statuses.contains("open") && statuses.contains("closed"), qPrintable(QStringList(statuses.values()).join(',')));
    QVERIFY(stages.size() >= 3);
    RegistrationWorkflowStore store(*m_db);
    int rejected = 0, extended = 0, converted = 0;
    for (const RegistrationWorkflow &w : store.allWorkflows()) {
        rejected += w.rejected();
        extended += w.extended();
        converted += w.converted();
        if (w.converted())
            QCOMPARE(DealRepository(*m_db).find(w.dealId)->regId, w.regId);
    }
    QCOMPARE(rejected, 2);
    QCOMPARE(extended, 1);
    QVERIFY(converted >= 2);
    // The demo is evaluated as of its "today": nothing left to change.
    QCOMPARE(store.evaluate(QDateTime(options.today, QTime(12, 0), Qt::UTC), false), Changes());
}

QTEST_GUILESS_MAIN(TestRegistrationWorkflow)
#include "tst_registrationworkflow.moc"
