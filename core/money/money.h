#pragma once

#include "core/money/currency.h"
#include "core/money/decimal.h"

#include <QList>
#include <QMetaType>

namespace cd {

// Money is a count of its currency's minor units held in a checked 128-bit integer: exact, and any
// overflow throws OverflowError. There is deliberately no constructor from a floating-point value.
class Money
{
public:
    Money() = default;
    static Money fromMinorUnits(const Int128 &minorUnits, const Currency &currency);
    // Rounds an exact decimal to the currency's minor unit with the named mode.
    static Money fromDecimal(const Decimal &amount, const Currency &currency, RoundingMode mode);
    // Parses the invariant form; more decimals than the currency allows is an error, never rounded away.
    static std::optional<Money> parse(QStringView text, const Currency &currency, QString *error = nullptr);
    static std::optional<Money> parse(QByteArrayView utf8, const Currency &currency, QString *error = nullptr);

    const Int128 &minorUnits() const { return m_minorUnits; }
    qint64 minorUnits64() const; // throws OverflowError when it does not fit a database INTEGER
    const Currency &currency() const { return m_currency; }
    Decimal toDecimal() const { return Decimal::fromUnits(m_minorUnits, m_currency.minorDigits()); }
    // Invariant text with exactly the currency's minor digits: "-7888.60", "0.00", never "-0.00".
    QString toString() const { return toDecimal().toString(); }

    bool isZero() const { return m_minorUnits == 0; }
    bool isNegative() const { return m_minorUnits < 0; }

    Money operator-() const { return fromMinorUnits(-m_minorUnits, m_currency); }
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }
    bool operator==(const Money &other) const = default;
    std::strong_ordering operator<=>(const Money &other) const;

private:
    Int128 m_minorUnits = 0;
    Currency m_currency;
};

class CurrencyMismatch : public std::invalid_argument
{
public:
    explicit CurrencyMismatch(const std::string &what) : std::invalid_argument(what) {}
};

// Splits `totalMinorUnits` among exact shares that add up to it (to within the rounding of the total):
// each share is floored to a minor unit and the units left over go one each to the shares with the largest
// discarded fractions; ties go to the earlier share. The result always sums to the total.
QList<Int128> allocateLargestRemainder(const QList<Decimal> &exactShares, const Int128 &totalMinorUnits,
                                       int minorDigits);

// Splits money by weights (percentages or any non-negative decimals) with the same largest-remainder rule.
QList<Money> allocate(const Money &total, const QList<Decimal> &weights);

} // namespace cd

Q_DECLARE_METATYPE(cd::Money)
Q_DECLARE_METATYPE(cd::Decimal)
