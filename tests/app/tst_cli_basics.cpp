#include <QProcess>
#include <QTest>

class TestCliBasics : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
};

void TestCliBasics::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::newRow("version") << QStringList{"--version"} << 0 << "channeldesk-cli 0.1.0";
    QTest::newRow("help") << QStringList{"--help"} << 0 << "Commands:";
    QTest::newRow("no command is a usage error") << QStringList{} << 2 << "";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "";
    QTest::newRow("--db without a file") << QStringList{"--db"} << 2 << "";
}

void TestCliBasics::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QProcess process;
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (stdoutContains.isEmpty())
        QCOMPARE(out, QString());
    else
        QVERIFY2(out.contains(stdoutContains), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
