#pragma once

#include "core/money/money.h"

#include <QLocale>
#include <QString>

namespace cd::ui {

// Formatting for people, at the UI edge, with the user's locale. Values arrive exact (Decimal, Money,
// integer thousandths) and are never routed through a double: the locale only supplies the separators.

// "1,234,567.89" in en_US, "1.234.567,89" in de_DE; `decimals` digits after the separator.
QString formatDecimal(const Decimal &value, int decimals, const QLocale &locale = QLocale());
// The currency's own number of minor digits ("¥1,234,567" has none).
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
// A stored amount in thousandths with its currency code; falls back to three decimals for an unknown code.
QString formatMilli(qint64 milli, const QString &currencyCode, const QLocale &locale = QLocale());
QString formatMoneyWithCode(const Money &money, const QLocale &locale = QLocale());
QString formatPercent(const Decimal &percent, const QLocale &locale = QLocale());
QString formatIsoDate(const QString &isoDate, const QLocale &locale = QLocale());
QString formatCount(qint64 count, const QLocale &locale = QLocale());

// Reads what a user typed in their locale ("1.234,56" in German) or in the invariant form, exactly.
std::optional<Decimal> parseLocalizedDecimal(const QString &text, const QLocale &locale = QLocale());

// Why typed text is no amount of a currency. The dialogs word it, each in its own translation context.
enum class AmountProblem { None, NotAnAmount, TooManyDecimals };
enum class AmountSign { Any, NotNegative };

struct TypedAmount
{
    std::optional<Money> money; // set exactly when problem is None
    AmountProblem problem = AmountProblem::None;
};

// A typed amount of `currency`: what parseLocalizedDecimal reads, with no more decimals than the currency
// has (never rounded: "12.345" is no amount of dollars), and not negative when `sign` says so.
TypedAmount parseLocalizedMoney(const QString &text, const Currency &currency,
                                AmountSign sign = AmountSign::Any, const QLocale &locale = QLocale());

struct TypedPercent
{
    Decimal number;           // as typed: 12.5 for "12,5 %", not 0.125
    bool percentSign = false; // whether it ended in the locale's or the ASCII percent sign
};

// "12,5 %" in German, "15%", or a bare number; the sign, when there, comes last.
std::optional<TypedPercent> parseLocalizedPercent(const QString &text, const QLocale &locale = QLocale());

} // namespace cd::ui
