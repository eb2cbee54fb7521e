#pragma once

#include "store/engine/bulkload.h"
#include "store/engine/location.h"
#include "store/engine/rowcursor.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QObject;

namespace cd::store {

class ChangeFeed;
class Database;

enum class EngineKind { SQLite, PostgreSQL };

// What differs between SQLite and PostgreSQL, in one place for each (sqliteengine.cpp, postgresengine.cpp):
// how a connection opens and is set up, where the schema version is kept, how a transaction starts, and
// the types of the schema's columns. Everything else in the store is one SQL for both.
class Engine
{
public:
    virtual ~Engine() = default;
    virtual EngineKind kind() const = 0;

    // Refuses a database that is not ChannelDesk's or is newer than this build, before writing to it; then
    // opens `connectionName` on it. Throws StoreError.
    virtual QSqlDatabase open(const QString &connectionName) = 0;
    // Session settings, run once after open().
    virtual void configure(Database &database) = 0;

    virtual int schemaVersion(const Database &database) const = 0;
    // Inside a migration's transaction: waits for any other migrating process, then returns the version.
    virtual int lockForMigration(Database &database) = 0;
    virtual void recordSchemaVersion(Database &database, int version) = 0;
    // After open() brought the schema up to date: what the engine keeps beside the tables (team roles).
    virtual void afterMigration(Database &database) = 0;

    virtual QString beginTransactionStatement() const = 0;
    // The schema steps are written with SQLite's column types (INTEGER PRIMARY KEY, INTEGER, TEXT, WITHOUT
    // ROWID); each engine says what they are in its own types.
    virtual QString schemaStatement(const QString &statement) const = 0;

    // Rows of one query straight from the engine's client library, on the database's own connection.
    virtual std::unique_ptr<RowCursor> cursor(const Database &database, const QString &sql,
                                              const QVariantList &bindings) const = 0;
    // A second connection seeing what `database` sees, for a reader on another thread; nullptr where none
    // would (a database in memory, or a transaction open on `database`).
    virtual std::unique_ptr<ReadConnection> readConnection(const Database &database) const = 0;
    // The column in a condition the planner must not choose an index for: SQLite would pick the less
    // selective one where a query walks another index in order (`+column` is its way to say so).
    virtual QString unindexed(const QString &column) const = 0;
    // What tells the planner how many rows a table just filled holds (a temporary table of matches), or
    // an empty string where the engine does not plan by such statistics.
    virtual QString analyzeStatement(const QString &table) const = 0;
    // The operator matching a LIKE pattern with ASCII letters in either case, as SQLite's LIKE does.
    virtual QString asciiCaseInsensitiveLike() const = 0;
    // Whole days from the ISO date `earlier` to the ISO date `later`, both SQL expressions.
    virtual QString daysBetween(const QString &later, const QString &earlier) const = 0;

    // The importer's bulk writes (bulkload.h): rows of `table` with `columns`, a column list as in SQL.
    virtual std::unique_ptr<BulkInsert> bulkInsert(const Database &database, const QByteArray &table,
                                                   const QByteArray &columns, int columnCount) const = 0;
    // Set for one import call, before its transaction; `pauseForeignKeys` where the importer checks the
    // references of what it loads itself.
    virtual std::unique_ptr<ImportSettings> importSettings(Database &database, bool pauseForeignKeys) const = 0;
    // What of `tables` a bulk load may drop and make again, in the order to drop it (make it again in
    // reverse): indexes not behind a constraint and, where the engine cannot pause them, foreign keys;
    // nothing the member may not drop.
    virtual QList<Rebuildable> rebuildables(Database &database, const QStringList &tables) const = 0;
    // Inside a transaction: the first of `count` row ids for new rows of `table` that nobody else will use.
    virtual qint64 reserveRowIds(Database &database, const QString &table, qint64 count) const = 0;

    // Watches for commits by other connections (changefeed.h).
    virtual std::unique_ptr<ChangeFeed> watchChanges(Database &database, QObject *parent) = 0;
};

std::unique_ptr<Engine> makeSQLiteEngine(const DatabaseLocation &location);
std::unique_ptr<Engine> makePostgreSQLEngine(const DatabaseLocation &location);

// The driver's own words for a failure, for messages.
QString describeSqlError(const class QSqlError &error);
// Whether the server refused the statement for the user's privileges (PostgreSQL's insufficient_privilege,
// which row-level security violations share). SQLite never refuses a user.
bool isPermissionRefusal(const class QSqlError &error);

} // namespace cd::store
