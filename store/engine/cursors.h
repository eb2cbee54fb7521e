#pragma once

// Each engine's RowCursor and ReadConnection (rowcursor.h) and bulk writers (bulkload.h), made by its
// Engine. Private to store/engine.

#include "store/engine/bulkload.h"
#include "store/engine/location.h"
#include "store/engine/rowcursor.h"

struct sqlite3;
struct pg_conn;
struct pg_result;

namespace cd::store {

class Database;

// The sqlite3 handle under an SQLite Database's Qt connection.
sqlite3 *sqliteHandleOf(const Database &database); // throws StoreError
std::unique_ptr<RowCursor> makeSQLiteCursor(sqlite3 *connection, const QString &sql, const QVariantList &bindings);
// A read-only connection of its own to the database's file; nullptr for a database in memory or with a
// transaction open.
std::unique_ptr<ReadConnection> makeSQLiteReadConnection(const Database &database);
std::unique_ptr<BulkInsert> makeSQLiteBulkInsert(const Database &database, const QByteArray &table,
                                                 const QByteArray &columns, int columnCount);
std::unique_ptr<ImportSettings> makeSQLiteImportSettings(Database &database, bool pauseForeignKeys);
QList<Rebuildable> sqliteRebuildables(Database &database, const QStringList &tables);
qint64 sqliteReserveRowIds(Database &database, const QString &table);

// The PGconn under a PostgreSQL Database's Qt connection.
pg_conn *postgresHandleOf(const Database &database); // throws StoreError
// Outside a transaction the cursor reads in one read-only transaction of its own; inside one, in that one.
std::unique_ptr<RowCursor> makePostgreSQLCursor(pg_conn *connection, const QString &sql, const QVariantList &bindings);
// A connection of its own to the same database; nullptr while a transaction is open on `database`.
std::unique_ptr<ReadConnection> makePostgreSQLReadConnection(const Database &database);
std::unique_ptr<BulkInsert> makePostgreSQLBulkInsert(const Database &database, const QByteArray &table,
                                                     const QByteArray &columns, int columnCount);
std::unique_ptr<ImportSettings> makePostgreSQLImportSettings(Database &database);
QList<Rebuildable> postgresRebuildables(Database &database, const QStringList &tables);
qint64 postgresReserveRowIds(Database &database, const QString &table, qint64 count);

// The server's words for a failure: from `result` when there is one, else from the connection.
QString postgresFailureText(const pg_result *result, pg_conn *connection);
// Throws `message` as the kind of failure it is: PermissionError for a refusal for the member's role,
// ConnectionError when the connection is lost, else StoreError. Frees `result`.
[[noreturn]] void throwPostgresFailure(const QString &message, const QString &serverText, pg_result *result,
                                       pg_conn *connection);

} // namespace cd::store
