#include "store/records/tablequery.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::store {

namespace {

struct ColumnSql
{
    TableColumn column;
    QString expression;     // what is selected
    QString sortExpression; // what is ordered by, when it differs (percentages are text but sort as numbers)
    const QString &orderExpression() const { return sortExpression.isEmpty() ? expression : sortExpression; }
};

struct KindSql
{
    QString from;             // FROM clause with the main table aliased as t
    QString idColumn;         // the record id expression
    QStringList textColumns;  // searched by the text filter
    QMap<QString, QString> equalsFilters; // key -> SQL condition with one placeholder
    QList<ColumnSql> columns;
};

ColumnSql column(const char *key, ColumnKind kind, const char *expression, const char *currencyKey = nullptr)
{
    ColumnSql sql;
    sql.column.key = QString::fromLatin1(key);
    sql.column.kind = kind;
    sql.column.currencyKey = currencyKey ? QString::fromLatin1(currencyKey) : QString();
    sql.expression = QString::fromLatin1(expression);
    return sql;
}

const KindSql &partnersSql()
{
    static const KindSql sql = [] {
        KindSql s;
        s.from = QStringLiteral("partners t");
        s.idColumn = QStringLiteral("t.partner_id");
        s.textColumns = {QStringLiteral("t.partner_id"), QStringLiteral("t.name"), QStringLiteral("t.manager"),
                         QStringLiteral("t.country"), QStringLiteral("t.vertical")};
        for (const char *key : {"type", "region", "tier", "status", "stage", "program"})
            s.equalsFilters.insert(QString::fromLatin1(key), QStringLiteral("t.%1 = ?").arg(QLatin1String(key)));
        s.columns = {
            column("partner_id", ColumnKind::Text, "t.partner_id"),
            column("name", ColumnKind::Text, "t.name"),
            column("type", ColumnKind::Code, "t.type"),
            column("region", ColumnKind::Code, "t.region"),
            column("country", ColumnKind::Text, "t.country"),
            column("program", ColumnKind::Text, "t.program"),
            column("tier", ColumnKind::Text, "t.tier"),
            column("stage", ColumnKind::Code, "t.stage"),
            column("status", ColumnKind::Code, "t.status"),
            column("manager", ColumnKind::Text, "t.manager"),
            column("joined_on", ColumnKind::Date, "t.joined_on"),
            column("revenue_commitment", ColumnKind::Money, "t.revenue_commitment_milli", "currency"),
            column("currency", ColumnKind::Text, "t.currency"),
        };
        return s;
    }();
    return sql;
}

const KindSql &dealsSql()
{
    static const KindSql sql = [] {
        KindSql s;
        s.from = QStringLiteral("deals t JOIN partners p ON p.id = t.primary_partner");
        s.idColumn = QStringLiteral("t.deal_id");
        // Each searched column costs a pass over a million strings: the customer and the deal id are what
        // people look deals up by.
        s.textColumns = {QStringLiteral("t.customer"), QStringLiteral("t.deal_id")};
        for (const char *key : {"status", "stage", "currency", "source"})
            s.equalsFilters.insert(QString::fromLatin1(key), QStringLiteral("t.%1 = ?").arg(QLatin1String(key)));
        // Partner attributes go through the deals' partner index rather than a join, so that the planner
        // can still walk the sort index.
        for (const char *key : {"type", "region", "tier", "program"})
            s.equalsFilters.insert(QString::fromLatin1(key),
                                   QStringLiteral("t.primary_partner IN (SELECT id FROM partners WHERE %1 = ?)")
                                       .arg(QLatin1String(key)));
        s.equalsFilters.insert(QStringLiteral("partner"),
                               QStringLiteral("t.id IN (SELECT dp.deal FROM deal_partners dp JOIN partners pp "
                                              "ON pp.id = dp.partner WHERE pp.partner_id = ?)"));
        // A period's deals (an ISO date each, both ends included): what a dashboard bar is made of.
        s.equalsFilters.insert(QStringLiteral("closed_from"), QStringLiteral("t.close_date >= ?"));
        s.equalsFilters.insert(QStringLiteral("closed_to"), QStringLiteral("t.close_date <= ?"));
        s.columns = {
            column("deal_id", ColumnKind::Text, "t.deal_id"),
            column("partner", ColumnKind::Text, "p.name"),
            column("customer", ColumnKind::Text, "t.customer"),
            column("product", ColumnKind::Text, "t.product"),
            column("stage", ColumnKind::Code, "t.stage"),
            column("status", ColumnKind::Code, "t.status"),
            column("amount", ColumnKind::Money, "t.amount_milli", "currency"),
            column("currency", ColumnKind::Text, "t.currency"),
            column("probability", ColumnKind::Percent, "t.probability"),
            column("close_date", ColumnKind::Date, "t.close_date"),
            column("source", ColumnKind::Code, "t.source"),
            column("reg_id", ColumnKind::Text, "t.reg_id"),
        };
        // Percentages are exact decimal text ("7.5", "60"); ordering compares their numeric values.
        for (ColumnSql &c : s.columns) {
            if (c.column.key == QLatin1String("probability"))
                c.sortExpression = QStringLiteral("CAST(t.probability AS NUMERIC)");
        }
        return s;
    }();
    return sql;
}

const KindSql &sqlFor(TableKind kind)
{
    return kind == TableKind::Partners ? partnersSql() : dealsSql();
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

TableQuery::TableQuery(Database &database, TableKind kind) : m_database(database), m_kind(kind)
{
    static int instances = 0;
    m_matchTable = QStringLiteral("temp.cd_matches_%1").arg(++instances);
}

QString TableQuery::matchCondition() const
{
    if (!hasTextFilter())
        return {};
    if (!m_matchesCurrent) {
        QVariantList bindings;
        const QString where = whereClause(bindings);
        const QString table = m_kind == TableKind::Partners ? QStringLiteral("partners t") : QStringLiteral("deals t");
        QSqlQuery query(m_database.sql());
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(m_matchTable))
            || !query.exec(QStringLiteral("DELETE FROM %1").arg(m_matchTable)))
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        if (!query.prepare(QStringLiteral("INSERT INTO %1 SELECT t.id FROM %2 WHERE %3").arg(m_matchTable, table, where)))
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (!query.exec())
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        m_matchesCurrent = true;
    }
    return QStringLiteral("t.id IN (SELECT id FROM %1)").arg(m_matchTable);
}

const QList<TableColumn> &TableQuery::columns() const
{
    static const auto collect = [](const KindSql &sql) {
        QList<TableColumn> list;
        for (const ColumnSql &c : sql.columns)
            list << c.column;
        return list;
    };
    static const QList<TableColumn> partners = collect(partnersSql());
    static const QList<TableColumn> deals = collect(dealsSql());
    return m_kind == TableKind::Partners ? partners : deals;
}

int TableQuery::columnIndex(QStringView key) const
{
    const QList<TableColumn> &list = columns();
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].key == key)
            return i;
    }
    return -1;
}

QStringList TableQuery::filterKeys(TableKind kind)
{
    return sqlFor(kind).equalsFilters.keys();
}

void TableQuery::setSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columns().size())
        column = 0;
    m_sortColumn = column;
    m_sortOrder = order;
}

QString TableQuery::selectList() const
{
    const KindSql &sql = sqlFor(m_kind);
    QStringList parts{QStringLiteral("t.id"), sql.idColumn, sql.columns[m_sortColumn].orderExpression()};
    for (const ColumnSql &c : sql.columns)
        parts << c.expression;
    return parts.join(QStringLiteral(", "));
}

QString TableQuery::whereClause(QVariantList &bindings) const
{
    const KindSql &sql = sqlFor(m_kind);
    QStringList conditions;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        QStringList alternatives;
        for (const QString &textColumn : sql.textColumns) {
            alternatives << textColumn + QStringLiteral(" LIKE ? ESCAPE '\\'");
            bindings << likePattern(text);
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    for (auto it = m_filter.equals.cbegin(); it != m_filter.equals.cend(); ++it) {
        if (it.value().isEmpty() || !sql.equalsFilters.contains(it.key()))
            continue;
        conditions << sql.equalsFilters.value(it.key());
        bindings << it.value();
    }
    return conditions.join(QStringLiteral(" AND "));
}

qint64 TableQuery::count() const
{
    QVariantList bindings;
    const QString where = hasTextFilter() ? matchCondition() : whereClause(bindings);
    // The partner join is not needed to count: every deal has a primary partner (foreign key).
    const QString table = m_kind == TableKind::Partners ? QStringLiteral("partners t") : QStringLiteral("deals t");
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM ") + table
                       + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)))
        throw StoreError(QStringLiteral("counting rows: ") + query.lastError().text());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        throw StoreError(QStringLiteral("counting rows: ") + query.lastError().text());
    return query.value(0).toLongLong();
}

QList<TableRow> TableQuery::run(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("reading rows: ") + query.lastError().text());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(QStringLiteral("reading rows: ") + query.lastError().text());
    const int columnCount = int(columns().size());
    QList<TableRow> rows;
    while (query.next()) {
        TableRow row;
        row.rowId = query.value(0).toLongLong();
        row.recordId = query.value(1).toString();
        row.sortKey = query.value(2);
        row.values.reserve(columnCount);
        for (int i = 0; i < columnCount; ++i)
            row.values << query.value(3 + i);
        rows << row;
    }
    return rows;
}

namespace {

// The ORDER BY for a sort column. With a text filter the `+` keeps SQLite off the sort index (see the
// class comment); the rowid breaks ties so that keyset paging is exact.
QString orderBy(const QString &expression, Qt::SortOrder order, bool bypassIndex)
{
    const QLatin1String direction(order == Qt::AscendingOrder ? " ASC" : " DESC");
    QString clause = QStringLiteral(" ORDER BY ");
    if (bypassIndex)
        clause += QLatin1Char('+');
    clause += expression;
    clause += direction;
    clause += QStringLiteral(", t.id");
    clause += direction;
    return clause;
}

} // namespace

QList<TableRow> TableQuery::firstPage(int limit) const
{
    const KindSql &sql = sqlFor(m_kind);
    QVariantList bindings;
    const QString where = hasTextFilter() ? matchCondition() : whereClause(bindings);
    bindings << limit;
    return run(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + sql.from
                   + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                   + orderBy(sql.columns[m_sortColumn].orderExpression(), m_sortOrder, hasTextFilter())
                   + QStringLiteral(" LIMIT ?"),
               bindings);
}

QList<TableRow> TableQuery::pageAfter(const TableRow &last, int limit) const
{
    const KindSql &sql = sqlFor(m_kind);
    QVariantList bindings;
    QString where = hasTextFilter() ? matchCondition() : whereClause(bindings);
    const QString expression = sql.columns[m_sortColumn].orderExpression();
    const QVariant value = last.sortKey;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    // SQLite orders NULL before every value; a row-value comparison with NULL is never true, so the
    // NULL block is paged by rowid alone.
    QString keyset;
    QVariantList keysetBindings;
    if (value.isNull()) {
        keyset = ascending ? QStringLiteral("((%1 IS NULL AND t.id > ?) OR %1 IS NOT NULL)").arg(expression)
                           : QStringLiteral("(%1 IS NULL AND t.id < ?)").arg(expression);
        keysetBindings << last.rowId;
    } else {
        keyset = ascending ? QStringLiteral("(%1, t.id) > (?, ?)").arg(expression)
                           : QStringLiteral("((%1, t.id) < (?, ?) OR %1 IS NULL)").arg(expression);
        keysetBindings << value << last.rowId;
    }
    where = where.isEmpty() ? keyset : where + QStringLiteral(" AND ") + keyset;
    bindings << keysetBindings << limit;
    return run(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + sql.from
                   + QStringLiteral(" WHERE ") + where
                   + orderBy(expression, m_sortOrder, hasTextFilter())
                   + QStringLiteral(" LIMIT ?"),
               bindings);
}

std::optional<TableRow> TableQuery::row(qint64 rowId) const
{
    const KindSql &sql = sqlFor(m_kind);
    const QList<TableRow> rows = run(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + sql.from
                                         + QStringLiteral(" WHERE t.id = ?"),
                                     {rowId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<qint64> TableQuery::rowIdOf(const QString &recordId) const
{
    const KindSql &sql = sqlFor(m_kind);
    const QList<TableRow> rows = run(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + sql.from
                                         + QStringLiteral(" WHERE ") + sql.idColumn + QStringLiteral(" = ?"),
                                     {recordId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().rowId;
}

QStringList TableQuery::distinctValues(const QString &filterKey) const
{
    // Filter keys that are partner attributes read the partners table for both kinds.
    static const QStringList partnerKeys{QStringLiteral("type"), QStringLiteral("region"), QStringLiteral("tier"),
                                         QStringLiteral("program")};
    QString table;
    if (m_kind == TableKind::Partners || partnerKeys.contains(filterKey))
        table = QStringLiteral("partners");
    else if (filterKey == QLatin1String("status") || filterKey == QLatin1String("stage")
             || filterKey == QLatin1String("currency") || filterKey == QLatin1String("source"))
        table = QStringLiteral("deals");
    else
        return {};
    if (!sqlFor(m_kind).equalsFilters.contains(filterKey))
        return {};
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    // filterKey is one of our own fixed keys (checked above), never user text.
    if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 <> '' ORDER BY %1").arg(filterKey, table)))
        throw StoreError(QStringLiteral("listing values: ") + query.lastError().text());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace cd::store
