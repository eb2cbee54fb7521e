#pragma once

#include "store/records/tablequery.h"

#include <QWidget>

class QTableView;

namespace cd::store {
class Database;
}

namespace cd::ui {

class FilterBar;
class StoreTableModel;

// One navigation page: a filter bar over a table of stored records.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    // The database must outlive the page.
    TablePage(store::Database &database, store::TableKind kind, QWidget *parent = nullptr);

    store::TableKind kind() const;
    StoreTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The record under the cursor, or empty.
    QString currentRecordId() const;
    void selectRecord(const QString &recordId);

signals:
    void activated(const QString &recordId); // double-click or Enter on a row
    void currentRecordChanged(const QString &recordId);
    void countsChanged();

private:
    StoreTableModel *m_model = nullptr; // owned by this page (QObject parent)
    QTableView *m_view = nullptr;
    FilterBar *m_filterBar = nullptr;
};

} // namespace cd::ui
