// SQLite: one file per user, opened with Qt's QSQLITE driver. A file is inspected before it is opened for
// writing, so that a file of another application or of a newer ChannelDesk is refused untouched.
#include "store/engine/engine.h"

#include "store/changefeed.h"
#include "store/engine/cursors.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

// What an existing file holds, read without writing a byte to it.
struct FileFacts
{
    qint32 applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

QString notOurs(const QString &path, const QString &why)
{
    return DatabaseText::tr("%1 is not a ChannelDesk database (%2); it was not changed").arg(path, why);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
           | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

// Reads application id, user version and the number of schema objects with a read-only connection.
// Without a write-ahead log beside the file it opens it "immutable", so that SQLite creates no -shm or
// -wal file next to a file it is about to refuse.
FileFacts readFacts(const QString &path, bool immutable)
{
    FileFacts facts;
    const QString name = Database::newConnectionName("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        QString failure;
        if (!db.open()) {
            failure = describeSqlError(db.lastError());
        } else {
            QSqlQuery query(db);
            auto read = [&](const QString &statement) -> qint64 {
                if (!failure.isEmpty())
                    return 0;
                if (!query.exec(statement) || !query.next()) {
                    failure = describeSqlError(query.lastError());
                    return 0;
                }
                return query.value(0).toLongLong();
            };
            facts.applicationId = qint32(read(QStringLiteral("PRAGMA application_id")));
            facts.userVersion = int(read(QStringLiteral("PRAGMA user_version")));
            facts.objects = int(read(QStringLiteral("SELECT count(*) FROM sqlite_master")));
            query.finish();
        }
        db.close();
        if (!failure.isEmpty()) {
            QSqlDatabase::removeDatabase(name);
            throw StoreError(notOurs(path, failure));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

FileFacts inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(DatabaseText::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    // SQLite's header: the magic string; at 40 the schema cookie, at 60 the user version, at 68 the
    // application id. Without a write-ahead log beside it, the header is the whole truth.
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        throw StoreError(notOurs(path, DatabaseText::tr("not an SQLite file")));
    const bool hasLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (hasLog)
        return readFacts(path, false);
    FileFacts facts;
    facts.applicationId = qint32(bigEndian32(header, 68));
    facts.userVersion = int(bigEndian32(header, 60));
    const bool schemaChanged = bigEndian32(header, 40) != 0;
    if (facts.applicationId == 0 && facts.userVersion == 0 && schemaChanged)
        facts.objects = readFacts(path, true).objects;
    return facts;
}

void refuseUnusable(const QString &path, const FileFacts &facts)
{
    if (facts.applicationId == Database::applicationId) {
        if (facts.userVersion > Database::currentSchemaVersion()) {
            throw StoreError(DatabaseText::tr("%1 was written by a newer ChannelDesk (schema %2, this build knows %3); "
                                "it was not changed")
                                 .arg(path)
                                 .arg(facts.userVersion)
                                 .arg(Database::currentSchemaVersion()));
        }
        return;
    }
    if (facts.applicationId != 0)
        throw StoreError(notOurs(path, DatabaseText::tr("it belongs to another application")));
    // An SQLite file nobody has used yet is fair game; one with tables of its own is someone else's.
    if (facts.objects > 0 || facts.userVersion != 0)
        throw StoreError(notOurs(path, DatabaseText::tr("it holds tables of another application")));
}

// PRAGMA data_version changes when another connection commits to the file, never for this one's own.
class DataVersionFeed final : public ChangeFeed
{
public:
    DataVersionFeed(Database &database, QObject *parent) : ChangeFeed(parent), m_database(database)
    {
        m_version = read();
        m_timer.setInterval(1000);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = read();
            if (now != m_version) {
                m_version = now;
                emit changedElsewhere(QString());
            }
        });
        m_timer.start();
    }

private:
    qint64 read() const
    {
        return m_database.scalar(QStringLiteral("PRAGMA data_version"), DatabaseText::tr("looking for changes")).toLongLong();
    }

    Database &m_database;
    QTimer m_timer;
    qint64 m_version = 0;
};

class SQLiteEngine final : public Engine
{
public:
    explicit SQLiteEngine(QString path) : m_path(std::move(path)) {}

    EngineKind kind() const override { return EngineKind::SQLite; }

    QSqlDatabase open(const QString &connectionName) override
    {
        if (m_path.isEmpty())
            throw StoreError(DatabaseText::tr("no database file was given"));
        const QFileInfo info(m_path);
        if (info.exists()) {
            if (!info.isFile())
                throw StoreError(DatabaseText::tr("%1 is not a file").arg(m_path));
            if (info.size() > 0)
                refuseUnusable(m_path, inspect(m_path));
        } else if (!info.absoluteDir().exists()) {
            throw StoreError(
                DatabaseText::tr("cannot create %1: the folder %2 does not exist").arg(m_path, info.absolutePath()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw StoreError(DatabaseText::tr("cannot open %1: %2").arg(m_path, describeSqlError(db.lastError())));
        return db;
    }

    void configure(Database &database) override
    {
        database.execute(QStringLiteral("PRAGMA busy_timeout = 5000"), DatabaseText::tr("setting the busy timeout"));
        database.execute(QStringLiteral("PRAGMA foreign_keys = ON"), DatabaseText::tr("enabling foreign keys"));
        // Takes effect only on a new, empty file. 16 KiB pages make the B-trees of a million deals shallower:
        // importing them (with the index builds) measured 9.3 s against 12.1 s with the default 4 KiB.
        database.execute(QStringLiteral("PRAGMA page_size = 16384"), DatabaseText::tr("setting the page size"));
        const QString mode = database
                                 .scalar(QStringLiteral("PRAGMA journal_mode = WAL"),
                                         DatabaseText::tr("enabling the WAL journal"))
                                 .toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(
                DatabaseText::tr("cannot use a write-ahead log for %1 (journal mode %2)").arg(m_path, mode));
        // With WAL, NORMAL is durable across application crashes; only a power cut can lose the last commit.
        database.execute(QStringLiteral("PRAGMA synchronous = NORMAL"), DatabaseText::tr("setting the synchronous mode"));
    }

    int schemaVersion(const Database &database) const override
    {
        return database.scalar(QStringLiteral("PRAGMA user_version"), DatabaseText::tr("reading the schema version"))
            .toInt();
    }

    // BEGIN IMMEDIATE already holds the write lock: no other process migrates meanwhile.
    int lockForMigration(Database &database) override { return schemaVersion(database); }

    void recordSchemaVersion(Database &database, int version) override
    {
        database.execute(QStringLiteral("PRAGMA user_version = %1").arg(version),
                         DatabaseText::tr("recording schema version %1").arg(version));
        database.execute(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                         DatabaseText::tr("marking the file as a ChannelDesk database"));
    }

    void afterMigration(Database &) override {}

    // The write lock up front, so two processes never deadlock upgrading a read lock.
    QString beginTransactionStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    QString schemaStatement(const QString &statement) const override { return statement; }

    std::unique_ptr<RowCursor> cursor(const Database &database, const QString &sql,
                                      const QVariantList &bindings) const override
    {
        return makeSQLiteCursor(sqliteHandleOf(database), sql, bindings);
    }
    std::unique_ptr<ReadConnection> readConnection(const Database &database) const override
    {
        return makeSQLiteReadConnection(database);
    }
    QString unindexed(const QString &column) const override { return QLatin1Char('+') + column; }
    QString analyzeStatement(const QString &) const override { return {}; }
    QString asciiCaseInsensitiveLike() const override { return QStringLiteral(" LIKE"); }
    QString daysBetween(const QString &later, const QString &earlier) const override
    {
        return QStringLiteral("CAST(julianday(%1) - julianday(%2) AS INTEGER)").arg(later, earlier);
    }

    std::unique_ptr<BulkInsert> bulkInsert(const Database &database, const QByteArray &table,
                                           const QByteArray &columns, int columnCount) const override
    {
        return makeSQLiteBulkInsert(database, table, columns, columnCount);
    }
    std::unique_ptr<ImportSettings> importSettings(Database &database, bool pauseForeignKeys) const override
    {
        return makeSQLiteImportSettings(database, pauseForeignKeys);
    }
    QList<Rebuildable> rebuildables(Database &database, const QStringList &tables) const override
    {
        return sqliteRebuildables(database, tables);
    }
    qint64 reserveRowIds(Database &database, const QString &table, qint64) const override
    {
        return sqliteReserveRowIds(database, table);
    }

    std::unique_ptr<ChangeFeed> watchChanges(Database &database, QObject *parent) override
    {
        return std::make_unique<DataVersionFeed>(database, parent);
    }

private:
    QString m_path;
};

} // namespace

std::unique_ptr<Engine> makeSQLiteEngine(const DatabaseLocation &location)
{
    return std::make_unique<SQLiteEngine>(location.path);
}

QString describeSqlError(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

} // namespace cd::store
