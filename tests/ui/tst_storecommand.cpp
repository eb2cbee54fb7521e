#include "tests/ui/testdatabase.h"

#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"
#include "store/registrations/registrationrepository.h"
#include "store/registrations/registrationworkflow.h"
#include "ui/commission/planspage.h"
#include "ui/dashboard/targetspage.h"
#include "ui/programs/lifecyclepage.h"
#include "ui/programs/programeditorpage.h"
#include "ui/programs/tierreviewpage.h"
#include "ui/records/recordeditor.h"
#include "ui/registrations/registrationspage.h"
#include "ui/storecommand.h"
#include "ui/vocabulary.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

namespace {

const QString refusal = QStringLiteral("refused: someone else holds this row");

// Every row of every table, so that "unchanged" means the whole file.
QString snapshot(store::Database &database)
{
    QStringList tables;
    QSqlQuery names(database.sql());
    names.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (names.next())
        tables << names.value(0).toString();
    QStringList lines;
    for (const QString &table : std::as_const(tables)) {
        QStringList rows;
        QSqlQuery query(database.sql());
        query.exec("SELECT * FROM " + table);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join('|');
        }
        rows.sort();
        lines << table + ": " + rows.join('\n');
    }
    return lines.join('\n');
}

// Another writer's rule, as SQLite enforces it: every write to `table` from now on is refused. Temporary
// triggers live in the connection only, not in the file.
void refuseWritesTo(store::Database &database, const QString &table)
{
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        QSqlQuery query(database.sql());
        const QString sql = QString("CREATE TEMP TRIGGER refuse_%1_%2 BEFORE %2 ON main.%1"
                                    " BEGIN SELECT RAISE(ABORT, '%3'); END")
                                .arg(table, event, refusal);
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
}

} // namespace

// The undo protocol of ui/storecommand.h, through the pages that push each kind of command: a replay the
// store refuses marks the command obsolete (the stack drops it), leaves the database as it was (also the
// writes the replay made before the refusal) and reports the store's message.
class TestStoreCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedReplay_data();
    void refusedReplay();
    void refusedFirstApplicationPushesNothing_data();
    void refusedFirstApplicationPushesNothing();

private:
    // Makes the first application of a `kind` command on a page it keeps; false when the page refused.
    bool edit(const QString &kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    QUndoStack m_undo;
    std::unique_ptr<QWidget> m_page;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

void TestStoreCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = makeDemoDatabase(*m_dir, 30, 300);
    Registration fresh;
    fresh.id = "RX1";
    fresh.partnerId = store::PartnerRepository(*m_db).all().first().id;
    fresh.customer = "Zyxwvut Fresh Customer";
    fresh.product = "Portal";
    fresh.amount = *Money::parse(QString("25000"), *Currency::fromCode(QString("USD")));
    fresh.submittedAt = m_now.addDays(-1);
    store::RegistrationRepository(*m_db).insert(fresh);
    store::RegistrationWorkflowStore(*m_db).evaluate(m_now, true);
}

void TestStoreCommand::cleanup()
{
    m_undo.clear();
    m_page.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestStoreCommand::edit(const QString &kind)
{
    if (kind == "registration approval" || kind == "registration conversion") {
        auto *page = new RegistrationsPage(*m_db, &m_undo, nullptr);
        m_page.reset(page);
        page->setNow(m_now);
        page->selectRegistration("RX1");
        return kind == "registration approval" ? page->approveCurrent() : page->convertCurrent("D-RX1");
    }
    if (kind == "deal deletion") {
        m_page = std::make_unique<QWidget>();
        QTimer::singleShot(0, qApp, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click(); // "Delete the deal …? You can undo this."
        });
        const QString id = store::DealRepository(*m_db).all().first().id;
        return deleteRecord(m_page.get(), store::TableKind::Deals, id, EditContext{*m_db, &m_undo, nullptr});
    }
    if (kind == "lifecycle move") {
        auto *page = new LifecyclePage(*m_db, &m_undo, nullptr);
        m_page.reset(page);
        const Partner partner = store::PartnerRepository(*m_db).all().first();
        const QString stage = partner.stage == codes::partnerStages().first() ? codes::partnerStages().last()
                                                                             : codes::partnerStages().first();
        page->movePartner(partner.id, stage);
        return store::PartnerRepository(*m_db).find(partner.id)->stage == stage;
    }
    if (kind == "targets") {
        auto *page = new TargetsPage(*m_db, &m_undo);
        m_page.reset(page);
        page->yearBox()->setValue(2026);
        page->table()->item(0, 2)->setText("123");
        return page->save();
    }
    if (kind == "plan") {
        auto *page = new PlansPage(*m_db, &m_undo);
        m_page.reset(page);
        page->editor()->idEdit()->setText("refusal-plan");
        page->save();
        return store::PlanRepository(*m_db).find("refusal-plan").has_value();
    }
    if (kind == "program") {
        auto *page = new ProgramEditorPage(*m_db, &m_undo);
        m_page.reset(page);
        page->open("global-partner-network");
        page->copyAs("refusal-program", "Refusal");
        return page->save();
    }
    if (kind == "tier acceptance") {
        auto *page = new TierReviewPage(*m_db, &m_undo, nullptr);
        m_page.reset(page);
        page->evaluate(m_now.date());
        if (page->model()->rowCount() == 0)
            return false;
        page->decide({0}, true);
        return page->model()->decision(0) == TierReviewModel::Decision::Accepted;
    }
    qFatal("no such command kind");
}

void TestStoreCommand::refusedReplay_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table"); // the writes refused after the first application
    QTest::addColumn<bool>("undoFirst"); // replay the redo (after an undo that went through) instead of the undo
    QTest::newRow("deal deletion, undo") << "deal deletion" << "deals" << false;
    QTest::newRow("deal deletion, redo") << "deal deletion" << "deals" << true;
    QTest::newRow("registration approval, undo") << "registration approval" << "registration_workflow" << false;
    QTest::newRow("registration approval, redo") << "registration approval" << "registration_workflow" << true;
    // The workflow row is written back before the deal's removal is refused: the transaction takes it back.
    QTest::newRow("registration conversion, undo") << "registration conversion" << "deals" << false;
    // The partner's stage is written before the stage history is refused.
    QTest::newRow("lifecycle move, undo") << "lifecycle move" << "partner_stages" << false;
    QTest::newRow("lifecycle move, redo") << "lifecycle move" << "partner_stages" << true;
    QTest::newRow("targets, undo") << "targets" << "targets" << false;
    QTest::newRow("plan, undo") << "plan" << "commission_plans" << false;
    // The partner's tier is written before its audit row is refused.
    QTest::newRow("tier acceptance, undo") << "tier acceptance" << "audit" << false;
    QTest::newRow("program, redo") << "program" << "programs" << true;
}

void TestStoreCommand::refusedReplay()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);
    QFETCH(bool, undoFirst);
    QVERIFY(edit(kind));
    QCOMPARE(m_undo.count(), 1);
    if (undoFirst) {
        m_undo.undo();
        QCOMPARE(m_undo.index(), 0);
    }
    refuseWritesTo(*m_db, table);
    const QString before = snapshot(*m_db);

    QStringList reported;
    {
        const StoreCommand::ReportHook hook([&](const QString &title, const QString &message) {
            reported << title + ": " + message;
        });
        undoFirst ? m_undo.redo() : m_undo.undo();
    }

    QCOMPARE(m_undo.count(), 0); // obsolete: the stack dropped it
    QVERIFY(!m_undo.canUndo() && !m_undo.canRedo());
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().startsWith("Cannot undo: "), qPrintable(reported.first()));
    QVERIFY2(reported.first().contains(refusal), qPrintable(reported.first()));
}

void TestStoreCommand::refusedFirstApplicationPushesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("registration approval") << "registration approval" << "registration_workflow";
    QTest::newRow("registration conversion") << "registration conversion" << "deals";
}

// The write is tried before anything goes on the stack: a refusal leaves neither a command nor a change,
// and the caller reports the store's message.
void TestStoreCommand::refusedFirstApplicationPushesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);
    refuseWritesTo(*m_db, table);
    const QString before = snapshot(*m_db);
    QStringList reported;
    const StoreCommand::ReportHook hook([&](const QString &, const QString &message) { reported << message; });
    QVERIFY(!edit(kind));
    QCOMPARE(m_undo.count(), 0);
    QCOMPARE(snapshot(*m_db), before);
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().contains(refusal), qPrintable(reported.first()));
}

QTEST_MAIN(TestStoreCommand)
#include "tst_storecommand.moc"
