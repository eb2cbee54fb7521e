// PostgreSQL's bulk writes for the importer (bulkload.h): COPY … FROM STDIN in text form on the Qt
// connection's own PGconn. QPSQL would send one INSERT and its round trip per row.
#include "store/engine/bulkload.h"

#include "store/database.h"
#include "store/engine/cursors.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <charconv>
#include <memory>

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

[[noreturn]] void failWriting(const DescribeWrite &describe, PGresult *result, PGconn *connection)
{
    const QString said = postgresFailureText(result, connection);
    throwPostgresFailure(DatabaseText::tr("%1 failed: %2").arg(describe(), said), said, result, connection);
}

// Rows ended are kept as COPY's text form and sent by flush() in one COPY statement.
class PostgreSQLBulkInsert final : public BulkInsert
{
public:
    PostgreSQLBulkInsert(PGconn *connection, const QByteArray &table, const QByteArray &columns, int columnCount)
        : m_connection(connection), m_copy("COPY " + table + " (" + columns + ") FROM STDIN"), m_columnCount(columnCount)
    {
    }

    void beginRows(std::size_t) override {}
    void integer(qint64 value) override
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_rows.append(digits, end - digits);
        endField();
    }
    void text(QByteArrayView utf8) override
    {
        appendEscaped(utf8);
        endField();
    }
    void textOrNull(QByteArrayView utf8) override
    {
        if (utf8.isEmpty())
            m_rows.append("\\N", 2);
        else
            appendEscaped(utf8);
        endField();
    }
    void endRows(const DescribeWrite &) override {}

    void flush(const DescribeWrite &describe) override
    {
        if (m_rows.isEmpty())
            return;
        PGresult *started = PQexec(m_connection, m_copy.constData());
        if (PQresultStatus(started) != PGRES_COPY_IN)
            failWriting(describe, started, m_connection);
        PQclear(started);
        if (PQputCopyData(m_connection, m_rows.constData(), int(m_rows.size())) != 1
            || PQputCopyEnd(m_connection, nullptr) != 1)
            failWriting(describe, nullptr, m_connection);
        m_rows.clear();
        // The COPY's own result, then the end of its results.
        PGresult *result = PQgetResult(m_connection);
        const bool written = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!written) {
            while (PGresult *more = PQgetResult(m_connection))
                PQclear(more);
            failWriting(describe, result, m_connection);
        }
        PQclear(result);
        while (PGresult *more = PQgetResult(m_connection))
            PQclear(more);
    }

private:
    void endField()
    {
        if (++m_column == m_columnCount) {
            m_rows.append('\n');
            m_column = 0;
        } else {
            m_rows.append('\t');
        }
    }
    // COPY's text form takes every byte as it is but the backslash and the separators.
    void appendEscaped(QByteArrayView utf8)
    {
        qsizetype plain = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8[i];
            const char *escape = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
            if (!escape)
                continue;
            m_rows.append(utf8.data() + plain, i - plain);
            m_rows.append(escape, 2);
            plain = i + 1;
        }
        m_rows.append(utf8.data() + plain, utf8.size() - plain);
    }

    PGconn *m_connection;
    QByteArray m_copy;
    int m_columnCount;
    int m_column = 0;
    QByteArray m_rows;
};

class PostgreSQLImportSettings final : public ImportSettings
{
public:
    explicit PostgreSQLImportSettings(Database &database) : m_database(database) {}

    // CREATE INDEX sorts in memory up to this much, within the import's transaction only (the server's
    // default of 64 MB spills a million deals' sort keys to disk).
    void beforeIndexing() override
    {
        m_database.execute(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"), ImporterText::tr("indexing the deals"));
    }
    void afterIndexing() override
    {
        m_database.execute(QStringLiteral("SET LOCAL maintenance_work_mem TO DEFAULT"), ImporterText::tr("indexing the deals"));
    }
    void loaded(const QStringList &tables) override { m_loaded += tables; }
    // A table filled in one transaction has no statistics and no page marked all-visible until autovacuum
    // comes by: plans assume a few rows, and the dashboard's covering index cannot be read without the
    // table. Measured right after a million deals' import: the region refresh took 15.9 s, 3.1 s after
    // ANALYZE, 0.52 s after VACUUM (ANALYZE), which itself took 1.3 s. VACUUM cannot run in a transaction:
    // inside a caller's, the statistics at least are made.
    void committed() override
    {
        if (m_loaded.isEmpty())
            return;
        const bool idle = PQtransactionStatus(postgresHandleOf(m_database)) == PQTRANS_IDLE;
        const QString tables = m_loaded.join(QStringLiteral(", "));
        try {
            m_database.execute((idle ? QStringLiteral("VACUUM (ANALYZE) ") : QStringLiteral("ANALYZE ")) + tables,
                               ImporterText::tr("indexing the deals"));
        } catch (const StoreError &error) {
            qWarning("after the import: %s", qPrintable(error.message()));
        }
        m_loaded.clear();
    }

private:
    Database &m_database;
    QStringList m_loaded;
};

} // namespace

std::unique_ptr<BulkInsert> makePostgreSQLBulkInsert(const Database &database, const QByteArray &table,
                                                     const QByteArray &columns, int columnCount)
{
    return std::make_unique<PostgreSQLBulkInsert>(postgresHandleOf(database), table, columns, columnCount);
}

std::unique_ptr<ImportSettings> makePostgreSQLImportSettings(Database &database)
{
    return std::make_unique<PostgreSQLImportSettings>(database);
}

QList<Rebuildable> postgresRebuildables(Database &database, const QStringList &tables)
{
    // Only an owner of the table (the team's admins) may drop what it has, so a manager's import keeps
    // them up to date row by row. Indexes behind a primary key, unique or exclusion constraint stay.
    // Foreign keys go too: checked row by row they took most of a million deals' import (measured: 26 s
    // against the floor's 1.5 s), while ADD CONSTRAINT checks all rows in one join when they come back,
    // so the load stays as checked as before.
    const QString what = ImporterText::tr("preparing the import");
    QSqlQuery foreignKeys = database.prepare(QStringLiteral("SELECT c.conname, pg_get_constraintdef(c.oid)"
                                                            " FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                                                            " WHERE c.conrelid = to_regclass(?) AND c.contype = 'f'"
                                                            " AND pg_has_role(t.relowner, 'USAGE')"
                                                            " ORDER BY c.conname"),
                                             what);
    QSqlQuery indexes = database.prepare(QStringLiteral("SELECT i.relname, pg_get_indexdef(x.indexrelid)"
                                                        " FROM pg_index x"
                                                        " JOIN pg_class i ON i.oid = x.indexrelid"
                                                        " JOIN pg_class t ON t.oid = x.indrelid"
                                                        " WHERE x.indrelid = to_regclass(?)"
                                                        " AND pg_has_role(t.relowner, 'USAGE')"
                                                        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
                                                        " ORDER BY i.relname"),
                                         what);
    QList<Rebuildable> dropped;
    for (const QString &table : tables) {
        foreignKeys.addBindValue(table);
        Database::exec(foreignKeys, what);
        while (foreignKeys.next()) {
            const QString name = foreignKeys.value(0).toString();
            dropped << Rebuildable{QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT \"%2\"").arg(table, name),
                                   QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT \"%2\" %3")
                                       .arg(table, name, foreignKeys.value(1).toString())};
        }
    }
    for (const QString &table : tables) {
        indexes.addBindValue(table);
        Database::exec(indexes, what);
        while (indexes.next())
            dropped << Rebuildable{QStringLiteral("DROP INDEX \"%1\"").arg(indexes.value(0).toString()),
                                   indexes.value(1).toString()};
    }
    return dropped;
}

qint64 postgresReserveRowIds(Database &database, const QString &table, qint64 count)
{
    // Rows another member cannot see (row-level security) still hold ids, so the ids come from the
    // table's sequence, not from the largest id in sight. The lock keeps other members' inserts into the
    // table waiting until the import ends, so that the ids taken here are one unbroken run.
    const QString what = ImporterText::tr("reading deals");
    database.execute(QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table), what);
    const QString sequence = QStringLiteral("pg_get_serial_sequence('%1', 'id')").arg(table);
    const qint64 first = database.scalar(QStringLiteral("SELECT nextval(%1)").arg(sequence), what).toLongLong();
    if (count > 1)
        database.scalar(QStringLiteral("SELECT setval(%1, %2)").arg(sequence).arg(first + count - 1), what);
    return first;
}

} // namespace cd::store
