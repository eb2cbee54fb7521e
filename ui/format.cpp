#include "ui/format.h"

#include <QDate>

namespace cd::ui {

QString formatDecimal(const Decimal &value, int decimals, const QLocale &locale)
{
    const Decimal rounded = value.rounded(decimals, RoundingMode::HalfEven);
    const QString invariant = rounded.toString(); // "-1234567.89"
    const bool negative = invariant.startsWith(QLatin1Char('-'));
    const QStringView digits = QStringView(invariant).sliced(negative ? 1 : 0);
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QStringView integerPart = point < 0 ? digits : digits.first(point);
    // Group the integer digits the locale's way. QLocale groups qlonglong exactly; the integer part of any
    // amount the store holds fits in 64 bits, a larger one is shown ungrouped rather than wrongly.
    bool fits = false;
    const qlonglong whole = integerPart.toLongLong(&fits);
    QString text = fits ? locale.toString(whole) : integerPart.toString();
    if (point >= 0)
        text += locale.decimalPoint() + digits.sliced(point + 1);
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    return formatDecimal(money.toDecimal(), money.currency().minorDigits(), locale);
}

QString formatMilli(qint64 milli, const QString &currencyCode, const QLocale &locale)
{
    const std::optional<Currency> currency = Currency::fromCode(currencyCode);
    const Decimal value = Decimal::fromUnits(Int128(milli), 3);
    return formatDecimal(value, currency ? currency->minorDigits() : 3, locale);
}

QString formatMoneyWithCode(const Money &money, const QLocale &locale)
{
    return formatMoney(money, locale) + QChar::Nbsp + money.currency().code();
}

QString formatPercent(const Decimal &percent, const QLocale &locale)
{
    const int decimals = std::min(percent.significantDecimals(), 2);
    return formatDecimal(percent, decimals, locale) + locale.percent();
}

QString formatIsoDate(const QString &isoDate, const QLocale &locale)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : isoDate;
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return locale.toString(qlonglong(count));
}

std::optional<Decimal> parseLocalizedDecimal(const QString &text, const QLocale &locale)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(locale.negativeSign()))
        trimmed.replace(0, locale.negativeSign().size(), QStringLiteral("-"));
    // The locale's own form first, with strict grouping (groups of three after the first), so that a German
    // "1.234" means one thousand two hundred thirty-four while "12.5" is not a German number and falls
    // through to the invariant form.
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype pointAt = trimmed.indexOf(point);
    if (pointAt < 0 || trimmed.indexOf(point, pointAt + 1) < 0) {
        QString integerPart = pointAt < 0 ? trimmed : trimmed.left(pointAt);
        const QString fraction = pointAt < 0 ? QString() : trimmed.mid(pointAt + point.size());
        bool groupsValid = true;
        if (!group.isEmpty() && integerPart.contains(group)) {
            const QStringList groups = integerPart.split(group);
            for (qsizetype i = 1; i < groups.size(); ++i)
                groupsValid = groupsValid && groups[i].size() == 3;
            const QString first = groups.first() == QLatin1String("-") ? QString() : groups.first();
            groupsValid = groupsValid && !first.isEmpty() && first.size() <= (first.startsWith(u'-') ? 4 : 3);
            integerPart = groups.join(QString());
        }
        if (groupsValid) {
            const QString normalized = fraction.isNull() ? integerPart : integerPart + QLatin1Char('.') + fraction;
            if (const std::optional<Decimal> value = Decimal::parse(normalized))
                return value;
        }
    }
    return Decimal::parse(trimmed);
}

TypedAmount parseLocalizedMoney(const QString &text, const Currency &currency, AmountSign sign,
                                const QLocale &locale)
{
    const std::optional<Decimal> value = parseLocalizedDecimal(text, locale);
    if (!value || (sign == AmountSign::NotNegative && value->isNegative()))
        return {std::nullopt, AmountProblem::NotAnAmount};
    if (value->significantDecimals() > currency.minorDigits())
        return {std::nullopt, AmountProblem::TooManyDecimals};
    return {Money::fromDecimal(*value, currency, RoundingMode::HalfEven), AmountProblem::None};
}

std::optional<TypedPercent> parseLocalizedPercent(const QString &text, const QLocale &locale)
{
    QString number = text.trimmed();
    const QString percent = locale.percent();
    const bool percentSign = number.endsWith(percent) || number.endsWith(QLatin1Char('%'));
    if (percentSign)
        number.chop(number.endsWith(percent) ? percent.size() : 1);
    const std::optional<Decimal> value = parseLocalizedDecimal(number.trimmed(), locale);
    if (!value)
        return std::nullopt;
    return TypedPercent{*value, percentSign};
}

} // namespace cd::ui
