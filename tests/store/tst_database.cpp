#include "store/database.h"
#include "store/schema/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace cd::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Builds an SQLite file with plain SQL through its own connection (not the store's).
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + " in " + statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersionOf(const QString &path)
{
    const QString name = QStringLiteral("version-") + path;
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query("PRAGMA user_version", db);
            if (query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QStringList tableNames(Database &database)
{
    QSqlQuery query(database.sql());
    query.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void opensAgainWithoutChange();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesWithoutTouching_data();
    void refusesWithoutTouching();
    void pragmas();
    void transactionsNestAndRollBack();
    void errorsNameTheOperation();
};

void TestDatabase::createsCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("new.sqlite");
    auto database = Database::open(path);
    QCOMPARE(database->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(database->path(), path);
    QCOMPARE(tableNames(*database),
             (QStringList{"audit", "certifications", "commission_plan_assignments", "commission_plans",
                          "conflict_case_registrations", "conflict_case_steps", "conflict_cases", "deal_partners", "deals",
                          "fx_rates", "partner_kpis", "partner_stages", "partners", "people", "programs",
                          "registration_settings", "registration_workflow", "registrations", "targets"}));
    QCOMPARE(database->scalar("PRAGMA application_id", "test").toInt(), Database::applicationId);
    QVERIFY(!database->actor().isEmpty());
}

void TestDatabase::opensAgainWithoutChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("again.sqlite");
    Database::open(path).reset();
    auto database = Database::open(path);
    QCOMPARE(database->schemaVersion(), Database::currentSchemaVersion());
    // Two connections to the same file at once, as the GUI and the CLI may have.
    auto second = Database::open(path);
    QCOMPARE(second->schemaVersion(), Database::currentSchemaVersion());
}

void TestDatabase::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("empty file") << "empty" << QStringList{};
    QTest::newRow("v0: SQLite file without tables")
        << "sqlite" << QStringList{"CREATE TABLE scratch (x)", "DROP TABLE scratch"};
    // v5 as it left its files: today's schema without what v6 added (v1–v4 were never released, so have
    // no fixture of their own).
    QStringList withoutRowVersions;
    for (const char *table : {"partners", "deals", "registrations", "fx_rates", "people", "certifications"})
        withoutRowVersions << QStringLiteral("ALTER TABLE %1 DROP COLUMN row_version").arg(QLatin1String(table));
    QTest::newRow("v5: split deals not indexed")
        << "current" << (QStringList{"DROP INDEX deal_partners_split"} + withoutRowVersions + QStringList{"PRAGMA user_version = 5"});
    QTest::newRow("v6: no row versions") << "current" << (withoutRowVersions + QStringList{"PRAGMA user_version = 6"});
    // A later version gets a fixture of its own here.
    QCOMPARE(Database::currentSchemaVersion(), 7);
}

// A file left at an earlier version is brought to the current schema, and the result is the same as a
// database created new.
void TestDatabase::migratesFromEveryEarlierVersion()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, statements);
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    if (fixture == "empty") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (fixture == "current") {
        Database::open(path).reset();
        makeSqliteFile(path, statements);
        QVERIFY(userVersionOf(path) < Database::currentSchemaVersion());
    } else {
        makeSqliteFile(path, statements);
        QVERIFY(QFileInfo(path).size() > 0);
    }
    auto database = Database::open(path);
    QCOMPARE(database->schemaVersion(), Database::currentSchemaVersion());

    QTemporaryDir freshDir;
    auto fresh = Database::open(freshDir.filePath("fresh.sqlite"));
    auto schemaOf = [](Database &db) {
        QSqlQuery query(db.sql());
        query.exec("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString() + " " + query.value(1).toString() + " " + query.value(2).toString();
        return rows;
    };
    QCOMPARE(schemaOf(*database), schemaOf(*fresh));
    QCOMPARE(schemaOf(*database).size(), 47); // 19 tables and their indexes, explicit and for UNIQUE keys
}

void TestDatabase::refusesWithoutTouching_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("newer schema") << "newer" << "was written by a newer ChannelDesk (schema 99, this build knows";
    QTest::newRow("newer schema, WAL mode") << "newer-wal" << "was written by a newer ChannelDesk (schema 99";
    QTest::newRow("foreign SQLite in WAL mode") << "foreign-wal" << "it holds tables of another application";
    QTest::newRow("text file") << "text" << "is not a ChannelDesk database (not an SQLite file); it was not changed";
    QTest::newRow("foreign SQLite tables") << "foreign" << "is not a ChannelDesk database (it holds tables of another";
    QTest::newRow("another application's id") << "otherapp" << "is not a ChannelDesk database (it belongs to another";
    QTest::newRow("short binary") << "short" << "not an SQLite file";
}

void TestDatabase::refusesWithoutTouching()
{
    QFETCH(QString, kind);
    QFETCH(QString, messageContains);
    QTemporaryDir dir;
    const QString path = dir.filePath("file.sqlite");
    if (kind == "newer") {
        Database::open(path)->execute("PRAGMA user_version = 99", "test");
        makeSqliteFile(path, {"PRAGMA journal_mode = DELETE"});
    } else if (kind == "newer-wal") {
        // As a newer ChannelDesk leaves it: WAL mode, closed cleanly, no -wal or -shm beside it.
        Database::open(path)->execute("PRAGMA user_version = 99", "test");
    } else if (kind == "foreign-wal") {
        makeSqliteFile(path, {"PRAGMA journal_mode = WAL", "CREATE TABLE invoices (id INTEGER PRIMARY KEY)"});
    } else if (kind == "text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("partner_id,name\nP1,Acme\n");
    } else if (kind == "foreign") {
        makeSqliteFile(path, {"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)",
                              "INSERT INTO invoices VALUES (1, '10.00')"});
    } else if (kind == "otherapp") {
        makeSqliteFile(path, {"PRAGMA application_id = 12345"});
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(!before.isEmpty());
    try {
        Database::open(path);
        QFAIL("the file was accepted");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(messageContains), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::pragmas()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath("p.sqlite"));
    QCOMPARE(database->scalar("PRAGMA journal_mode", "test").toString(), QString("wal"));
    QCOMPARE(database->scalar("PRAGMA foreign_keys", "test").toInt(), 1);
    QCOMPARE(database->scalar("PRAGMA busy_timeout", "test").toInt(), 5000);
}

void TestDatabase::transactionsNestAndRollBack()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath("t.sqlite"));
    auto count = [&] { return database->scalar("SELECT count(*) FROM fx_rates", "test").toInt(); };
    {
        Transaction outer(*database);
        database->execute("INSERT INTO fx_rates (date, currency, rate) VALUES ('2026-01-01', 'EUR', '1.1')", "test");
        {
            Transaction inner(*database);
            database->execute("INSERT INTO fx_rates (date, currency, rate) VALUES ('2026-01-01', 'GBP', '1.3')", "test");
            // not committed: only the inner insert goes
        }
        QCOMPARE(count(), 1);
        QCOMPARE(database->transactionDepth(), 1);
        outer.commit();
    }
    QCOMPARE(count(), 1);
    QCOMPARE(database->transactionDepth(), 0);
    try {
        Transaction transaction(*database);
        database->execute("INSERT INTO fx_rates (date, currency, rate) VALUES ('2026-02-01', 'EUR', '1.2')", "test");
        throw std::runtime_error("fails half way");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(count(), 1);
}

void TestDatabase::errorsNameTheOperation()
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath("e.sqlite"));
    try {
        database->execute("INSERT INTO nowhere VALUES (1)", "saving the thing");
        QFAIL("no error");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().startsWith("saving the thing failed: "), qPrintable(error.message()));
        QVERIFY2(error.message().contains("nowhere"), qPrintable(error.message()));
    }
    try {
        Database::open(dir.filePath("missing/folder/x.sqlite"));
        QFAIL("no error");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains("does not exist"), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
