// `commission run` and `commission plan`: the database side of commission.md, checked against `calc`.
#include "core/files/csv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("CHANNELDESK_DB");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The rows of a statement CSV (header kept) whose partner is in `partners` and period is `period`.
QByteArray rowsOf(const QByteArray &csv, const QSet<QString> &partners, const QString &period)
{
    QByteArray result;
    const QList<QByteArray> lines = csv.split('\n');
    result += lines.first() + '\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() > 2 && partners.contains(QString::fromUtf8(fields[0])) && fields[1] == period.toUtf8())
            result += lines[i] + '\n';
    }
    return result;
}

const QString demoSize[] = {"--partners", "60", "--deals", "1500"};

} // namespace

class TestCliCommissionRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runEqualsCalcOnTheExport_data();
    void runEqualsCalcOnTheExport();
    void planImportExportRoundTrip();
    void badInput_data();
    void badInput();
    void partnersWithoutPlanAreWarnedAbout();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliCommissionRun::initTestCase()
{
    m_db = m_dir.filePath("demo.sqlite");
    const Run init = cli({"--db", m_db, "init", "--demo", demoSize[0], demoSize[1], demoSize[2], demoSize[3]});
    QCOMPARE(init.exitCode, 0);
    for (const char *kind : {"deals", "fx", "partners"})
        QCOMPARE(cli({"--db", m_db, "export", kind, "--out", m_dir.filePath(QString(kind) + ".csv")}).exitCode, 0);
}

void TestCliCommissionRun::runEqualsCalcOnTheExport_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("tier"); // empty: every tier
    QTest::addColumn<QString>("period");
    QTest::newRow("playbook 2026-Q1") << "playbook-graduated" << "playbook" << "" << "2026-Q1";
    QTest::newRow("playbook 2025-Q4") << "playbook-graduated" << "playbook" << "" << "2025-Q4";
    QTest::newRow("si tier2 2026-Q2") << "next-portal-si-tier2" << "next-portal-si" << "tier2" << "2026-Q2";
    QTest::newRow("si tier3 2026-Q1") << "next-portal-si-tier3" << "next-portal-si" << "tier3" << "2026-Q1";
    QTest::newRow("gold 2026-Q3") << "next-portal-reseller-gold" << "next-portal-resellers" << "gold" << "2026-Q3";
}

void TestCliCommissionRun::runEqualsCalcOnTheExport()
{
    QFETCH(QString, plan);
    QFETCH(QString, program);
    QFETCH(QString, tier);
    QFETCH(QString, period);
    const QString planFile = m_dir.filePath(plan + ".json");
    QCOMPARE(cli({"--db", m_db, "commission", "plan", "export", plan, "--out", planFile}).exitCode, 0);

    // The partners the demo's assignments put under the plan, read from the partner export.
    const QByteArray partnersCsv = fileBytes(m_dir.filePath("partners.csv"));
    cd::CsvReader reader(partnersCsv, "partners.csv");
    QVERIFY(reader.readHeader());
    const int idColumn = reader.columnIndex(u"partner_id");
    const int programColumn = reader.columnIndex(u"program");
    const int tierColumn = reader.columnIndex(u"tier");
    QSet<QString> partners;
    while (reader.readRecord()) {
        if (reader.text(programColumn) == program && (tier.isEmpty() || reader.text(tierColumn) == tier))
            partners.insert(reader.text(idColumn));
    }
    QVERIFY(!partners.isEmpty());

    const Run calc = cli({"commission", "calc", "--plan", planFile, "--deals", m_dir.filePath("deals.csv"), "--fx",
                          m_dir.filePath("fx.csv")});
    QCOMPARE(calc.exitCode, 0);
    const Run run = cli({"--db", m_db, "commission", "run", "--period", period});
    QCOMPARE(run.exitCode, 0);
    const QByteArray expected = rowsOf(calc.out, partners, period);
    QVERIFY(expected.count('\n') > 2); // the comparison is about something
    QCOMPARE(rowsOf(run.out, partners, period), expected);
    // Nothing but this period's statements, and --out writes the same bytes.
    QCOMPARE(rowsOf(run.out, partners, period).size() <= run.out.size(), true);
    const QString out = m_dir.filePath("run.csv");
    QCOMPARE(cli({"--db", m_db, "commission", "run", "--period", period, "--out", out}).exitCode, 0);
    QCOMPARE(fileBytes(out), run.out);
}

void TestCliCommissionRun::planImportExportRoundTrip()
{
    const QString db = m_dir.filePath("plans.sqlite");
    QCOMPARE(cli({"--db", db, "init"}).exitCode, 0);
    const QString planA = QStringLiteral(CHANNELDESK_TESTDATA_DIR "/commission/plan-a.json");
    const QString planB = QStringLiteral(CHANNELDESK_TESTDATA_DIR "/commission/plan-b.json");
    const Run import = cli({"--db", db, "commission", "plan", "import", planA, planB});
    QCOMPARE(import.exitCode, 0);
    QVERIFY(import.err.contains("added"));
    QVERIFY(cli({"--db", db, "commission", "plan", "import", planA}).err.contains("unchanged"));
    const Run exported = cli({"--db", db, "commission", "plan", "export", "tech-partner-eur"});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, fileBytes(planB));
    QCOMPARE(cli({"--db", db, "commission", "plan", "assign", "tech-partner-eur", "--type", "technology"}).exitCode, 0);
    QCOMPARE(cli({"--db", db, "commission", "plan", "assign", "playbook-2026", "--program", "playbook", "--tier",
                  "gold"})
                 .exitCode,
             0);
    const Run list = cli({"--db", db, "commission", "plan", "list"});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("plan_id,name,currency,window,method,updated_at,assigned_to"));
    QVERIFY(lines[1].startsWith("playbook-2026,playbook-2026,USD,quarter,graduated,"));
    QVERIFY(lines[1].endsWith(",playbook/gold"));
    QVERIFY(lines[2].endsWith(",type:technology"));
    QCOMPARE(cli({"--db", db, "commission", "plan", "unassign", "--type", "technology"}).exitCode, 0);
    QCOMPARE(cli({"--db", db, "commission", "plan", "unassign", "--type", "technology"}).exitCode, 2);
}

void TestCliCommissionRun::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stderrMentions");
    QTest::newRow("run without --period") << QStringList{"commission", "run"} << QByteArray("--period is required");
    QTest::newRow("run with a bad label") << QStringList{"commission", "run", "--period", "2026-Q7"}
                                          << QByteArray("--period: 2026-Q7 is not a period label");
    QTest::newRow("export of an unknown plan") << QStringList{"commission", "plan", "export", "nope"}
                                               << QByteArray("there is no commission plan nope");
    QTest::newRow("assign to both keys") << QStringList{"commission", "plan", "assign", "playbook-graduated",
                                                        "--type", "reseller", "--program", "playbook"}
                                         << QByteArray("(--program P --tier T | --type TYPE)");
    QTest::newRow("assign an unknown plan") << QStringList{"commission", "plan", "assign", "nope", "--type", "reseller"}
                                            << QByteArray("there is no commission plan nope");
    QTest::newRow("unknown plan subcommand") << QStringList{"commission", "plan", "frobnicate"}
                                             << QByteArray("unknown subcommand 'frobnicate'");
}

void TestCliCommissionRun::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stderrMentions);
    const Run run = cli(QStringList{"--db", m_db} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(stderrMentions), run.err.constData());
}

void TestCliCommissionRun::partnersWithoutPlanAreWarnedAbout()
{
    const QString db = m_dir.filePath("warn.sqlite");
    QVERIFY(QFile::copy(m_db, db));
    const QString bad = m_dir.filePath("bad.json");
    write(bad, "{\"id\": \"x\", \"currency\": \"USD\", \"bands\": [{\"from\": 0, \"rate\": \"5%\"}]}\n");
    const Run import = cli({"--db", db, "commission", "plan", "import", bad});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains("bad.json:1: bands[0].from: "), import.err.constData());
    for (const char *tier : {"platinum", "gold", "silver", "bronze"})
        QCOMPARE(cli({"--db", db, "commission", "plan", "unassign", "--program", "playbook", "--tier", tier}).exitCode, 0);
    const Run run = cli({"--db", db, "commission", "run", "--period", "2026-Q1"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("warning: partner "), run.err.constData());
    QVERIFY(run.err.contains("but no commission plan: left out"));
    QVERIFY(run.out.startsWith("partner,period,kind,deal,credit,amount\n"));
}

QTEST_GUILESS_MAIN(TestCliCommissionRun)
#include "tst_cli_commissionrun.moc"
