#pragma once

#include "core/store/dashboardquery.h"

#include <QCoreApplication>
#include <QPair>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace cd::store {
class Database;
}

namespace cd::ui {

// The quarterly business review as a document: cover, KPI table against targets, the dashboard's charts
// (drawn as vectors), top deals, the partner's tier and scorecard, next quarter's pipeline and the
// registrations in conflict. Program-wide, or for one partner (filter.partnerId). The same painting
// serves the PDF (QPdfWriter) and the print preview (QPrinter).
class QbrReport
{
    Q_DECLARE_TR_FUNCTIONS(cd::QbrReport)

public:
    QbrReport(store::Database &database, const store::DashboardFilter &filter); // the database must outlive it

    // The scorecard section of a partner's QBR: rows of (label, value) under the tier. The programs work
    // fills this from its scorecards (seed 001's weighted scorecard); until then the section names the tier only.
    using ScorecardProvider =
        std::function<QList<QPair<QString, QString>>(store::Database &database, const QString &partnerId, const Period &period)>;
    void setScorecardProvider(ScorecardProvider provider) { m_scorecard = std::move(provider); }

    const store::DashboardData &data() const { return m_data; }
    QList<store::DealLine> topDeals() const { return m_topDeals; }
    QList<store::DealLine> nextQuarterPipeline() const { return m_nextQuarter; }
    QList<store::RegistrationLine> conflicts() const { return m_conflicts; }

    // Paints every page on `device` (its page size and margins are kept). Returns false if painting failed.
    bool paint(QPagedPaintDevice *device) const;
    // Writes the report as a PDF (A4 landscape). Throws nothing; returns false with `error` set.
    bool writePdf(const QString &path, QString *error = nullptr) const;
    int pageCount() const { return m_pages; }

private:
    void paintCover(QPainter &painter, const QRectF &page) const;
    void paintKpiTable(QPainter &painter, const QRectF &area) const;
    void paintCharts(QPainter &painter, const QRectF &page, const QStringList &names) const;
    void paintLists(QPainter &painter, const QRectF &page) const;
    qreal paintTable(QPainter &painter, const QRectF &area, const QString &title, const QStringList &headers,
                     const QList<QStringList> &rows, const QList<int> &rightAligned) const;

    store::Database &m_database;
    store::DashboardData m_data;
    QList<store::DealLine> m_topDeals;
    QList<store::DealLine> m_nextQuarter;
    QList<store::RegistrationLine> m_conflicts;
    QStringList m_partner; // name, type, region, program, tier (partner QBR only)
    ScorecardProvider m_scorecard;
    mutable int m_pages = 0;
};

} // namespace cd::ui
