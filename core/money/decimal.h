#pragma once

#include <QString>
#include <QStringView>

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <optional>
#include <stdexcept>

namespace cd {

// A checked 128-bit integer: any overflow throws instead of wrapping. Expression templates are off
// (et_off is the default for fixed-width cpp_int) so `auto` never captures a half-evaluated expression.
using Int128 = boost::multiprecision::checked_int128_t;

// Thrown whenever an exact value would not fit. Money never wraps.
class OverflowError : public std::overflow_error
{
public:
    explicit OverflowError(const std::string &what) : std::overflow_error(what) {}
};

// The one place a rounding direction is chosen. HalfUp rounds ties away from zero (the usual commercial
// meaning, and identical to "half up" for the non-negative amounts commission plans deal in).
enum class RoundingMode { HalfEven, HalfUp, Floor, TowardZero };

std::optional<RoundingMode> roundingModeFromName(QStringView name);
QString roundingModeName(RoundingMode mode);

// An exact decimal number: units × 10^-scale. It is built only from integers or strings, never from a
// binary floating-point value. Addition, subtraction and multiplication are exact; scale grows as needed
// and an unrepresentable result throws OverflowError.
class Decimal
{
public:
    static constexpr int MaxScale = 36;

    Decimal() = default;
    static Decimal fromInteger(qint64 value) { return Decimal(Int128(value), 0); }
    static Decimal fromUnits(const Int128 &units, int scale);

    // Parses the invariant form: optional '-', digits, optional '.' and digits. No exponent, no
    // thousands separators, no leading '+', no surrounding spaces. Returns nullopt and sets *error.
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);
    static std::optional<Decimal> parse(QByteArrayView utf8, QString *error = nullptr);

    const Int128 &units() const { return m_units; }
    int scale() const { return m_scale; }
    int signum() const { return m_units.sign(); }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    // The number of decimals it has once trailing zeros are dropped ("1.2300" has 2).
    int significantDecimals() const;
    Decimal normalized() const;
    // Same value with exactly `scale` decimals; throws std::invalid_argument if that would lose digits.
    Decimal withScale(int scale) const;
    // The one named rounding function: the result has exactly `places` decimals.
    Decimal rounded(int places, RoundingMode mode) const;

    // Invariant text with exactly scale() decimals; "-0" never appears.
    QString toString() const;

    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator*(const Decimal &other) const;
    Decimal &operator+=(const Decimal &other) { return *this = *this + other; }
    Decimal &operator-=(const Decimal &other) { return *this = *this - other; }

    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

    // Division is not closed over decimals; this divides by 10^n exactly (for percentages).
    Decimal shiftedRight(int digits) const;

    static const Int128 &pow10(int exponent);

private:
    Decimal(const Int128 &units, int scale) : m_units(units), m_scale(scale) {}

    Int128 m_units = 0;
    int m_scale = 0;
};

// The message for a value that parse() refused: "10.005 has more decimals than USD allows (2)", the value
// as given (quoted or not) followed by the reason. One translatable whole, so that a language can order it
// its own way instead of having a reason glued after the value.
QString invalidDecimalMessage(QStringView text, const QString &reason);

// Rounds the integer quotient units / divisor (divisor > 0) with the given mode.
Int128 divideRounded(const Int128 &units, const Int128 &divisor, RoundingMode mode);

} // namespace cd
