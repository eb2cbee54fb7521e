#include "ui/records/storetablemodel.h"

#include "ui/format.h"
#include "ui/vocabulary.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

namespace cd::ui {

using store::ColumnKind;
using store::TableKind;

StoreTableModel::StoreTableModel(store::Database &database, store::TableKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_query(database, kind)
{
    reload();
}

int StoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns().size());
}

QString StoreTableModel::vocabularyOf(const QString &columnKey) const
{
    if (columnKey == QLatin1String("type") || columnKey == QLatin1String("region")
        || columnKey == QLatin1String("source"))
        return columnKey;
    if (columnKey == QLatin1String("stage") || columnKey == QLatin1String("status"))
        return kind() == TableKind::Deals ? QStringLiteral("deal_") + columnKey : columnKey;
    return {};
}

QString StoreTableModel::displayText(const store::TableRow &row, int column) const
{
    const store::TableColumn &spec = m_query.columns()[column];
    const QVariant &value = row.values[column];
    if (value.isNull())
        return {};
    switch (spec.kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Code:
        return codeLabel(vocabularyOf(spec.key), value.toString());
    case ColumnKind::Money: {
        const int currencyColumn = m_query.columnIndex(spec.currencyKey);
        return formatMilli(value.toLongLong(), row.values.value(currencyColumn).toString());
    }
    case ColumnKind::Date:
        return formatIsoDate(value.toString());
    case ColumnKind::Percent: {
        const std::optional<Decimal> percent = Decimal::parse(value.toString());
        return percent ? formatPercent(*percent) : value.toString();
    }
    }
    return value.toString();
}

QVariant StoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TableRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::TextAlignmentRole: {
        const ColumnKind kind = m_query.columns()[index.column()].kind;
        if (kind == ColumnKind::Money || kind == ColumnKind::Percent)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    case IdRole:
        return row.recordId;
    case RowIdRole:
        return row.rowId;
    case RawValueRole:
        return row.values[index.column()];
    default:
        return {};
    }
}

// The titles live with the fields they name (store/records/recorddescription.h), in this class's context.
QString StoreTableModel::columnTitle(store::TableKind kind, const QString &key)
{
    const char *title = store::TableQuery::titleOf(kind, key);
    return title ? QCoreApplication::translate("cd::StoreTableModel", title) : key;
}

QVariant StoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const store::TableColumn &spec = m_query.columns()[section];
    if (role == Qt::DisplayRole)
        return columnTitle(kind(), spec.key);
    if (role == ColumnKeyRole)
        return spec.key;
    if (role == Qt::TextAlignmentRole && (spec.kind == ColumnKind::Money || spec.kind == ColumnKind::Percent))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool StoreTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching;
}

void StoreTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more rows from inside the rowsAboutToBeInserted
    // of the page being added; one page at a time.
    if (parent.isValid() || m_complete || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QList<store::TableRow> page;
    try {
        page = m_rows.isEmpty() ? m_query.firstPage(PageSize) : m_query.pageAfter(m_rows.last(), PageSize);
    } catch (const store::StoreError &error) {
        m_complete = true;
        emit loadFailed(error.message());
        return;
    }
    if (page.size() < PageSize)
        m_complete = true;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void StoreTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    if (column == m_query.sortColumn() && order == m_query.sortOrder())
        return;
    m_query.setSort(column, order);
    // A new order changes which rows the first pages hold, so the fetched rows are replaced, not permuted:
    // that is a reset (the row count changes too), as in QSqlQueryModel. The total stays what it was.
    resetRows();
}

void StoreTableModel::setFilter(const store::TableFilter &filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void StoreTableModel::reload()
{
    m_query.invalidate();
    resetRows();
    refreshCount();
}

void StoreTableModel::resetRows()
{
    // No fetchMore() from inside the reset's own notifications: the first page arrives with the reset.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    try {
        m_rows = m_query.firstPage(PageSize);
        m_complete = m_rows.size() < PageSize;
    } catch (const store::StoreError &error) {
        m_complete = true;
        endResetModel();
        emit loadFailed(error.message());
        return;
    }
    endResetModel();
}

void StoreTableModel::refreshCount()
{
    try {
        m_totalCount = m_query.count();
    } catch (const store::StoreError &error) {
        emit loadFailed(error.message());
        return;
    }
    emit totalCountChanged(m_totalCount);
}

QString StoreTableModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].recordId : QString();
}

int StoreTableModel::rowOfRecord(const QString &recordId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].recordId == recordId)
            return int(i);
    }
    return -1;
}

void StoreTableModel::recordChanged(const QString &recordId)
{
    const int row = rowOfRecord(recordId);
    if (row < 0) {
        reload();
        return;
    }
    std::optional<store::TableRow> fresh;
    try {
        fresh = m_query.row(m_rows[row].rowId);
    } catch (const store::StoreError &error) {
        emit loadFailed(error.message());
        return;
    }
    if (!fresh) {
        recordRemoved(recordId);
        return;
    }
    m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void StoreTableModel::recordRemoved(const QString &recordId)
{
    const int row = rowOfRecord(recordId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_query.invalidate();
    refreshCount();
}

} // namespace cd::ui
