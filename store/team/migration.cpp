#include "store/team/migration.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>

namespace cd::store {

namespace {

struct MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Migration)
};

// Rows the schema itself writes (registration.md's defaults) and bookkeeping of the target's own: these are
// replaced or kept, never a reason to call the target occupied.
const QSet<QString> &ownTables()
{
    static const QSet<QString> tables{QStringLiteral("registration_settings"), QStringLiteral("channeldesk_meta"),
                                      QStringLiteral("team_members")};
    return tables;
}

// The target's tables, each after the ones its foreign keys point to.
QStringList tablesInDependencyOrder(Database &to)
{
    const QString what = MigrationText::tr("reading the team database's tables");
    QStringList tables;
    QSqlQuery names = to.prepare(
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"), what);
    Database::exec(names, what);
    while (names.next())
        tables << names.value(0).toString();
    QHash<QString, QSet<QString>> needs;
    QSqlQuery keys = to.prepare(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text"
                                               " FROM pg_constraint c WHERE c.contype = 'f'"
                                               " AND c.connamespace = current_schema()::regnamespace"),
                                what);
    Database::exec(keys, what);
    while (keys.next()) {
        if (keys.value(0).toString() != keys.value(1).toString())
            needs[keys.value(0).toString()].insert(keys.value(1).toString());
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &table : tables) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString &needed : needs.value(table))
                ready = ready && (placed.contains(needed) || !tables.contains(needed));
            if (ready) {
                ordered << table;
                placed.insert(table);
            }
        }
        if (ordered.size() == before)
            throw StoreError(MigrationText::tr("the team database's foreign keys form a cycle"));
    }
    return ordered;
}

void refuseOccupied(Database &to, const QStringList &tables)
{
    for (const QString &table : tables) {
        if (ownTables().contains(table))
            continue;
        const bool rows = to.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table),
                                    MigrationText::tr("checking that %1 is empty").arg(to.path()))
                              .toBool();
        if (rows)
            throw StoreError(MigrationText::tr("%1 already holds data (table %2); a desktop file moves only into an "
                                               "empty team database")
                                 .arg(to.path(), table));
    }
}

// Rows go over a few hundred to a statement: one round trip per row would make a million deals a coffee break.
constexpr int rowsPerStatement = 500;

qint64 copyTable(Database &from, Database &to, const QString &table)
{
    const QString reading = MigrationText::tr("reading %1 from %2").arg(table, from.path());
    const QString writing = MigrationText::tr("writing %1 to %2").arg(table, to.path());
    const QSqlRecord shape = from.sql().record(table);
    if (shape.isEmpty())
        return 0; // a table the target has beside the schema (team_members)
    QStringList columns;
    for (int i = 0; i < shape.count(); ++i)
        columns << shape.fieldName(i);
    const QString columnList = columns.join(QStringLiteral(", "));
    QSqlQuery source = from.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columnList, table), reading);
    Database::exec(source, reading);

    const QString oneRow = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const auto insertFor = [&](int rows) {
        return to.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                              .arg(table, columnList, QStringList(rows, oneRow).join(QLatin1Char(','))),
                          writing);
    };
    QSqlQuery full = insertFor(rowsPerStatement);
    QList<QVariantList> pending;
    qint64 copied = 0;
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        QSqlQuery partial;
        QSqlQuery &insert = pending.size() == rowsPerStatement ? full : (partial = insertFor(int(pending.size())));
        for (const QVariantList &row : pending) {
            for (const QVariant &value : row)
                insert.addBindValue(value);
        }
        Database::exec(insert, writing);
        copied += pending.size();
        pending.clear();
    };
    while (source.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row << source.value(i);
        pending << std::move(row);
        if (pending.size() == rowsPerStatement)
            flush();
    }
    flush();
    return copied;
}

// Rows came with their ids; the identity columns must hand out the next ones after them.
void advanceIdentities(Database &to, const QString &table)
{
    const QString what = MigrationText::tr("writing %1 to %2").arg(table, to.path());
    QSqlQuery identity = to.prepare(QStringLiteral("SELECT a.attname FROM pg_attribute a"
                                                   " WHERE a.attrelid = ?::regclass AND a.attidentity <> '' AND NOT a.attisdropped"),
                                    what);
    identity.addBindValue(table);
    Database::exec(identity, what);
    while (identity.next()) {
        const QString column = identity.value(0).toString();
        to.scalar(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, false) FROM %1")
                      .arg(table, column),
                  what);
    }
}

} // namespace

QList<CopiedTable> copyDatabase(Database &from, Database &to, const std::function<void(const QString &)> &progress)
{
    if (to.engine() != EngineKind::PostgreSQL)
        throw StoreError(MigrationText::tr("%1 is not a team database: give a PostgreSQL URI").arg(to.path()));
    if (from.engine() != EngineKind::SQLite)
        throw StoreError(MigrationText::tr("%1 is not a desktop file").arg(from.path()));
    if (from.schemaVersion() != to.schemaVersion())
        throw StoreError(MigrationText::tr("%1 and %2 have different schema versions").arg(from.path(), to.path()));
    const QStringList tables = tablesInDependencyOrder(to);
    Transaction transaction(to);
    refuseOccupied(to, tables);
    QList<CopiedTable> copied;
    for (const QString &table : tables) {
        if (table == QLatin1String("channeldesk_meta") || table == QLatin1String("team_members"))
            continue;
        if (progress)
            progress(table);
        if (ownTables().contains(table))
            to.execute(QStringLiteral("DELETE FROM %1").arg(table), MigrationText::tr("writing %1 to %2").arg(table, to.path()));
        copied.append({table, copyTable(from, to, table)});
        advanceIdentities(to, table);
    }
    QJsonObject counts;
    for (const CopiedTable &table : copied)
        counts.insert(table.table, table.rows);
    AuditLog(to).record(QStringLiteral("migrate"), QStringLiteral("database"), from.path(), counts);
    transaction.commit();
    return copied;
}

} // namespace cd::store
