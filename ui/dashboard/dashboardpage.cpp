#include "ui/dashboard/dashboardpage.h"

#include "ui/changenotifier.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/featurepages.h"
#include "ui/records/filterbar.h"
#include "ui/format.h"
#include "ui/dashboard/qbrreport.h"
#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"
#include "ui/vocabulary.h"

#include "core/records/records.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

void fillCodes(QComboBox *box, const QString &allTitle, const QStringList &codes, const QString &vocabulary)
{
    box->addItem(allTitle, QString());
    for (const QString &code : codes)
        box->addItem(vocabulary.isEmpty() ? code : codeLabel(vocabulary, code), code);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString attainmentText(const store::KpiFigure &figure, const QLocale &locale)
{
    if (!figure.actual || !figure.target || figure.target->isZero())
        return QString();
    return formatDecimal(store::sharePercent(*figure.actual, *figure.target, 0), 0, locale) + locale.percent();
}

} // namespace

DashboardPage::DashboardPage(PageHost &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_query(host.database())
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    outer->setSpacing(6);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    outer->addWidget(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(8);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    column->addWidget(m_heading);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(8);
    column->addLayout(m_tiles);
    m_charts = new QGridLayout;
    m_charts->setSpacing(8);
    column->addLayout(m_charts);
    column->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_status);

    if (host.changeNotifier()) {
        // A write anywhere changes the figures; one refresh per burst of changes.
        auto *soon = new QTimer(this);
        soon->setSingleShot(true);
        soon->setInterval(300);
        connect(soon, &QTimer::timeout, this, &DashboardPage::refresh);
        connect(host.changeNotifier(), &ChangeNotifier::recordChanged, soon, [soon] { soon->start(); });
        connect(host.changeNotifier(), &ChangeNotifier::recordRemoved, soon, [soon] { soon->start(); });
        connect(host.changeNotifier(), &ChangeNotifier::tableReplaced, soon, [soon] { soon->start(); });
    }
    refresh();
}

void DashboardPage::buildFilterBar(QWidget *bar)
{
    m_building = true;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_region = new QComboBox(bar);
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_program = new QComboBox(bar);
    m_program->setObjectName(QStringLiteral("programFilter"));
    m_tier = new QComboBox(bar);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_type = new QComboBox(bar);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_currency = new QComboBox(bar);
    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    fillPeriods();
    fillCodes(m_region, tr("All regions"), codes::regions(), QStringLiteral("region"));
    fillCodes(m_program, tr("All programs"), m_query.programs(), QString());
    fillCodes(m_tier, tr("All tiers"), m_query.tiers(), QString());
    fillCodes(m_type, tr("All partner types"), codes::partnerTypes(), QStringLiteral("type"));
    const QString base = m_query.baseCurrency();
    for (const QString &code : m_query.currencies())
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(base)));
    m_currency->setToolTip(tr("Currency shown"));
    layout->addWidget(new QLabel(tr("Period"), bar));
    for (QComboBox *box : {m_period, m_region, m_program, m_tier, m_type, m_currency}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_building)
                refresh();
        });
    }
    layout->addStretch(1);
    auto *targets = new QPushButton(tr("Targets…"), bar);
    targets->setObjectName(QStringLiteral("editTargets"));
    connect(targets, &QPushButton::clicked, this, [this] { m_host.showPage(QStringLiteral("targets")); });
    auto *qbr = new QPushButton(tr("QBR report…"), bar);
    qbr->setObjectName(QStringLiteral("qbrPreview"));
    connect(qbr, &QPushButton::clicked, this, &DashboardPage::showQbrPreview);
    auto *exportButton = new QPushButton(tr("Export charts…"), bar);
    exportButton->setObjectName(QStringLiteral("exportCharts"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString directory = QFileDialog::getExistingDirectory(this, tr("Export the charts to"));
        if (!directory.isEmpty())
            exportCharts(directory);
    });
    layout->addWidget(targets);
    layout->addWidget(qbr);
    layout->addWidget(exportButton);
    m_building = false;
}

void DashboardPage::fillPeriods()
{
    const QDate latest = m_query.latestWonDate(QDate::currentDate());
    m_today = latest.isValid() ? latest : QDate::currentDate();
    // Quarters of this and the two previous years, newest first, then the years.
    Period quarter = Period::containing(m_today, PeriodKind::Quarter);
    for (int i = 0; i < 12; ++i, quarter = quarter.previous())
        m_period->addItem(quarter.label(), quarter.label());
    Period year = Period::containing(m_today, PeriodKind::Year);
    for (int i = 0; i < 3; ++i, year = year.previous())
        m_period->addItem(year.label(), year.label());
    // A QBR looks back on a finished quarter: the running one is one entry up the list.
    if (m_today < Period::containing(m_today, PeriodKind::Quarter).lastDay())
        m_period->setCurrentIndex(1);
}

store::DashboardFilter DashboardPage::filter() const
{
    store::DashboardFilter f;
    f.period = Period::fromLabel(m_period->currentData().toString()).value_or(Period::containing(m_today, PeriodKind::Quarter));
    f.region = m_region->currentData().toString();
    f.program = m_program->currentData().toString();
    f.tier = m_tier->currentData().toString();
    f.partnerType = m_type->currentData().toString();
    f.currency = m_currency->currentData().toString();
    f.today = m_today;
    return f;
}

void DashboardPage::setFilter(const store::DashboardFilter &f)
{
    m_building = true;
    const auto select = [](QComboBox *box, const QString &code) { box->setCurrentIndex(std::max(0, box->findData(code))); };
    select(m_period, f.period.label());
    select(m_region, f.region);
    select(m_program, f.program);
    select(m_tier, f.tier);
    select(m_type, f.partnerType);
    if (!f.currency.isEmpty())
        select(m_currency, f.currency);
    m_building = false;
    refresh();
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    try {
        m_data = m_query.load(filter());
    } catch (const std::exception &error) {
        m_status->setText(tr("The figures could not be read: %1").arg(QString::fromLocal8Bit(error.what())));
        return;
    }
    m_lastRefreshMs = timer.elapsed();
    QString scope = m_data.filter.region.isEmpty() ? tr("All regions") : codeLabel(QStringLiteral("region"), m_data.filter.region);
    if (!m_data.filter.program.isEmpty())
        scope += QStringLiteral(" · ") + m_data.filter.program;
    if (!m_data.filter.tier.isEmpty())
        scope += QStringLiteral(" · ") + m_data.filter.tier;
    if (!m_data.filter.partnerType.isEmpty())
        scope += QStringLiteral(" · ") + codeLabel(QStringLiteral("type"), m_data.filter.partnerType);
    m_heading->setText(tr("Partner program performance, %1 — %2").arg(m_data.filter.period.label(), scope));
    rebuildTiles();
    rebuildCharts();
    QString status = tr("Figures in %1 · compared with %2 · read in %3 ms")
                         .arg(m_data.currency, m_data.filter.period.previous().label())
                         .arg(m_lastRefreshMs);
    if (!m_data.warnings.isEmpty())
        status += QStringLiteral(" · ") + m_data.warnings.join(QStringLiteral(" · "));
    m_status->setText(status);
    emit refreshed();
}

QWidget *DashboardPage::tileFor(const store::KpiFigure &figure)
{
    const QLocale locale;
    auto *tile = new QFrame;
    tile->setObjectName(QStringLiteral("kpi_") + figure.metric);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAutoFillBackground(true);
    tile->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *title = new QLabel(kpiTitle(figure.metric, &m_data), tile);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(formatKpiValue(figure, m_data.currency, locale), tile);
    value->setObjectName(QStringLiteral("value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    value->setFont(big);
    layout->addWidget(title);
    layout->addWidget(value);

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString good = dark ? QStringLiteral("#7fd1ae") : QStringLiteral("#1e7b4f");
    const QString bad = dark ? QStringLiteral("#ef8a8a") : QStringLiteral("#b03a2e");
    // For a sales cycle, shorter is better.
    const bool lowerIsBetter = figure.metric == QLatin1String("sales_cycle_days");
    QString targetLine;
    if (figure.target) {
        const QString attainment = attainmentText(figure, locale);
        const bool met = figure.actual && (lowerIsBetter ? *figure.actual <= *figure.target : *figure.actual >= *figure.target);
        targetLine = tr("Target %1").arg(formatKpiNumber(*figure.target, figure.unit, m_data.currency, locale));
        if (!attainment.isEmpty())
            targetLine += QStringLiteral(" · <span style=\"color:%1\"><b>%2</b></span>").arg(met ? good : bad, attainment);
    } else {
        targetLine = tr("No target");
    }
    auto *target = new QLabel(targetLine, tile);
    target->setObjectName(QStringLiteral("target"));
    target->setTextFormat(Qt::RichText);
    layout->addWidget(target);

    QString trendLine;
    if (figure.actual && figure.previous) {
        const int direction = (*figure.actual <=> *figure.previous) == 0 ? 0 : (*figure.actual > *figure.previous ? 1 : -1);
        const QString arrow = direction > 0 ? QStringLiteral("▲") : direction < 0 ? QStringLiteral("▼") : QStringLiteral("▶");
        const bool better = lowerIsBetter ? direction < 0 : direction > 0;
        QString change;
        if (figure.unit == store::TargetUnit::Percent) {
            change = tr("%1 pts").arg(formatDecimal((*figure.actual - *figure.previous).rounded(1, RoundingMode::HalfEven), 1, locale));
        } else if (!figure.previous->isZero()) {
            change = formatDecimal(store::sharePercent(*figure.actual - *figure.previous, *figure.previous, 1), 1, locale)
                     + locale.percent();
        }
        trendLine = QStringLiteral("<span style=\"color:%1\">%2 %3</span> ")
                        .arg(direction == 0 ? palette().color(QPalette::Text).name() : better ? good : bad, arrow, change)
                    + tr("vs %1").arg(m_data.filter.period.previous().label());
    }
    auto *trend = new QLabel(trendLine, tile);
    trend->setObjectName(QStringLiteral("trend"));
    trend->setTextFormat(Qt::RichText);
    layout->addWidget(trend);
    tile->setToolTip(figure.actual ? figure.actual->toString() : QString());
    return tile;
}

void DashboardPage::rebuildTiles()
{
    while (QLayoutItem *item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    static const QStringList shown{
        QStringLiteral("partner_revenue"),   QStringLiteral("sourced_revenue"),  QStringLiteral("influenced_revenue"),
        QStringLiteral("pipeline"),          QStringLiteral("weighted_pipeline"), QStringLiteral("average_deal_size"),
        QStringLiteral("win_rate"),          QStringLiteral("sales_cycle_days"), QStringLiteral("active_partners"),
        QStringLiteral("certified_partners"), QStringLiteral("sourced_share"),   QStringLiteral("influenced_share")};
    int index = 0;
    for (const QString &metric : shown) {
        const store::KpiFigure *figure = m_data.kpi(metric);
        if (!figure)
            continue;
        m_tiles->addWidget(tileFor(*figure), index / 6, index % 6);
        ++index;
    }
}

void DashboardPage::rebuildCharts()
{
    for (QChartView *view : std::as_const(m_views))
        delete view;
    m_views.clear();
    const ChartStyle style = ChartStyle::fromPalette(palette());
    const QList<QChart *> charts = dashboardCharts(m_data, style);
    int index = 0;
    for (QChart *chart : charts) {
        const QString name = chart->objectName();
        auto *view = new QChartView(chart);
        view->setObjectName(chart->objectName() + QStringLiteral("View"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(name == QLatin1String("revenueByTier") || name == QLatin1String("revenueByType") ? 360 : 300);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *png = new QAction(tr("Export as PNG…"), view);
        auto *svg = new QAction(tr("Export as SVG…"), view);
        view->addAction(png);
        view->addAction(svg);
        connect(png, &QAction::triggered, view, [this, chart] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), chart->objectName() + QStringLiteral(".png"),
                                                              tr("PNG images (*.png)"));
            if (!path.isEmpty() && !exportChartPng(chart, path))
                QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(path));
        });
        connect(svg, &QAction::triggered, view, [this, chart] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), chart->objectName() + QStringLiteral(".svg"),
                                                              tr("SVG drawings (*.svg)"));
            if (!path.isEmpty() && !exportChartSvg(chart, path))
                QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(path));
        });
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                connect(bars, &QAbstractBarSeries::clicked, this, [this, name](int i) { openDealsBehind(name, i); });
            } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
                connect(pie, &QPieSeries::clicked, this,
                        [this, name, pie](QPieSlice *slice) { openDealsBehind(name, int(pie->slices().indexOf(slice))); });
            }
        }
        // The quarter chart and the registrations run the full width; the rest three to a row.
        const bool wide = name == QLatin1String("registrations");
        const int row = index < 3 ? 0 : index < 6 ? 1 : 2;
        m_charts->addWidget(view, row, wide ? 0 : index % 3, 1, wide ? 3 : 1);
        m_views << view;
        ++index;
    }
}

void DashboardPage::openDealsBehind(const QString &chartName, int keyIndex)
{
    QChartView *view = nullptr;
    for (QChartView *candidate : std::as_const(m_views)) {
        if (candidate->chart()->objectName() == chartName)
            view = candidate;
    }
    if (!view)
        return;
    const QString dimension = view->chart()->property("dimension").toString();
    const QString key = view->chart()->property("keys").toStringList().value(keyIndex);
    store::TableFilter deals;
    const store::DashboardFilter current = filter();
    const auto put = [&deals](const QString &k, const QString &v) {
        if (!v.isEmpty())
            deals.equals.insert(k, v);
    };
    put(QStringLiteral("region"), current.region);
    put(QStringLiteral("program"), current.program);
    put(QStringLiteral("tier"), current.tier);
    put(QStringLiteral("type"), current.partnerType);
    // The deals of the bar's period only: the pipeline's for a stage, the clicked quarter's, else the filter's.
    const auto closedIn = [&put](const Period &period) {
        put(QStringLiteral("closed_from"), period.firstDay().toString(Qt::ISODate));
        put(QStringLiteral("closed_to"), period.lastDay().toString(Qt::ISODate));
    };
    if (dimension == QLatin1String("stage")) {
        put(QStringLiteral("status"), QStringLiteral("open"));
        put(QStringLiteral("stage"), key);
        closedIn(m_data.pipelinePeriod);
    } else if (dimension == QLatin1String("quarter")) {
        put(QStringLiteral("status"), QStringLiteral("won"));
        closedIn(Period::fromLabel(key, current.period.fiscalYearStartMonth()).value_or(current.period));
    } else if (dimension == QLatin1String("month")) {
        m_host.showPage(QStringLiteral("registrations"));
        return;
    } else {
        put(QStringLiteral("status"), QStringLiteral("won"));
        closedIn(current.period);
        if (dimension == QLatin1String("region") || dimension == QLatin1String("type") || dimension == QLatin1String("partner"))
            put(dimension, key);
        else if (dimension == QLatin1String("tier")) {
            put(QStringLiteral("program"), key.section(QLatin1Char('/'), 0, 0));
            put(QStringLiteral("tier"), key.section(QLatin1Char('/'), 1));
        }
    }
    TablePage *page = m_host.tablePage(QStringLiteral("deals"));
    if (!page)
        return;
    m_host.showPage(QStringLiteral("deals"));
    page->filterBar()->setFilter(deals);
}

QStringList DashboardPage::exportCharts(const QString &directory)
{
    QStringList written;
    for (QChartView *view : std::as_const(m_views)) {
        const QString base = QDir(directory).filePath(view->chart()->objectName());
        if (exportChartPng(view->chart(), base + QStringLiteral(".png")))
            written << base + QStringLiteral(".png");
        if (exportChartSvg(view->chart(), base + QStringLiteral(".svg")))
            written << base + QStringLiteral(".svg");
    }
    return written;
}

void DashboardPage::showQbrPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Quarterly business review"));
    QbrReport report(m_host.database(), filter());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *target) { report.paint(target); });
    preview.resize(1100, 800);
    preview.exec();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light and dark: the charts take their colours from the palette.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_views.isEmpty()) {
        rebuildTiles();
        rebuildCharts();
    }
}

} // namespace cd::ui
