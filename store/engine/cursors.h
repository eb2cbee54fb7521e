#pragma once

// Each engine's RowCursor and ReadConnection (rowcursor.h), made by its Engine. Private to store/engine.

#include "store/engine/location.h"
#include "store/engine/rowcursor.h"

struct sqlite3;
struct pg_conn;

namespace cd::store {

class Database;

// The sqlite3 handle under an SQLite Database's Qt connection.
sqlite3 *sqliteHandleOf(const Database &database); // throws StoreError
std::unique_ptr<RowCursor> makeSQLiteCursor(sqlite3 *connection, const QString &sql, const QVariantList &bindings);
// A read-only connection of its own to the database's file; nullptr for a database in memory or with a
// transaction open.
std::unique_ptr<ReadConnection> makeSQLiteReadConnection(const Database &database);

// The PGconn under a PostgreSQL Database's Qt connection.
pg_conn *postgresHandleOf(const Database &database); // throws StoreError
// Outside a transaction the cursor reads in one read-only transaction of its own; inside one, in that one.
std::unique_ptr<RowCursor> makePostgreSQLCursor(pg_conn *connection, const QString &sql, const QVariantList &bindings);
// A connection of its own to the same database; nullptr while a transaction is open on `database`.
std::unique_ptr<ReadConnection> makePostgreSQLReadConnection(const Database &database);

} // namespace cd::store
