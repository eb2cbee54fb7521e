// PostgreSQL's RowCursor: a server-side cursor read in batches through libpq on the Qt connection's own
// PGconn. QPSQL would hold the whole result (or a PGresult per row) and a QVariant per value; a batch of
// rows as text costs a fraction of that at a million deals.
#include "store/engine/cursors.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <utility>
#include <vector>

namespace cd::store {

namespace {

struct CursorText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DashboardQuery)
};

bool isIdle(PGconn *connection)
{
    return PQtransactionStatus(connection) == PQTRANS_IDLE;
}

// Rows fetched per round trip: large enough that the trips cost nothing next to the rows, small enough
// that a batch stays a few megabytes.
constexpr int batchRows = 20000;

// The store writes its SQL with SQLite's `?` and `?N` placeholders; libpq takes `$N`. Quoted literals and
// names are copied as they are.
QByteArray numberedPlaceholders(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int next = 0;
    char quote = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        // As in SQLite, a bare `?` takes the number after the largest one so far.
        out += '$';
        if (i + 1 < in.size() && in[i + 1] >= '0' && in[i + 1] <= '9') {
            int number = 0;
            while (i + 1 < in.size() && in[i + 1] >= '0' && in[i + 1] <= '9') {
                number = number * 10 + (in[i + 1] - '0');
                out += in[++i];
            }
            next = std::max(next, number);
        } else {
            out += QByteArray::number(++next);
        }
    }
    return out;
}

// A failed statement as the store reports it: lost connections and refusals for the role by their kinds.
// Frees the result.
[[noreturn]] void fail(const QString &message, PGresult *result, PGconn *connection)
{
    const QString said = postgresFailureText(result, connection);
    throwPostgresFailure(message.arg(said), said, result, connection);
}

// Runs a statement without rows; throws with `message` ("… failed: %1") when it fails.
void command(PGconn *connection, const char *sql, const QString &message)
{
    PGresult *result = PQexec(connection, sql);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(message, result, connection);
    PQclear(result);
}

class PostgreSQLCursor final : public RowCursor
{
public:
    PostgreSQLCursor(PGconn *connection, const QString &sql, const QVariantList &bindings)
        : m_connection(connection), m_ownTransaction(isIdle(connection))
    {
        static std::atomic<quint64> cursors{0};
        m_name = "channeldesk_rows_" + QByteArray::number(++cursors);
        const QString preparing = CursorText::tr("preparing the dashboard query failed: %1");
        if (m_ownTransaction)
            command(m_connection, "BEGIN READ ONLY", preparing);
        std::vector<QByteArray> values;
        values.reserve(std::size_t(bindings.size()));
        for (const QVariant &value : bindings)
            values.push_back(value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
                                 ? QByteArray::number(value.toLongLong())
                                 : value.toString().toUtf8());
        std::vector<const char *> pointers;
        for (const QByteArray &value : values)
            pointers.push_back(value.constData());
        const QByteArray declare = "DECLARE " + m_name + " NO SCROLL CURSOR FOR " + numberedPlaceholders(sql);
        PGresult *result = PQexecParams(m_connection, declare.constData(), int(pointers.size()), nullptr,
                                        pointers.data(), nullptr, nullptr, 0);
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            try {
                fail(preparing, result, m_connection);
            } catch (...) {
                end();
                throw;
            }
        }
        PQclear(result);
        m_open = true;
    }

    ~PostgreSQLCursor() override
    {
        PQclear(m_batch);
        end();
    }

    bool next() override
    {
        if (++m_row < m_rows)
            return true;
        if (m_exhausted)
            return false;
        PQclear(m_batch);
        m_batch = nullptr;
        const QByteArray fetch = "FETCH " + QByteArray::number(batchRows) + " FROM " + m_name;
        m_batch = PQexec(m_connection, fetch.constData());
        if (PQresultStatus(m_batch) != PGRES_TUPLES_OK)
            fail(CursorText::tr("reading the dashboard figures failed: %1"), std::exchange(m_batch, nullptr),
                 m_connection);
        m_rows = PQntuples(m_batch);
        m_row = 0;
        m_exhausted = m_rows < batchRows;
        return m_rows > 0;
    }

    qint64 integer(int column) const override
    {
        const QByteArrayView text = bytes(column);
        // Booleans come as t/f; everything the store reads as a number is an integer in text.
        if (text == "t")
            return 1;
        qint64 value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }
    bool isNull(int column) const override { return PQgetisnull(m_batch, m_row, column) != 0; }
    QByteArrayView bytes(int column) const override
    {
        return QByteArrayView(PQgetvalue(m_batch, m_row, column), PQgetlength(m_batch, m_row, column));
    }

private:
    // Closes the cursor and ends the transaction it opened; after a failure the server has done both or
    // awaits the rollback.
    void end()
    {
        const PGTransactionStatusType status = PQtransactionStatus(m_connection);
        if (m_open && status == PQTRANS_INTRANS && !m_ownTransaction)
            PQclear(PQexec(m_connection, QByteArray("CLOSE " + m_name).constData()));
        if (m_ownTransaction && (status == PQTRANS_INTRANS || status == PQTRANS_INERROR))
            PQclear(PQexec(m_connection, status == PQTRANS_INERROR ? "ROLLBACK" : "COMMIT"));
        m_open = false;
    }

    PGconn *m_connection;
    bool m_ownTransaction;
    bool m_open = false;
    QByteArray m_name;
    PGresult *m_batch = nullptr;
    int m_rows = 0;
    int m_row = -1;
    bool m_exhausted = false;
};

class PostgreSQLReadConnection final : public ReadConnection
{
public:
    explicit PostgreSQLReadConnection(const DatabaseLocation &location)
    {
        const QByteArray host = location.host.toUtf8(), port = location.port > 0 ? QByteArray::number(location.port) : QByteArray(),
                         name = location.databaseName.toUtf8(), user = location.user.toUtf8(),
                         password = location.password.toUtf8();
        std::vector<const char *> keys, values;
        const auto set = [&](const char *key, const QByteArray &value) {
            if (!value.isEmpty()) {
                keys.push_back(key);
                values.push_back(value.constData());
            }
        };
        set("host", host);
        set("port", port);
        set("dbname", name);
        set("user", user);
        set("password", password);
        const QByteArray timeout = "5", application = "ChannelDesk";
        set("connect_timeout", timeout);
        set("application_name", application);
        keys.push_back(nullptr);
        values.push_back(nullptr);
        m_connection = PQconnectdbParams(keys.data(), values.data(), 0);
        if (PQstatus(m_connection) != CONNECTION_OK) {
            const QString reason = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
            PQfinish(m_connection);
            throw ConnectionError(
                CursorText::tr("opening a second connection to %1 failed: %2").arg(location.display(), reason));
        }
    }
    ~PostgreSQLReadConnection() override { PQfinish(m_connection); }

    std::unique_ptr<RowCursor> cursor(const QString &sql, const QVariantList &bindings) override
    {
        return makePostgreSQLCursor(m_connection, sql, bindings);
    }

private:
    PGconn *m_connection = nullptr;
};

} // namespace

QString postgresFailureText(const PGresult *result, pg_conn *connection)
{
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    return QString::fromUtf8(message).trimmed().remove(QLatin1String("ERROR:  "));
}

void throwPostgresFailure(const QString &message, const QString &serverText, PGresult *result, pg_conn *connection)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const bool refused = state && qstrcmp(state, "42501") == 0;
    PQclear(result);
    if (refused)
        throw PermissionError(message, serverText);
    if (PQstatus(connection) == CONNECTION_BAD)
        throw ConnectionError(message);
    throw StoreError(message);
}

pg_conn *postgresHandleOf(const Database &database)
{
    const QVariant handle = database.sql().driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw StoreError(CursorText::tr("the database connection does not expose its PostgreSQL handle"));
    return *static_cast<PGconn *const *>(handle.constData());
}

std::unique_ptr<RowCursor> makePostgreSQLCursor(pg_conn *connection, const QString &sql, const QVariantList &bindings)
{
    return std::make_unique<PostgreSQLCursor>(connection, sql, bindings);
}

std::unique_ptr<ReadConnection> makePostgreSQLReadConnection(const Database &database)
{
    if (database.transactionDepth() > 0 || !isIdle(postgresHandleOf(database)))
        return nullptr;
    return std::make_unique<PostgreSQLReadConnection>(database.location());
}

} // namespace cd::store
