#include "core/period.h"

#include <QTest>

using namespace cd;

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void bounds_data();
    void bounds();
    void parseLabels_data();
    void parseLabels();
    void nextAndPrevious();
};

void TestPeriod::labels_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QString>("label");
    QTest::newRow("month") << QDate(2026, 3, 31) << "month" << 1 << "2026-03";
    QTest::newRow("month ignores fiscal year") << QDate(2026, 3, 31) << "month" << 7 << "2026-03";
    QTest::newRow("calendar quarter") << QDate(2026, 1, 15) << "quarter" << 1 << "2026-Q1";
    QTest::newRow("calendar Q2") << QDate(2026, 4, 2) << "quarter" << 1 << "2026-Q2";
    QTest::newRow("calendar Q4 end") << QDate(2026, 12, 31) << "quarter" << 1 << "2026-Q4";
    // commission.md, plan B: the fiscal year starts in July and is named by the year it ends in.
    QTest::newRow("FY2026-Q4") << QDate(2026, 6, 30) << "quarter" << 7 << "FY2026-Q4";
    QTest::newRow("FY2027-Q1") << QDate(2026, 7, 1) << "quarter" << 7 << "FY2027-Q1";
    QTest::newRow("FY2027-Q2") << QDate(2026, 11, 1) << "quarter" << 7 << "FY2027-Q2";
    QTest::newRow("FY2027-Q3") << QDate(2027, 1, 10) << "quarter" << 7 << "FY2027-Q3";
    QTest::newRow("calendar year") << QDate(2026, 6, 30) << "year" << 1 << "2026";
    QTest::newRow("fiscal year before start") << QDate(2026, 6, 30) << "year" << 7 << "FY2026";
    QTest::newRow("fiscal year after start") << QDate(2026, 7, 1) << "year" << 7 << "FY2027";
    QTest::newRow("February start") << QDate(2026, 1, 31) << "quarter" << 2 << "FY2026-Q4";
    QTest::newRow("December start") << QDate(2026, 12, 1) << "quarter" << 12 << "FY2027-Q1";
}

void TestPeriod::labels()
{
    QFETCH(QDate, date);
    QFETCH(QString, kind);
    QFETCH(int, startMonth);
    QFETCH(QString, label);
    const Period period = Period::containing(date, *periodKindFromName(kind), startMonth);
    QCOMPARE(period.label(), label);
    QVERIFY(period.contains(date));
    const std::optional<Period> parsed = Period::fromLabel(label, startMonth);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->firstDay(), period.firstDay());
}

void TestPeriod::bounds_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("FY2027") << "FY2027" << 7 << QDate(2026, 7, 1) << QDate(2027, 6, 30);
    QTest::newRow("FY2027-Q3") << "FY2027-Q3" << 7 << QDate(2027, 1, 1) << QDate(2027, 3, 31);
    QTest::newRow("2026-Q1") << "2026-Q1" << 1 << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("leap February") << "2028-02" << 1 << QDate(2028, 2, 1) << QDate(2028, 2, 29);
}

void TestPeriod::bounds()
{
    QFETCH(QString, label);
    QFETCH(int, startMonth);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const std::optional<Period> period = Period::fromLabel(label, startMonth);
    QVERIFY(period.has_value());
    QCOMPARE(period->firstDay(), first);
    QCOMPARE(period->lastDay(), last);
}

void TestPeriod::parseLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<bool>("valid");
    QTest::newRow("FY label for a calendar year") << "FY2026-Q1" << 1 << false;
    QTest::newRow("plain label for a fiscal year") << "2026-Q1" << 7 << false;
    QTest::newRow("month 13") << "2026-13" << 1 << false;
    QTest::newRow("Q5") << "2026-Q5" << 1 << false;
    QTest::newRow("garbage") << "last quarter" << 1 << false;
    QTest::newRow("month in a fiscal program") << "2026-08" << 7 << true;
}

void TestPeriod::parseLabels()
{
    QFETCH(QString, label);
    QFETCH(int, startMonth);
    QFETCH(bool, valid);
    QCOMPARE(Period::fromLabel(label, startMonth).has_value(), valid);
}

void TestPeriod::nextAndPrevious()
{
    const Period q4 = *Period::fromLabel(u"FY2026-Q4", 7);
    QCOMPARE(q4.next().label(), QStringLiteral("FY2027-Q1"));
    QCOMPARE(q4.next().previous(), q4);
    QVERIFY(q4 < q4.next());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
