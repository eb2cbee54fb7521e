#include "tools/bench/commissionbench.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

class TestCliCommission : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specExamples_data();
    void specExamples();
    void outFile();
    void badInput_data();
    void badInput();
    void badInputWritesNoOutFile();
    void help();
    void bench();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments);
    void write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

static QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/commission/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

void TestCliCommission::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The examples are copied under short names so that diagnostics show them as a user would type them.
    for (const QString &name : QDir(CHANNELDESK_SOURCE_DIR "/tests/data/commission").entryList(QDir::Files))
        write(name, testData(name));
}

void TestCliCommission::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

TestCliCommission::Result TestCliCommission::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    Result result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliCommission::specExamples_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("statement");
    const QStringList calc{"commission", "calc"};
    QTest::newRow("plan A, graduated") << calc + QStringList{"--plan", "plan-a.json", "--deals", "deals-a.csv"}
                                       << "statement-a-graduated.csv";
    QTest::newRow("plan A, retroactive")
        << calc + QStringList{"--plan", "plan-a-retroactive.json", "--deals", "deals-a.csv"}
        << "statement-a-retroactive.csv";
    QTest::newRow("plan B") << calc + QStringList{"--plan", "plan-b.json", "--deals", "deals-b.csv", "--fx", "fx-b.csv"}
                            << "statement-b.csv";
    QTest::newRow("plan B by year, options in another order, global --db ignored")
        << QStringList{"--db", "unused.sqlite", "commission", "calc", "--fx", "fx-b.csv", "--deals", "deals-b.csv",
                       "--plan", "plan-b-year.json"}
        << "statement-b-year.csv";
}

void TestCliCommission::specExamples()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, statement);
    const Result result = run(arguments);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, testData(statement));
}

void TestCliCommission::outFile()
{
    const Result result = run({"commission", "calc", "--plan", "plan-b.json", "--deals", "deals-b.csv", "--fx",
                               "fx-b.csv", "--out", "statement-out.csv"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QFile written(m_dir.filePath("statement-out.csv"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), testData("statement-b.csv"));
}

void TestCliCommission::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("deals");
    QTest::addColumn<QByteArray>("expectedErr");
    const QByteArray header = "deal_id,partners,close_date,amount,currency,status,cancelled_on\n";
    QTest::newRow("the spec's example, among other problems")
        << QStringList{"--plan", "plan-a.json", "--deals", "bad.csv"}
        << header + "D1,P1,2026-01-15,1.00,USD,won,\nD1,P1,2026-01-15,1.00,USD,won,\n"
                    "D3,P1=60;P2=60,2026-01-15,1.00,USD,won,\nD4,P1,2026-01-15,10.005,USD,won,\n"
                    "D5,P1,2026-01-15,1.00,GBP,won,\n"
        << QByteArray("bad.csv:3: deal_id: D1 appears twice (first on line 2)\n"
                      "bad.csv:4: partners: the shares add up to 120, not 100\n"
                      "bad.csv:5: amount: 10.005 has more decimals than USD allows (2)\n"
                      "bad.csv:6: currency: no GBP rate to USD on or before 2026-01-15\n");
    QTest::newRow("a JSON number in the plan and a bad row: both reported")
        << QStringList{"--plan", "number-plan.json", "--deals", "bad.csv"}
        << header + "D1,P1,2026-02-30,1.00,USD,won,\n"
        << QByteArray("number-plan.json:1: bands[0].from: 0 is a JSON number; write it as a string (\"0\") so that "
                      "it stays exact\n"
                      "bad.csv:2: close_date: 2026-02-30 is not a date like 2026-03-31\n");
    QTest::newRow("a file that is not there") << QStringList{"--plan", "plan-a.json", "--deals", "nope.csv"}
                                              << QByteArray() << QByteArray("nope.csv: cannot read the file");
    QTest::newRow("missing --plan") << QStringList{"--deals", "deals-a.csv"} << QByteArray()
                                    << QByteArray("--plan is required");
    QTest::newRow("a stray argument") << QStringList{"--plan", "plan-a.json", "--deals", "deals-a.csv", "extra"}
                                      << QByteArray() << QByteArray("unexpected argument 'extra'");
    QTest::newRow("overflow in the engine")
        << QStringList{"--plan", "plan-a.json", "--deals", "bad.csv"}
        << header + "D1,P1,2026-01-15,90000000000000000.00,USD,won,\nD2,P1,2026-01-15,90000000000000000.00,USD,won,\n"
        << QByteArray("bad.csv:3: amount: the credited revenue is too large to compute exactly\n");
}

void TestCliCommission::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, deals);
    QFETCH(QByteArray, expectedErr);
    write("bad.csv", deals);
    write("number-plan.json", R"({"id":"n","currency":"USD","bands":[{"from":0,"rate":"1%"}]})");
    const Result result = run(QStringList{"commission", "calc"} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    if (expectedErr.endsWith('\n'))
        QCOMPARE(result.err, expectedErr);
    else
        QVERIFY2(result.err.contains(expectedErr), result.err.constData());
}

void TestCliCommission::badInputWritesNoOutFile()
{
    write("bad.csv", "deal_id,partners,close_date,amount,currency,status,cancelled_on\nD1,P1,x,1,USD,won,\n");
    const Result result = run({"commission", "calc", "--plan", "plan-a.json", "--deals", "bad.csv", "--out",
                               "never.csv"});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(!QFile::exists(m_dir.filePath("never.csv")));
}

void TestCliCommission::help()
{
    Result result = run({"commission", "calc", "--help"});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--plan", "--deals", "--fx", "--out"})
        QVERIFY2(result.out.contains(option), result.out.constData());
    result = run({"commission", "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("commission calc"));
    result = run({"commission"});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
}

void TestCliCommission::bench()
{
    // CHANNELDESK_COMMISSION_BENCH_DEALS=1000000 turns this smoke test into the measurement.
    const int deals = qEnvironmentVariableIsSet("CHANNELDESK_COMMISSION_BENCH_DEALS")
                          ? qEnvironmentVariableIntValue("CHANNELDESK_COMMISSION_BENCH_DEALS")
                          : 20000;
    QTemporaryFile out;
    QTemporaryFile err;
    QVERIFY(out.open());
    QVERIFY(err.open());
    cd::cli::Invocation invocation;
    invocation.command = "bench";
    invocation.out = &out;
    invocation.err = &err;
    cd::cli::benchCommission(invocation, deals);
    out.seek(0);
    err.seek(0);
    const QString text = QString::fromUtf8(out.readAll());
    const QByteArray details = err.readAll();
    static const QRegularExpression format(
        "^commission_calc_deals_per_s (\\d+) deals/s\ncommission_calc_ms (\\d+\\.\\d) ms\n$");
    const QRegularExpressionMatch match = format.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text + details));
    QVERIFY(match.captured(1).toLongLong() > 0);
    qInfo("%s%s", qPrintable(text), details.constData());
}

QTEST_GUILESS_MAIN(TestCliCommission)
#include "tst_cli_commission.moc"
