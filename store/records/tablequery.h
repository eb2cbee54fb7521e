#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd::store {

class Database;

// What a table view can show of a stored record kind. The UI sees columns by key and kind only; the SQL
// behind each one stays here.
enum class TableKind { Partners, Deals };

enum class ColumnKind {
    Text,    // free text
    Code,    // a vocabulary code (type, region, status …) the UI translates for display
    Money,   // thousandths of a currency unit (qint64); the currency is in the column named by currencyKey
    Date,    // ISO date text
    Percent, // exact decimal text
};

struct TableColumn
{
    QString key;         // stable name: "customer", "amount" …
    ColumnKind kind = ColumnKind::Text;
    QString currencyKey; // for Money columns
    bool sortable = true;
    const char *title = nullptr; // for people, to translate in the context cd::StoreTableModel
};

struct TableFilter
{
    QString text;                  // substring, case-insensitive for ASCII, over the kind's text columns
    QMap<QString, QString> equals; // filter key -> code; keys from TableQuery::filterKeys()
    bool operator==(const TableFilter &) const = default;
};

struct TableRow
{
    qint64 rowId = 0;        // SQLite rowid: stable while the row exists
    QString recordId;        // partner_id / deal_id
    QVariantList values;     // one per column, raw (codes, milli amounts, ISO dates)
    QVariant sortKey;        // the value the rows are ordered by, as SQL computed it (for keyset paging)
};

// Sorted, filtered windows over a table with a million rows. Sorting and filtering run in SQL; rows come
// in pages by keyset ("after this sort value and rowid"), so a later page costs what the first does instead
// of paying for a deep OFFSET. A substring search cannot use an index, so its matches are found once, by one
// scan into a temporary table of rowids, and the count and every page read that table; pages then bypass
// the sort index on purpose: walking the amount index for a rare customer name visits every row in random
// order (2 s at a million rows), while looking up the matches and sorting them takes milliseconds.
class TableQuery
{
public:
    TableQuery(Database &database, TableKind kind); // the database must outlive the query

    TableKind kind() const { return m_kind; }
    const QList<TableColumn> &columns() const;
    int columnIndex(QStringView key) const;
    static QStringList filterKeys(TableKind kind); // "type", "region", "tier", "status", "stage"
    // The title of a column or filter key of the kind, untranslated (context cd::StoreTableModel), or null.
    static const char *titleOf(TableKind kind, QStringView key);

    void setFilter(const TableFilter &filter)
    {
        m_filter = filter;
        invalidate();
    }
    // The stored rows changed: a text filter's matches are found again on the next read.
    void invalidate() { m_matchesCurrent = false; }
    const TableFilter &filter() const { return m_filter; }
    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 count() const;                               // rows that match the filter
    QList<TableRow> firstPage(int limit) const;         // in sort order
    QList<TableRow> pageAfter(const TableRow &last, int limit) const;
    std::optional<TableRow> row(qint64 rowId) const;    // one row, fresh from the database
    std::optional<qint64> rowIdOf(const QString &recordId) const;
    // Distinct values of a filter key that occur in the data (for the filter bar's lists).
    QStringList distinctValues(const QString &filterKey) const;

private:
    QString selectList() const;
    QString whereClause(QVariantList &bindings) const;
    // With a text filter: the matching rowids, found by one scan into a temporary table, and the condition
    // that reads them. Empty without a text filter.
    QString matchCondition() const;
    bool hasTextFilter() const { return !m_filter.text.trimmed().isEmpty(); }
    QList<TableRow> run(const QString &sql, const QVariantList &bindings) const;

    Database &m_database;
    TableKind m_kind;
    TableFilter m_filter;
    QString m_matchTable; // a temporary table, one per query, dropped with the connection
    mutable bool m_matchesCurrent = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd::store
