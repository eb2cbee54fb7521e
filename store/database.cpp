#include "store/database.h"

#include "store/schema/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    if (isPermissionRefusal(error)) {
        // The server's sentence alone, without its "ERROR:" and the code after it.
        QString said = describeSqlError(error).trimmed();
        said.remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
        said.remove(QRegularExpression(QStringLiteral("\\s*\\(42501\\)$")));
        throw PermissionError(DatabaseText::tr("the database refused %1 for your role: %2").arg(what, said), said);
    }
    throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, describeSqlError(error)));
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

QString Database::newConnectionName(const char *purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("channeldesk-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

StoreError::StoreError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message)
{
}

Database::Database(DatabaseLocation location, std::unique_ptr<Engine> engine)
    : m_location(std::move(location)), m_engine(std::move(engine)), m_connectionName(newConnectionName("db")),
      m_actor(defaultActor())
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

std::unique_ptr<Database> Database::open(const QString &location)
{
    QString error;
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location, &error);
    if (!parsed)
        throw StoreError(error);
    return open(*parsed);
}

std::unique_ptr<Database> Database::open(const DatabaseLocation &location)
{
    std::unique_ptr<Engine> engine = location.isPostgreSQL() ? makePostgreSQLEngine(location) : makeSQLiteEngine(location);
    std::unique_ptr<Database> database(new Database(location, std::move(engine)));
    database->m_engine->open(database->m_connectionName);
    database->m_engine->configure(*database);
    database->migrate();
    return database;
}

void Database::migrate()
{
    m_createdSchema = schemaVersion() == 0;
    bool migrated = false;
    for (const MigrationStep &step : migrationSteps()) {
        if (schemaVersion() >= step.toVersion)
            continue;
        Transaction transaction(*this);
        // Another process may have migrated while we waited for the lock.
        const int version = m_engine->lockForMigration(*this);
        if (version >= step.toVersion)
            continue;
        if (version > currentSchemaVersion())
            throw StoreError(DatabaseText::tr("%1 was written by a newer ChannelDesk (schema %2, this build knows %3); "
                                "it was not changed")
                                 .arg(path())
                                 .arg(version)
                                 .arg(currentSchemaVersion()));
        step.apply(*this);
        m_engine->recordSchemaVersion(*this, step.toVersion);
        transaction.commit();
        migrated = true;
    }
    if (migrated)
        m_engine->afterMigration(*this);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_engine->schemaVersion(*this);
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
        fail(what, query.lastError());
    return query;
}

void Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        fail(what, query.lastError());
}

qint64 Database::execReturningId(QSqlQuery &query, const QString &what)
{
    exec(query, what);
    if (!query.next())
        throw StoreError(DatabaseText::tr("%1 failed: %2").arg(what, DatabaseText::tr("no row was added")));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void Database::execute(const QString &statement, const QString &what) const
{
    QSqlQuery query(sql());
    if (!query.exec(statement))
        fail(what, query.lastError());
}

void Database::define(const QString &statement, const QString &what) const
{
    execute(m_engine->schemaStatement(statement), what);
}

QVariant Database::scalar(const QString &statement, const QString &what) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (!query.exec(statement))
        fail(what, query.lastError());
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Transaction::Transaction(Database &database) : m_database(database), m_level(database.m_transactionDepth)
{
    if (m_level == 0)
        m_database.execute(m_database.m_engine->beginTransactionStatement(), DatabaseText::tr("starting a transaction"));
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
    // A failed rollback leaves nothing better to do here: the engine rolls back itself when the
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
