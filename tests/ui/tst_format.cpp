#include "ui/format.h"

#include <QTest>

using namespace cd;
using namespace cd::ui;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void parseTyped_data();
    void parseTyped();
};

void TestFormat::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << "en_US" << "1234567.89" << "USD" << "1,234,567.89";
    QTest::newRow("de_DE decimal comma") << "de_DE" << "1234567.89" << "EUR" << "1.234.567,89";
    QTest::newRow("ja_JP yen without decimals") << "ja_JP" << "1234567" << "JPY" << "1,234,567";
    QTest::newRow("negative") << "en_US" << "-7888.60" << "USD" << "-7,888.60";
    QTest::newRow("small") << "de_DE" << "0.05" << "EUR" << "0,05";
    QTest::newRow("dinar") << "en_US" << "1.5" << "KWD" << "1.500";
    // Beyond double's 15-16 significant digits the cents must still be exact.
    QTest::newRow("no binary rounding") << "en_US" << "90071992547409.93" << "USD" << "90,071,992,547,409.93";
}

void TestFormat::money()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Currency code = *Currency::fromCode(currency);
    QCOMPARE(formatMoney(*Money::parse(amount, code), QLocale(locale)), expected);
    const qint64 milli = qint64(Money::parse(amount, code)->toDecimal().withScale(3).units());
    QCOMPARE(formatMilli(milli, currency, QLocale(locale)), expected);
}

void TestFormat::parseTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("value"); // invariant, empty = rejected
    QTest::newRow("en grouping") << "en_US" << "1,234.56" << "1234.56";
    QTest::newRow("de grouping") << "de_DE" << "1.234,56" << "1234.56";
    QTest::newRow("de decimal comma") << "de_DE" << "12,5" << "12.5";
    QTest::newRow("de thousands") << "de_DE" << "1.234" << "1234";
    QTest::newRow("de invariant fallback") << "de_DE" << "12.5" << "12.5";
    QTest::newRow("invariant in en") << "en_US" << "1234.5" << "1234.5";
    QTest::newRow("bad grouping") << "en_US" << "1,23.5" << "";
    QTest::newRow("letters") << "en_US" << "12a" << "";
    QTest::newRow("negative") << "en_US" << "-3.25" << "-3.25";
}

void TestFormat::parseTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, value);
    const std::optional<Decimal> parsed = parseLocalizedDecimal(typed, QLocale(locale));
    QCOMPARE(parsed ? parsed->toString() : QString(), value);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
