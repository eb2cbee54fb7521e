#pragma once

#include "store/dashboard/dashboardquery.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;

namespace cd::ui {

class PageHost;

// The executives' page: KPI tiles against targets with their trend, and the charts, all under one filter
// bar. Clicking a bar or slice opens the deals behind it; each chart exports as PNG and SVG.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(PageHost &host, QWidget *parent = nullptr); // the host outlives the page

    store::DashboardFilter filter() const;
    void setFilter(const store::DashboardFilter &filter);
    const store::DashboardData &data() const { return m_data; }
    QList<QChartView *> chartViews() const { return m_views; }
    QComboBox *periodBox() const { return m_period; }
    // Opens the deals page filtered to what `keyIndex` of the chart named `chartName` stands for.
    void openDealsBehind(const QString &chartName, int keyIndex);
    // Writes every chart as NAME.png and NAME.svg into `directory`; returns the files written.
    QStringList exportCharts(const QString &directory);
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

public slots:
    void refresh();
    void showQbrPreview();

signals:
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilterBar(QWidget *bar);
    void fillPeriods();
    void rebuildTiles();
    void rebuildCharts();
    QWidget *tileFor(const store::KpiFigure &figure);

    PageHost &m_host;
    store::DashboardQuery m_query;
    store::DashboardData m_data;
    QComboBox *m_period = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_program = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_tiles = nullptr;
    QGridLayout *m_charts = nullptr;
    QList<QChartView *> m_views; // owned by the page through the layout
    QDate m_today;
    qint64 m_lastRefreshMs = 0;
    bool m_building = false;
};

} // namespace cd::ui
