#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

// `import|export people|certifications` and `tiers run`, run as a user runs them, on a demo database.
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
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
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

} // namespace

class TestCliPrograms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void badFilesChangeNothing();
    void tiersRunAndApply();
    void tiersRunErrors_data();
    void tiersRunErrors();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliPrograms::initTestCase()
{
    m_db = m_dir.filePath("demo.sqlite");
    const Run run = cli({"--db", m_db, "init", "--demo", "--partners", "60", "--deals", "1500", "--today", "2026-03-31"});
    QCOMPARE(run.exitCode, 0);
}

void TestCliPrograms::exportImportRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("people") << "people";
    QTest::newRow("certifications") << "certifications";
}

void TestCliPrograms::exportImportRoundTrip()
{
    QFETCH(QString, kind);
    const Run exported = cli({"--db", m_db, "export", kind});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.count('\n') > 20);
    write(m_dir.filePath(kind + ".csv"), exported.out);
    const Run imported = cli({"--db", m_db, "import", kind, kind + ".csv"}, m_dir.path());
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.err, (kind + ".csv: 0 added, 0 updated, " + QString::number(exported.out.count('\n') - 1)
                            + " unchanged\n").toUtf8());
    QCOMPARE(cli({"--db", m_db, "export", kind}).out, exported.out);
}

void TestCliPrograms::badFilesChangeNothing()
{
    const QByteArray before = cli({"--db", m_db, "export", "people"}).out;
    write(m_dir.filePath("new-people.csv"), "person_id,partner_id,name,role\nN-1,P0001,New Person,sales\n");
    write(m_dir.filePath("bad-certs.csv"), "certification_id,person_id,track,level,earned_on\n"
                                           "X1,N-1,platform,expert,2026-01-01\n"
                                           "X2,NOBODY,platform,guru,2026-13-01\n");
    const Run run = cli({"--db", m_db, "import", "people", "new-people.csv", "certifications", "bad-certs.csv"}, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, QByteArray("bad-certs.csv:3: person_id: no person NOBODY\n"
                                 "bad-certs.csv:3: level: \"guru\" is not one of foundation, sales, technical, professional, "
                                 "advanced, expert\n"
                                 "bad-certs.csv:3: earned_on: \"2026-13-01\" is not an ISO date like 2026-03-31\n"
                                 "nothing was changed\n"));
    QCOMPARE(cli({"--db", m_db, "export", "people"}).out, before);
    // A dry run of the good pair counts and changes nothing.
    write(m_dir.filePath("good-certs.csv"), "certification_id,person_id,track,level,earned_on\nX1,N-1,platform,expert,2026-01-01\n");
    const Run dry = cli({"--db", m_db, "import", "people", "new-people.csv", "certifications", "good-certs.csv", "--dry-run"},
                        m_dir.path());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.err, QByteArray("new-people.csv: 1 added, 0 updated, 0 unchanged\n"
                                 "good-certs.csv: 1 added, 0 updated, 0 unchanged\ndry run: nothing was changed\n"));
    QCOMPARE(cli({"--db", m_db, "export", "people"}).out, before);
}

void TestCliPrograms::tiersRunAndApply()
{
    const Run preview = cli({"--db", m_db, "tiers", "run", "--as-of", "2026-03-31"});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY(preview.out.startsWith("partner,program,from,to,change,score,explanation\n"));
    const int changes = int(preview.out.count('\n')) - 1;
    QVERIFY2(changes > 0, preview.out.constData());
    QVERIFY2(preview.err.contains("nothing was changed; --apply writes them"), preview.err.constData());
    // The explanations are the Tier review's: metric names, not codes, and money to the cent.
    for (const char *code : {"certified_", "revenue_commitment", "deals_won", ",revenue "})
        QVERIFY2(!preview.out.contains(code), preview.out.constData());
    QVERIFY2(!QRegularExpression(QStringLiteral("\\d\\.\\d{3}")).match(QString::fromUtf8(preview.out)).hasMatch(),
             preview.out.constData());
    QVERIFY2(preview.out.contains(" more ") && preview.out.contains('$'), preview.out.constData());
    // Without --apply the same run proposes the same again.
    QCOMPARE(cli({"--db", m_db, "tiers", "run", "--as-of", "2026-03-31"}).out, preview.out);
    const Run applied = cli({"--db", m_db, "tiers", "run", "--as-of", "2026-03-31", "--apply"});
    QCOMPARE(applied.exitCode, 0);
    QCOMPARE(applied.out, preview.out);
    QVERIFY2(applied.err.contains(QStringLiteral("applied %1 tier changes").arg(changes).toUtf8()), applied.err.constData());
    const Run after = cli({"--db", m_db, "tiers", "run", "--as-of", "2026-03-31"});
    QCOMPARE(after.out, QByteArray("partner,program,from,to,change,score,explanation\n"));
    // One program only.
    const Run one = cli({"--db", m_db, "tiers", "run", "--as-of", "2026-03-31", "--program", "playbook"});
    QCOMPARE(one.exitCode, 0);
}

void TestCliPrograms::tiersRunErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("bad date") << QStringList{"--as-of", "31.3.2026"}
                              << QByteArray("channeldesk-cli: --as-of needs an ISO date like 2026-03-31, not \"31.3.2026\"\n");
    QTest::newRow("unknown program") << QStringList{"--program", "nope"}
                                     << QByteArray("channeldesk-cli: no active partner is in a stored program \"nope\"\n");
}

void TestCliPrograms::tiersRunErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, err);
    const Run run = cli(QStringList{"--db", m_db, "tiers", "run"} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, err);
}

QTEST_GUILESS_MAIN(TestCliPrograms)
#include "tst_cli_programs.moc"
