#include "ui/dashboard/dashboardcharts.h"

#include "ui/format.h"
#include "ui/vocabulary.h"

#include "core/money/currency.h"
#include "core/money/money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>

namespace cd::ui {

namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(cd::DashboardCharts)
};

int digitsOf(const QString &currency)
{
    const std::optional<Currency> c = Currency::fromCode(QStringView(currency));
    return c ? c->minorDigits() : 2;
}

QChart *newChart(const char *name, const QString &title, const ChartStyle &style, const QString &dimension,
                 const QStringList &keys)
{
    auto *chart = new QChart;
    chart->setObjectName(QString::fromLatin1(name));
    chart->setTitle(title);
    // Axis figures in the reader's notation ("80,0" in German), like every other number on the page.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(6);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(style.text);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.05);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(style.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setProperty("dimension", dimension);
    chart->setProperty("keys", keys);
    return chart;
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsColor(style.text);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    axis->setLabelsFont(font);
}

// A value axis in millions or thousands of the currency, whichever reads better for `maximum`.
QValueAxis *moneyAxis(const Decimal &maximum, const QString &currency, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    const qreal top = plotValue(maximum);
    const bool millions = top >= 1e6;
    axis->setLabelFormat(millions ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axis->setTitleText(millions ? ChartText::tr("%1 millions").arg(currency) : ChartText::tr("%1 thousands").arg(currency));
    axis->setTitleBrush(style.text);
    axis->setRange(0, top <= 0 ? 1 : top * 1.1 / (millions ? 1e6 : 1e3));
    axis->applyNiceNumbers();
    styleAxis(axis, style);
    axis->setProperty("divisor", millions ? 1e6 : 1e3);
    return axis;
}

qreal scaled(const Decimal &amount, const QValueAxis *axis)
{
    return plotValue(amount) / axis->property("divisor").toReal();
}

Decimal maximumOf(const QList<store::SeriesEntry> &entries, bool withTargets = false)
{
    Decimal top;
    for (const store::SeriesEntry &e : entries) {
        if (e.amount > top)
            top = e.amount;
        if (withTargets && e.target && *e.target > top)
            top = *e.target;
    }
    return top;
}

// A bar chart of one series of money by category, horizontal for long labels.
QChart *moneyBars(const char *name, const QString &title, QList<store::SeriesEntry> entries, QStringList labels,
                  const QString &dimension, const store::DashboardData &data, const ChartStyle &style, bool horizontal,
                  const QColor &color)
{
    // Across, the first (largest) entry belongs at the top, and Qt draws the first category at the bottom
    // (QAbstractAxis::setReverse does not turn a bar category axis in Qt 6.4). The chart's "keys" follow
    // its own category order, which is what a clicked bar's index means.
    if (horizontal) {
        std::reverse(entries.begin(), entries.end());
        std::reverse(labels.begin(), labels.end());
    }
    QStringList keys;
    for (const store::SeriesEntry &e : entries)
        keys << e.key;
    QChart *chart = newChart(name, title, style, dimension, keys);
    auto *set = new QBarSet(ChartText::tr("Revenue"));
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(style.text);
    QValueAxis *values = moneyAxis(maximumOf(entries), data.currency, style);
    for (const store::SeriesEntry &e : entries)
        *set << scaled(e.amount, values);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    styleAxis(categories, style);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

} // namespace

qreal plotValue(const Decimal &amount)
{
    return amount.toString().toDouble();
}

QString formatCompactMoney(const Decimal &amount, const QString &currency, const QLocale &locale)
{
    const Decimal absolute = amount.isNegative() ? -amount : amount;
    QString number;
    if (absolute >= Decimal::fromInteger(1000000000))
        number = formatDecimal(amount.shiftedRight(9).rounded(2, RoundingMode::HalfEven), 2, locale) + QStringLiteral("B");
    else if (absolute >= Decimal::fromInteger(1000000))
        number = formatDecimal(amount.shiftedRight(6).rounded(1, RoundingMode::HalfEven), 1, locale) + QStringLiteral("M");
    else if (absolute >= Decimal::fromInteger(10000))
        number = formatDecimal(amount.shiftedRight(3).rounded(0, RoundingMode::HalfEven), 0, locale) + QStringLiteral("K");
    else
        number = formatDecimal(amount.rounded(digitsOf(currency), RoundingMode::HalfEven), digitsOf(currency), locale);
    return currency + QChar::Nbsp + number;
}

QString formatKpiValue(const store::KpiFigure &figure, const QString &currency, const QLocale &locale)
{
    if (!figure.actual)
        return QStringLiteral("–");
    return formatKpiNumber(*figure.actual, figure.unit, currency, locale);
}

QString formatKpiNumber(const Decimal &value, store::TargetUnit unit, const QString &currency, const QLocale &locale)
{
    switch (unit) {
    case store::TargetUnit::Money:
        return formatCompactMoney(value, currency, locale);
    case store::TargetUnit::Percent:
        return formatDecimal(value.rounded(1, RoundingMode::HalfEven), 1, locale) + locale.percent();
    case store::TargetUnit::Days:
        return ChartText::tr("%1 days").arg(formatDecimal(value.rounded(0, RoundingMode::HalfEven), 0, locale));
    case store::TargetUnit::Count:
        return formatDecimal(value.rounded(0, RoundingMode::HalfEven), 0, locale);
    case store::TargetUnit::Number:
        break;
    }
    return formatDecimal(value, std::min(value.significantDecimals(), 2), locale);
}

QString kpiTitle(const QString &metric, const store::DashboardData *data)
{
    if (data && !(data->pipelinePeriod == data->filter.period)) {
        if (metric == QLatin1String("pipeline"))
            return QCoreApplication::translate("cd::DashboardCharts", "Pipeline for %1").arg(data->pipelinePeriod.label());
        if (metric == QLatin1String("weighted_pipeline"))
            return QCoreApplication::translate("cd::DashboardCharts", "Weighted pipeline for %1").arg(data->pipelinePeriod.label());
    }
    static const QHash<QString, const char *> titles{
        {QStringLiteral("partner_revenue"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Partner revenue")},
        {QStringLiteral("sourced_revenue"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Partner-sourced revenue")},
        {QStringLiteral("influenced_revenue"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Partner-influenced revenue")},
        {QStringLiteral("sourced_share"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Sourced share")},
        {QStringLiteral("influenced_share"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Influenced share")},
        {QStringLiteral("pipeline"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Pipeline")},
        {QStringLiteral("weighted_pipeline"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Weighted pipeline")},
        {QStringLiteral("average_deal_size"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Average deal size")},
        {QStringLiteral("win_rate"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Win rate")},
        {QStringLiteral("sales_cycle_days"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Sales cycle")},
        {QStringLiteral("active_partners"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Active partners")},
        {QStringLiteral("certified_partners"), QT_TRANSLATE_NOOP("cd::DashboardCharts", "Certified partners")},
    };
    const char *title = titles.value(metric);
    return title ? QCoreApplication::translate("cd::DashboardCharts", title) : metric;
}

ChartStyle ChartStyle::fromPalette(const QPalette &palette)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    const bool dark = style.background.lightness() < 128;
    style.grid = dark ? style.background.lighter(180) : style.background.darker(115);
    // A calm, colour-blind-safe set that reads on both light and dark backgrounds.
    style.series = dark ? QList<QColor>{QColor(0x5a, 0xa9, 0xe6), QColor(0x7f, 0xd1, 0xae), QColor(0xf4, 0xb8, 0x5c),
                                        QColor(0xc3, 0x9b, 0xe0), QColor(0xef, 0x8a, 0x8a), QColor(0x9a, 0xc4, 0xd8)}
                        : QList<QColor>{QColor(0x1f, 0x5f, 0xa8), QColor(0x2a, 0x9d, 0x8f), QColor(0xe0, 0x8e, 0x1b),
                                        QColor(0x7b, 0x4f, 0xa8), QColor(0xc8, 0x4b, 0x4b), QColor(0x5b, 0x8f, 0xa8)};
    style.target = dark ? QColor(0xff, 0xd1, 0x66) : QColor(0xc0, 0x39, 0x2b);
    return style;
}

QChart *pipelineByStageChart(const store::DashboardData &data, const ChartStyle &style)
{
    // Prospecting at the top: bars across are drawn from the bottom up (see moneyBars).
    const QList<store::SeriesEntry> stages(data.pipelineByStage.crbegin(), data.pipelineByStage.crend());
    QStringList keys, labels;
    for (const store::SeriesEntry &e : stages) {
        keys << e.key;
        labels << codeLabel(QStringLiteral("deal_stage"), e.key);
    }
    QChart *chart = newChart("pipelineByStage",
                             data.pipelinePeriod == data.filter.period
                                 ? ChartText::tr("Pipeline by stage")
                                 : ChartText::tr("Pipeline for %1 by stage").arg(data.pipelinePeriod.label()),
                             style, QStringLiteral("stage"), keys);
    auto *amount = new QBarSet(ChartText::tr("Pipeline"));
    auto *weighted = new QBarSet(ChartText::tr("Weighted"));
    amount->setColor(style.series.value(0));
    amount->setBorderColor(style.series.value(0));
    weighted->setColor(style.series.value(1));
    weighted->setBorderColor(style.series.value(1));
    QValueAxis *values = moneyAxis(maximumOf(data.pipelineByStage), data.currency, style);
    for (const store::SeriesEntry &e : stages) {
        *amount << scaled(e.amount, values);
        *weighted << scaled(e.weighted, values);
    }
    // Bars across, stages down from prospecting: a stage's name is never cut to fit under a bar, and the
    // chart reads as the funnel it is.
    auto *series = new QHorizontalBarSeries;
    series->append(amount);
    series->append(weighted);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    styleAxis(categories, style);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

QChart *revenueByQuarterChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList keys;
    for (const store::SeriesEntry &e : data.revenueByQuarter)
        keys << e.key;
    QChart *chart = newChart("revenueByQuarter", ChartText::tr("Partner revenue against target by quarter"), style,
                             QStringLiteral("quarter"), keys);
    auto *set = new QBarSet(ChartText::tr("Won revenue"));
    set->setColor(style.series.value(0));
    set->setBorderColor(style.series.value(0));
    QValueAxis *values = moneyAxis(maximumOf(data.revenueByQuarter, true), data.currency, style);
    auto *target = new QLineSeries;
    target->setName(ChartText::tr("Target"));
    QPen pen(style.target, 2.5, Qt::DashLine);
    target->setPen(pen);
    auto *targetPoints = new QScatterSeries;
    targetPoints->setColor(style.target);
    targetPoints->setBorderColor(style.target);
    targetPoints->setMarkerSize(9);
    for (int i = 0; i < data.revenueByQuarter.size(); ++i) {
        const store::SeriesEntry &e = data.revenueByQuarter[i];
        *set << scaled(e.amount, values);
        if (e.target) {
            target->append(i, scaled(*e.target, values));
            targetPoints->append(i, scaled(*e.target, values));
        }
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    chart->addSeries(target);
    chart->addSeries(targetPoints);
    auto *categories = new QBarCategoryAxis;
    categories->append(keys);
    styleAxis(categories, style);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    // The target line runs over the same category positions (0, 1, 2 …) on a hidden axis.
    auto *positions = new QValueAxis;
    positions->setRange(-0.5, std::max<qsizetype>(1, data.revenueByQuarter.size()) - 0.5);
    positions->setVisible(false);
    chart->addAxis(positions, Qt::AlignTop);
    for (QAbstractSeries *line : {static_cast<QAbstractSeries *>(target), static_cast<QAbstractSeries *>(targetPoints)}) {
        line->attachAxis(positions);
        line->attachAxis(values);
    }
    const QList<QLegendMarker *> markers = chart->legend()->markers(targetPoints);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
    return chart;
}

QChart *revenueByRegionChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList keys, labels;
    Decimal total;
    for (const store::SeriesEntry &e : data.revenueByRegion) {
        keys << e.key;
        total += e.amount;
    }
    QChart *chart = newChart("revenueByRegion", ChartText::tr("Revenue by region against the geographic split"), style,
                             QStringLiteral("region"), keys);
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.78);
    const QLocale locale;
    for (int i = 0; i < data.revenueByRegion.size(); ++i) {
        const store::SeriesEntry &e = data.revenueByRegion[i];
        const Decimal share = total.isZero() ? Decimal() : store::sharePercent(e.amount, total, 1);
        // The region's code keeps the legend narrow enough for a third of the page.
        QString label = e.key + QStringLiteral(" ") + formatPercent(share, locale);
        if (e.target)
            label += QStringLiteral(" · ") + ChartText::tr("plan %1").arg(formatPercent(*e.target, locale));
        QPieSlice *slice = series->append(label, plotValue(e.amount));
        slice->setColor(style.series.value(i % style.series.size()));
        slice->setBorderColor(style.background);
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    // The legend carries the shares and the plan: slice labels would not fit beside a small donut. Left
    // to itself the layout gives the legend too little width and cuts the plan off.
    chart->legend()->setAlignment(Qt::AlignRight);
    const QFontMetricsF metrics(chart->legend()->font());
    qreal widest = 0;
    for (const QPieSlice *slice : series->slices())
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    chart->legend()->setMinimumWidth(widest + 3 * metrics.height());
    chart->legend()->setLabelColor(style.text);
    return chart;
}

QChart *revenueByTierChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList labels;
    for (const store::SeriesEntry &e : data.revenueByTier)
        labels << e.label;
    return moneyBars("revenueByTier", ChartText::tr("Revenue by tier"), data.revenueByTier, labels, QStringLiteral("tier"),
                     data, style, true, style.series.value(2));
}

QChart *revenueByTypeChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList labels;
    for (const store::SeriesEntry &e : data.revenueByType)
        labels << codeLabel(QStringLiteral("type"), e.key);
    return moneyBars("revenueByType", ChartText::tr("Revenue by partner type"), data.revenueByType, labels,
                     QStringLiteral("type"), data, style, true, style.series.value(3));
}

QChart *topPartnersChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList labels;
    for (const store::SeriesEntry &e : data.topPartners)
        labels << e.label;
    return moneyBars("topPartners", ChartText::tr("Top partners by won revenue"), data.topPartners, labels,
                     QStringLiteral("partner"), data, style, true, style.series.value(0));
}

QChart *registrationsChart(const store::DashboardData &data, const ChartStyle &style)
{
    QStringList keys, labels;
    const QLocale locale;
    for (const store::SeriesEntry &e : data.registrations) {
        keys << e.key;
        labels << locale.monthName(QDate::fromString(e.key + QStringLiteral("-01"), Qt::ISODate).month(), QLocale::ShortFormat);
    }
    QChart *chart = newChart("registrations", ChartText::tr("Deal registrations and conflicts"), style,
                             QStringLiteral("month"), keys);
    auto *clean = new QBarSet(ChartText::tr("Registrations"));
    auto *conflicts = new QBarSet(ChartText::tr("In conflict"));
    clean->setColor(style.series.value(1));
    clean->setBorderColor(style.series.value(1));
    conflicts->setColor(style.series.value(4));
    conflicts->setBorderColor(style.series.value(4));
    qint64 top = 1;
    for (const store::SeriesEntry &e : data.registrations) {
        *clean << qreal(e.count - e.secondary);
        *conflicts << qreal(e.secondary);
        top = std::max(top, e.count);
    }
    auto *series = new QStackedBarSeries;
    series->append(clean);
    series->append(conflicts);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    styleAxis(categories, style);
    categories->setGridLineVisible(false);
    auto *values = new QValueAxis;
    values->setRange(0, qreal(top) * 1.1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    styleAxis(values, style);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

QList<QChart *> dashboardCharts(const store::DashboardData &data, const ChartStyle &style)
{
    return {revenueByQuarterChart(data, style), pipelineByStageChart(data, style), revenueByRegionChart(data, style),
            topPartnersChart(data, style),     revenueByTierChart(data, style),    revenueByTypeChart(data, style),
            registrationsChart(data, style)};
}

namespace {

// Renders the chart through a scene of its own when it is not shown anywhere.
template<typename Paint>
void renderChart(QChart *chart, const QSizeF &size, Paint paint)
{
    QGraphicsScene *scene = chart->scene();
    std::unique_ptr<QGraphicsScene> own;
    const QRectF oldGeometry = chart->geometry();
    if (!scene) {
        own = std::make_unique<QGraphicsScene>();
        scene = own.get();
        scene->addItem(chart);
    }
    // A chart that was never laid out (a hidden page, a report) gets the export size for the moment.
    const bool resized = own || oldGeometry.isEmpty();
    if (resized)
        chart->setGeometry(QRectF(oldGeometry.topLeft(), size));
    paint(scene, chart->sceneBoundingRect());
    if (resized)
        chart->setGeometry(oldGeometry);
    if (own)
        own->removeItem(chart); // the scene must not delete the caller's chart
}

} // namespace

bool exportChartPng(QChart *chart, const QString &path, qreal scale)
{
    bool ok = false;
    const QSizeF size = chart->size().isEmpty() ? QSizeF(900, 520) : chart->size();
    renderChart(chart, size, [&](QGraphicsScene *scene, const QRectF &rect) {
        QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
        painter.end();
        ok = image.save(path, "PNG");
    });
    return ok;
}

bool exportChartSvg(QChart *chart, const QString &path)
{
    const QSizeF size = chart->size().isEmpty() ? QSizeF(900, 520) : chart->size();
    renderChart(chart, size, [&](QGraphicsScene *scene, const QRectF &rect) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(rect.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
        generator.setTitle(chart->title());
        QPainter painter(&generator);
        scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    });
    return QFileInfo::exists(path);
}

} // namespace cd::ui
