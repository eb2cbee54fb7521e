#pragma once

// The engine a store test runs against, so that one test source covers both: ctest runs every store test
// twice, once as it is (SQLite) and once with CHANNELDESK_TEST_ENGINE=postgresql, where CHANNELDESK_TEST_PG
// is the superuser URI of the throwaway cluster scripts/test starts. Each TestDatabase is a new, empty
// database: a file in a temporary folder, or a PostgreSQL database created for it and dropped after, in an
// English locale as servers usually are (the cluster itself is C.UTF-8).

#include "core/records/records.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::test {

inline bool onPostgreSQL()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_ENGINE") == QLatin1String("postgresql");
}

// The cluster's superuser URI; a PostgreSQL run without one is a broken set-up, not a pass.
inline QString clusterUri()
{
    const QString uri = qEnvironmentVariable("CHANNELDESK_TEST_PG");
    if (uri.isEmpty())
        qFatal("CHANNELDESK_TEST_ENGINE=postgresql needs CHANNELDESK_TEST_PG, the URI of a test cluster (scripts/test)");
    return uri;
}

inline store::DatabaseLocation locationOf(const QString &uri)
{
    QString error;
    const std::optional<store::DatabaseLocation> location = store::DatabaseLocation::parse(uri, &error);
    if (!location)
        qFatal("%s", qPrintable(error));
    return *location;
}

// The URI of another database on the same cluster, as `user` or the cluster's superuser.
inline QString databaseUri(const QString &name, const QString &user = QString())
{
    store::DatabaseLocation location = locationOf(clusterUri());
    location.databaseName = name;
    if (!user.isEmpty())
        location.user = user;
    return location.display();
}

// A plain QSqlDatabase connection named `connectionName`, without ChannelDesk in between, as psql would
// connect (or another application writing its own tables). Not opened yet.
inline QSqlDatabase rawConnection(const QString &location, const QString &connectionName)
{
    if (!store::DatabaseLocation::looksLikeUri(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location);
        return db;
    }
    const store::DatabaseLocation parsed = locationOf(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host);
    db.setUserName(parsed.user);
    db.setDatabaseName(parsed.databaseName);
    return db;
}

// A partner the record rules accept, for tests that need a few.
inline Partner samplePartner(const QString &id, const QString &region = QStringLiteral("NA"))
{
    Partner partner;
    partner.id = id;
    partner.name = QStringLiteral("Partner ") + id;
    partner.type = QStringLiteral("reseller");
    partner.region = region;
    return partner;
}

// Runs `statement` on the cluster's maintenance database as the superuser (CREATE DATABASE, roles).
inline void clusterExecute(const QString &statement)
{
    const QString name = QStringLiteral("channeldesk-test-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : rawConnection(clusterUri(), name);
        if (!db.isOpen() && !db.open())
            qFatal("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
}

// The names of every index of the database, in order.
inline QStringList indexNames(const store::Database &database)
{
    QSqlQuery query(database.sql());
    const bool listed = query.exec(database.engine() == store::EngineKind::PostgreSQL
                                       ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                                                        " ORDER BY indexname COLLATE \"C\"")
                                       : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    if (!listed)
        qFatal("listing the indexes: %s", qPrintable(query.lastError().text()));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

class TestDatabase
{
public:
    TestDatabase()
    {
        if (onPostgreSQL()) {
            static int serial = 0;
            m_name = QStringLiteral("cdtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
            // A server's usual locale sorts "e, é, P-a, p-b, P-B"; the store must not depend on it.
            clusterExecute(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
                               .arg(m_name));
            m_location = databaseUri(m_name);
        } else {
            m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
        }
    }
    ~TestDatabase()
    {
        if (!m_name.isEmpty())
            clusterExecute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // What --db takes for it: the file's path or the database's URI.
    const QString &location() const { return m_location; }
    // The PostgreSQL database's name; empty on SQLite.
    const QString &name() const { return m_name; }
    std::unique_ptr<store::Database> open() const { return store::Database::open(m_location); }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_location;
};

} // namespace cd::test
