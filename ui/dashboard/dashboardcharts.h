#pragma once

#include "store/dashboard/dashboardquery.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
QT_END_NAMESPACE

namespace cd::ui {

// "USD 12.4M", "EUR 950K": money for tiles and axes, rounded for reading (the exact figure is in tooltips,
// tables and the CSV report).
QString formatCompactMoney(const Decimal &amount, const QString &currency, const QLocale &locale = QLocale());
// A KPI value as people read it: money with its currency, percentages, days and counts.
QString formatKpiValue(const store::KpiFigure &figure, const QString &currency, const QLocale &locale = QLocale());
QString formatKpiNumber(const Decimal &value, store::TargetUnit unit, const QString &currency,
                        const QLocale &locale = QLocale());
// The figure's name. Pipeline figures name their period when it is not the one reported on.
QString kpiTitle(const QString &metric, const store::DashboardData *data = nullptr);

// What a chart is drawn with: the palette's colours, so the charts follow light and dark themes.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor grid;
    QList<QColor> series; // data colours, first the main one
    QColor target;        // target lines and markers
    static ChartStyle fromPalette(const QPalette &palette);
};

// The dashboard's charts. Each chart is new (the caller owns it) and names what its bars or slices stand
// for: the property "dimension" on the chart ("stage", "region", "tier", "type", "partner", "quarter",
// "month") and "keys" (QStringList, one code per bar or slice, in order), so a click can open the deals
// behind it. The chart's objectName is its stable name ("pipelineByStage" …) for export file names.
QChart *pipelineByStageChart(const store::DashboardData &data, const ChartStyle &style);
QChart *revenueByQuarterChart(const store::DashboardData &data, const ChartStyle &style);
QChart *revenueByRegionChart(const store::DashboardData &data, const ChartStyle &style);
QChart *revenueByTierChart(const store::DashboardData &data, const ChartStyle &style);
QChart *revenueByTypeChart(const store::DashboardData &data, const ChartStyle &style);
QChart *topPartnersChart(const store::DashboardData &data, const ChartStyle &style);
QChart *registrationsChart(const store::DashboardData &data, const ChartStyle &style);
// All of them, in the dashboard's order.
QList<QChart *> dashboardCharts(const store::DashboardData &data, const ChartStyle &style);

// The plotting coordinate of an exact amount. Charts place bars with qreal; this is the one place an
// amount becomes binary, for drawing only (labels and figures always use the exact value).
qreal plotValue(const Decimal &amount);

// Writes a chart to PNG (at `scale` device pixels per point) or SVG (vectors, via QSvgGenerator).
bool exportChartPng(QChart *chart, const QString &path, qreal scale = 2.0);
bool exportChartSvg(QChart *chart, const QString &path);

} // namespace cd::ui
