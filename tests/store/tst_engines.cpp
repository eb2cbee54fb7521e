// Both engines behind one Database: where a database lives (engine/location.h), creating and reopening the
// schema, refusing what is not ours or is newer, and an unreachable server failing fast.
#include "tests/support/testengine.h"

#include "store/database.h"
#include "store/records/partnerrepository.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cd;
using namespace cd::store;


class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void locationIsRead_data();
    void locationIsRead();
    void badUriIsRefused_data();
    void badUriIsRefused();
    void schemaIsCreatedOnceAndReopened();
    void foreignDatabaseIsRefusedUntouched();
    void newerSchemaIsRefused();
    void unreachableServerFailsFast_data();
    void unreachableServerFailsFast();
    void textSortsByCodePoint();
};

void TestEngines::locationIsRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgresql");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("display");

    QTest::newRow("a file") << "/home/ana/team.sqlite" << false << "" << 0 << "" << "" << "" << "/home/ana/team.sqlite";
    QTest::newRow("a relative file") << "team.sqlite" << false << "" << 0 << "" << "" << "" << "team.sqlite";
    QTest::newRow("host, port, user, password")
        << "postgresql://ana:s3cret@db.example.com:5433/channel" << true << "db.example.com" << 5433 << "channel"
        << "ana" << "s3cret" << "postgresql://ana@db.example.com:5433/channel";
    QTest::newRow("the short scheme") << "postgres://db/channel" << true << "db" << 0 << "channel" << "" << ""
                                      << "postgresql://db/channel";
    QTest::newRow("a socket directory")
        << "postgresql://postgres@/channel?host=/tmp/pg%20sock&port=5999" << true << "/tmp/pg sock" << 5999
        << "channel" << "postgres" << "" << "postgresql://postgres@/channel?host=/tmp/pg%20sock&port=5999";
    QTest::newRow("escaped password") << "postgresql://ana:p%40ss@db/channel" << true << "db" << 0 << "channel"
                                      << "ana" << "p@ss" << "postgresql://ana@db/channel";
}

void TestEngines::locationIsRead()
{
    QFETCH(QString, text);
    QFETCH(bool, postgresql);
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->isPostgreSQL(), postgresql);
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->databaseName, "database");
    QTEST(location->user, "user");
    QTEST(location->password, "password");
    QTEST(location->display(), "display");
    // What display() writes is read back as the same place (without the password, which it never writes).
    const std::optional<DatabaseLocation> again = DatabaseLocation::parse(location->display(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->display(), location->display());
    QCOMPARE(again->host, location->host);
    QCOMPARE(again->port, location->port);
    QCOMPARE(again->databaseName, location->databaseName);
}

void TestEngines::badUriIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << "postgresql://db.example.com" << "names no database";
    QTest::newRow("no database, slash") << "postgresql://db.example.com/" << "names no database";
    QTest::newRow("port not a number") << "postgresql://db/channel?port=fifty" << "is not a port number";
    QTest::newRow("port out of range") << "postgresql://db/channel?port=70000" << "is not a port number";
    QTest::newRow("unknown parameter") << "postgresql://db/channel?sslmode=require" << "\"sslmode\"";
    QTest::newRow("broken authority") << "postgresql://ana:pw@[db/channel" << "is not valid";
}

void TestEngines::badUriIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("pw")), qPrintable(error)); // never repeats a password
    try {
        Database::open(text);
        QFAIL("opened a database from a bad URI");
    } catch (const StoreError &refusal) {
        QCOMPARE(refusal.message(), error);
    }
}

void TestEngines::schemaIsCreatedOnceAndReopened()
{
    const test::TestDatabase place;
    {
        const std::unique_ptr<Database> database = place.open();
        QCOMPARE(database->engine(), test::onPostgreSQL() ? EngineKind::PostgreSQL : EngineKind::SQLite);
        QVERIFY(database->createdSchema());
        QCOMPARE(database->schemaVersion(), Database::currentSchemaVersion());
        Partner acme = test::samplePartner(QStringLiteral("P1"));
        acme.name = QStringLiteral("Acme");
        PartnerRepository(*database).insert(acme);
    }
    const std::unique_ptr<Database> again = place.open();
    QVERIFY(!again->createdSchema());
    QCOMPARE(again->schemaVersion(), Database::currentSchemaVersion());
    const std::optional<Partner> partner = PartnerRepository(*again).find(QStringLiteral("P1"));
    QVERIFY(partner);
    QCOMPARE(partner->name, QStringLiteral("Acme"));
    if (test::onPostgreSQL())
        QCOMPARE(again->actor(), QStringLiteral("postgres")); // the server's user, not the desktop's
}

void TestEngines::foreignDatabaseIsRefusedUntouched()
{
    const test::TestDatabase place;
    {
        // Another application's table, written without ChannelDesk.
        QSqlDatabase db = test::rawConnection(place.location(), QStringLiteral("foreign"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO invoices (id, total) VALUES (7, '12.50')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    try {
        place.open();
        QFAIL("opened another application's database");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("is not a ChannelDesk database")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("it was not changed")), qPrintable(error.message()));
    }
    if (test::onPostgreSQL()) {
        // Nothing of ours was created beside their table.
        {
            QSqlDatabase db = test::rawConnection(place.location(), QStringLiteral("check"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("invoices"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
}

void TestEngines::newerSchemaIsRefused()
{
    const test::TestDatabase place;
    {
        const std::unique_ptr<Database> database = place.open();
        const QString newer = QString::number(Database::currentSchemaVersion() + 1);
        if (database->engine() == EngineKind::PostgreSQL)
            database->execute(QStringLiteral("UPDATE channeldesk_meta SET value = '%1' WHERE key = 'schema_version'").arg(newer),
                              QStringLiteral("test"));
        else
            database->execute(QStringLiteral("PRAGMA user_version = %1").arg(newer), QStringLiteral("test"));
    }
    try {
        place.open();
        QFAIL("opened a database of a newer ChannelDesk");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(QLatin1String("was written by a newer ChannelDesk")), qPrintable(error.message()));
    }
}

void TestEngines::unreachableServerFailsFast_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("no socket there") << "postgresql://ana@/channel?host=/nonexistent/socket/dir";
    QTest::newRow("closed port on this machine") << "postgresql://ana@127.0.0.1:1/channel";
}

void TestEngines::unreachableServerFailsFast()
{
    QFETCH(QString, uri);
    QElapsedTimer timer;
    timer.start();
    try {
        Database::open(uri);
        QFAIL("connected to a server that is not there");
    } catch (const ConnectionError &error) {
        QVERIFY2(error.message().startsWith(QLatin1String("cannot connect to postgresql://ana@")), qPrintable(error.message()));
    }
    QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
}

void TestEngines::textSortsByCodePoint()
{
    // The team database must list records in the same order as the desktop file, whatever the server's
    // locale: upper case before lower, accents after ASCII.
    const test::TestDatabase place;
    const std::unique_ptr<Database> database = place.open();
    PartnerRepository partners(*database);
    for (const QString &id : {QStringLiteral("p-b"), QStringLiteral("P-a"), QStringLiteral("é"), QStringLiteral("P-B"), QStringLiteral("e")})
        partners.insert(test::samplePartner(id));
    QStringList ids;
    for (const Partner &partner : partners.all())
        ids << partner.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("P-B"), QStringLiteral("P-a"), QStringLiteral("e"), QStringLiteral("p-b"), QStringLiteral("é")}));
}

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
