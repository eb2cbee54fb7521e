#include "store/engine/cursors.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cd::store {

namespace {

// The dashboard is what reads through cursors; its messages keep their context.
struct CursorText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DashboardQuery)
};

class SQLiteCursor final : public RowCursor
{
public:
    SQLiteCursor(sqlite3 *connection, const QString &sql, const QVariantList &bindings) : m_handle(connection)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            throw StoreError(CursorText::tr("preparing the dashboard query failed: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
        int index = 1;
        for (const QVariant &value : bindings) {
            if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(m_statement, index, value.toLongLong());
            } else {
                m_bound << value.toString().toUtf8();
                sqlite3_bind_text(m_statement, index, m_bound.last().constData(), int(m_bound.last().size()),
                                  SQLITE_STATIC);
            }
            ++index;
        }
    }
    ~SQLiteCursor() override { sqlite3_finalize(m_statement); }

    bool next() override
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result == SQLITE_DONE)
            return false;
        throw StoreError(CursorText::tr("reading the dashboard figures failed: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QByteArrayView bytes(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    QList<QByteArray> m_bound;
};

class SQLiteReadConnection final : public ReadConnection
{
public:
    explicit SQLiteReadConnection(const QString &path)
    {
        const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle,
                                           SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        if (opened != SQLITE_OK) {
            const QString reason = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::number(opened);
            sqlite3_close(m_handle);
            throw StoreError(CursorText::tr("opening a second connection to %1 failed: %2").arg(path, reason));
        }
        sqlite3_busy_timeout(m_handle, 5000);
    }
    ~SQLiteReadConnection() override { sqlite3_close(m_handle); }

    std::unique_ptr<RowCursor> cursor(const QString &sql, const QVariantList &bindings) override
    {
        return makeSQLiteCursor(m_handle, sql, bindings);
    }

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace

sqlite3 *sqliteHandleOf(const Database &database)
{
    const QVariant handle = database.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(CursorText::tr("the database connection does not expose its SQLite handle"));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

std::unique_ptr<RowCursor> makeSQLiteCursor(sqlite3 *connection, const QString &sql, const QVariantList &bindings)
{
    return std::make_unique<SQLiteCursor>(connection, sql, bindings);
}

std::unique_ptr<ReadConnection> makeSQLiteReadConnection(const Database &database)
{
    const QString path = database.path();
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file:"))
        || !QFileInfo::exists(path))
        return nullptr;
    if (database.transactionDepth() > 0 || sqlite3_get_autocommit(sqliteHandleOf(database)) == 0)
        return nullptr;
    return std::make_unique<SQLiteReadConnection>(path);
}

} // namespace cd::store
