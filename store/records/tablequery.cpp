#include "store/records/tablequery.h"

#include "store/database.h"
#include "store/records/recorddescription.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::store {

namespace {

struct ColumnSql
{
    TableColumn column;
    QString expression;     // what is selected
    QString sortExpression; // what is ordered by, when it differs (percentages are text but sort as numbers)
    bool nullable = false;  // whether the ordered value may be NULL (an empty date or percentage)
    const QString &orderExpression() const { return sortExpression.isEmpty() ? expression : sortExpression; }
};

// A filter key: its condition with one placeholder, its title, and the table whose column of the key's
// name lists the values it can take (none for ranges and ids).
struct FilterSql
{
    QString condition;
    const char *title = nullptr;
    QString valuesTable;
};

struct KindSql
{
    QString from;             // FROM clause with the main table aliased as t
    QString idColumn;         // the record id expression
    QStringList textColumns;  // searched by the text filter
    QMap<QString, FilterSql> equalsFilters; // by key
    QList<ColumnSql> columns;
};

ColumnKind columnKindOf(FieldType type)
{
    switch (type) {
    case FieldType::Code:
        return ColumnKind::Code;
    case FieldType::Amount:
        return ColumnKind::Money;
    case FieldType::Date:
        return ColumnKind::Date;
    case FieldType::Percent:
        return ColumnKind::Percent;
    default:
        return ColumnKind::Text;
    }
}

QString tableColumn(const char *column)
{
    return QStringLiteral("t.") + QLatin1String(column);
}

// The column showing the field at `index` of the description.
template<typename Record>
ColumnSql fieldColumn(const Description<Record> &description, int index)
{
    const Field<Record> &field = description.fields[size_t(index)];
    ColumnSql sql;
    sql.column.key = QString::fromLatin1(field.header);
    sql.column.kind = columnKindOf(field.type);
    sql.column.title = field.title;
    if (field.type == FieldType::Amount)
        sql.column.currencyKey = QString::fromLatin1(description.fields[size_t(index) + 1].header);
    sql.expression = tableColumn(field.sqlColumn());
    // Percentages are exact decimal text ("7.5", "60"); ordering compares their numeric values, and an
    // empty one has none (PostgreSQL would refuse to read '' as a number).
    if (field.type == FieldType::Percent)
        sql.sortExpression = QStringLiteral("CAST(NULLIF(%1, '') AS NUMERIC)").arg(sql.expression);
    sql.nullable = field.isNullable();
    return sql;
}

// Fields of the kind's own table as equality filters, keyed by their column.
template<typename Record, size_t N>
void addFieldFilters(KindSql &sql, const Description<Record> &description, const std::array<int, N> &indexes)
{
    for (int index : indexes) {
        const Field<Record> &field = description.fields[size_t(index)];
        sql.equalsFilters.insert(QString::fromLatin1(field.sqlColumn()),
                                 FilterSql{tableColumn(field.sqlColumn()) + QStringLiteral(" = ?"), field.title,
                                           QLatin1String(description.table)});
    }
}

template<typename Record, size_t N>
QStringList searchedColumns(const Description<Record> &description, const std::array<int, N> &indexes)
{
    QStringList columns;
    for (int index : indexes)
        columns << tableColumn(description.fields[size_t(index)].sqlColumn());
    return columns;
}

constexpr auto partnerAttributes = fieldIndexes(partnerDescription, {"type", "region", "tier", "program"});

const KindSql &partnersSql()
{
    static const KindSql sql = [] {
        KindSql s;
        s.from = QStringLiteral("partners t");
        s.idColumn = QStringLiteral("t.partner_id");
        s.textColumns =
            searchedColumns(partnerDescription,
                            fieldIndexes(partnerDescription, {"partner_id", "name", "manager", "country", "vertical"}));
        addFieldFilters(s, partnerDescription, partnerAttributes);
        addFieldFilters(s, partnerDescription, fieldIndexes(partnerDescription, {"status", "stage"}));
        constexpr auto shown = fieldIndexes(partnerDescription, {"partner_id", "name", "type", "region", "country",
                                                                 "program", "tier", "stage", "status", "manager",
                                                                 "joined_on", "revenue_commitment", "currency"});
        for (int index : shown)
            s.columns << fieldColumn(partnerDescription, index);
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
        s.textColumns = searchedColumns(dealDescription, fieldIndexes(dealDescription, {"customer", "deal_id"}));
        addFieldFilters(s, dealDescription, fieldIndexes(dealDescription, {"status", "stage", "currency", "source"}));
        // Partner attributes go through the deals' partner index rather than a join, so that the planner
        // can still walk the sort index.
        for (int index : partnerAttributes) {
            const Field<Partner> &field = partnerDescription.fields[size_t(index)];
            s.equalsFilters.insert(
                QString::fromLatin1(field.sqlColumn()),
                FilterSql{QStringLiteral("t.primary_partner IN (SELECT id FROM partners WHERE %1 = ?)")
                              .arg(QLatin1String(field.sqlColumn())),
                          field.title, QLatin1String(partnerDescription.table)});
        }
        // The primary partner by name, what people know a deal's partner by; the filter takes any of them.
        const char *partnerTitle = QT_TRANSLATE_NOOP("cd::StoreTableModel", "Partner");
        s.equalsFilters.insert(
            QStringLiteral("partner"),
            FilterSql{QStringLiteral("t.id IN (SELECT dp.deal FROM deal_partners dp JOIN partners pp "
                                     "ON pp.id = dp.partner WHERE pp.partner_id = ?)"),
                      partnerTitle, QString()});
        // A period's deals (an ISO date each, both ends included): what a dashboard bar is made of.
        s.equalsFilters.insert(QStringLiteral("closed_from"),
                               FilterSql{QStringLiteral("t.close_date >= ?"),
                                         QT_TRANSLATE_NOOP("cd::StoreTableModel", "Closed from"), QString()});
        s.equalsFilters.insert(QStringLiteral("closed_to"),
                               FilterSql{QStringLiteral("t.close_date <= ?"),
                                         QT_TRANSLATE_NOOP("cd::StoreTableModel", "Closed until"), QString()});
        constexpr auto shown =
            fieldIndexes(dealDescription, {"deal_id", "customer", "product", "stage", "status", "amount", "currency",
                                           "probability", "close_date", "source", "reg_id"});
        for (int index : shown)
            s.columns << fieldColumn(dealDescription, index);
        ColumnSql partner;
        partner.column = TableColumn{QStringLiteral("partner"), ColumnKind::Text, QString(), true, partnerTitle};
        partner.expression = QStringLiteral("p.name");
        s.columns.insert(1, partner);
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
    m_matchTable = QStringLiteral("cd_matches_%1").arg(++instances);
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
        // Unqualified, a temporary table's name is found before the database's own on both engines.
        if (!query.exec(m_database.engineImplementation().schemaStatement(
                            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(m_matchTable)))
            || !query.exec(QStringLiteral("DELETE FROM %1").arg(m_matchTable)))
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        if (!query.prepare(QStringLiteral("INSERT INTO %1 SELECT t.id FROM %2 WHERE %3").arg(m_matchTable, table, where)))
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        if (!query.exec())
            throw StoreError(QStringLiteral("searching: ") + query.lastError().text());
        // Without its row count PostgreSQL guessed thousands of matches where there were 521 and walked
        // the sort index past a million deals for the first page (2.2 s instead of 4 ms).
        const QString analyze = m_database.engineImplementation().analyzeStatement(m_matchTable);
        if (!analyze.isEmpty() && !query.exec(analyze))
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
            alternatives << textColumn + m_database.engineImplementation().asciiCaseInsensitiveLike()
                                + QStringLiteral(" ? ESCAPE '\\'");
            bindings << likePattern(text);
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    for (auto it = m_filter.equals.cbegin(); it != m_filter.equals.cend(); ++it) {
        if (it.value().isEmpty() || !sql.equalsFilters.contains(it.key()))
            continue;
        conditions << sql.equalsFilters.value(it.key()).condition;
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

// The ORDER BY for a sort column. With a text filter the engine is kept off the sort index (see the
// class comment); the rowid breaks ties so that keyset paging is exact. NULL comes first ascending on both
// engines, as SQLite orders it and the keyset conditions expect. Only a column that may hold NULL says so:
// PostgreSQL's indexes keep NULL last ascending, and an ORDER BY asking otherwise cannot read them in
// order (measured at a million deals: the first page by deal id took 388 ms of sorting instead of 2 ms).
QString orderBy(const Engine &engine, const ColumnSql &column, Qt::SortOrder order, bool bypassIndex)
{
    const QString &expression = column.orderExpression();
    const QLatin1String direction(order == Qt::AscendingOrder ? " ASC" : " DESC");
    QString clause = QStringLiteral(" ORDER BY ");
    clause += bypassIndex ? engine.unindexed(expression) : expression;
    clause += direction;
    if (column.nullable)
        clause += order == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
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
                   + orderBy(m_database.engineImplementation(), sql.columns[m_sortColumn], m_sortOrder, hasTextFilter())
                   + QStringLiteral(" LIMIT ?"),
               bindings);
}

QList<TableRow> TableQuery::pageAfter(const TableRow &last, int limit) const
{
    const KindSql &sql = sqlFor(m_kind);
    QVariantList bindings;
    QString where = hasTextFilter() ? matchCondition() : whereClause(bindings);
    const ColumnSql &column = sql.columns[m_sortColumn];
    const QString &expression = column.orderExpression();
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
        keyset = ascending || !column.nullable ? QStringLiteral("(%1, t.id) %2 (?, ?)").arg(expression, ascending ? QStringLiteral(">") : QStringLiteral("<"))
                                               : QStringLiteral("((%1, t.id) < (?, ?) OR %1 IS NULL)").arg(expression);
        keysetBindings << value << last.rowId;
    }
    where = where.isEmpty() ? keyset : where + QStringLiteral(" AND ") + keyset;
    bindings << keysetBindings << limit;
    return run(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + sql.from
                   + QStringLiteral(" WHERE ") + where
                   + orderBy(m_database.engineImplementation(), column, m_sortOrder, hasTextFilter())
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
    const auto filter = sqlFor(m_kind).equalsFilters.constFind(filterKey);
    if (filter == sqlFor(m_kind).equalsFilters.cend() || filter->valuesTable.isEmpty())
        return {};
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    // filterKey is one of our own fixed keys (found above), never user text.
    if (!query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 <> '' ORDER BY %1")
                        .arg(filterKey, filter->valuesTable)))
        throw StoreError(QStringLiteral("listing values: ") + query.lastError().text());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

const char *TableQuery::titleOf(TableKind kind, QStringView key)
{
    const KindSql &sql = sqlFor(kind);
    for (const ColumnSql &column : sql.columns) {
        if (column.column.key == key)
            return column.column.title;
    }
    const auto filter = sql.equalsFilters.constFind(key.toString());
    return filter == sql.equalsFilters.cend() ? nullptr : filter->title;
}

} // namespace cd::store
