#pragma once

#include "ui/roles.h"

#include "store/records/tablequery.h"

#include <QAbstractTableModel>

namespace cd::ui {

// A table of partners or deals straight from the store. It never holds the whole table: rows arrive in
// pages (Qt's canFetchMore/fetchMore) by keyset from a TableQuery, and sort() and setFilter() become SQL.
// Views get formatted text; the raw value (for copying, sorting checks and tests) is under RawValueRole.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;

    // The database must outlive the model.
    StoreTableModel(store::Database &database, store::TableKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    store::TableKind kind() const { return m_query.kind(); }
    const store::TableQuery &query() const { return m_query; }
    void setFilter(const store::TableFilter &filter);
    const store::TableFilter &filter() const { return m_query.filter(); }
    int columnOf(QStringView key) const { return m_query.columnIndex(key); }
    // Rows matching the filter in the database (not only those fetched so far).
    qint64 totalCount() const { return m_totalCount; }
    QString recordId(int row) const;
    int rowOfRecord(const QString &recordId) const; // -1 when not fetched

    // Re-reads everything (after an import, say) keeping sort and filter.
    void reload();
    // A record was written: update its row in place, or reload when it is new to the model.
    void recordChanged(const QString &recordId);
    void recordRemoved(const QString &recordId);

    static QString columnTitle(store::TableKind kind, const QString &key);

signals:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    QString vocabularyOf(const QString &columnKey) const;
    QString displayText(const store::TableRow &row, int column) const;
    void refreshCount();
    void resetRows();

    store::TableQuery m_query; // mutable state: reading a search fills its table of matches
    QList<store::TableRow> m_rows;
    bool m_complete = false;
    bool m_fetching = false;
    qint64 m_totalCount = 0;
};

} // namespace cd::ui
