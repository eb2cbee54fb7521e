#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextDocument;

namespace cd::store {
class Database;
}

namespace cd::ui {

class StatementSummaryModel;
class StatementLinesModel;

// Commission statements of one period from the database: one row per partner, the chosen partner's
// lines below, CSV export of the whole run and a printable (PDF) statement per partner.
class StatementsPage : public QWidget
{
    Q_OBJECT

public:
    StatementsPage(store::Database &database, QWidget *parent = nullptr); // the database outlives the page

    StatementSummaryModel *summaryModel() const { return m_summary; }
    StatementLinesModel *linesModel() const { return m_lines; }
    QComboBox *periodCombo() const { return m_period; }
    QTableView *summaryView() const { return m_summaryView; }

    void reloadPeriods();
    void setPeriod(const QString &label);
    void openPartner(int row);
    // The statement of the open partner as a document to print: title, period, partner, lines, totals.
    std::unique_ptr<QTextDocument> partnerDocument() const;
    bool savePartnerPdf(const QString &path) const;
    QByteArray csv() const;

private:
    void run();
    void exportCsv();
    void savePdf();
    void print();

    store::Database &m_database;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_partnerTitle = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_linesView = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_printButton = nullptr;
    StatementSummaryModel *m_summary = nullptr; // children
    StatementLinesModel *m_lines = nullptr;
};

} // namespace cd::ui
