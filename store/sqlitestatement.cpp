#include "store/sqlitestatement.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

sqlite3 *handleOf(const Database &database)
{
    const QVariant handle = database.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(DatabaseText::tr("the database connection does not expose its SQLite handle"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool isOutsideTransaction(const Database &database)
{
    return sqlite3_get_autocommit(handleOf(database)) != 0;
}

SqliteStatement::SqliteStatement(const Database &database, const char *sql)
{
    m_handle = handleOf(database);
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        throw StoreError(DatabaseText::tr("preparing the import failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindTextOrNull(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

bool SqliteStatement::step()
{
    const int result = sqlite3_step(m_statement);
    const int reset = sqlite3_reset(m_statement);
    return (result == SQLITE_DONE || result == SQLITE_ROW) && reset == SQLITE_OK;
}

void SqliteStatement::fail(const QString &what) const
{
    throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

SqliteStatement &BatchInsert::forRows(std::size_t rows)
{
    if (m_byRows.size() <= rows)
        m_byRows.resize(rows + 1);
    std::unique_ptr<SqliteStatement> &statement = m_byRows[rows];
    if (!statement) {
        QByteArray row = "(";
        for (int c = 0; c < m_columns; ++c)
            row += c == 0 ? "?" : ",?";
        row += ')';
        QByteArray sql = m_head;
        for (std::size_t r = 0; r < rows; ++r) {
            sql += r == 0 ? " VALUES " : ",";
            sql += row;
        }
        statement = std::make_unique<SqliteStatement>(m_database, sql.constData());
    }
    return *statement;
}

} // namespace cd::store::detail
