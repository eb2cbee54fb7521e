#include "ui/commission/planspage.h"
#include "ui/commission/statementmodel.h"
#include "ui/commission/statementspage.h"

#include "store/database.h"
#include "store/importexport/importer.h"
#include "store/commission/planrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace cd;
using namespace cd::store;
using namespace cd::ui;

namespace {

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
const QByteArray partners = "partner_id,name,type\nP1,Velora,reseller\nP2,Kelion,reseller\n";
const QByteArray deals = "deal_id,partners,close_date,amount,currency,status,cancelled_on,customer\n"
                         "D1,P1,2026-01-15,80000.00,USD,won,,Harborgate\n"
                         "D2,P1,2026-02-03,60000.00,USD,won,,Harborgate\n"
                         "D3,P1,2026-03-30,412345.67,USD,won,,Northwind\n"
                         "D4,P2=60;P1=40,2026-02-10,1000.01,USD,won,,Harborgate\n"
                         "D5,P2,2026-04-02,0.05,USD,won,,Umbra\n"
                         "D6,P2,2026-04-05,0.05,USD,won,,Umbra\n";

} // namespace

class TestStatementsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statementsOfAPeriod_data();
    void statementsOfAPeriod();
    void partnerLinesAndPdf();
    void editorValidatesAsYouType_data();
    void editorValidatesAsYouType();
    void previewUsesTheLocale();
    void editorTakesNumbersInTheLocale_data();
    void editorTakesNumbersInTheLocale();
    void saveIsUndoable();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStatementsPage::init()
{
    QFile::remove(m_dir.filePath("ui.sqlite"));
    m_db = Database::open(m_dir.filePath("ui.sqlite"));
    for (const ImportResult &r : importBuffers(*m_db, {{RecordKind::Partners, partners, "partners.csv"},
                                                       {RecordKind::Deals, deals, "deals.csv"}}))
        QVERIFY(r.ok());
    PlanRepository plans(*m_db);
    plans.save(planA, "Playbook");
    plans.assign({"playbook-2026", QString(), QString(), "reseller"});
}

void TestStatementsPage::cleanup()
{
    m_db.reset();
}

void TestStatementsPage::statementsOfAPeriod_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstCommission"); // raw minor units of row 0's commission
    QTest::addColumn<QString>("firstTotal");
    QTest::newRow("2026-Q1") << "2026-Q1" << 2 << "10818642" << "10818642";
    QTest::newRow("2026-Q2") << "2026-Q2" << 1 << "2" << "2";
}

void TestStatementsPage::statementsOfAPeriod()
{
    QFETCH(QString, period);
    QFETCH(int, rows);
    QFETCH(QString, firstCommission);
    QFETCH(QString, firstTotal);
    StatementsPage page(*m_db);
    QAbstractItemModelTester tester(page.summaryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.periodCombo()->count(), 2);
    page.setPeriod(period);
    StatementSummaryModel *model = page.summaryModel();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->index(0, StatementSummaryModel::Commission).data(RawValueRole).toString(),
             firstCommission);
    QCOMPARE(model->index(0, StatementSummaryModel::Total).data(RawValueRole).toString(), firstTotal);
    QVERIFY(model->index(0, StatementSummaryModel::Total).data().toString().contains("USD"));
    // The exported CSV is the engine's.
    QVERIFY(page.csv().startsWith("partner,period,kind,deal,credit,amount\n"));
    // Sorting by total, descending, keeps the model consistent (the tester watches).
    model->sort(StatementSummaryModel::Total, Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), rows);
}

void TestStatementsPage::partnerLinesAndPdf()
{
    StatementsPage page(*m_db);
    page.setPeriod("2026-Q1");
    page.summaryModel()->sort(StatementSummaryModel::Partner, Qt::AscendingOrder);
    page.openPartner(0);
    StatementLinesModel *lines = page.linesModel();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(lines->rowCount(), 5); // D1, D2, D4, D3, total
    QCOMPARE(lines->index(2, StatementLinesModel::Deal).data().toString(), QString("D4"));
    QCOMPARE(lines->index(3, StatementLinesModel::Customer).data().toString(), QString("Northwind"));
    QCOMPARE(lines->index(4, StatementLinesModel::Kind).data().toString(), QString("Total"));
    const QString amount = lines->index(3, StatementLinesModel::Amount).data().toString();
    QVERIFY2(amount.contains("85") && amount.contains("106") && amount.endsWith("42"), qPrintable(amount));
    const std::unique_ptr<QTextDocument> document = page.partnerDocument();
    QVERIFY(document->toPlainText().contains("Commission statement"));
    QVERIFY(document->toPlainText().contains("2026-Q1"));
    QVERIFY(document->toPlainText().contains("Velora"));
    const QString pdf = m_dir.filePath("statement.pdf");
    QVERIFY(page.savePartnerPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestStatementsPage::editorValidatesAsYouType_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("good") << "20%" << true << "";
    QTest::newRow("no percent sign") << "20" << false << "bands[1].rate";
    QTest::newRow("negative") << "-5%" << false << "bands[1].rate";
    QTest::newRow("too many decimals") << "1.1234567%" << false << "bands[1].rate";
}

void TestStatementsPage::editorValidatesAsYouType()
{
    QFETCH(QString, rate);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    QUndoStack undo;
    PlansPage page(*m_db, &undo);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 1);
    PlanEditor *editor = page.editor();
    QCOMPARE(editor->idEdit()->text(), QString("playbook-2026"));
    editor->bandsTable()->item(1, 1)->setText(rate);
    QCOMPARE(editor->saveButton()->isEnabled(), valid);
    QCOMPARE(editor->problemsLabel()->text().contains(mentions), true);
    QCOMPARE(editor->problemsLabel()->text().isEmpty(), valid);
}

void TestStatementsPage::previewUsesTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QUndoStack undo;
    PlansPage page(*m_db, &undo);
    page.editor()->sampleEdit()->setText("552.745,67");
    const QString preview = page.editor()->previewLabel()->text();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(preview.contains("108.186,42"), qPrintable(preview)); // T(552745.67), rounded once
}

void TestStatementsPage::editorTakesNumbersInTheLocale_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("jsonFrom");
    QTest::addColumn<QString>("jsonRate");
    QTest::newRow("German with grouping") << "1.250.000,5" << "12,5 %" << "1250000.5" << "12.5%";
    QTest::newRow("German without grouping") << "1250000" << "7%" << "1250000" << "7%";
    QTest::newRow("invariant still read") << "250000.75" << "0.5%" << "250000.75" << "0.5%";
    QTest::newRow("no number: passed on to be named") << "viel" << "20%" << "viel" << "20%";
}

// Bands are shown and typed as the user writes numbers; the plan's JSON keeps commission.md's form.
void TestStatementsPage::editorTakesNumbersInTheLocale()
{
    QFETCH(QString, from);
    QFETCH(QString, rate);
    QFETCH(QString, jsonFrom);
    QFETCH(QString, jsonRate);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QUndoStack undo;
    PlansPage page(*m_db, &undo);
    PlanEditor *editor = page.editor();
    const int last = editor->bandsTable()->rowCount() - 1;
    QVERIFY(last >= 1);
    // A stored band shows in German ("250.000" or "25 %", never "250000.00").
    const QString shownRate = editor->bandsTable()->item(0, 1)->text();
    QVERIFY2(shownRate.endsWith(QLocale().percent()) && !shownRate.contains('.'), qPrintable(shownRate));
    editor->bandsTable()->item(last, 0)->setText(from);
    editor->bandsTable()->item(last, 1)->setText(rate);
    const QJsonObject band = QJsonDocument::fromJson(editor->json()).object().value("bands").toArray().at(last).toObject();
    const QString problems = editor->problemsLabel()->text();
    QLocale::setDefault(QLocale::c());
    QCOMPARE(band.value("from").toString(), jsonFrom);
    QCOMPARE(band.value("rate").toString(), jsonRate);
    if (jsonFrom == "viel")
        QVERIFY2(problems.contains("viel"), qPrintable(problems));
}

void TestStatementsPage::saveIsUndoable()
{
    QUndoStack undo;
    PlansPage page(*m_db, &undo);
    page.editor()->bandsTable()->item(0, 1)->setText("10%");
    page.editor()->bonusBox()->setChecked(true);
    QVERIFY(!page.editor()->saveButton()->isEnabled()); // the bonus has no threshold yet
    page.editor()->bonusBox()->setChecked(false);
    QVERIFY(page.editor()->saveButton()->isEnabled());
    page.save();
    QCOMPARE(undo.count(), 1);
    QCOMPARE(PlanRepository(*m_db).find("playbook-2026")->plan.bands.first().rate, *Decimal::parse(QString("0.10")));
    undo.undo();
    QCOMPARE(PlanRepository(*m_db).find("playbook-2026")->json, planA);
    QCOMPARE(PlanRepository(*m_db).find("playbook-2026")->name, QString("Playbook"));
    undo.redo();
    QCOMPARE(PlanRepository(*m_db).find("playbook-2026")->plan.bands.first().rate, *Decimal::parse(QString("0.1")));
    // A new plan: undo removes it.
    page.editor()->idEdit()->setText("brand-new");
    page.save();
    QCOMPARE(PlanRepository(*m_db).count(), 2);
    QCOMPARE(page.model()->rowCount(), 2);
    undo.undo();
    QCOMPARE(PlanRepository(*m_db).count(), 1);
}

QTEST_MAIN(TestStatementsPage)
#include "tst_statementspage.moc"
