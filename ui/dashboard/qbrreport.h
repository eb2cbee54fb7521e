#pragma once

#include "store/dashboard/dashboardquery.h"

#include <QCoreApplication>
#include <QPair>


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

    const store::DashboardData &data() const { return m_data; }
    QList<store::DealLine> topDeals() const { return m_topDeals; }
    QList<store::DealLine> nextQuarterPipeline() const { return m_nextQuarter; }
    QList<store::RegistrationLine> conflicts() const { return m_conflicts; }

    // A partner's QBR: its tier and scorecard as the program's rules evaluate them at the period's end (or
    // today, when earlier), ranked among the program's active partners. Empty program-wide.
    struct TierSection
    {
        QDate asOf;
        QList<QStringList> facts;     // (item, value): tier now, evaluated tier, program, type, region, score
        QString why;                  // the evaluated tier's reason, and what the next tier up needs
        QList<QStringList> scorecard; // KPI, actual, target, weight, points; empty without a scorecard
    };
    const TierSection &tierSection() const { return m_tier; }

    // Program-wide: the active partners of the filter's scope per tier, now and by the rules as of the
    // period's end (or today, when earlier), and how many the rules would move. Empty for one partner.
    struct TierMovement
    {
        QDate asOf;
        QList<QStringList> rows; // "program · tier", partners now, partners by the rules
        int promotions = 0;
        int demotions = 0;
    };
    const TierMovement &tierMovement() const { return m_movement; }
    // The period whose pipeline the last page lists: the next one, or the one running today when that
    // is over too.
    Period upcomingPeriod() const { return m_upcoming; }

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
    qreal paintParagraph(QPainter &painter, const QRectF &area, const QString &text) const;
    qreal paintTable(QPainter &painter, const QRectF &area, const QString &title, const QStringList &headers,
                     const QList<QStringList> &rows, const QList<int> &rightAligned) const;

    store::Database &m_database;
    store::DashboardData m_data;
    QList<store::DealLine> m_topDeals;
    QList<store::DealLine> m_nextQuarter;
    QList<store::RegistrationLine> m_conflicts;
    QStringList m_partner; // name, type, region, program, tier (partner QBR only)
    TierSection m_tier;
    TierMovement m_movement;
    Period m_upcoming;
    mutable int m_pages = 0;
};

} // namespace cd::ui
