// `report pipeline` and `report qbr` as a user runs them, against the database they read.
#include "core/files/csv.h"
#include "store/dashboard/dashboardquery.h"
#include "store/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CHANNELDESK_CLI), arguments);
    Run result;
    if (!process.waitForFinished(300000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split(',');
    }
    return rows;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pipelineMatchesTheChart_data();
    void pipelineMatchesTheChart();
    void pipelineRecomputedFromRows();
    void badInput_data();
    void badInput();
    void qbrWritesPdf_data();
    void qbrWritesPdf();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliReport::initTestCase()
{
    m_db = m_dir.filePath("report.sqlite");
    const Run init = run({"--db", m_db, "init", "--demo", "--deals", "3000", "--partners", "90", "--today", "2026-11-23"});
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

void TestCliReport::pipelineMatchesTheChart_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("currency");
    QTest::newRow("this quarter") << "2026-Q4" << "";
    QTest::newRow("next quarter in euros") << "2027-Q1" << "EUR";
}

void TestCliReport::pipelineMatchesTheChart()
{
    QFETCH(QString, period);
    QFETCH(QString, currency);
    QStringList arguments{"--db", m_db, "report", "pipeline", "--by", "stage", "--period", period};
    if (!currency.isEmpty())
        arguments << "--currency" << currency;
    const Run report = run(arguments);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QList<QStringList> rows = parseCsv(report.out);
    QCOMPARE(rows.value(0), (QStringList{"stage", "deals", "amount", "weighted"}));
    auto database = store::Database::open(m_db);
    store::DashboardFilter filter;
    filter.period = *Period::fromLabel(period);
    filter.currency = currency;
    const store::DashboardData data = store::DashboardQuery(*database).load(filter);
    QCOMPARE(rows.size() - 1, data.pipelineByStage.size());
    for (const store::SeriesEntry &e : data.pipelineByStage) {
        const auto row = std::find_if(rows.cbegin() + 1, rows.cend(), [&](const QStringList &r) { return r.value(0) == e.key; });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->value(1), QString::number(e.count));
        QCOMPARE(row->value(2), e.amount.toString());
        QCOMPARE(row->value(3), e.weighted.toString());
    }
}

void TestCliReport::pipelineRecomputedFromRows()
{
    const Run report = run({"--db", m_db, "report", "pipeline", "--by", "region,stage"});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QList<QStringList> rows = parseCsv(report.out);
    QCOMPARE(rows.value(0), (QStringList{"region", "stage", "deals", "amount", "weighted"}));
    // Every open deal, converted at the latest rate of its currency into US dollars, by hand.
    auto database = store::Database::open(m_db);
    QSqlQuery q(database->sql());
    QMap<QString, Decimal> latest;
    QVERIFY(q.exec("SELECT currency, rate FROM fx_rates ORDER BY date"));
    while (q.next())
        latest[q.value(0).toString()] = *Decimal::parse(q.value(1).toString());
    latest["USD"] = Decimal::fromInteger(1);
    QMap<QStringList, std::pair<qint64, Decimal>> expected;
    QVERIFY(q.exec("SELECT p.region, d.stage, d.currency, d.amount_milli FROM deals d JOIN partners p ON p.id = d.primary_partner"
                   " WHERE d.status = 'open'"));
    while (q.next()) {
        auto &cell = expected[QStringList{q.value(0).toString(), q.value(1).toString()}];
        ++cell.first;
        cell.second += Decimal::fromUnits(q.value(3).toLongLong(), 3) * latest.value(q.value(2).toString());
    }
    QCOMPARE(rows.size() - 1, expected.size());
    int i = 1;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++i) { // QMap order = sorted by the dimensions
        QCOMPARE(rows[i].mid(0, 2), it.key());
        QCOMPARE(rows[i][2], QString::number(it->first));
        QCOMPARE(rows[i][3], it->second.rounded(2, RoundingMode::HalfEven).toString());
    }
}

void TestCliReport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown dimension") << QStringList{"report", "pipeline", "--by", "colour"};
    QTest::newRow("no dimension") << QStringList{"report", "pipeline"};
    QTest::newRow("bad period") << QStringList{"report", "pipeline", "--by", "stage", "--period", "2026-Q5"};
    QTest::newRow("unknown currency") << QStringList{"report", "pipeline", "--by", "stage", "--currency", "XYZ"};
    QTest::newRow("qbr without pdf") << QStringList{"report", "qbr", "--period", "2026-Q3"};
    QTest::newRow("qbr unknown partner") << QStringList{"report", "qbr", "--period", "2026-Q3", "--partner", "NOPE",
                                                        "--pdf", "x.pdf"};
    QTest::newRow("no subcommand") << QStringList{"report"};
}

void TestCliReport::badInput()
{
    QFETCH(QStringList, arguments);
    const Run report = run(QStringList{"--db", m_db} + arguments);
    QCOMPARE(report.exitCode, 2);
    QCOMPARE(report.out, QByteArray());
    QVERIFY(!report.err.isEmpty());
}

void TestCliReport::qbrWritesPdf_data()
{
    QTest::addColumn<QString>("partner");
    QTest::newRow("program") << "";
    QTest::newRow("one partner") << "P0001";
}

void TestCliReport::qbrWritesPdf()
{
    QFETCH(QString, partner);
    const QString pdf = m_dir.filePath("qbr-" + partner + ".pdf");
    QStringList arguments{"--db", m_db, "report", "qbr", "--period", "2026-Q3", "--pdf", pdf};
    if (!partner.isEmpty())
        arguments << "--partner" << partner;
    const Run report = run(arguments);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(file.size() > 20000);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
