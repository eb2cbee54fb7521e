#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `channeldesk-cli registrations evaluate`, run as a user runs it.
class TestCliRegistrations : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void out();
    void badInputWritesNoFile();
};

static const QString dataDir = QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/registration");

static QByteArray readData(const QString &name)
{
    QFile file(dataDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

static Run run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dataDir);
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    Run result;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliRegistrations::evaluate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    const QStringList example{"registrations", "evaluate", "--registrations", "example.csv"};
    QTest::newRow("registration.md worked example")
        << example + QStringList{"--as-of", "2026-02-20T00:00:00Z", "--protection-days", "30"} << 0
        << readData("example-result.csv") << QByteArray();
    QTest::newRow("30 days is the default") << example + QStringList{"--as-of", "2026-02-20T00:00:00Z"} << 0
                                            << readData("example-result.csv") << QByteArray();
    QTest::newRow("global --db before the command is accepted")
        << QStringList{"--db", "unused.sqlite"} + example + QStringList{"--as-of", "2026-02-20T00:00:00Z"} << 0
        << readData("example-result.csv") << QByteArray();
    QTest::newRow("earlier as-of: nothing has expired")
        << example + QStringList{"--as-of", "2026-01-20T00:00:00Z"} << 0
        << QByteArray("reg_id,status,winner\nR1,approved,\nR2,conflict,R1\nR3,approved,\nR4,approved,\n"
                      "R5,conflict,R4\nR6,duplicate,R1\nR7,approved,\n")
        << QByteArray();
    QTest::newRow("longer protection: R7 conflicts too")
        << example + QStringList{"--as-of", "2026-02-20T00:00:00Z", "--protection-days", "45"} << 0
        << QByteArray("reg_id,status,winner\nR1,expired,\nR2,conflict,R1\nR3,approved,\nR4,expired,\n"
                      "R5,conflict,R4\nR6,duplicate,R1\nR7,conflict,R1\n")
        << QByteArray();
    QTest::newRow("every bad row reported, nothing on stdout")
        << QStringList{"registrations", "evaluate", "--registrations", "errors.csv", "--as-of", "2026-02-20T00:00:00Z"}
        << 2 << QByteArray() << readData("errors.expected");
    QTest::newRow("missing column")
        << QStringList{"registrations", "evaluate", "--registrations", "missing-column.csv", "--as-of", "2026-02-20T00:00:00Z"}
        << 2 << QByteArray() << QByteArray("missing-column.csv:1: customer_domain: required column is missing from the header\n");
    QTest::newRow("missing file")
        << QStringList{"registrations", "evaluate", "--registrations", "nope.csv", "--as-of", "2026-02-20T00:00:00Z"}
        << 2 << QByteArray() << QByteArray("nope.csv: cannot read the file: No such file or directory\n");
    QTest::newRow("bad --as-of") << example + QStringList{"--as-of", "2026-02-20"} << 2 << QByteArray()
        << QByteArray("channeldesk-cli: registrations evaluate: --as-of: \"2026-02-20\" is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z\n");
    QTest::newRow("bad --protection-days") << example + QStringList{"--as-of", "2026-02-20T00:00:00Z", "--protection-days", "2.5"}
        << 2 << QByteArray()
        << QByteArray("channeldesk-cli: registrations evaluate: --protection-days: \"2.5\" is not a whole number of days from 0 to 36500\n");
    QTest::newRow("--as-of is required") << example << 2 << QByteArray()
        << QByteArray("channeldesk-cli: registrations evaluate: --as-of is required\n");
    QTest::newRow("unknown option") << example + QStringList{"--as-of", "2026-02-20T00:00:00Z", "--frobnicate"} << 2
        << QByteArray() << QByteArray("channeldesk-cli: Unknown option 'frobnicate'.\n");
    QTest::newRow("similar names on stderr, statuses unchanged")
        << QStringList{"registrations", "evaluate", "--registrations", "similar.csv", "--as-of", "2026-01-06T00:00:00Z", "--similar"}
        << 0 << QByteArray("reg_id,status,winner\nR1,approved,\nR2,approved,\nR3,approved,\nR4,approved,\n")
        << QByteArray("similar.csv:3: R2 and R1 (line 2) may be the same customer (100%): names share 'acme'\n"
                      "similar.csv:5: R4 and R3 (line 4) may be the same customer (100%): names share 'globex'; "
                      "R3's domain globex.example matches R4's name; R3 has a domain, R4 has none\n");
    // `run` works on a database (tst_cli_registrationrun); a bad --as-of is refused before one is opened.
    QTest::newRow("run: bad as-of") << QStringList{"registrations", "run", "--as-of", "tomorrow"} << 2 << QByteArray()
        << QByteArray("channeldesk-cli: registrations run: --as-of: \"tomorrow\" is not an ISO 8601 UTC date-time "
                      "like 2026-03-01T00:00:00Z\n");
    QTest::newRow("no subcommand") << QStringList{"registrations"} << 2 << QByteArray() << QByteArray();
}

void TestCliRegistrations::evaluate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, out);
    if (!err.isEmpty() || exitCode == 0)
        QCOMPARE(result.err, err);
    else
        QVERIFY(!result.err.isEmpty());
}

void TestCliRegistrations::out()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("result.csv");
    const Run result = run({"registrations", "evaluate", "--registrations", "example.csv", "--as-of",
                            "2026-02-20T00:00:00Z", "--out", path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), readData("example-result.csv"));
}

void TestCliRegistrations::badInputWritesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("result.csv");
    const Run result = run({"registrations", "evaluate", "--registrations", "errors.csv", "--as-of",
                            "2026-02-20T00:00:00Z", "--out", path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCliRegistrations)
#include "tst_cli_registrations.moc"
