#include "tests/ui/testdatabase.h"

#include "store/programs/partnermetrics.h"
#include "store/programs/programstore.h"
#include "store/dashboard/targetrepository.h"
#include "ui/changenotifier.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/featurepages.h"
#include "ui/records/filterbar.h"
#include "ui/format.h"
#include "ui/programs/programtext.h"
#include "ui/dashboard/qbrreport.h"
#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"
#include "ui/dashboard/targetspage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

namespace {

// A window's worth of PageHost: the deals page is real, showPage() is recorded.
class FakeHost : public PageHost
{
public:
    explicit FakeHost(store::Database &db) : m_db(db), m_deals(db, store::TableKind::Deals) {}
    void addPage(const QString &name, const QString &, QWidget *page) override { m_pages.insert(name, page); }
    bool showPage(const QString &name) override
    {
        shown << name;
        return true;
    }
    TablePage *tablePage(const QString &name) const override
    {
        return name == QLatin1String("deals") ? const_cast<TablePage *>(&m_deals) : nullptr;
    }
    store::Database &database() const override { return m_db; }
    ChangeNotifier *changeNotifier() const override { return const_cast<ChangeNotifier *>(&m_notifier); }
    QUndoStack *undoStack() const override { return const_cast<QUndoStack *>(&m_undo); }
    QWidget *hostWindow() override { return nullptr; }

    QStringList shown;
    QMap<QString, QWidget *> m_pages;

private:
    store::Database &m_db;
    TablePage m_deals;
    ChangeNotifier m_notifier;
    QUndoStack m_undo;
};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreAdded();
    void tilesAndChartsShowTheQuery();
    void filtersApplyToEveryChart_data();
    void filtersApplyToEveryChart();
    void clickOpensTheDealsBehind_data();
    void clickOpensTheDealsBehind();
    void chartsExportAsPngAndSvg();
    void chartsFollowThePalette();
    void targetsEditorSavesWithUndo();
    void qbrPdfHasTheFigures();
    void partnerQbrHasTierAndScorecard_data();
    void partnerQbrHasTierAndScorecard();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestDashboardPage::initTestCase()
{
    m_db = makeDemoDatabase(m_dir);
}

void TestDashboardPage::pagesAreAdded()
{
    FakeHost host(*m_db);
    addDashboardPages(host);
    QVERIFY(host.m_pages.contains("dashboard"));
    QVERIFY(host.m_pages.contains("targets"));
    qDeleteAll(host.m_pages);
}

void TestDashboardPage::tilesAndChartsShowTheQuery()
{
    FakeHost host(*m_db);
    DashboardPage page(host);
    page.resize(1400, 900);
    const store::DashboardData expected = store::DashboardQuery(*m_db).load(page.filter());
    QCOMPARE(page.data().kpi("partner_revenue")->actual->toString(), expected.kpi("partner_revenue")->actual->toString());
    QCOMPARE(page.chartViews().size(), 7);
    auto *tile = page.findChild<QFrame *>("kpi_partner_revenue");
    QVERIFY(tile);
    QCOMPARE(tile->findChild<QLabel *>("value")->text(),
             formatKpiValue(*expected.kpi("partner_revenue"), expected.currency));
    QVERIFY(page.findChild<QFrame *>("kpi_win_rate"));
    // The quarter chart carries the quarters and a target line.
    QChart *quarters = page.chartViews().first()->chart();
    QCOMPARE(quarters->objectName(), QString("revenueByQuarter"));
    QCOMPARE(quarters->property("keys").toStringList().size(), 4);
    QCOMPARE(quarters->series().size(), 3);
}

void TestDashboardPage::filtersApplyToEveryChart_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("code");
    QTest::newRow("region") << "regionFilter" << "EMEA";
    QTest::newRow("type") << "typeFilter" << "reseller";
    QTest::newRow("currency") << "currencyFilter" << "EUR";
}

void TestDashboardPage::filtersApplyToEveryChart()
{
    QFETCH(QString, box);
    QFETCH(QString, code);
    FakeHost host(*m_db);
    DashboardPage page(host);
    QComboBox *combo = page.findChild<QComboBox *>(box);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(code));
    const store::DashboardFilter filter = page.filter();
    const store::DashboardData expected = store::DashboardQuery(*m_db).load(filter);
    QCOMPARE(page.data().filter, filter);
    QCOMPARE(page.data().currency, expected.currency);
    for (const auto &[series, name] : {std::pair{&store::DashboardData::revenueByRegion, "revenueByRegion"},
                                       std::pair{&store::DashboardData::pipelineByStage, "pipelineByStage"},
                                       std::pair{&store::DashboardData::revenueByType, "revenueByType"}}) {
        QStringList keys;
        for (const store::SeriesEntry &e : expected.*series)
            keys << e.key;
        // Bars across list their categories from the bottom up: the largest (or first stage) last.
        if (QLatin1String(name) != QLatin1String("revenueByRegion"))
            std::reverse(keys.begin(), keys.end());
        QChartView *view = page.findChild<QChartView *>(QString::fromLatin1(name) + "View");
        QVERIFY(view);
        QCOMPARE(view->chart()->property("keys").toStringList(), keys);
    }
    if (box == QLatin1String("regionFilter")) {
        QCOMPARE(expected.revenueByRegion.size(), 1);
        QCOMPARE(expected.revenueByRegion.first().key, code);
    }
}

void TestDashboardPage::clickOpensTheDealsBehind_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("key");   // filter key set on the deals page
    QTest::addColumn<QString>("status");
    QTest::newRow("a stage") << "pipelineByStage" << "stage" << "open";
    QTest::newRow("a region") << "revenueByRegion" << "region" << "won";
    QTest::newRow("a partner type") << "revenueByType" << "type" << "won";
    QTest::newRow("a partner") << "topPartners" << "partner" << "won";
    QTest::newRow("a quarter") << "revenueByQuarter" << "" << "won";
}

void TestDashboardPage::clickOpensTheDealsBehind()
{
    QFETCH(QString, chart);
    QFETCH(QString, key);
    QFETCH(QString, status);
    FakeHost host(*m_db);
    DashboardPage page(host);
    QChartView *view = page.findChild<QChartView *>(chart + "View");
    QVERIFY(view);
    const QStringList keys = view->chart()->property("keys").toStringList();
    QVERIFY(!keys.isEmpty());
    // The bar series' clicked signal is what a mouse click emits.
    bool clicked = false;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            emit bars->clicked(0, bars->barSets().first());
            clicked = true;
        }
    }
    if (!clicked)
        page.openDealsBehind(chart, 0);
    QCOMPARE(host.shown.value(0), QString("deals"));
    const store::TableFilter filter = host.tablePage("deals")->model()->query().filter();
    QCOMPARE(filter.equals.value("status"), status);
    if (!key.isEmpty())
        QCOMPARE(filter.equals.value(key), keys.first());
    // The deals behind the bar are as many as the bar counts: its period's, not all time's.
    const store::DashboardData &data = page.data();
    const QHash<QString, const QList<store::SeriesEntry> *> seriesOf{
        {"pipelineByStage", &data.pipelineByStage}, {"revenueByRegion", &data.revenueByRegion},
        {"revenueByType", &data.revenueByType},     {"topPartners", &data.topPartners},
        {"revenueByQuarter", &data.revenueByQuarter}};
    const auto entry = std::find_if(seriesOf[chart]->cbegin(), seriesOf[chart]->cend(),
                                    [&](const store::SeriesEntry &e) { return e.key == keys.first(); });
    QVERIFY(entry != seriesOf[chart]->cend());
    QVERIFY(entry->count > 0);
    QCOMPARE(host.tablePage("deals")->model()->totalCount(), entry->count);
    // The filter row shows every condition: those it has no list for (the period, a partner) as a button
    // that removes them.
    FilterBar *bar = host.tablePage("deals")->filterBar();
    QCOMPARE(bar->filter(), filter);
    QToolButton *others = bar->otherConditionsButton();
    QVERIFY(!others->isHidden());
    QVERIFY2(others->text().contains(filter.equals.value("closed_from")), qPrintable(others->text()));
    if (!key.isEmpty() && !bar->choiceBox(key))
        QVERIFY2(others->text().contains(keys.first()), qPrintable(others->text()));
    others->click();
    QVERIFY(others->isHidden());
    const store::TableFilter after = host.tablePage("deals")->model()->query().filter();
    QVERIFY(!after.equals.contains("closed_from") && !after.equals.contains("closed_to"));
    if (!key.isEmpty() && !bar->choiceBox(key))
        QVERIFY(!after.equals.contains(key));
    QCOMPARE(after.equals.value("status"), status);
}

void TestDashboardPage::chartsExportAsPngAndSvg()
{
    FakeHost host(*m_db);
    DashboardPage page(host);
    page.resize(1400, 900);
    QTemporaryDir out;
    const QStringList files = page.exportCharts(out.path());
    QCOMPARE(files.size(), 14);
    QFile svg(out.filePath("pipelineByStage.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    // The page opens on the last finished quarter, whose pipeline is the running quarter's.
    QVERIFY2(text.contains("Pipeline for ") && text.contains(" by stage"), text.left(2000).constData());
    QImage png(out.filePath("revenueByQuarter.png"));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 200);
    // A chart that is not shown exports too (the QBR's case).
    const store::DashboardData data = page.data();
    std::unique_ptr<QChart> loose(topPartnersChart(data, ChartStyle::fromPalette(QPalette())));
    QVERIFY(exportChartSvg(loose.get(), out.filePath("loose.svg")));
    QVERIFY(!loose->scene());
}

void TestDashboardPage::chartsFollowThePalette()
{
    FakeHost host(*m_db);
    DashboardPage page(host);
    QPalette dark = page.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    page.setPalette(dark);
    QCOMPARE(page.chartViews().first()->chart()->backgroundBrush().color(), QColor(0x20, 0x22, 0x26));
    QPalette light = dark;
    light.setColor(QPalette::Base, Qt::white);
    page.setPalette(light);
    QCOMPARE(page.chartViews().first()->chart()->backgroundBrush().color(), QColor(Qt::white));
}

void TestDashboardPage::targetsEditorSavesWithUndo()
{
    QUndoStack undo;
    TargetsPage page(*m_db, &undo);
    page.yearBox()->setValue(2026);
    QTableWidget *table = page.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("win_rate"))
            row = r;
    }
    QVERIFY(row >= 0);
    table->item(row, 2)->setText("31.5");
    QVERIFY(page.save());
    store::TargetRepository repository(*m_db);
    QCOMPARE(repository.resolve(*Period::fromLabel(u"2026"), "", "", "win_rate")->value.toString(), QString("31.5"));
    undo.undo();
    QVERIFY(!repository.resolve(*Period::fromLabel(u"2026"), "", "", "win_rate"));
    QCOMPARE(table->item(row, 2)->text(), QString());
    undo.redo();
    QCOMPARE(repository.resolve(*Period::fromLabel(u"2026"), "", "", "win_rate")->value.toString(), QString("31.5"));
    table->item(row, 3)->setText("abc");
    QString problem;
    QVERIFY(!page.editedTargets(&problem));
    QVERIFY(problem.contains("abc"));
}

void TestDashboardPage::qbrPdfHasTheFigures()
{
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(u"2026-Q3");
    filter.today = QDate(2026, 11, 23);
    const QbrReport report(*m_db, filter);
    const store::DashboardData expected = store::DashboardQuery(*m_db).load(filter);
    QCOMPARE(report.data().kpi("partner_revenue")->actual->toString(), expected.kpi("partner_revenue")->actual->toString());
    QVERIFY(!report.topDeals().isEmpty());
    QVERIFY(report.topDeals().first().amount >= report.topDeals().last().amount);
    QTemporaryDir out;
    QVERIFY(report.writePdf(out.filePath("qbr.pdf")));
    QCOMPARE(report.pageCount(), 4);
    QFile pdf(out.filePath("qbr.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 20000);
}

void TestDashboardPage::partnerQbrHasTierAndScorecard_data()
{
    QTest::addColumn<QString>("partnerId");
    QTest::addColumn<bool>("evaluated");
    const auto firstWithStatus = [&](const char *status) {
        QSqlQuery q(m_db->sql());
        q.prepare("SELECT partner_id FROM partners WHERE status = ? ORDER BY partner_id LIMIT 1");
        q.addBindValue(QString::fromLatin1(status));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    QSqlQuery programs(m_db->sql());
    QVERIFY(programs.exec("SELECT program, min(partner_id) FROM partners WHERE status = 'active' GROUP BY program ORDER BY program"));
    while (programs.next())
        QTest::addRow("active partner of %s", qPrintable(programs.value(0).toString())) << programs.value(1).toString() << true;
    QTest::newRow("inactive partner: not evaluated") << firstWithStatus("inactive") << false;
    QTest::newRow("program-wide: partners by tier instead") << QString() << false;
}

// The QBR's tier section says what the tier run says for the partner at the period's end.
void TestDashboardPage::partnerQbrHasTierAndScorecard()
{
    QFETCH(QString, partnerId);
    QFETCH(bool, evaluated);
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(u"2026-Q3");
    filter.today = QDate(2026, 11, 23);
    filter.partnerId = partnerId;
    const QbrReport report(*m_db, filter);
    const QbrReport::TierSection &section = report.tierSection();
    if (partnerId.isEmpty()) {
        QVERIFY(section.facts.isEmpty());
        QVERIFY(section.scorecard.isEmpty());
        // Program-wide, the partners per tier now and by the rules, as the tier run counts them.
        const QbrReport::TierMovement &movement = report.tierMovement();
        const store::TierRun run = store::runTiers(*m_db, QDate(2026, 9, 30));
        int now = 0, byRules = 0, promotions = 0, demotions = 0;
        for (const QStringList &row : movement.rows) {
            now += row.value(1).toInt();
            byRules += row.value(2).toInt();
        }
        for (const store::TierProposal &p : run.proposals) {
            promotions += p.change == store::TierProposal::Change::Promotion ? 1 : 0;
            demotions += p.change == store::TierProposal::Change::Demotion ? 1 : 0;
        }
        QCOMPARE(now, int(run.proposals.size()));
        QCOMPARE(byRules, int(run.proposals.size()));
        QCOMPARE(movement.promotions, promotions);
        QCOMPARE(movement.demotions, demotions);
        QVERIFY(promotions + demotions > 0);
        return;
    }
    const QDate asOf(2026, 9, 30);
    QCOMPARE(section.asOf, asOf);
    QSqlQuery q(m_db->sql());
    q.prepare("SELECT program, tier FROM partners WHERE partner_id = ?");
    q.addBindValue(partnerId);
    QVERIFY(q.exec() && q.next());
    const std::optional<Program> program = store::ProgramStore(*m_db).program(q.value(0).toString());
    QVERIFY(program);
    QCOMPARE(section.facts.value(0).value(1), tierLabel(*program, q.value(1).toString()));
    const store::TierRun run = store::runTiers(*m_db, asOf, program->id);
    const store::TierProposal *proposal = nullptr;
    for (const store::TierProposal &p : run.proposals) {
        if (p.partner.id == partnerId)
            proposal = &p;
    }
    QCOMPARE(proposal != nullptr, evaluated);
    if (!evaluated) {
        QCOMPARE(section.why, QString("Not evaluated: only active partners are."));
        QVERIFY(section.scorecard.isEmpty());
        return;
    }
    QCOMPARE(section.facts.value(1).value(1), tierLabel(*program, proposal->proposedTier));
    QCOMPARE(section.why.section('\n', 0, 0), explainReason(*program, proposal->result));
    QCOMPARE(section.scorecard.size(), program->scorecard.size());
    const auto scoreRow = std::find_if(section.facts.cbegin(), section.facts.cend(),
                                       [](const QStringList &row) { return row.value(0) == "Score"; });
    // No score when a scorecard metric is missing for the partner (programs.md).
    QCOMPARE(scoreRow != section.facts.cend(), proposal->result.score.has_value());
    if (proposal->result.score) {
        const QString score = formatDecimal(roundRational(*proposal->result.score, 2, RoundingMode::HalfEven), 2);
        QVERIFY2(scoreRow->value(1).startsWith(score + " (rank "), qPrintable(scoreRow->value(1)));
    }
    QTemporaryDir out;
    QVERIFY(report.writePdf(out.filePath("partner.pdf")));
    QCOMPARE(report.pageCount(), 4);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
