#pragma once

#include <memory>
#include <vector>

// A prepared statement on the sqlite3 handle under a Database's Qt connection, for the importer's bulk
// inserts: it binds UTF-8 bytes straight from the mapped CSV file, where QSqlQuery would build a QVariant
// and a QString per field (measured: the Qt path costs about 3 µs a row more, a third of the budget for a
// million deals). Private to core/store.

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cd::store {
class Database;
}

namespace cd::store::detail {

// Whether the connection is outside any transaction (SQLite's autocommit mode): connection settings such
// as PRAGMA foreign_keys only take effect there.
bool isOutsideTransaction(const Database &database);

class SqliteStatement
{
public:
    SqliteStatement(const Database &database, const char *sql); // throws StoreError
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1. The bytes must stay valid until run() returns.
    void bindText(int index, QByteArrayView utf8);         // '' when empty
    void bindTextOrNull(int index, QByteArrayView utf8);   // NULL when empty
    void bindInteger(int index, qint64 value);
    // Executes and resets; throws StoreError naming what was being done (built only on failure).
    template<typename Describe>
    void run(Describe &&what)
    {
        if (!step())
            fail(what());
    }
    qint64 lastInsertRowId() const;

private:
    bool step();
    [[noreturn]] void fail(const QString &what) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// Prepared "HEAD VALUES (?,…),(?,…)…" statements, one per number of rows, made on first use: bulk
// writers insert many rows per statement, so that a statement's start and end count once per batch.
class BatchInsert
{
public:
    BatchInsert(const Database &database, const char *head, int columns)
        : m_database(database), m_head(head), m_columns(columns)
    {
    }
    SqliteStatement &forRows(std::size_t rows); // throws StoreError

private:
    const Database &m_database;
    const char *m_head;
    int m_columns;
    std::vector<std::unique_ptr<SqliteStatement>> m_byRows;
};

} // namespace cd::store::detail
