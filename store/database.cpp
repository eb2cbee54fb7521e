#include "store/database.h"

#include "store/schema/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

QString newConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("channeldesk-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}

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
    const QString name = newConnectionName("inspect");
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
            failure = describe(db.lastError());
        } else {
            QSqlQuery query(db);
            auto read = [&](const QString &statement) -> qint64 {
                if (!failure.isEmpty())
                    return 0;
                if (!query.exec(statement) || !query.next()) {
                    failure = describe(query.lastError());
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

QString defaultActor()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace

StoreError::StoreError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message)
{
}

Database::Database(QString path)
    : m_path(std::move(path)), m_connectionName(newConnectionName("db")), m_actor(defaultActor())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &path)
{
    if (path.isEmpty())
        throw StoreError(DatabaseText::tr("no database file was given"));
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            throw StoreError(DatabaseText::tr("%1 is not a file").arg(path));
        if (info.size() > 0)
            refuseUnusable(path, inspect(path));
    } else if (!info.absoluteDir().exists()) {
        throw StoreError(DatabaseText::tr("cannot create %1: the folder %2 does not exist").arg(path, info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw StoreError(DatabaseText::tr("cannot open %1: %2").arg(path, describe(db.lastError())));
    database->configure();
    database->migrate();
    return database;
}

void Database::configure()
{
    execute(QStringLiteral("PRAGMA busy_timeout = 5000"), DatabaseText::tr("setting the busy timeout"));
    execute(QStringLiteral("PRAGMA foreign_keys = ON"), DatabaseText::tr("enabling foreign keys"));
    // Takes effect only on a new, empty file. 16 KiB pages make the B-trees of a million deals shallower:
    // importing them (with the index builds) measured 9.3 s against 12.1 s with the default 4 KiB.
    execute(QStringLiteral("PRAGMA page_size = 16384"), DatabaseText::tr("setting the page size"));
    const QString mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"), DatabaseText::tr("enabling the WAL journal"))
                             .toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw StoreError(DatabaseText::tr("cannot use a write-ahead log for %1 (journal mode %2)").arg(m_path, mode));
    // With WAL, NORMAL is durable across application crashes; only a power cut can lose the last commit.
    execute(QStringLiteral("PRAGMA synchronous = NORMAL"), DatabaseText::tr("setting the synchronous mode"));
}

void Database::migrate()
{
    for (const MigrationStep &step : migrationSteps()) {
        if (schemaVersion() >= step.toVersion)
            continue;
        Transaction transaction(*this);
        // Another process may have migrated while we waited for the write lock.
        const int version = schemaVersion();
        if (version >= step.toVersion)
            continue;
        if (version > currentSchemaVersion())
            throw StoreError(DatabaseText::tr("%1 was written by a newer ChannelDesk (schema %2, this build knows %3); "
                                "it was not changed")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(currentSchemaVersion()));
        step.apply(*this);
        execute(QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion),
                DatabaseText::tr("recording schema version %1").arg(step.toVersion));
        execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                DatabaseText::tr("marking the file as a ChannelDesk database"));
        transaction.commit();
    }
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return scalar(QStringLiteral("PRAGMA user_version"), DatabaseText::tr("reading the schema version")).toInt();
}

int Database::currentSchemaVersion()
{
    return migrationSteps().last().toVersion;
}

QSqlQuery Database::prepare(const QString &statement, const QString &what) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, describe(query.lastError())));
    return query;
}

void Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, describe(query.lastError())));
}

void Database::execute(const QString &statement, const QString &what) const
{
    QSqlQuery query(sql());
    if (!query.exec(statement))
        throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, describe(query.lastError())));
}

QVariant Database::scalar(const QString &statement, const QString &what) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (!query.exec(statement))
        throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, describe(query.lastError())));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Transaction::Transaction(Database &database) : m_database(database), m_level(database.m_transactionDepth)
{
    if (m_level == 0)
        m_database.execute(QStringLiteral("BEGIN IMMEDIATE"), DatabaseText::tr("starting a transaction"));
    else
        m_database.execute(QStringLiteral("SAVEPOINT cd_%1").arg(m_level), DatabaseText::tr("starting a savepoint"));
    ++m_database.m_transactionDepth;
}

void Transaction::commit()
{
    if (m_done)
        throw StoreError(DatabaseText::tr("a transaction was committed twice"));
    if (m_level == 0)
        m_database.execute(QStringLiteral("COMMIT"), DatabaseText::tr("committing the changes"));
    else
        m_database.execute(QStringLiteral("RELEASE cd_%1").arg(m_level), DatabaseText::tr("committing the changes"));
    m_done = true;
    --m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    // A failed rollback leaves nothing better to do here: SQLite rolls back itself when the
    // connection closes, and throwing from a destructor would end the program.
    QSqlQuery query(m_database.sql());
    if (m_level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO cd_%1").arg(m_level));
        query.exec(QStringLiteral("RELEASE cd_%1").arg(m_level));
    }
    --m_database.m_transactionDepth;
}

} // namespace cd::store
