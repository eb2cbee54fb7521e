#include "tests/ui/testdatabase.h"

#include "store/auditlog.h"
#include "store/registrations/conflictcases.h"
#include "store/records/dealrepository.h"
#include "store/registrations/registrationrepository.h"
#include "store/registrations/registrationworkflow.h"
#include "ui/registrations/conflictmodels.h"
#include "ui/registrations/conflictspage.h"
#include "ui/registrations/registrationdialog.h"
#include "ui/registrations/registrationqueuemodel.h"
#include "ui/registrations/registrationspage.h"
#include "ui/storecommand.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

// The registration queue and the conflicts page over the demo database, offscreen.
class TestRegistrationPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueModel();
    void queueFilters_data();
    void queueFilters();
    void queueSortsByAmount();
    void conflictModels();
    void approveRejectUndo();
    void extendOnce();
    void convertKeepsRegId();
    void dialogShowsVerdict_data();
    void dialogShowsVerdict();
    void conflictStepRecorded();

private:
    const store::RegistrationQueueEntry *findEntry(const std::function<bool(const store::RegistrationQueueEntry &)> &test) const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<store::Database> m_db;
    QUndoStack *m_undo = nullptr;
    RegistrationsPage *m_page = nullptr;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
};

void TestRegistrationPages::initTestCase()
{
    m_dir = new QTemporaryDir;
    m_db = makeDemoDatabase(*m_dir);
    m_db->setActor("tester");
    // Two fresh registrations of customers nobody else registered (the demo's approved ones all became deals).
    QStringList partners = store::RegistrationWorkflowStore(*m_db).partnerNames().keys();
    partners.sort();
    for (const char *id : {"RX1", "RX2"}) {
        Registration r;
        r.id = id;
        r.partnerId = partners.first();
        r.customer = QString("Zyxwvut Fresh Customer ") + id;
        r.product = "Portal";
        r.amount = *Money::parse(QString("25000"), *Currency::fromCode(QString("USD")));
        r.submittedAt = m_now.addDays(-1);
        store::RegistrationRepository(*m_db).insert(r);
    }
    store::RegistrationWorkflowStore(*m_db).evaluate(m_now, true);
    m_undo = new QUndoStack;
    m_page = new RegistrationsPage(*m_db, m_undo, nullptr);
    m_page->setNow(m_now);
    // Not shown: a refused action then opens no message box (the tests watch the report through a ReportHook).
    m_page->resize(1400, 900);
}

void TestRegistrationPages::cleanupTestCase()
{
    delete m_page;
    delete m_undo;
    m_db.reset();
    delete m_dir;
}

const store::RegistrationQueueEntry *TestRegistrationPages::findEntry(
    const std::function<bool(const store::RegistrationQueueEntry &)> &test) const
{
    RegistrationQueueModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (test(*model->entry(row)))
            return model->entry(row);
    }
    return nullptr;
}

void TestRegistrationPages::queueModel()
{
    RegistrationQueueModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    QCOMPARE(model.rowCount(), int(store::RegistrationRepository(*m_db).count()));
    QCOMPARE(model.columnCount(), int(RegistrationQueueModel::ColumnCount));
    model.sort(RegistrationQueueModel::DaysLeftColumn, Qt::DescendingOrder);
    model.setFilter("R0", QString(), false);
    QVERIFY(model.rowCount() > 0);
    // Days left count whole days up to the window's end.
    const store::RegistrationQueueEntry *e = model.entry(0);
    const qint64 seconds = m_now.secsTo(model.windowEnd(*e));
    QCOMPARE(model.daysLeft(*e), seconds <= 0 ? 0 : int((seconds + 86399) / 86400));
    QCOMPARE(model.data(model.index(0, RegistrationQueueModel::AmountColumn), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestRegistrationPages::queueFilters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("expiringOnly");
    QTest::newRow("conflicts") << "conflict" << false;
    QTest::newRow("approved") << "approved" << false;
    QTest::newRow("rejected") << "rejected" << false;
    QTest::newRow("expiring soon") << "" << true;
}

void TestRegistrationPages::queueFilters()
{
    QFETCH(QString, status);
    QFETCH(bool, expiringOnly);
    RegistrationQueueModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    if (expiringOnly) {
        // A moment three days before the end of some approved registration's window: it must show.
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.effectiveStatus(*model.entry(row)) == "approved" && !model.entry(row)->workflow.converted()) {
                model.setNow(model.windowEnd(*model.entry(row)).addDays(-3));
                break;
            }
        }
        QVERIFY(model.expiringSoonCount() > 0);
    }
    model.setFilter(QString(), status, expiringOnly);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < model.totalCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!status.isEmpty())
            QCOMPARE(model.data(model.index(row, 0), StatusRole).toString(), status);
        if (expiringOnly) {
            QCOMPARE(model.data(model.index(row, 0), ExpiringSoonRole).toBool(), true);
            QVERIFY(model.data(model.index(row, 3), Qt::BackgroundRole).isValid());
            QVERIFY(model.daysLeft(*model.entry(row)) <= RegistrationQueueModel::ExpiringSoonDays);
        }
    }
}

void TestRegistrationPages::queueSortsByAmount()
{
    RegistrationQueueModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(RegistrationQueueModel::AmountColumn, Qt::AscendingOrder);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.entry(row - 1)->registration.amount.toDecimal() <= model.entry(row)->registration.amount.toDecimal());
}

void TestRegistrationPages::conflictModels()
{
    ConflictsPage page(*m_db, m_undo, nullptr);
    QAbstractItemModelTester cases(page.caseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester competitors(page.competitorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester steps(page.stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester similar(page.similarModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.reload();
    QCOMPARE(page.caseModel()->rowCount(), int(store::ConflictCaseStore(*m_db).all().size()));
    QVERIFY(page.caseModel()->rowCount() > 0);
    page.selectCase(page.caseModel()->caseAt(0)->caseId);
    const store::ConflictCase c = *page.caseModel()->caseAt(0);
    QCOMPARE(page.stepsModel()->rowCount(), 6);
    QCOMPARE(page.competitorsModel()->rowCount(), int(c.regIds.size()));
    // The winner comes first, marked, and the why names it.
    QCOMPARE(page.competitorsModel()->data(page.competitorsModel()->index(0, CompetitorsModel::RegIdColumn)).toString(),
             c.winner);
    QVERIFY(page.competitorsModel()->data(page.competitorsModel()->index(0, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY2(page.whyText().contains(c.winner), qPrintable(page.whyText()));
    page.caseModel()->setStatusFilter("closed");
    for (int row = 0; row < page.caseModel()->rowCount(); ++row)
        QCOMPARE(page.caseModel()->caseAt(row)->status, QString("closed"));
    // Possible conflicts are listed with a score and a reason; listing them changes no status.
    QVERIFY(page.similarModel()->rowCount() > 0);
    QVERIFY(!page.similarModel()->data(page.similarModel()->index(0, SimilarPairsModel::ReasonColumn)).toString().isEmpty());
    QCOMPARE(store::RegistrationWorkflowStore(*m_db).evaluate(m_now, false).size(), 0);
}

void TestRegistrationPages::approveRejectUndo()
{
    const QString id = "RX1";
    QCOMPARE(m_page->model()->effectiveStatus(*m_page->model()->entry(id)), QString("approved"));
    m_page->selectRegistration(id);
    QCOMPARE(m_page->currentRegId(), id);
    store::RegistrationWorkflowStore store(*m_db);
    QVERIFY(m_page->approveCurrent());
    QCOMPARE(store.workflow(id).approvedBy, QString("tester"));
    QStringList reported;
    {
        const StoreCommand::ReportHook hook([&](const QString &, const QString &message) { reported << message; });
        const int commands = m_undo->count();
        QVERIFY(!m_page->approveCurrent()); // once
        QCOMPARE(m_undo->count(), commands); // the refused approval left no command behind
    }
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().contains("already"), qPrintable(reported.first()));
    m_undo->undo();
    QVERIFY(!store.workflow(id).approved());
    m_undo->redo();
    QVERIFY(store.workflow(id).approved());
    QVERIFY(m_page->rejectCurrent("Customer is a direct account"));
    QCOMPARE(m_page->model()->entry(id)->workflow.rejectionReason, QString("Customer is a direct account"));
    QCOMPARE(store::AuditLog(*m_db).entries("registration", id).first().action, QString("reject"));
    m_undo->undo();
    QVERIFY(!store.workflow(id).rejected());
    QCOMPARE(m_page->model()->effectiveStatus(*m_page->model()->entry(id)), QString("approved"));
}

void TestRegistrationPages::extendOnce()
{
    const store::RegistrationQueueEntry *e = findEntry([&](const store::RegistrationQueueEntry &x) {
        return m_page->model()->effectiveStatus(x) == "approved" && !x.workflow.extended();
    });
    QVERIFY(e);
    const QString id = e->registration.id;
    const QDateTime before = m_page->model()->windowEnd(*e);
    // Seen two days before its end the window is highlighted; extended, it is not.
    m_page->setNow(before.addDays(-2));
    QVERIFY(m_page->model()->expiringSoon(*m_page->model()->entry(id)));
    m_page->selectRegistration(id);
    QVERIFY(m_page->extendCurrent());
    QCOMPARE(m_page->model()->windowEnd(*m_page->model()->entry(id)), before.addDays(30));
    QVERIFY(!m_page->model()->expiringSoon(*m_page->model()->entry(id)));
    m_page->setNow(m_now);
    QVERIFY(!m_page->extendCurrent());
    m_undo->undo();
    QCOMPARE(m_page->model()->windowEnd(*m_page->model()->entry(id)), before);
}

void TestRegistrationPages::convertKeepsRegId()
{
    const QString id = "RX2";
    const Money amount = m_page->model()->entry(id)->registration.amount;
    m_page->selectRegistration(id);
    const QString dealId = "D-" + id;
    QVERIFY(m_page->convertCurrent(dealId));
    const std::optional<Deal> deal = store::DealRepository(*m_db).find(dealId);
    QVERIFY(deal);
    QCOMPARE(deal->regId, id);
    QCOMPARE(deal->amount, amount);
    QCOMPARE(m_page->model()->entry(id)->workflow.dealId, dealId);
    m_undo->undo();
    QVERIFY(!store::DealRepository(*m_db).exists(dealId));
    QVERIFY(!m_page->model()->entry(id)->workflow.converted());
    m_undo->redo();
    QCOMPARE(store::DealRepository(*m_db).find(dealId)->regId, id);
}

void TestRegistrationPages::dialogShowsVerdict_data()
{
    QTest::addColumn<bool>("samePartner");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("another partner: conflict") << false << int(RegistrationStatus::Conflict) << "Conflict";
    QTest::newRow("the same partner: duplicate") << true << int(RegistrationStatus::Duplicate) << "Duplicate";
}

void TestRegistrationPages::dialogShowsVerdict()
{
    QFETCH(bool, samePartner);
    QFETCH(int, status);
    QFETCH(QString, word);
    // A customer someone holds right now: a protected winner with a product.
    const store::RegistrationQueueEntry *held = findEntry([&](const store::RegistrationQueueEntry &x) {
        return m_page->model()->effectiveStatus(x) == "approved" && m_page->model()->daysLeft(x) > 2
               && !x.registration.product.isEmpty();
    });
    QVERIFY(held);
    const Registration holder = held->registration;
    std::unique_ptr<RegistrationDialog> dialog = m_page->newRegistrationDialog();
    QVERIFY(dialog->verdictText().contains("Enter a partner"));
    QString partner = holder.partnerId;
    if (!samePartner) {
        for (int i = 1; i < dialog->partnerBox()->count(); ++i) {
            if (dialog->partnerBox()->itemData(i).toString() != holder.partnerId) {
                partner = dialog->partnerBox()->itemData(i).toString();
                break;
            }
        }
    }
    dialog->partnerBox()->setCurrentIndex(dialog->partnerBox()->findData(partner));
    QTest::keyClicks(dialog->customerEdit(), holder.customer.toUpper());
    dialog->domainEdit()->setText(holder.customerDomain);
    QTest::keyClicks(dialog->productEdit(), holder.product);
    QTest::keyClicks(dialog->amountEdit(), "12500");
    QVERIFY(dialog->decision());
    QCOMPARE(int(dialog->decision()->status), status);
    QVERIFY2(dialog->verdictText().startsWith(word), qPrintable(dialog->verdictText()));
    QVERIFY(dialog->verdictText().contains(dialog->decision()->winner));
    QCOMPARE(dialog->problems(), QStringList());
    const QString id = dialog->idEdit()->text();
    QVERIFY(m_page->addFromDialog(*dialog));
    const std::optional<Registration> stored = store::RegistrationRepository(*m_db).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->status, status == int(RegistrationStatus::Conflict) ? QString("conflict") : QString("duplicate"));
    QCOMPARE(store::ConflictCaseStore(*m_db).caseOf(id).has_value(), !samePartner);
    m_undo->undo();
    QVERIFY(!store::RegistrationRepository(*m_db).exists(id));
}

void TestRegistrationPages::conflictStepRecorded()
{
    ConflictsPage page(*m_db, m_undo, nullptr);
    page.resize(1400, 900);
    page.show();
    page.caseModel()->setStatusFilter("open");
    QVERIFY(page.caseModel()->rowCount() > 0);
    const store::ConflictCase before = *page.caseModel()->caseAt(0);
    page.selectCase(before.caseId);
    const store::ConflictStep step = *before.nextStep();
    QVERIFY(page.recordStep(step, "Spoke to both partners", "Credit stays", QDate(2026, 11, 23)));
    const store::ConflictCase after = *store::ConflictCaseStore(*m_db).find(before.caseId);
    QCOMPARE(after.step(step).note, QString("Spoke to both partners"));
    QCOMPARE(after.step(step).date, QDate(2026, 11, 23));
    QCOMPARE(after.step(step).actor, QString("tester"));
    QCOMPARE(store::AuditLog(*m_db).entries("conflict_case", before.caseId).first().action, QString("update"));
    QCOMPARE(page.stepsModel()->data(page.stepsModel()->index(int(step), ConflictStepsModel::NoteColumn)).toString(),
             QString("Spoke to both partners"));
    m_undo->undo();
    QCOMPARE(*store::ConflictCaseStore(*m_db).find(before.caseId), before);
}

QTEST_MAIN(TestRegistrationPages)
#include "tst_registrationpages.moc"
