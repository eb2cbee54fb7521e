#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("CHANNELDESK_DB");
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray partners = "partner_id,name,type,region\nP1,Velora Digital,system_integrator,NA\nP2,Kelion,reseller,EMEA\n";
const QByteArray deals = "deal_id,partners,amount,currency,status,close_date\n"
                         "D1,P1,80000.00,USD,won,2026-01-15\n"
                         "D2,P2=60;P1=40,1000.01,USD,won,2026-02-10\n";

} // namespace

class TestCliData : public QObject
{
    Q_OBJECT

private slots:
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void initCreatesAndMigrates();
    void importExportRoundTrip();
    void badInputChangesNothing();
    void dryRun();
    void demoIsReproducible();
    void refusesForeignFiles();
};

void TestCliData::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("init") << "init" << "--demo";
    QTest::newRow("import") << "import" << "--dry-run";
    QTest::newRow("export") << "export" << "--out";
}

void TestCliData::help()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const Run run = cli({command, "--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(mentions.toUtf8()), run.out.constData());
}

void TestCliData::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("import without a file") << QStringList{"import", "deals"} << "import needs KIND FILE";
    QTest::newRow("unknown kind") << QStringList{"import", "widgets", "w.csv"} << "unknown kind \"widgets\"";
    QTest::newRow("export two kinds") << QStringList{"export", "deals", "partners"} << "export needs one KIND";
    QTest::newRow("bad seed") << QStringList{"init", "--demo", "--seed", "x"} << "--seed";
    QTest::newRow("bad today") << QStringList{"init", "--demo", "--today", "31.3.2026"} << "--today";
    QTest::newRow("missing file") << QStringList{"import", "deals", "no-such.csv"} << "no-such.csv: cannot read";
}

void TestCliData::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    QTemporaryDir dir;
    const Run run = cli(QStringList{"--db", dir.filePath("u.sqlite")} + arguments, dir.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(stderrContains.toUtf8()), run.err.constData());
}

void TestCliData::initCreatesAndMigrates()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("team.sqlite");
    Run run = cli({"--db", db, "init"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("created, schema version 7"), run.err.constData());
    run = cli({"init", "--db", db}); // global option after the command
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("schema version 7") && !run.err.contains("created"), run.err.constData());
}

void TestCliData::importExportRoundTrip()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.sqlite");
    write(dir.filePath("partners.csv"), partners);
    write(dir.filePath("deals.csv"), deals);
    Run run = cli({"--db", db, "import", "partners", "partners.csv"}, dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("partners.csv: 2 added, 0 updated, 0 unchanged\n"));
    run = cli({"--db", db, "import", "deals", "deals.csv"}, dir.path());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("deals.csv: 2 added, 0 updated, 0 unchanged\n"));

    const Run exported = cli({"--db", db, "export", "deals"});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QByteArray("deal_id,partners,customer,customer_domain,name,product,status,stage,amount,"
                                      "currency,probability,close_date,cancelled_on,source,reg_id\n"
                                      "D1,P1,,,,,won,,80000.00,USD,,2026-01-15,,,\n"
                                      "D2,P2=60;P1=40,,,,,won,,1000.01,USD,,2026-02-10,,,\n"));
    run = cli({"--db", db, "export", "deals", "--out", dir.filePath("out.csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(fileBytes(dir.filePath("out.csv")), exported.out);
    run = cli({"--db", db, "import", "deals", dir.filePath("out.csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.endsWith(": 0 added, 0 updated, 2 unchanged\n"), run.err.constData());
    QCOMPARE(cli({"--db", db, "export", "deals"}).out, exported.out);
}

void TestCliData::badInputChangesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.sqlite");
    write(dir.filePath("partners.csv"), partners);
    QCOMPARE(cli({"--db", db, "import", "partners", "partners.csv"}, dir.path()).exitCode, 0);
    write(dir.filePath("deals.csv"), "deal_id,partners,amount,currency,status,close_date\n"
                                     "D1,P1,80000.00,USD,won,2026-01-15\n"
                                     "D2,P1,10.005,USD,won,2026-01-15\n"
                                     "D3,P9,10.00,USD,won,2026-01-15\n"
                                     "D4,P1,10.00,USD,won,2026-13-01\n");
    const Run run = cli({"--db", db, "import", "deals", "deals.csv"}, dir.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, QByteArray("deals.csv:3: amount: 10.005 has more decimals than USD allows (2)\n"
                                 "deals.csv:4: partners: there is no partner P9\n"
                                 "deals.csv:5: close_date: \"2026-13-01\" is not an ISO date like 2026-03-31\n"
                                 "nothing was changed\n"));
    QCOMPARE(cli({"--db", db, "export", "deals"}).out.count('\n'), 1);
}

void TestCliData::dryRun()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.sqlite");
    write(dir.filePath("partners.csv"), partners);
    const Run run = cli({"--db", db, "import", "partners", "partners.csv", "--dry-run"}, dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("partners.csv: 2 added") && run.err.contains("dry run"), run.err.constData());
    QCOMPARE(cli({"--db", db, "export", "partners"}).out.count('\n'), 1);
}

void TestCliData::demoIsReproducible()
{
    QTemporaryDir dir;
    QList<QByteArray> exports;
    for (const QString &name : {QString("a.sqlite"), QString("b.sqlite")}) {
        const QString db = dir.filePath(name);
        const Run run = cli({"--db", db, "init", "--demo", "--seed", "3", "--partners", "60", "--deals", "1000",
                             "--today", "2026-03-31"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("demo deals: 1000 added"), run.err.constData());
        exports << cli({"--db", db, "export", "deals"}).out + cli({"--db", db, "export", "partners"}).out;
    }
    QCOMPARE(exports[0], exports[1]);
    QCOMPARE(exports[0].count('\n'), 1001 + 61);
    // A database with records is not filled again.
    const Run again = cli({"--db", dir.filePath("a.sqlite"), "init", "--demo"});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("already holds records"), again.err.constData());
}

void TestCliData::refusesForeignFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.txt");
    write(path, "not a database\n");
    const Run run = cli({"--db", path, "export", "partners"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains("is not a ChannelDesk database"), run.err.constData());
    QCOMPARE(fileBytes(path), QByteArray("not a database\n"));
}

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
