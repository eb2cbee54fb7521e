#include "core/files/bytefields.h"
#include "core/money/decimal.h"
#include "core/records/records.h"

#include <QTest>

#include <random>

using namespace cd;

// The byte readers must accept exactly what records.h and Decimal::parse accept.
class TestByteFields : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void datesAgreeWithRecords();
    void decimals_data();
    void decimals();
    void decimalsAgreeWithDecimal();
    void julianDays();
    void scaling();
};

void TestByteFields::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary") << QByteArray("2026-03-31") << true;
    QTest::newRow("leap day") << QByteArray("2024-02-29") << true;
    QTest::newRow("no leap day in 2100") << QByteArray("2100-02-29") << false;
    QTest::newRow("leap day in 2000") << QByteArray("2000-02-29") << true;
    QTest::newRow("day 31 of a 30-day month") << QByteArray("2026-04-31") << false;
    QTest::newRow("month 13") << QByteArray("2026-13-01") << false;
    QTest::newRow("day 0") << QByteArray("2026-01-00") << false;
    QTest::newRow("year 0") << QByteArray("0000-01-01") << false;
    QTest::newRow("first day") << QByteArray("0001-01-01") << true;
    QTest::newRow("last day") << QByteArray("9999-12-31") << true;
    QTest::newRow("short") << QByteArray("2026-3-31") << false;
    QTest::newRow("with time") << QByteArray("2026-03-31T00:00") << false;
    QTest::newRow("slashes") << QByteArray("2026/03/31") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestByteFields::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<DayAndMonth> date = readIsoDate(text);
    QCOMPARE(date.has_value(), valid);
    if (valid) {
        const QDate expected = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        QCOMPARE(qint64(date->julianDay), expected.toJulianDay());
        QCOMPARE(date->month, expected.year() * 12 + expected.month() - 1);
    }
}

void TestByteFields::datesAgreeWithRecords()
{
    std::mt19937_64 random(3);
    static const char alphabet[] = "0123456789-- T";
    for (int round = 0; round < 20000; ++round) {
        QByteArray text;
        if (round % 2) {
            const QDate date = QDate(1, 1, 1).addDays(qint64(random() % 3652059));
            text = date.toString(Qt::ISODate).toLatin1();
            text[int(random() % 10)] = alphabet[random() % (sizeof alphabet - 1)];
        } else {
            for (int i = 0, n = int(random() % 12); i < n; ++i)
                text += alphabet[random() % (sizeof alphabet - 1)];
        }
        const std::optional<QDate> expected = parseIsoDate(QString::fromLatin1(text));
        const std::optional<DayAndMonth> date = readIsoDate(text);
        // records.h takes any year QDate takes; the readers stop at 1-9999, which four digits cannot leave
        // but for year 0.
        const bool yearZero = expected && expected->year() <= 0;
        QVERIFY2(date.has_value() == (expected.has_value() && !yearZero), text.constData());
        if (date)
            QCOMPARE(qint64(date->julianDay), expected->toJulianDay());
    }
}

void TestByteFields::decimals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("negative");
    QTest::newRow("cents") << QByteArray("412345.67") << int(DigitsError::None) << qint64(41234567) << 2 << false;
    QTest::newRow("integer") << QByteArray("1234567") << int(DigitsError::None) << qint64(1234567) << 0 << false;
    QTest::newRow("negative") << QByteArray("-5.5") << int(DigitsError::None) << qint64(55) << 1 << true;
    QTest::newRow("trailing zeros count") << QByteArray("10.000") << int(DigitsError::None) << qint64(10000) << 3
                                          << false;
    QTest::newRow("18 digits") << QByteArray("999999999999999999") << int(DigitsError::None)
                               << qint64(999999999999999999) << 0 << false;
    QTest::newRow("the largest") << QByteArray("9223372036854775807") << int(DigitsError::None)
                                 << std::numeric_limits<qint64>::max() << 0 << false;
    QTest::newRow("one more") << QByteArray("9223372036854775808") << int(DigitsError::TooLarge) << qint64(0) << 0
                              << false;
    QTest::newRow("leading zeros") << QByteArray("0000000000000000000000012.50") << int(DigitsError::None)
                                   << qint64(1250) << 2 << false;
    QTest::newRow("no integer part") << QByteArray(".5") << int(DigitsError::Syntax) << qint64(0) << 0 << false;
    QTest::newRow("no decimals after the point") << QByteArray("5.") << int(DigitsError::Syntax) << qint64(0) << 0
                                                 << false;
    QTest::newRow("thousands separator") << QByteArray("1,000") << int(DigitsError::Syntax) << qint64(0) << 0
                                         << false;
    QTest::newRow("plus sign") << QByteArray("+5") << int(DigitsError::Syntax) << qint64(0) << 0 << false;
    QTest::newRow("exponent") << QByteArray("1e5") << int(DigitsError::Syntax) << qint64(0) << 0 << false;
    QTest::newRow("two points") << QByteArray("1.2.3") << int(DigitsError::Syntax) << qint64(0) << 0 << false;
    QTest::newRow("empty") << QByteArray() << int(DigitsError::Syntax) << qint64(0) << 0 << false;
    QTest::newRow("a lone minus") << QByteArray("-") << int(DigitsError::Syntax) << qint64(0) << 0 << false;
}

void TestByteFields::decimals()
{
    QFETCH(QByteArray, text);
    QFETCH(int, error);
    QFETCH(qint64, units);
    QFETCH(int, decimals);
    QFETCH(bool, negative);
    qint64 readUnits = 0;
    int readDecimals = 0;
    bool readNegative = false;
    QCOMPARE(int(readDecimalDigits(text, readUnits, readDecimals, readNegative)), error);
    if (error == int(DigitsError::None)) {
        QCOMPARE(readUnits, units);
        QCOMPARE(readDecimals, decimals);
        QCOMPARE(readNegative, negative);
    }
}

void TestByteFields::decimalsAgreeWithDecimal()
{
    std::mt19937_64 random(5);
    static const char alphabet[] = "0123456789.-0009";
    for (int round = 0; round < 50000; ++round) {
        QByteArray text;
        for (int i = 0, n = int(random() % 24); i < n; ++i)
            text += alphabet[random() % (sizeof alphabet - 1)];
        qint64 units = 0;
        int decimals = 0;
        bool negative = false;
        const DigitsError error = readDecimalDigits(text, units, decimals, negative);
        const std::optional<Decimal> expected = Decimal::parse(QByteArrayView(text));
        if (error == DigitsError::Syntax) {
            QVERIFY2(!expected.has_value(), text.constData());
            continue;
        }
        if (!expected) // Decimal stops at 38 digits, 64 bits well before
            continue;
        const Int128 magnitude = expected->isNegative() ? Int128(-expected->units()) : expected->units();
        QVERIFY2(error == (magnitude > Int128(std::numeric_limits<qint64>::max()) ? DigitsError::TooLarge
                                                                                  : DigitsError::None),
                 text.constData());
        if (error == DigitsError::None) {
            QCOMPARE(Int128(units), magnitude);
            QCOMPARE(decimals, expected->scale());
            QCOMPARE(negative, text.startsWith('-'));
        }
    }
}

void TestByteFields::julianDays()
{
    for (QDate date(1, 1, 1); date.year() < 10000; date = date.addDays(997))
        QCOMPARE(julianDayOf(date.year(), date.month(), date.day()), date.toJulianDay());
    QCOMPARE(julianDayOf(2024, 2, 29), QDate(2024, 2, 29).toJulianDay());
    QCOMPARE(julianDayOf(9999, 12, 31), QDate(9999, 12, 31).toJulianDay());
}

void TestByteFields::scaling()
{
    qint64 units = 12;
    QVERIFY(scaleByPowerOfTen(units, 3));
    QCOMPARE(units, qint64(12000));
    units = 922337203685477580;
    QVERIFY(scaleByPowerOfTen(units, 1));
    units = 922337203685477581;
    QVERIFY(!scaleByPowerOfTen(units, 1));
    units = 1;
    QVERIFY(!scaleByPowerOfTen(units, 13));
    QVERIFY(!scaleByPowerOfTen(units, -1));
}

QTEST_GUILESS_MAIN(TestByteFields)
#include "tst_bytefields.moc"
