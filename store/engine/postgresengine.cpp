// PostgreSQL: one database shared by a team, through Qt's QPSQL driver. The schema's version and the mark
// that the database is ChannelDesk's live in a table of their own, since PostgreSQL has no user_version.
#include "store/engine/engine.h"

#include "store/changefeed.h"
#include "store/engine/cursors.h"
#include "store/database.h"
#include "store/team/team.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace cd::store {

namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

// The channel every ChannelDesk table's statement trigger notifies, with the table's name as payload.
constexpr const char *changeChannel = "channeldesk_changes";

class NotificationFeed final : public ChangeFeed
{
public:
    NotificationFeed(Database &database, QObject *parent) : ChangeFeed(parent), m_driver(database.sql().driver())
    {
        if (!m_driver->subscribeToNotification(QLatin1String(changeChannel)))
            throw StoreError(DatabaseText::tr("cannot listen for the team's changes: %1")
                                 .arg(describeSqlError(m_driver->lastError())));
        connect(m_driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name == QLatin1String(changeChannel) && source == QSqlDriver::OtherSource)
                        emit changedElsewhere(payload.toString());
                });
    }
    ~NotificationFeed() override { m_driver->unsubscribeFromNotification(QLatin1String(changeChannel)); }

private:
    QSqlDriver *m_driver; // the connection's, which outlives the feed
};

// Seconds a connection attempt may take: an unreachable server is an error the user sees promptly.
constexpr int connectTimeoutSeconds = 5;

class PostgreSQLEngine final : public Engine
{
public:
    explicit PostgreSQLEngine(DatabaseLocation location) : m_location(std::move(location)) {}

    EngineKind kind() const override { return EngineKind::PostgreSQL; }

    QSqlDatabase open(const QString &connectionName) override
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            throw StoreError(DatabaseText::tr("cannot connect to %1: Qt's PostgreSQL driver is not installed "
                                              "(Debian package libqt6sql6-psql)")
                                 .arg(m_location.display()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_location.host);
        if (m_location.port > 0)
            db.setPort(m_location.port);
        db.setDatabaseName(m_location.databaseName);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=%1;application_name=ChannelDesk").arg(connectTimeoutSeconds));
        if (!db.open())
            throw ConnectionError(DatabaseText::tr("cannot connect to %1: %2")
                                 .arg(m_location.display(), describeSqlError(db.lastError()).trimmed()));
        return db;
    }

    void configure(Database &database) override
    {
        // CREATE … IF NOT EXISTS and the like report notices nobody needs to read.
        database.execute(QStringLiteral("SET client_min_messages = warning"), DatabaseText::tr("setting up the session"));
        refuseUnusable(database);
        // The audit trail names the server's user, not the desktop's: it is who the server let in.
        database.setActor(database.scalar(QStringLiteral("SELECT current_user"), DatabaseText::tr("setting up the session"))
                              .toString());
    }

    int schemaVersion(const Database &database) const override
    {
        if (!hasMetaTable(database))
            return 0;
        return database
            .scalar(QStringLiteral("SELECT value FROM channeldesk_meta WHERE key = 'schema_version'"),
                    DatabaseText::tr("reading the schema version"))
            .toInt();
    }

    int lockForMigration(Database &database) override
    {
        // Two desktops starting a new build at once: the second waits here, then finds the work done.
        database.execute(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::applicationId),
                         DatabaseText::tr("waiting for another migration"));
        return schemaVersion(database);
    }

    void recordSchemaVersion(Database &database, int version) override
    {
        const QString what = DatabaseText::tr("recording schema version %1").arg(version);
        database.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS channeldesk_meta ("
                                        " key TEXT COLLATE \"C\" PRIMARY KEY, value TEXT NOT NULL)"),
                         what);
        QSqlQuery query = database.prepare(QStringLiteral("INSERT INTO channeldesk_meta (key, value) VALUES (?, ?)"
                                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                           what);
        for (const auto &[key, value] : {std::pair{QStringLiteral("application_id"), QString::number(Database::applicationId)},
                                         std::pair{QStringLiteral("schema_version"), QString::number(version)}}) {
            query.addBindValue(key);
            query.addBindValue(value);
            Database::exec(query, what);
        }
    }

    // New tables get their grants, policies and change triggers; whoever migrates becomes the team's admin.
    void afterMigration(Database &database) override
    {
        Team(database).installSecurity();
        installChangeTriggers(database);
    }

    std::unique_ptr<RowCursor> cursor(const Database &database, const QString &sql,
                                      const QVariantList &bindings) const override
    {
        return makePostgreSQLCursor(postgresHandleOf(database), sql, bindings);
    }
    std::unique_ptr<ReadConnection> readConnection(const Database &database) const override
    {
        return makePostgreSQLReadConnection(database);
    }
    // The planner weighs both indexes by their statistics; it needs no hint.
    QString unindexed(const QString &column) const override { return column; }
    QString analyzeStatement(const QString &table) const override { return QStringLiteral("ANALYZE ") + table; }
    // ILIKE under COLLATE "C" folds ASCII letters only, as SQLite's LIKE.
    QString asciiCaseInsensitiveLike() const override { return QStringLiteral(" ILIKE"); }
    QString daysBetween(const QString &later, const QString &earlier) const override
    {
        return QStringLiteral("(CAST(%1 AS date) - CAST(%2 AS date))").arg(later, earlier);
    }

    std::unique_ptr<BulkInsert> bulkInsert(const Database &database, const QByteArray &table,
                                           const QByteArray &columns, int columnCount) const override
    {
        return makePostgreSQLBulkInsert(database, table, columns, columnCount);
    }
    // Foreign keys stay checked: pausing them would take a superuser.
    std::unique_ptr<ImportSettings> importSettings(Database &database, bool) const override
    {
        return makePostgreSQLImportSettings(database);
    }
    QList<Rebuildable> rebuildables(Database &database, const QStringList &tables) const override
    {
        return postgresRebuildables(database, tables);
    }
    qint64 reserveRowIds(Database &database, const QString &table, qint64 count) const override
    {
        return postgresReserveRowIds(database, table, count);
    }

    std::unique_ptr<ChangeFeed> watchChanges(Database &database, QObject *parent) override
    {
        return std::make_unique<NotificationFeed>(database, parent);
    }

    QString beginTransactionStatement() const override { return QStringLiteral("BEGIN"); }

    // SQLite's INTEGER is 64 bits and INTEGER PRIMARY KEY its row id; PostgreSQL's INTEGER is 32 bits, so
    // money in thousandths needs BIGINT. Text compares by code point in SQLite; COLLATE "C" makes every
    // ORDER BY and index of the team database sort as the desktop file does, whatever the server's locale.
    QString schemaStatement(const QString &statement) const override
    {
        static const QRegularExpression rowId(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
        static const QRegularExpression withoutRowId(QStringLiteral("\\s*\\bWITHOUT ROWID\\b"));
        QString translated = statement;
        translated.replace(withoutRowId, QString());
        translated.replace(rowId, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        translated.replace(integer, QStringLiteral("BIGINT"));
        translated.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
        return translated;
    }

private:
    // One notification per statement, not per row: an import of a million deals tells the team once.
    // PostgreSQL delivers them at commit, and folds repeats within a transaction into one.
    static void installChangeTriggers(Database &database)
    {
        const QString what = DatabaseText::tr("setting up change notifications");
        Transaction transaction(database);
        database.execute(QStringLiteral("CREATE OR REPLACE FUNCTION channeldesk_notify() RETURNS trigger LANGUAGE plpgsql AS"
                                        " $$ BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
                             .arg(QLatin1String(changeChannel)),
                         what);
        QStringList tables;
        {
            QSqlQuery query = database.prepare(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                                              " AND tablename NOT IN ('audit', 'channeldesk_meta')"),
                                               what);
            Database::exec(query, what);
            while (query.next())
                tables << query.value(0).toString();
        }
        for (const QString &table : tables) {
            database.execute(QStringLiteral("DROP TRIGGER IF EXISTS channeldesk_notify ON %1").arg(table), what);
            database.execute(QStringLiteral("CREATE TRIGGER channeldesk_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                            " ON %1 FOR EACH STATEMENT EXECUTE FUNCTION channeldesk_notify()")
                                 .arg(table),
                             what);
        }
        transaction.commit();
    }

    static bool hasMetaTable(const Database &database)
    {
        return !database
                    .scalar(QStringLiteral("SELECT to_regclass('channeldesk_meta')::text"),
                            DatabaseText::tr("reading the schema version"))
                    .isNull();
    }

    // A database with tables but no mark of ours is someone else's; one marked by a newer ChannelDesk is
    // left alone. Both are refused before anything is written.
    void refuseUnusable(Database &database) const
    {
        const QString name = m_location.display();
        if (!hasMetaTable(database)) {
            const qint64 tables = database
                                      .scalar(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables"
                                                             " WHERE schemaname = current_schema()"),
                                              DatabaseText::tr("reading the schema version"))
                                      .toLongLong();
            if (tables > 0)
                throw StoreError(DatabaseText::tr("%1 is not a ChannelDesk database (%2); it was not changed")
                                     .arg(name, DatabaseText::tr("it holds tables of another application")));
            return;
        }
        const QString application = database
                                        .scalar(QStringLiteral("SELECT value FROM channeldesk_meta WHERE key = 'application_id'"),
                                                DatabaseText::tr("reading the schema version"))
                                        .toString();
        if (application != QString::number(Database::applicationId))
            throw StoreError(DatabaseText::tr("%1 is not a ChannelDesk database (%2); it was not changed")
                                 .arg(name, DatabaseText::tr("it belongs to another application")));
        const int version = schemaVersion(database);
        if (version > Database::currentSchemaVersion())
            throw StoreError(DatabaseText::tr("%1 was written by a newer ChannelDesk (schema %2, this build knows %3); "
                                              "it was not changed")
                                 .arg(name)
                                 .arg(version)
                                 .arg(Database::currentSchemaVersion()));
    }

    DatabaseLocation m_location;
};

} // namespace

bool isPermissionRefusal(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501");
}

std::unique_ptr<Engine> makePostgreSQLEngine(const DatabaseLocation &location)
{
    return std::make_unique<PostgreSQLEngine>(location);
}

} // namespace cd::store
