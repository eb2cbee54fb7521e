#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// `channeldesk-cli registrations run`: the evaluation over a database, as a user runs it.
class TestCliRegistrationRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runPrintsAndStoresChanges();
    void importEvaluatesNewRegistrations();
    void badInput_data();
    void badInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

static const QString dataDir = QStringLiteral(CHANNELDESK_SOURCE_DIR "/tests/data/registration");

static QByteArray readData(const QString &name)
{
    QFile file(dataDir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

TestCliRegistrationRun::Run TestCliRegistrationRun::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("CHANNELDESK_DB");
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dataDir);
    process.start(QStringLiteral(CHANNELDESK_CLI), QStringList{"--db", m_db} + arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCliRegistrationRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath("run.sqlite");
    QCOMPARE(run({"init"}).exitCode, 0);
    QCOMPARE(run({"import", "partners", "run-partners.csv"}).exitCode, 0);
    QCOMPARE(run({"import", "registrations", "example.csv", "--no-evaluate"}).exitCode, 0);
}

void TestCliRegistrationRun::runPrintsAndStoresChanges()
{
    const QStringList asOf{"--as-of", "2026-02-20T00:00:00Z"};
    // A dry run prints the changes and keeps them.
    Run dry = run(QStringList{"registrations", "run", "--dry-run"} + asOf);
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out, readData("run-result.csv"));
    QCOMPARE(dry.err, QByteArray("7 registration(s) would change as of 2026-02-20T00:00:00Z (dry run, nothing written)\n"));
    QCOMPARE(run(QStringList{"registrations", "run", "--dry-run"} + asOf).out, readData("run-result.csv"));

    const Run applied = run(QStringList{"registrations", "run"} + asOf);
    QCOMPARE(applied.exitCode, 0);
    QCOMPARE(applied.out, readData("run-result.csv"));
    QCOMPARE(applied.err, QByteArray("7 registration(s) changed as of 2026-02-20T00:00:00Z\n"));

    // Stored: the export carries the statuses; a second run finds nothing to change.
    const Run exported = run({"export", "registrations"});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains("R2,P2,Acme Corporation,,Portal,70000"), exported.out.constData());
    QVERIFY(exported.out.contains(",conflict,2026-02-20T00:00:00Z"));
    const Run again = run(QStringList{"registrations", "run"} + asOf);
    QCOMPARE(again.out, QByteArray("reg_id,old_status,new_status,old_winner,new_winner\n"));

    // Later, the two remaining winners expire.
    const QString out = m_dir->filePath("changes.csv");
    const Run later = run({"registrations", "run", "--as-of", "2026-03-10T00:00:00Z", "--out", out});
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(later.out, QByteArray());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("reg_id,old_status,new_status,old_winner,new_winner\n"
                                        "R3,approved,expired,,\nR7,approved,expired,,\n"));
}

void TestCliRegistrationRun::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("bad as-of") << QStringList{"registrations", "run", "--as-of", "2026-02-20"}
                               << QByteArray("channeldesk-cli: registrations run: --as-of: \"2026-02-20\" is not an "
                                             "ISO 8601 UTC date-time like 2026-03-01T00:00:00Z\n");
    QTest::newRow("stray argument") << QStringList{"registrations", "run", "now"}
                                    << QByteArray("channeldesk-cli: registrations run: unexpected argument 'now'\n");
}

void TestCliRegistrationRun::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, err);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, err);
}

// Registrations imported without a status get one at once (as of now); with --no-evaluate (as init() does)
// they wait for `registrations run`.
void TestCliRegistrationRun::importEvaluatesNewRegistrations()
{
    QCOMPARE(run({"export", "registrations"}).out.count(",approved,"), 0);
    const Run imported = run({"import", "registrations", "example.csv"});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.contains("registrations evaluated as of "), imported.err.constData());
    const QList<QByteArray> lines = run({"export", "registrations"}).out.trimmed().split('\n');
    QCOMPARE(lines.size(), 8); // the header and the spec example's seven registrations
    const int statusColumn = int(lines.first().split(',').indexOf("status"));
    QVERIFY(statusColumn >= 0);
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(!line.split(',').value(statusColumn).isEmpty(), line.constData());
}

QTEST_GUILESS_MAIN(TestCliRegistrationRun)
#include "tst_cli_registrationrun.moc"
