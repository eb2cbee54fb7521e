#include "store/auditlog.h"
#include "store/database.h"
#include "store/demo/demoloader.h"
#include "store/importexport/exporter.h"
#include "store/demo/demosteps.h"
#include "store/schema/steps.h"
#include "store/importexport/importer.h"
#include "store/programs/partnermetrics.h"
#include "store/records/partnerrepository.h"
#include "store/records/peoplestore.h"
#include "store/programs/programstore.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::store;

namespace {

QStringList lines(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &diagnostic : diagnostics)
        out << diagnostic.toString();
    return out;
}

QByteArray exportOf(Database &db, EnablementKind kind)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    exportEnablement(db, kind, &buffer);
    return bytes;
}

const QByteArray partnersCsv =
    "partner_id,name,type,region,country,program,tier,stage,status,manager,joined_on,revenue_commitment,currency,website,vertical\n"
    "A,Alpha,system_integrator,NA,US,si,tier2,management,active,M,2024-01-01,5000000,USD,,\n"
    "B,Beta,system_integrator,EMEA,DE,si,tier1,management,active,M,2024-01-01,2500000.00,USD,,\n"
    "C,Gamma,system_integrator,EMEA,DE,si,,onboarding,active,M,2026-02-01,1000000,EUR,,\n"
    "D,Delta,reseller,NA,US,si,tier3,qualification,inactive,M,,,,,\n";

// Won in the window (A: 100,000 USD; B 60% of 50,000 EUR at 1.10; C 40% of it), won a year and a day before
// (left out), open and lost ones (left out), won on the as-of date (counted).
const QByteArray dealsCsv =
    "deal_id,partners,customer,customer_domain,name,product,status,stage,amount,currency,probability,close_date,cancelled_on,source,reg_id\n"
    "D1,A,X,,n,p,won,,100000,USD,,2025-06-30,,sourced,\n"
    "D2,B=60;C=40,X,,n,p,won,,50000.00,EUR,,2026-01-15,,sourced,\n"
    "D3,A,X,,n,p,won,,999,USD,,2025-03-31,,sourced,\n"
    "D4,A,X,,n,p,open,proposal,5000,USD,50%,2026-05-01,,sourced,\n"
    "D5,A,X,,n,p,lost,,7000,USD,,2026-02-01,,sourced,\n"
    "D6,A,X,,n,p,won,,0.01,USD,,2026-03-31,,influenced,\n"
    "D7,A,X,,n,p,cancelled,,8000,USD,,2026-01-01,2026-02-01,sourced,\n";

const QByteArray fxCsv = "date,currency,rate\n2025-01-01,EUR,1.10\n2026-03-01,EUR,1.20\n";

const QByteArray peopleCsv = "person_id,partner_id,name,email,role\n"
                             "A-1,A,Ann,ann@a.example,consultant\n"
                             "A-2,A,Abe,,consultant\n"
                             "A-3,A,Ada,ada@a.example,engineer\n"
                             "B-1,B,Bob,bob@b.example,sales\n"
                             "B-2,B,=Bea,bea@b.example,consultant\n";

const QByteArray certificationsCsv = "certification_id,person_id,track,level,earned_on,expires_on\n"
                                     "C1,A-1,platform,foundation,2025-01-01,2027-01-01\n"
                                     "C2,A-1,platform,professional,2025-06-01,\n"
                                     "C3,A-2,platform,expert,2024-01-01,2026-03-31\n"
                                     "C4,A-3,platform,foundation,2024-01-01,2026-03-30\n"
                                     "C5,B-1,partner-playbook,sales,2026-04-01,2028-04-01\n"
                                     "C6,B-2,partner-playbook,advanced,2025-12-01,2026-05-15\n";

const QByteArray programJson = R"({"id":"si","name":"SI program","currency":"USD","tiers":[
 {"id":"tier1","name":"Tier 1 Strategic","requires":[{"metric":"revenue_commitment","op":">=","value":"5000000"},
   {"metric":"certified_consultants","op":">=","value":"3"}]},
 {"id":"tier2","name":"Tier 2 Preferred","requires":[{"metric":"revenue_commitment","op":">=","value":"2000000"}]},
 {"id":"tier3","name":"Tier 3 Authorized","requires":[{"metric":"revenue_commitment","op":">=","value":"500000"}]}]})";

// The core records and this area's demo share only, so that other areas' demo hooks do not matter here.
void loadDemo(Database &db, const DemoData &data)
{
    QList<FxRate> rates;
    for (const DemoExchangeRate &rate : data.exchangeRates)
        rates << FxRate{rate.date, rate.currency, rate.rate};
    const QByteArray partners = toCsv(data.partners), fx = toCsv(rates), deals = toCsv(data.deals);
    for (const ImportResult &r : importBuffers(db, {ImportBuffer{RecordKind::Partners, partners, "p"},
                                                   ImportBuffer{RecordKind::FxRates, fx, "fx"},
                                                   ImportBuffer{RecordKind::Deals, deals, "d"}}))
        QVERIFY(r.ok());
    Transaction transaction(db);
    addDemoCertifications(db, data);
    transaction.commit();
}

} // namespace

class TestProgramStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void schemaVersion3();
    void importExportRoundTrip();
    void importErrors_data();
    void importErrors();
    void metrics_data();
    void metrics();
    void tierRunAndApply();
    void programsAndTemplates();
    void lifecycleMoveAndRevert();
    void demo();

private:
    void loadRecords();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestProgramStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath("t.sqlite"));
}

void TestProgramStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestProgramStore::loadRecords()
{
    const QList<ImportResult> results = importBuffers(*m_db, {ImportBuffer{RecordKind::Partners, partnersCsv, "p.csv"},
                                                              ImportBuffer{RecordKind::FxRates, fxCsv, "fx.csv"},
                                                              ImportBuffer{RecordKind::Deals, dealsCsv, "d.csv"}});
    for (const ImportResult &r : results)
        QVERIFY2(r.ok(), qPrintable(lines(r.errors).join('\n')));
    const QList<ImportResult> enablement =
        importEnablement(*m_db, {EnablementSource{EnablementKind::Certifications, "c.csv", certificationsCsv},
                                 EnablementSource{EnablementKind::People, "pe.csv", peopleCsv}},
                         false);
    QCOMPARE(enablement.size(), 2);
    QCOMPARE(enablement[1].summary(), "pe.csv: 5 added, 0 updated, 0 unchanged");
    QCOMPARE(enablement[0].summary(), "c.csv: 6 added, 0 updated, 0 unchanged");
}

void TestProgramStore::schemaVersion3()
{
    QVERIFY(m_db->schemaVersion() >= 3);
    QStringList tables;
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN"
                   " ('people', 'certifications', 'programs', 'partner_stages', 'partner_kpis') ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables, (QStringList{"certifications", "partner_kpis", "partner_stages", "people", "programs"}));
    // The step is safe to run again (a migration interrupted after it, then retried).
    Transaction transaction(*m_db);
    createCertificationTables(*m_db);
    transaction.commit();
}

void TestProgramStore::importExportRoundTrip()
{
    loadRecords();
    const QByteArray people = exportOf(*m_db, EnablementKind::People);
    const QByteArray certifications = exportOf(*m_db, EnablementKind::Certifications);
    QCOMPARE(people, QByteArray("person_id,partner_id,name,email,role\n"
                                "A-1,A,Ann,ann@a.example,consultant\nA-2,A,Abe,,consultant\nA-3,A,Ada,ada@a.example,engineer\n"
                                "B-1,B,Bob,bob@b.example,sales\nB-2,B,'=Bea,bea@b.example,consultant\n"));
    QCOMPARE(certifications, certificationsCsv);
    const qint64 auditBefore = AuditLog(*m_db).count();
    const QList<ImportResult> again = importEnablement(
        *m_db, {EnablementSource{EnablementKind::People, "people.csv", people},
                EnablementSource{EnablementKind::Certifications, "certifications.csv", certifications}},
        false);
    QCOMPARE(again[0].summary(), "people.csv: 0 added, 0 updated, 5 unchanged");
    QCOMPARE(again[1].summary(), "certifications.csv: 0 added, 0 updated, 6 unchanged");
    QCOMPARE(AuditLog(*m_db).count(), auditBefore);
    QCOMPARE(exportOf(*m_db, EnablementKind::People), people);
    // An update counts as one and leaves an audit row.
    const QList<ImportResult> update = importEnablement(
        *m_db, {EnablementSource{EnablementKind::People, "u.csv", "person_id,partner_id,name,role\nA-2,B,Abe Moved,sales\nZ-1,A,Zed,other\n"}},
        false);
    QCOMPARE(update[0].summary(), "u.csv: 1 added, 1 updated, 0 unchanged");
    QCOMPARE(AuditLog(*m_db).count(), auditBefore + 1);
    QCOMPARE(EnablementRepository(*m_db).people("B").size(), 3);
}

void TestProgramStore::importErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("people: every bad line")
        << int(EnablementKind::People)
        << QByteArray("person_id,partner_id,name,email,role,shoe_size\n"
                      "A-1,A,Ann,ann@a.example,consultant,\n"
                      "A 9,A,Ann,,consultant,\n"
                      "A-1,Q,,nomail,chef,\n"
                      "A-4,,Al,,,\n")
        << QStringList{"p.csv:3: person_id: \"A 9\" cannot be an id: no spaces, ';' or '='",
                       "p.csv:4: person_id: A-1 appears twice (first on line 2)", "p.csv:4: partner_id: no partner Q",
                       "p.csv:4: name: is required", "p.csv:4: email: \"nomail\" is not an e-mail address",
                       "p.csv:4: role: \"chef\" is not one of consultant, engineer, sales, marketing, executive, other",
                       "p.csv:5: partner_id: is required",
                       "p.csv:5: role: is required (one of consultant, engineer, sales, marketing, executive, other)"};
    QTest::newRow("people: missing column") << int(EnablementKind::People)
                                            << QByteArray("person_id,name,role\nA-1,Ann,sales\n")
                                            << QStringList{"p.csv:1: partner_id: required column is missing from the header"};
    QTest::newRow("certifications: every bad line")
        << int(EnablementKind::Certifications)
        << QByteArray("certification_id,person_id,track,level,earned_on,expires_on\n"
                      "C1,A-1,platform,master,2025-01-01,\n"
                      "C2,X-1,,expert,01/02/2025,\n"
                      "C3,A-1,platform,expert,2025-01-01,2024-12-31\n"
                      "C4,A-1,platform,expert,,\n")
        << QStringList{"p.csv:2: level: \"master\" is not one of foundation, sales, technical, professional, advanced, expert",
                       "p.csv:3: person_id: no person X-1", "p.csv:3: track: is required",
                       "p.csv:3: earned_on: \"01/02/2025\" is not an ISO date like 2026-03-31",
                       "p.csv:4: expires_on: 2024-12-31 is before earned_on 2025-01-01", "p.csv:5: earned_on: is required"};
}

void TestProgramStore::importErrors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, errors);
    loadRecords();
    const QByteArray before = exportOf(*m_db, EnablementKind::People) + exportOf(*m_db, EnablementKind::Certifications);
    const qint64 auditBefore = AuditLog(*m_db).count();
    // A good file beside the bad one is rolled back too.
    const QList<ImportResult> results =
        importEnablement(*m_db, {EnablementSource{EnablementKind::People, "ok.csv", "person_id,partner_id,name,role\nN-1,A,New,sales\n"},
                                 EnablementSource{EnablementKind(kind), "p.csv", csv}},
                         false);
    QCOMPARE(lines(results[1].errors), errors);
    QCOMPARE(exportOf(*m_db, EnablementKind::People) + exportOf(*m_db, EnablementKind::Certifications), before);
    QCOMPARE(AuditLog(*m_db).count(), auditBefore);
}

void TestProgramStore::metrics_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    // B: 60% of 50,000 EUR at 1.10 = 55,000 USD → 33,000; C: 40% → 22,000.
    QTest::newRow("A in USD") << "A" << "USD"
                              << "certification_rate=66.67 certified_consultants=2 certified_engineers=0 certified_people=2 "
                                 "deals_won=2 people=3 revenue=100000.01 revenue_attainment=0.020000 "
                                 "revenue_commitment=5000000";
    QTest::newRow("B in USD") << "B" << "USD"
                              << "certification_rate=50.00 certified_consultants=1 certified_engineers=0 certified_people=1 "
                                 "deals_won=1 people=2 revenue=33000 revenue_attainment=0.013200 revenue_commitment=2500000";
    // C's commitment is EUR: converted at the rate in force on the as-of date (1.20).
    QTest::newRow("C in USD") << "C" << "USD"
                              << "certified_consultants=0 certified_engineers=0 certified_people=0 deals_won=1 people=0 "
                                 "revenue=22000 revenue_attainment=0.018333 revenue_commitment=1200000";
    QTest::newRow("A in EUR: USD cannot convert") << "A" << "EUR" << "";
    QTest::newRow("D has nothing") << "D" << "USD"
                                   << "certified_consultants=0 certified_engineers=0 certified_people=0 deals_won=0 people=0 "
                                      "revenue=0";
}

void TestProgramStore::metrics()
{
    QFETCH(QString, partner);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    loadRecords();
    QStringList warnings;
    const QHash<QString, PartnerMetrics> all = computePartnerMetrics(
        *m_db, PartnerRepository(*m_db).all(), QDate(2026, 3, 31), *Currency::fromCode(QStringView(currency)), &warnings);
    QStringList texts;
    const PartnerMetrics m = all.value(partner);
    for (auto it = m.values.cbegin(); it != m.values.cend(); ++it) {
        texts << it.key() + "=" + it.value().toString();
    }
    texts.sort();
    QStringList expectedTexts = expected.split(' ');
    expectedTexts.sort();
    if (currency == "EUR") {
        // USD is not in the rate table, so it is the reporting currency only as a target: A's deals
        // cannot be converted into EUR and its revenue is missing, with a warning naming the deal.
        QVERIFY(!m.values.contains("revenue"));
        QVERIFY2(warnings.join('\n').contains("D1: no exchange rate for USD on 2025-06-30"), qPrintable(warnings.join('\n')));
        return;
    }
    QCOMPARE(texts, expectedTexts);
}

void TestProgramStore::tierRunAndApply()
{
    loadRecords();
    ProgramStore(*m_db).save(StoredProgram{"si", "", "", false, programJson});
    const TierRun run = runTiers(*m_db, QDate(2026, 3, 31));
    QCOMPARE(run.proposals.size(), 3); // D is inactive
    QStringList summary;
    for (const TierProposal &p : run.proposals)
        summary << p.partner.id + ":" + p.currentTier + "->" + p.proposedTier + ":" + QString::number(int(p.change));
    QCOMPARE(summary, (QStringList{"A:tier2->tier2:0", "B:tier1->tier2:2", "C:->tier3:1"}));
    QCOMPARE(run.proposals[0].explanation, "Tier 2 Preferred: revenue_commitment 5000000 >= 2000000; "
                                           "needs 1 more certified_consultants for Tier 1 Strategic");
    QCOMPARE(run.changes().size(), 2);

    applyTier(*m_db, "B", "tier1", "tier2", run.proposals[1].explanation, run.asOf);
    QCOMPARE(PartnerRepository(*m_db).find("B")->tier, "tier2");
    const AuditEntry entry = AuditLog(*m_db).entries("partner", "B", 1).first();
    QCOMPARE(entry.changes.value("tier").toArray().at(1).toString(), "tier2");
    QCOMPARE(entry.changes.value("tier_run").toObject().value("as_of").toString(), "2026-03-31");
    // A stale proposal is refused; the undo is the reverse call.
    QVERIFY_THROWS_EXCEPTION(StoreError, applyTier(*m_db, "B", "tier1", "tier2", "", run.asOf));
    applyTier(*m_db, "B", "tier2", "tier1", "undo", run.asOf);
    QCOMPARE(PartnerRepository(*m_db).find("B")->tier, "tier1");
    // A program that is not stored is a warning, and its partners are not evaluated.
    const TierRun none = runTiers(*m_db, QDate(2026, 3, 31), "other");
    QVERIFY(none.proposals.isEmpty());
}

void TestProgramStore::programsAndTemplates()
{
    const QList<StoredProgram> templates = programTemplates();
    QStringList ids;
    for (const StoredProgram &t : templates)
        ids << t.id;
    QCOMPARE(ids, (QStringList{"next-portal", "global-partner-network", "ai-marketing-partners", "partnership-playbook"}));
    ProgramStore store(*m_db);
    StoredProgram copy = templates[3];
    copy.isTemplate = false;
    copy.basedOn = copy.id;
    copy.id = "my-playbook";
    copy.json.replace("\"partnership-playbook\"", "\"my-playbook\"");
    store.save(copy);
    QCOMPARE(store.find("my-playbook")->basedOn, "partnership-playbook");
    QCOMPARE(store.program("my-playbook")->tiers.size(), 4);
    // Invalid JSON is refused with its problems and changes nothing.
    StoredProgram bad = copy;
    bad.json = R"({"id":"my-playbook","name":"x","currency":"USD","tiers":[{"id":"a","requires":[{"metric":"m","op":"~","value":"1"}]}]})";
    QVERIFY_THROWS_EXCEPTION(InputError, store.save(bad));
    QCOMPARE(store.find("my-playbook")->json, copy.json);
    QCOMPARE(AuditLog(*m_db).entries("program", "my-playbook").size(), 1);
}

void TestProgramStore::lifecycleMoveAndRevert()
{
    loadRecords();
    LifecycleStore lifecycle(*m_db);
    const qint64 row = lifecycle.moveStage("C", "management", QDate(2026, 3, 1));
    QCOMPARE(PartnerRepository(*m_db).find("C")->stage, "management");
    QList<StageEntry> stages = lifecycle.currentStages();
    QCOMPARE(stages[2].partnerId, "C");
    QCOMPARE(stages[2].since, QDate(2026, 3, 1));
    QCOMPARE(stages[0].since, QDate(2024, 1, 1)); // no history: joined_on
    lifecycle.revertStage("C", "onboarding", row);
    QCOMPARE(PartnerRepository(*m_db).find("C")->stage, "onboarding");
    QVERIFY(lifecycle.history("C").isEmpty());
    QVERIFY_THROWS_EXCEPTION(StoreError, lifecycle.moveStage("C", "nowhere", QDate(2026, 3, 1)));
}

void TestProgramStore::demo()
{
    DemoOptions options;
    options.partners = 60;
    options.deals = 800;
    options.today = QDate(2026, 3, 31);
    const DemoData data = generateDemoData(options);
    loadDemo(*m_db, data);
    EnablementRepository enablement(*m_db);
    const QList<Certification> certifications = enablement.certifications();
    QVERIFY(enablement.people().size() > 60);
    int expired = 0;
    for (const Certification &c : certifications)
        expired += c.expiresOn.isValid() && c.expiresOn < options.today ? 1 : 0;
    QVERIFY(expired > 0);
    QVERIFY(!enablement.expiringBetween(options.today, options.today.addDays(60)).isEmpty());
    QCOMPARE(ProgramStore(*m_db).all().size(), 8);
    for (const StageEntry &stage : LifecycleStore(*m_db).currentStages())
        QVERIFY2(stage.since.isValid(), qPrintable(stage.partnerId));
    // Every active partner is evaluated under a stored program, with no warnings.
    const TierRun run = runTiers(*m_db, options.today);
    QVERIFY2(run.warnings.isEmpty(), qPrintable(run.warnings.join('\n')));
    QVERIFY(run.proposals.size() > 30);
    int scored = 0;
    for (const TierProposal &p : run.proposals)
        scored += p.result.score ? 1 : 0;
    QVERIFY(scored > 30);
    // Same seed, same people.
    QTemporaryDir other;
    const std::unique_ptr<Database> second = Database::open(other.filePath("b.sqlite"));
    loadDemo(*second, data);
    QCOMPARE(exportOf(*second, EnablementKind::Certifications), exportOf(*m_db, EnablementKind::Certifications));
}

QTEST_GUILESS_MAIN(TestProgramStore)
#include "tst_programstore.moc"
