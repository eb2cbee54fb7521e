#include "core/money/decimal.h"

#include <QCoreApplication>

#include <array>

namespace cd {

namespace {

using Int256 = boost::multiprecision::int256_t;

std::array<Int128, 39> makePowersOfTen()
{
    std::array<Int128, 39> powers;
    powers[0] = 1;
    for (size_t i = 1; i < powers.size(); ++i)
        powers[i] = powers[i - 1] * 10;
    return powers;
}

const std::array<Int128, 39> &powersOfTen()
{
    static const std::array<Int128, 39> powers = makePowersOfTen();
    return powers;
}

Int128 scaleUp(const Int128 &units, int digits)
{
    try {
        return units * Decimal::pow10(digits);
    } catch (const std::overflow_error &) {
        throw OverflowError("decimal value out of range");
    }
}

template<typename Char>
std::optional<Decimal> parseChars(const Char *begin, const Char *end, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<Decimal> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Char *p = begin;
    bool negative = false;
    if (p != end && *p == Char('-')) {
        negative = true;
        ++p;
    }
    Int128 units = 0;
    int digits = 0;
    int integerDigits = 0;
    int scale = 0;
    bool seenPoint = false;
    for (; p != end; ++p) {
        const auto c = *p;
        if (c >= Char('0') && c <= Char('9')) {
            if (digits >= 38)
                return fail(QCoreApplication::translate("cd::Decimal", "has too many digits"));
            units = units * 10 + int(c - Char('0'));
            ++digits;
            if (seenPoint)
                ++scale;
            else
                ++integerDigits;
        } else if (c == Char('.') && !seenPoint) {
            seenPoint = true;
        } else {
            return fail(QCoreApplication::translate("cd::Decimal", "is not a decimal number"));
        }
    }
    if (integerDigits == 0 || (seenPoint && scale == 0))
        return fail(QCoreApplication::translate("cd::Decimal", "is not a decimal number"));
    if (scale > Decimal::MaxScale)
        return fail(QCoreApplication::translate("cd::Decimal", "has more than %1 decimals").arg(Decimal::MaxScale));
    return Decimal::fromUnits(negative ? Int128(-units) : units, scale);
}

} // namespace

std::optional<RoundingMode> roundingModeFromName(QStringView name)
{
    if (name == u"half-even")
        return RoundingMode::HalfEven;
    if (name == u"half-up")
        return RoundingMode::HalfUp;
    if (name == u"floor")
        return RoundingMode::Floor;
    if (name == u"toward-zero")
        return RoundingMode::TowardZero;
    return std::nullopt;
}

QString roundingModeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfEven:
        return QStringLiteral("half-even");
    case RoundingMode::HalfUp:
        return QStringLiteral("half-up");
    case RoundingMode::Floor:
        return QStringLiteral("floor");
    case RoundingMode::TowardZero:
        return QStringLiteral("toward-zero");
    }
    return {};
}

const Int128 &Decimal::pow10(int exponent)
{
    if (exponent < 0 || exponent > 38)
        throw OverflowError("power of ten out of range");
    return powersOfTen()[size_t(exponent)];
}

Decimal Decimal::fromUnits(const Int128 &units, int scale)
{
    if (scale < 0 || scale > MaxScale)
        throw OverflowError("decimal scale out of range");
    return Decimal(units, scale);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    return parseChars(text.utf16(), text.utf16() + text.size(), error);
}

std::optional<Decimal> Decimal::parse(QByteArrayView utf8, QString *error)
{
    return parseChars(utf8.data(), utf8.data() + utf8.size(), error);
}

int Decimal::significantDecimals() const
{
    if (m_units == 0)
        return 0;
    int scale = m_scale;
    Int128 units = m_units;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return scale;
}

Decimal Decimal::normalized() const
{
    if (m_units == 0)
        return Decimal();
    Int128 units = m_units;
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return Decimal(units, scale);
}

Decimal Decimal::withScale(int scale) const
{
    if (scale < 0 || scale > MaxScale)
        throw OverflowError("decimal scale out of range");
    if (scale >= m_scale)
        return Decimal(scaleUp(m_units, scale - m_scale), scale);
    const Int128 &divisor = pow10(m_scale - scale);
    if (m_units % divisor != 0)
        throw std::invalid_argument("withScale would drop digits; use rounded()");
    return Decimal(m_units / divisor, scale);
}

Int128 divideRounded(const Int128 &units, const Int128 &divisor, RoundingMode mode)
{
    Int128 quotient = units / divisor; // truncates toward zero
    const Int128 remainder = units % divisor; // has the sign of units
    if (remainder == 0)
        return quotient;
    const int direction = units.sign();
    const Int128 twiceRemainder = abs(remainder) * 2;
    switch (mode) {
    case RoundingMode::TowardZero:
        break;
    case RoundingMode::Floor:
        if (direction < 0)
            quotient -= 1;
        break;
    case RoundingMode::HalfUp:
        if (twiceRemainder >= divisor)
            quotient += direction;
        break;
    case RoundingMode::HalfEven:
        if (twiceRemainder > divisor || (twiceRemainder == divisor && (quotient % 2) != 0))
            quotient += direction;
        break;
    }
    return quotient;
}

Decimal Decimal::rounded(int places, RoundingMode mode) const
{
    if (places < 0 || places > MaxScale)
        throw OverflowError("rounding places out of range");
    if (places >= m_scale)
        return withScale(places);
    return Decimal(divideRounded(m_units, pow10(m_scale - places), mode), places);
}

QString Decimal::toString() const
{
    const bool negative = m_units < 0;
    // Digits by hand: boost's str() trips a false -Wrestrict in GCC 12's std::string.
    Int128 magnitude = negative ? Int128(-m_units) : m_units;
    char buffer[40];
    qsizetype start = sizeof buffer;
    const Int128 chunkDivisor = pow10(18);
    do {
        auto chunk = static_cast<quint64>(magnitude % chunkDivisor);
        magnitude /= chunkDivisor;
        for (int i = 0; i < 18 && (chunk != 0 || magnitude != 0 || i == 0); ++i) {
            buffer[--start] = char('0' + chunk % 10);
            chunk /= 10;
        }
    } while (magnitude != 0);
    QString digits = QString::fromLatin1(buffer + start, qsizetype(sizeof buffer) - start);
    // At least one digit before the point: 0.05, not .05.
    if (digits.size() <= m_scale)
        digits.prepend(QString(m_scale + 1 - digits.size(), QLatin1Char('0')));
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    if (negative)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

Decimal Decimal::operator+(const Decimal &other) const
{
    try {
        if (m_scale == other.m_scale)
            return Decimal(m_units + other.m_units, m_scale);
        if (m_scale > other.m_scale)
            return Decimal(m_units + scaleUp(other.m_units, m_scale - other.m_scale), m_scale);
        return Decimal(scaleUp(m_units, other.m_scale - m_scale) + other.m_units, other.m_scale);
    } catch (const std::overflow_error &) {
        throw OverflowError("decimal sum out of range");
    }
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + (-other);
}

Decimal Decimal::operator*(const Decimal &other) const
{
    Decimal left = *this;
    Decimal right = other;
    if (m_scale + other.m_scale > MaxScale) {
        left = left.normalized();
        right = right.normalized();
        if (left.m_scale + right.m_scale > MaxScale)
            throw OverflowError("decimal product has too many decimals");
    }
    try {
        return Decimal(left.m_units * right.m_units, left.m_scale + right.m_scale);
    } catch (const std::overflow_error &) {
        throw OverflowError("decimal product out of range");
    }
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    if (m_scale == other.m_scale) {
        if (m_units < other.m_units)
            return std::strong_ordering::less;
        return m_units > other.m_units ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    // Aligning scales may not fit in 128 bits; 256 bits always holds 10^36 × 2^127.
    Int256 left = Int256(m_units);
    Int256 right = Int256(other.m_units);
    if (m_scale > other.m_scale)
        right *= Int256(pow10(m_scale - other.m_scale));
    else
        left *= Int256(pow10(other.m_scale - m_scale));
    if (left < right)
        return std::strong_ordering::less;
    if (left > right)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

Decimal Decimal::shiftedRight(int digits) const
{
    if (m_scale + digits <= MaxScale)
        return Decimal(m_units, m_scale + digits);
    const Decimal n = normalized();
    if (n.m_scale + digits > MaxScale)
        throw OverflowError("decimal has too many decimals");
    return Decimal(n.m_units, n.m_scale + digits);
}

QString invalidDecimalMessage(QStringView text, const QString &reason)
{
    //: %1 is the value as written, %2 what is wrong with it ("is not a decimal number").
    return QCoreApplication::translate("cd::Decimal", "%1 %2").arg(text, reason);
}

} // namespace cd
