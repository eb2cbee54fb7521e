// SQLite's bulk writes for the importer (bulkload.h): prepared multi-row INSERTs on the connection's own
// sqlite3 handle, bound straight from the file's bytes.
#include "store/engine/bulkload.h"

#include "store/database.h"
#include "store/engine/cursors.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <vector>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Importer)
};

// The page cache during an import, in KiB: 128 MiB at most. Most pages of a million deals stay in memory
// until the commit instead of spilling to the log and being read back, while the whole import stays under
// the 400 MB the desktop budget allows (docs/performance.md has the trade-off measured).
constexpr int kImportCacheKiB = 131072;
// While indexes are built: the sorts behind CREATE INDEX take a quarter less CPU time in runs of 4 MiB
// than in one run in a large cache (measured for a million deals: SQLite's in-memory merge sort chases
// pointers through all of its memory).
constexpr int kIndexingCacheKiB = 4096;

class Statement
{
public:
    Statement(sqlite3 *handle, const QByteArray &sql) : m_handle(handle)
    {
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            throw StoreError(DatabaseText::tr("preparing the import failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_statement; }

    void run(const DescribeWrite &describe)
    {
        const int result = sqlite3_step(m_statement);
        const int reset = sqlite3_reset(m_statement);
        if ((result != SQLITE_DONE && result != SQLITE_ROW) || reset != SQLITE_OK)
            throw StoreError(DatabaseText::tr("%1 failed: %2").arg(describe(), QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
};

// "INSERT INTO table (columns) VALUES (?,…),(?,…)…", one statement per number of rows, made on first use:
// a statement's start and end (cursors opened, checks armed) then count once per batch.
class SQLiteBulkInsert final : public BulkInsert
{
public:
    SQLiteBulkInsert(sqlite3 *handle, const QByteArray &table, const QByteArray &columns, int columnCount)
        : m_handle(handle), m_head("INSERT INTO " + table + " (" + columns + ')'), m_columnCount(columnCount)
    {
    }

    void beginRows(std::size_t rows) override
    {
        if (m_byRows.size() <= rows)
            m_byRows.resize(rows + 1);
        std::unique_ptr<Statement> &statement = m_byRows[rows];
        if (!statement) {
            QByteArray row = "(";
            for (int c = 0; c < m_columnCount; ++c)
                row += c == 0 ? "?" : ",?";
            row += ')';
            QByteArray sql = m_head;
            for (std::size_t r = 0; r < rows; ++r) {
                sql += r == 0 ? " VALUES " : ",";
                sql += row;
            }
            statement = std::make_unique<Statement>(m_handle, sql);
        }
        m_current = statement->get();
        m_currentStatement = statement.get();
        m_parameter = 1;
    }
    void integer(qint64 value) override { sqlite3_bind_int64(m_current, m_parameter++, value); }
    void text(QByteArrayView utf8) override
    {
        sqlite3_bind_text(m_current, m_parameter++, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void textOrNull(QByteArrayView utf8) override
    {
        if (utf8.isEmpty())
            sqlite3_bind_null(m_current, m_parameter++);
        else
            sqlite3_bind_text(m_current, m_parameter++, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void endRows(const DescribeWrite &describe) override { m_currentStatement->run(describe); }
    void flush(const DescribeWrite &) override {}

private:
    sqlite3 *m_handle;
    QByteArray m_head;
    int m_columnCount;
    std::vector<std::unique_ptr<Statement>> m_byRows;
    sqlite3_stmt *m_current = nullptr;
    Statement *m_currentStatement = nullptr;
    int m_parameter = 1;
};

class SQLiteImportSettings final : public ImportSettings
{
public:
    SQLiteImportSettings(Database &database, bool pauseForeignKeys) : m_database(database)
    {
        m_oldCacheSize = database.scalar(QStringLiteral("PRAGMA cache_size"), ImporterText::tr("reading the cache size")).toLongLong();
        setCacheKiB(kImportCacheKiB, ImporterText::tr("enlarging the cache for the import"));
        // A bulk load of deals checks every partner it names itself and hands out the deal rowids the
        // shares refer to, so SQLite's own foreign-key lookups (one per deal and two per share: measured,
        // a third of the insert time) only repeat them. The setting is the connection's, never the file's,
        // and is outside the transaction's all-or-nothing: SQLite ignores it inside a transaction, where
        // it then stays on.
        if (pauseForeignKeys && sqlite3_get_autocommit(sqliteHandleOf(database)) != 0) {
            database.execute(QStringLiteral("PRAGMA foreign_keys = OFF"), ImporterText::tr("preparing the import"));
            m_pausedForeignKeys = true;
        }
    }
    ~SQLiteImportSettings() override
    {
        QSqlQuery query(m_database.sql());
        query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_oldCacheSize));
        if (m_pausedForeignKeys)
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }

    void beforeIndexing() override { setCacheKiB(kIndexingCacheKiB, ImporterText::tr("indexing the deals")); }
    void afterIndexing() override { setCacheKiB(kImportCacheKiB, ImporterText::tr("indexing the deals")); }
    // SQLite plans without statistics as well as with them here: the queries that matter say which index
    // to take or skip (Engine::unindexed), and ANALYZE would read every index once more.
    void loaded(const QStringList &) override {}
    void committed() override {}

private:
    void setCacheKiB(int kib, const QString &what)
    {
        m_database.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kib), what); // negative: KiB
    }

    Database &m_database;
    qint64 m_oldCacheSize = 0;
    bool m_pausedForeignKeys = false;
};

} // namespace

std::unique_ptr<BulkInsert> makeSQLiteBulkInsert(const Database &database, const QByteArray &table,
                                                 const QByteArray &columns, int columnCount)
{
    return std::make_unique<SQLiteBulkInsert>(sqliteHandleOf(database), table, columns, columnCount);
}

std::unique_ptr<ImportSettings> makeSQLiteImportSettings(Database &database, bool pauseForeignKeys)
{
    return std::make_unique<SQLiteImportSettings>(database, pauseForeignKeys);
}

QList<Rebuildable> sqliteRebuildables(Database &database, const QStringList &tables)
{
    // Indexes SQLite makes for PRIMARY KEY and UNIQUE have no SQL of their own and stay.
    const QString what = ImporterText::tr("preparing the import");
    QSqlQuery query = database.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                                      " AND sql IS NOT NULL AND tbl_name = ? ORDER BY name"),
                                       what);
    QList<Rebuildable> indexes;
    for (const QString &table : tables) {
        query.addBindValue(table);
        Database::exec(query, what);
        while (query.next())
            indexes << Rebuildable{QStringLiteral("DROP INDEX \"%1\"").arg(query.value(0).toString()), query.value(1).toString()};
    }
    return indexes;
}

qint64 sqliteReserveRowIds(Database &database, const QString &table)
{
    // The largest plus one, as SQLite would hand out itself: the import's write transaction keeps every
    // other connection from writing meanwhile.
    return database.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table), ImporterText::tr("reading deals"))
        .toLongLong();
}

} // namespace cd::store
