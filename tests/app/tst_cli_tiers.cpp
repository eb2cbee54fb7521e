#include <QFile>
#include <QProcess>
#include <QTest>

// `channeldesk-cli tiers evaluate`, run as a user runs it.
class TestCliTiers : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
};

static const QString dataDir = QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/programs");

static QByteArray readData(const QString &name)
{
    QFile file(dataDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

void TestCliTiers::evaluate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("programs.md percent tiers")
        << QStringList{"tiers", "evaluate", "--program", "playbook-tiers.json", "--partners", "playbook-metrics.csv"} << 0
        << readData("playbook-result.csv") << QByteArray();
    QTest::newRow("programs.md scorecard: 101.50, 120.00, empty")
        << QStringList{"tiers", "evaluate", "--program", "next-portal-si.json", "--partners", "scorecard-metrics.csv"} << 0
        << readData("scorecard-result.csv") << QByteArray();
    QTest::newRow("--explain on stderr")
        << QStringList{"tiers", "evaluate", "--program", "next-portal-si.json", "--partners", "scorecard-metrics.csv", "--explain"}
        << 0 << readData("scorecard-result.csv")
        << QByteArray("A: Tier 2 Preferred: revenue_commitment 2500000 >= 2000000; needs 2500000 more revenue_commitment "
                      "and 3 more certified_consultants for Tier 1 Strategic\n"
                      "B: Tier 1 Strategic: revenue_commitment 5000000 >= 5000000; certified_consultants 12 >= 10\n"
                      "C: no tier; needs 100000 more revenue_commitment for Tier 3 Authorized\n");
    QTest::newRow("every problem in both files, nothing on stdout")
        << QStringList{"tiers", "evaluate", "--program", "bad-program.json", "--partners", "bad-metrics.csv"} << 2
        << QByteArray() << readData("bad.expected");
    QTest::newRow("warning for a metric the file lacks")
        << QStringList{"tiers", "evaluate", "--program", "playbook-tiers.json", "--partners", "scorecard-metrics.csv"} << 0
        << QByteArray("partner,tier,score\nA,bronze,\nB,bronze,\nC,bronze,\n")
        << QByteArray("scorecard-metrics.csv:1: revenue: the program uses this metric but the file has no such column; "
                      "every partner lacks it\n");
    QTest::newRow("missing program file")
        << QStringList{"tiers", "evaluate", "--program", "nope.json", "--partners", "playbook-metrics.csv"} << 2
        << QByteArray() << QByteArray("nope.json: cannot read the file: No such file or directory\n");
    QTest::newRow("--partners is required") << QStringList{"tiers", "evaluate", "--program", "playbook-tiers.json"} << 2
        << QByteArray() << QByteArray("channeldesk-cli: tiers evaluate: --partners is required\n");
    QTest::newRow("unknown subcommand") << QStringList{"tiers", "rank"} << 2 << QByteArray() << QByteArray();
}

void TestCliTiers::evaluate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QProcess process;
    process.setWorkingDirectory(dataDir);
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(process.readAllStandardOutput(), out);
    const QByteArray stderrText = process.readAllStandardError();
    if (!err.isEmpty() || exitCode == 0)
        QCOMPARE(stderrText, err);
    else
        QVERIFY(!stderrText.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTiers)
#include "tst_cli_tiers.moc"
