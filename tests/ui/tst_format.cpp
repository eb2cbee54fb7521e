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
    void parseMoney_data();
    void parseMoney();
    void parsePercent_data();
    void parsePercent();
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

// The dialogs' amounts (deal, partner commitment, registration): exact, in the currency's minor digits.
void TestFormat::parseMoney_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("notNegative");
    QTest::addColumn<QString>("value"); // invariant, empty = rejected
    QTest::addColumn<int>("problem");   // AmountProblem
    const int none = int(AmountProblem::None), notAnAmount = int(AmountProblem::NotAnAmount),
              tooManyDecimals = int(AmountProblem::TooManyDecimals);
    QTest::newRow("en grouping") << "en_US" << "1,234,567.89" << "USD" << false << "1234567.89" << none;
    QTest::newRow("de grouping, decimal comma") << "de_DE" << "1.234.567,89" << "EUR" << false << "1234567.89" << none;
    QTest::newRow("de decimal comma") << "de_DE" << "12,5" << "EUR" << false << "12.50" << none;
    QTest::newRow("de invariant fallback") << "de_DE" << "12.5" << "EUR" << false << "12.50" << none;
    QTest::newRow("surrounding spaces") << "en_US" << "  25000 " << "USD" << false << "25000.00" << none;
    QTest::newRow("dinar has three decimals") << "en_US" << "1.125" << "KWD" << false << "1.125" << none;
    QTest::newRow("too many decimals for dollars") << "en_US" << "12.345" << "USD" << false << "" << tooManyDecimals;
    QTest::newRow("yen has no decimals") << "ja_JP" << "1,234.5" << "JPY" << false << "" << tooManyDecimals;
    QTest::newRow("trailing zeros are no decimals") << "en_US" << "12.3400" << "USD" << false << "12.34" << none;
    QTest::newRow("garbage") << "en_US" << "12 dollars" << "USD" << false << "" << notAnAmount;
    QTest::newRow("bad grouping") << "en_US" << "1,23.5" << "USD" << false << "" << notAnAmount;
    QTest::newRow("empty") << "en_US" << "" << "USD" << false << "" << notAnAmount;
    QTest::newRow("negative where allowed") << "en_US" << "-7,888.60" << "USD" << false << "-7888.60" << none;
    QTest::newRow("negative refused") << "en_US" << "-5" << "USD" << true << "" << notAnAmount;
    QTest::newRow("negative refused before decimals") << "en_US" << "-1.234" << "USD" << true << "" << notAnAmount;
    QTest::newRow("zero is not negative") << "en_US" << "0" << "USD" << true << "0.00" << none;
}

void TestFormat::parseMoney()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, currency);
    QFETCH(bool, notNegative);
    QFETCH(QString, value);
    QFETCH(int, problem);
    const AmountSign sign = notNegative ? AmountSign::NotNegative : AmountSign::Any;
    const TypedAmount parsed = parseLocalizedMoney(typed, *Currency::fromCode(currency), sign, QLocale(locale));
    QCOMPARE(int(parsed.problem), problem);
    QCOMPARE(parsed.money ? parsed.money->toString() : QString(), value);
    if (parsed.money)
        QCOMPARE(parsed.money->currency().code(), currency);
}

// A deal's probability and a plan's rates: the number as typed, with or without the sign.
void TestFormat::parsePercent_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("number"); // invariant, empty = rejected
    QTest::addColumn<bool>("percentSign");
    QTest::newRow("en sign") << "en_US" << "15%" << "15" << true;
    QTest::newRow("de decimal comma and a space") << "de_DE" << "12,5 %" << "12.5" << true;
    QTest::newRow("fr decimal comma") << "fr_FR" << "12,5%" << "12.5" << true;
    QTest::newRow("bare fraction") << "en_US" << "0.15" << "0.15" << false;
    QTest::newRow("de grouping") << "de_DE" << "1.250,5%" << "1250.5" << true;
    QTest::newRow("surrounding spaces") << "en_US" << " 60 % " << "60" << true;
    QTest::newRow("garbage") << "en_US" << "sixty%" << "" << false;
    QTest::newRow("sign only") << "en_US" << "%" << "" << false;
    QTest::newRow("two signs") << "en_US" << "60%%" << "" << false;
    QTest::newRow("sign first") << "en_US" << "%60" << "" << false;
}

void TestFormat::parsePercent()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, number);
    QFETCH(bool, percentSign);
    const std::optional<TypedPercent> parsed = parseLocalizedPercent(typed, QLocale(locale));
    QCOMPARE(parsed ? parsed->number.toString() : QString(), number);
    QCOMPARE(parsed && parsed->percentSign, percentSign);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
