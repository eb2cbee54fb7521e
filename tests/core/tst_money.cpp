#include "core/money/money.h"

#include <QTest>

using namespace cd;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseAndFormat_data();
    void parseAndFormat();
    void parseErrors_data();
    void parseErrors();
    void rounding_data();
    void rounding();
    void arithmeticIsExact_data();
    void arithmeticIsExact();
    void comparisonAcrossScales_data();
    void comparisonAcrossScales();
    void largestRemainder_data();
    void largestRemainder();
    void allocateByWeights_data();
    void allocateByWeights();
    void overflowThrows_data();
    void overflowThrows();
    void currencyMinorUnits_data();
    void currencyMinorUnits();
    void mixingCurrenciesThrows();
    void fitsDatabaseInteger();
};

static Currency currency(const char *code)
{
    return *Currency::fromCode(QByteArrayView(code));
}

void TestMoney::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<qint64>("minorUnits");
    QTest::newRow("whole dollars") << "80000" << "USD" << "80000.00" << qint64(8000000);
    QTest::newRow("cents") << "412345.67" << "USD" << "412345.67" << qint64(41234567);
    QTest::newRow("one decimal") << "0.5" << "USD" << "0.50" << qint64(50);
    QTest::newRow("negative") << "-7888.6" << "EUR" << "-7888.60" << qint64(-788860);
    QTest::newRow("negative zero is zero") << "-0.00" << "USD" << "0.00" << qint64(0);
    QTest::newRow("yen has no decimals") << "1234567" << "JPY" << "1234567" << qint64(1234567);
    QTest::newRow("dinar has three") << "1.5" << "KWD" << "1.500" << qint64(1500);
    QTest::newRow("leading zeros") << "007.10" << "USD" << "7.10" << qint64(710);
}

void TestMoney::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, formatted);
    QFETCH(qint64, minorUnits);
    QString error;
    const std::optional<Money> money = Money::parse(text, *Currency::fromCode(code), &error);
    QVERIFY2(money.has_value(), qPrintable(error));
    QCOMPARE(money->toString(), formatted);
    QCOMPARE(money->minorUnits64(), minorUnits);
    // The byte path used by the CSV readers agrees with the QString path.
    const std::optional<Money> fromBytes = Money::parse(QByteArrayView(text.toUtf8()), *Currency::fromCode(code));
    QVERIFY(fromBytes.has_value());
    QCOMPARE(fromBytes->minorUnits64(), minorUnits);
}

void TestMoney::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("too many decimals") << "10.005" << "USD" << "has more decimals than USD allows (2)";
    QTest::newRow("yen with cents") << "100.5" << "JPY" << "has more decimals than JPY allows (0)";
    QTest::newRow("empty") << "" << "USD" << "is not a decimal number";
    QTest::newRow("thousands separator") << "1,000.00" << "USD" << "is not a decimal number";
    QTest::newRow("exponent") << "1e5" << "USD" << "is not a decimal number";
    QTest::newRow("plus sign") << "+5" << "USD" << "is not a decimal number";
    QTest::newRow("leading point") << ".5" << "USD" << "is not a decimal number";
    QTest::newRow("trailing point") << "5." << "USD" << "is not a decimal number";
    QTest::newRow("space") << " 5" << "USD" << "is not a decimal number";
    QTest::newRow("decimal comma") << "5,5" << "EUR" << "is not a decimal number";
    QTest::newRow("two points") << "1.2.3" << "USD" << "is not a decimal number";
    QTest::newRow("only minus") << "-" << "USD" << "is not a decimal number";
    QTest::newRow("forty digits") << QString(40, QLatin1Char('9')) << "USD" << "has too many digits";
}

void TestMoney::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Money::parse(text, *Currency::fromCode(code), &error).has_value());
    QCOMPARE(error, message);
}

void TestMoney::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("halfEven");
    QTest::addColumn<QString>("halfUp");
    QTest::addColumn<QString>("floor");
    QTest::newRow("tie to even down") << "0.125" << 2 << "0.12" << "0.13" << "0.12";
    QTest::newRow("tie to even up") << "0.135" << 2 << "0.14" << "0.14" << "0.13";
    QTest::newRow("spec window total") << "0.015" << 2 << "0.02" << "0.02" << "0.01";
    QTest::newRow("above tie") << "108186.4175" << 2 << "108186.42" << "108186.42" << "108186.41";
    QTest::newRow("below tie") << "20194.7649" << 2 << "20194.76" << "20194.76" << "20194.76";
    QTest::newRow("spec half-up") << "20194.768" << 2 << "20194.77" << "20194.77" << "20194.76";
    QTest::newRow("negative tie even") << "-0.125" << 2 << "-0.12" << "-0.13" << "-0.13";
    QTest::newRow("negative tie odd") << "-2.5" << 0 << "-2" << "-3" << "-3";
    QTest::newRow("tie to zero places") << "2.5" << 0 << "2" << "3" << "2";
    QTest::newRow("already exact") << "1.10" << 2 << "1.10" << "1.10" << "1.10";
    QTest::newRow("gains places") << "3" << 2 << "3.00" << "3.00" << "3.00";
    QTest::newRow("long tail") << "0.004999999999999999999" << 2 << "0.00" << "0.00" << "0.00";
    QTest::newRow("tiny negative") << "-0.001" << 2 << "0.00" << "0.00" << "-0.01";
}

void TestMoney::rounding()
{
    QFETCH(QString, value);
    QFETCH(int, places);
    QFETCH(QString, halfEven);
    QFETCH(QString, halfUp);
    QFETCH(QString, floor);
    const Decimal decimal = *Decimal::parse(value);
    QCOMPARE(decimal.rounded(places, RoundingMode::HalfEven).toString(), halfEven);
    QCOMPARE(decimal.rounded(places, RoundingMode::HalfUp).toString(), halfUp);
    QCOMPARE(decimal.rounded(places, RoundingMode::Floor).toString(), floor);
}

void TestMoney::arithmeticIsExact_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("product");
    QTest::newRow("binary-unfriendly") << "0.1" << "0.2" << "0.3" << "0.02";
    QTest::newRow("fx") << "45000.55" << "0.8765" << "45001.4265" << "39442.982075";
    QTest::newRow("rate") << "52745.67" << "0.25" << "52745.92" << "13186.4175";
    QTest::newRow("signs") << "-3.5" << "2" << "-1.5" << "-7.0";
    QTest::newRow("beyond 64 bits") << "123456789012345678901234567890" << "1" << "123456789012345678901234567891" << "123456789012345678901234567890";
    QTest::newRow("zeros inside a chunk") << "1000000000000000000000.5" << "-0.5" << "1000000000000000000000.0" << "-500000000000000000000.25";
}

void TestMoney::arithmeticIsExact()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    QFETCH(QString, product);
    const Decimal x = *Decimal::parse(a);
    const Decimal y = *Decimal::parse(b);
    QCOMPARE((x + y).toString(), sum);
    QCOMPARE((x * y).toString(), product);
    QCOMPARE((x + y - y), x);
}

void TestMoney::comparisonAcrossScales_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal at different scales") << "1.50" << "1.5" << 0;
    QTest::newRow("less") << "0.999" << "1" << -1;
    QTest::newRow("greater") << "100000" << "99999.99" << 1;
    QTest::newRow("negative") << "-1" << "0.0001" << -1;
    QTest::newRow("huge against fine") << "99999999999999999999999999999999999" << "0.000000000000000000000000000000000001" << 1;
}

void TestMoney::comparisonAcrossScales()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto order = *Decimal::parse(a) <=> *Decimal::parse(b);
    QCOMPARE(order < 0 ? -1 : order > 0 ? 1 : 0, expected);
}

void TestMoney::largestRemainder_data()
{
    QTest::addColumn<QStringList>("shares");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("expected");
    // commission.md: D4 splits 600.006/400.004 → 600.01/400.00.
    QTest::newRow("spec split") << QStringList{"600.006", "400.004"} << qint64(100001) << QList<qint64>{60001, 40000};
    // P2's Q2 lines of 0.0075 each share a window total of 0.02: one cent each.
    QTest::newRow("spec lines") << QStringList{"0.0075", "0.0075"} << qint64(2) << QList<qint64>{1, 1};
    QTest::newRow("tie goes to the first") << QStringList{"0.005", "0.005"} << qint64(1) << QList<qint64>{1, 0};
    QTest::newRow("thirds") << QStringList{"0.333333", "0.333333", "0.333334"} << qint64(100) << QList<qint64>{33, 33, 34};
    QTest::newRow("largest fraction wins") << QStringList{"1.001", "2.009", "3.000"} << qint64(601) << QList<qint64>{100, 201, 300};
    QTest::newRow("exact shares") << QStringList{"10.00", "20.00"} << qint64(3000) << QList<qint64>{1000, 2000};
}

void TestMoney::largestRemainder()
{
    QFETCH(QStringList, shares);
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, expected);
    QList<Decimal> exact;
    for (const QString &share : shares)
        exact << *Decimal::parse(share);
    const QList<Int128> allocated = allocateLargestRemainder(exact, Int128(total), 2);
    QList<qint64> actual;
    for (const Int128 &units : allocated)
        actual << static_cast<qint64>(units);
    QCOMPARE(actual, expected);
    qint64 sum = 0;
    for (qint64 units : actual)
        sum += units;
    QCOMPARE(sum, total);
}

void TestMoney::allocateByWeights_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QStringList>("weights");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("60/40") << "1000.01" << QStringList{"60", "40"} << QStringList{"600.01", "400.00"};
    QTest::newRow("three ways") << "100.00" << QStringList{"1", "1", "1"} << QStringList{"33.34", "33.33", "33.33"};
    QTest::newRow("decimal weights") << "0.10" << QStringList{"33.5", "66.5"} << QStringList{"0.03", "0.07"};
    QTest::newRow("negative total") << "-1.00" << QStringList{"1", "2"} << QStringList{"-0.33", "-0.67"};
}

void TestMoney::allocateByWeights()
{
    QFETCH(QString, total);
    QFETCH(QStringList, weights);
    QFETCH(QStringList, expected);
    QList<Decimal> decimals;
    for (const QString &weight : weights)
        decimals << *Decimal::parse(weight);
    const QList<Money> parts = allocate(*Money::parse(total, currency("USD")), decimals);
    QStringList actual;
    Money sum = Money::fromMinorUnits(0, currency("USD"));
    for (const Money &part : parts) {
        actual << part.toString();
        sum += part;
    }
    QCOMPARE(actual, expected);
    QCOMPARE(sum.toString(), Money::parse(total, currency("USD"))->toString());
}

void TestMoney::overflowThrows_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("operation");
    const QString big = QString(38, QLatin1Char('9'));
    QTest::newRow("sum") << big << big << "+";
    QTest::newRow("product") << QStringLiteral("10000000000000000000000") << QStringLiteral("10000000000000000000000") << "*";
    QTest::newRow("aligning scales") << QStringLiteral("40000000000000000000000000000000000") << QStringLiteral("0.0001") << "+";
    QTest::newRow("too many decimals") << QStringLiteral("0.000000000000000000001") << QStringLiteral("0.000000000000000000001") << "*";
}

void TestMoney::overflowThrows()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, operation);
    const std::optional<Decimal> parsedA = Decimal::parse(a);
    const std::optional<Decimal> parsedB = Decimal::parse(b);
    QVERIFY(parsedA && parsedB);
    const Decimal x = *parsedA;
    const Decimal y = *parsedB;
    if (operation == QLatin1String("+"))
        QVERIFY_THROWS_EXCEPTION(OverflowError, x + y + x + y);
    else
        QVERIFY_THROWS_EXCEPTION(OverflowError, x * y);
}

void TestMoney::currencyMinorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    for (const char *code : {"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR", "CNY", "SEK", "BRL", "MXN", "SGD"})
        QTest::newRow(code) << QString::fromLatin1(code) << 2;
    for (const char *code : {"JPY", "KRW"})
        QTest::newRow(code) << QString::fromLatin1(code) << 0;
    for (const char *code : {"KWD", "BHD"})
        QTest::newRow(code) << QString::fromLatin1(code) << 3;
    QTest::newRow("unknown") << "XYZ" << -1;
    QTest::newRow("lower case is not a code") << "usd" << -1;
}

void TestMoney::currencyMinorUnits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    const std::optional<Currency> found = Currency::fromCode(code);
    QCOMPARE(found ? found->minorDigits() : -1, digits);
}

void TestMoney::mixingCurrenciesThrows()
{
    const Money dollars = *Money::parse(u"1.00", currency("USD"));
    const Money euros = *Money::parse(u"1.00", currency("EUR"));
    QVERIFY_THROWS_EXCEPTION(CurrencyMismatch, dollars + euros);
    QCOMPARE((dollars + dollars).toString(), QStringLiteral("2.00"));
}

void TestMoney::fitsDatabaseInteger()
{
    const Money fits = *Money::parse(u"92233720368547758.07", currency("USD"));
    QCOMPARE(fits.minorUnits64(), std::numeric_limits<qint64>::max());
    const Money tooBig = *Money::parse(u"92233720368547758.08", currency("USD"));
    QVERIFY_THROWS_EXCEPTION(OverflowError, tooBig.minorUnits64());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
