#include "tests/ui/testdatabase.h"

#include "store/importexport/exporter.h"
#include "store/demo/demosteps.h"
#include "store/importexport/importer.h"

#include "store/auditlog.h"
#include "store/records/partnerrepository.h"
#include "store/programs/programstore.h"
#include "ui/programs/lifecyclepage.h"
#include "ui/records/partnerdetaildialog.h"
#include "ui/programs/programeditorpage.h"
#include "ui/programs/scorecardpage.h"
#include "ui/programs/tierreviewpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableWidget>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

// The core demo records and this area's demo share only, so that other areas' demo hooks do not matter here.
static std::unique_ptr<store::Database> makeProgramDemo(const QTemporaryDir &dir)
{
    auto db = store::Database::open(dir.filePath(QStringLiteral("programs.sqlite")));
    DemoOptions options;
    options.seed = 7;
    options.partners = 60;
    options.deals = 1500;
    options.today = QDate(2026, 11, 23);
    const DemoData data = generateDemoData(options);
    QList<store::FxRate> rates;
    for (const DemoExchangeRate &rate : data.exchangeRates)
        rates << store::FxRate{rate.date, rate.currency, rate.rate};
    const QByteArray partners = store::toCsv(data.partners), fx = store::toCsv(rates), deals = store::toCsv(data.deals);
    for (const store::ImportResult &r : store::importBuffers(*db, {store::ImportBuffer{store::RecordKind::Partners, partners, "p"},
                                                                  store::ImportBuffer{store::RecordKind::FxRates, fx, "fx"},
                                                                  store::ImportBuffer{store::RecordKind::Deals, deals, "d"}})) {
        if (!r.ok())
            qFatal("demo records did not load");
    }
    store::Transaction transaction(*db);
    store::addDemoCertifications(*db, data);
    transaction.commit();
    return db;
}

// Issue #4's pages on a demo database, offscreen.
class TestProgramPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tierReviewAcceptRejectUndo();
    void scorecardRanksWithContributions();
    void lifecycleMoveAndUndo();
    void programEditorCopyValidateSave();
    void explanations_data();
    void explanations();
    void partnerDetail();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_today{2026, 11, 23};
};

void TestProgramPages::initTestCase()
{
    m_db = makeProgramDemo(m_dir);
}

void TestProgramPages::tierReviewAcceptRejectUndo()
{
    QUndoStack undo;
    TierReviewPage page(*m_db, &undo, nullptr);
    page.evaluate(m_today);
    TierReviewModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() >= 3);
    const store::TierProposal first = model->proposal(0);
    QVERIFY(!model->explanation(0).isEmpty());

    page.decide({0}, true);
    QCOMPARE(store::PartnerRepository(*m_db).find(first.partner.id)->tier, first.proposedTier);
    QCOMPARE(model->decision(0), TierReviewModel::Decision::Accepted);
    QCOMPARE(store::AuditLog(*m_db).entries("partner", first.partner.id, 1).first().changes.value("tier").toArray().at(1).toString(),
             first.proposedTier);
    undo.undo();
    QCOMPARE(store::PartnerRepository(*m_db).find(first.partner.id)->tier, first.currentTier);
    QCOMPARE(model->decision(0), TierReviewModel::Decision::Pending);

    // Reject all: one undo step, an audit row each, no tier changed.
    const qint64 audits = store::AuditLog(*m_db).count();
    page.decide({}, false);
    QCOMPARE(store::AuditLog(*m_db).count(), audits + model->rowCount());
    QCOMPARE(store::PartnerRepository(*m_db).find(first.partner.id)->tier, first.currentTier);
    QCOMPARE(undo.count(), 1); // the undone accept is dropped; Reject all is one step
    undo.undo();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->decision(row), TierReviewModel::Decision::Pending);
}

void TestProgramPages::scorecardRanksWithContributions()
{
    ScorecardPage page(*m_db);
    ScorecardModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 10);
    QCOMPARE(model->kpiNames(), (QStringList{"Revenue performance", "Customer satisfaction", "Technical competency",
                                             "Marketing collaboration"}));
    qlonglong previous = std::numeric_limits<qlonglong>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qlonglong score = model->data(model->index(row, ScorecardModel::ScoreColumn), RawValueRole).toLongLong();
        QVERIFY(score <= previous);
        previous = score;
        // Each KPI's contribution is shown, and they add up to the score (each rounded to 0.01).
        qlonglong sum = 0;
        const QVariantList parts = model->data(model->index(row, ScorecardModel::BarColumn), ContributionsRole).toList();
        QCOMPARE(parts.size(), 4);
        for (const QVariant &part : parts)
            sum += part.toLongLong();
        QVERIFY2(qAbs(sum - score) <= 2, qPrintable(QString::number(sum) + " vs " + QString::number(score)));
    }
}

void TestProgramPages::lifecycleMoveAndUndo()
{
    QUndoStack undo;
    LifecyclePage page(*m_db, &undo, nullptr);
    page.setToday(m_today);
    int overdue = 0;
    int cards = 0;
    for (const QString &stage : codes::partnerStages()) {
        StageColumn *column = page.column(stage);
        QVERIFY(column);
        QAbstractItemModelTester tester(column->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < column->count(); ++i) {
            overdue += column->item(i)->data(OverdueRole).toBool() ? 1 : 0;
            ++cards;
        }
    }
    QVERIFY(cards > 40);
    QVERIFY(overdue > 0);
    QVERIFY(page.column("management")->count() > 0);
    StageColumn *identification = page.column("identification");
    QVERIFY(identification->count() > 0);
    const QString id = identification->item(0)->data(IdRole).toString();
    const int before = page.column("qualification")->count();
    page.movePartner(id, "qualification");
    QCOMPARE(store::PartnerRepository(*m_db).find(id)->stage, "qualification");
    QCOMPARE(page.column("qualification")->count(), before + 1);
    undo.undo();
    QCOMPARE(store::PartnerRepository(*m_db).find(id)->stage, "identification");
    QCOMPARE(page.column("qualification")->count(), before);
    QCOMPARE(LifecyclePage::targetWeeks(LifecycleStage{"negotiation", "", 5, 8, 0}), 4);
    QCOMPARE(LifecyclePage::targetWeeks(LifecycleStage{"management", "", std::nullopt, std::nullopt, 0}), std::nullopt);
}

void TestProgramPages::programEditorCopyValidateSave()
{
    QUndoStack undo;
    ProgramEditorPage page(*m_db, &undo);
    QVERIFY(page.open("global-partner-network"));
    QVERIFY(page.problems().isEmpty());
    QVERIFY(!page.save()); // a template
    page.copyAs("my-network", "My network");
    QVERIFY(page.problems().isEmpty());
    // Weights that do not add up to 100% are refused.
    page.scorecardTable()->item(0, 2)->setText("45%");
    QVERIFY2(page.problems().join('\n').contains("the weights add up to 105%, not 100%"), qPrintable(page.problems().join('\n')));
    QVERIFY(!page.save());
    page.scorecardTable()->item(0, 2)->setText("40%");
    page.tiersTable()->item(2, 3)->setText("revenue >= abc");
    QVERIFY(!page.problems().isEmpty());
    page.tiersTable()->item(2, 3)->setText("top 50% by revenue");
    page.tiersTable()->item(2, 4)->setText("margin=25-35%; mdf_budget=10000");
    QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join('\n')));
    QVERIFY(page.save());
    const std::optional<Program> saved = store::ProgramStore(*m_db).program("my-network");
    QVERIFY(saved);
    QCOMPARE(saved->tiers[2].requirements.first().kind, Requirement::Kind::TopPercent);
    QCOMPARE(store::ProgramStore(*m_db).find("my-network")->basedOn, "global-partner-network");
    undo.undo();
    QVERIFY(!store::ProgramStore(*m_db).find("my-network"));
    undo.redo();
    QVERIFY(store::ProgramStore(*m_db).find("my-network"));
}

void TestProgramPages::explanations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("requirements");
    QTest::newRow("compare") << "revenue_commitment >= 5000000; certified_consultants >= 10"
                             << R"([{"metric":"revenue_commitment","op":">=","value":"5000000"},)"
                                R"({"metric":"certified_consultants","op":">=","value":"10"}])";
    QTest::newRow("top percent") << "top 5% by revenue" << R"([{"top_percent":"5","rank_by":"revenue"}])";
}

void TestProgramPages::explanations()
{
    QFETCH(QString, text);
    QFETCH(QString, requirements);
    const QJsonArray expected = QJsonDocument::fromJson(requirements.toUtf8()).array();
    QCOMPARE(ProgramEditorPage::parseRequirements(text, nullptr), std::optional<QJsonArray>(expected));
    QCOMPARE(ProgramEditorPage::requirementsText(expected), text);
}

void TestProgramPages::partnerDetail()
{
    const store::TierRun run = store::runTiers(*m_db, m_today, "next-portal-si");
    QVERIFY(!run.proposals.isEmpty());
    const QString id = run.proposals.first().partner.id;
    PartnerDetailDialog dialog(*m_db, id, m_today);
    const QString text = dialog.html();
    QVERIFY2(text.contains("Tier in NEXT Portal system integrators"), qPrintable(text));
    QVERIFY(text.contains("Scorecard"));
    QVERIFY(text.contains("Certifications"));
    QVERIFY(text.contains("Benefits") || run.proposals.first().currentTier.isEmpty());
}

QTEST_MAIN(TestProgramPages)
#include "tst_programpages.moc"
