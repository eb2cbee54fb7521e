#include "core/money/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace cd {

Money Money::fromMinorUnits(const Int128 &minorUnits, const Currency &currency)
{
    Money money;
    money.m_minorUnits = minorUnits;
    money.m_currency = currency;
    return money;
}

Money Money::fromDecimal(const Decimal &amount, const Currency &currency, RoundingMode mode)
{
    return fromMinorUnits(amount.rounded(currency.minorDigits(), mode).units(), currency);
}

namespace {

template<typename Text>
std::optional<Money> parseMoney(Text text, const Currency &currency, QString *error)
{
    const std::optional<Decimal> value = Decimal::parse(text, error);
    if (!value)
        return std::nullopt;
    if (value->scale() > currency.minorDigits()) {
        if (error) {
            *error = QCoreApplication::translate("cd::Money", "has more decimals than %1 allows (%2)")
                         .arg(currency.code())
                         .arg(currency.minorDigits());
        }
        return std::nullopt;
    }
    try {
        return Money::fromMinorUnits(value->withScale(currency.minorDigits()).units(), currency);
    } catch (const OverflowError &) {
        if (error)
            *error = QCoreApplication::translate("cd::Money", "is too large");
        return std::nullopt;
    }
}

} // namespace

std::optional<Money> Money::parse(QStringView text, const Currency &currency, QString *error)
{
    return parseMoney(text, currency, error);
}

std::optional<Money> Money::parse(QByteArrayView utf8, const Currency &currency, QString *error)
{
    return parseMoney(utf8, currency, error);
}

qint64 Money::minorUnits64() const
{
    if (m_minorUnits > Int128(std::numeric_limits<qint64>::max())
        || m_minorUnits < Int128(std::numeric_limits<qint64>::min()))
        throw OverflowError("amount does not fit a 64-bit count of minor units");
    return static_cast<qint64>(m_minorUnits);
}

static void requireSameCurrency(const Money &a, const Money &b)
{
    if (!(a.currency() == b.currency()))
        throw CurrencyMismatch("cannot combine " + a.currency().code().toStdString() + " with "
                               + b.currency().code().toStdString());
}

Money Money::operator+(const Money &other) const
{
    requireSameCurrency(*this, other);
    try {
        return fromMinorUnits(m_minorUnits + other.m_minorUnits, m_currency);
    } catch (const std::overflow_error &) {
        throw OverflowError("money sum out of range");
    }
}

Money Money::operator-(const Money &other) const
{
    requireSameCurrency(*this, other);
    try {
        return fromMinorUnits(m_minorUnits - other.m_minorUnits, m_currency);
    } catch (const std::overflow_error &) {
        throw OverflowError("money difference out of range");
    }
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    requireSameCurrency(*this, other);
    if (m_minorUnits < other.m_minorUnits)
        return std::strong_ordering::less;
    return m_minorUnits > other.m_minorUnits ? std::strong_ordering::greater : std::strong_ordering::equal;
}

QList<Int128> allocateLargestRemainder(const QList<Decimal> &exactShares, const Int128 &totalMinorUnits,
                                       int minorDigits)
{
    const qsizetype n = exactShares.size();
    QList<Int128> floors(n);
    QList<Decimal> fractions(n);
    Int128 allocated = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Decimal floored = exactShares[i].rounded(minorDigits, RoundingMode::Floor);
        floors[i] = floored.units();
        fractions[i] = exactShares[i] - floored;
        allocated += floors[i];
    }
    Int128 leftover = totalMinorUnits - allocated;
    if (leftover < 0 || leftover > Int128(n))
        throw std::logic_error("largest-remainder allocation: shares do not add up to the total");
    if (leftover == 0)
        return floors;
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    // stable_sort keeps the earlier share first among equal fractions.
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return fractions[a] > fractions[b]; });
    for (qsizetype i = 0; leftover > 0; ++i, leftover -= 1)
        floors[order[i]] += 1;
    return floors;
}

QList<Money> allocate(const Money &total, const QList<Decimal> &weights)
{
    Decimal weightSum;
    for (const Decimal &weight : weights) {
        if (weight.isNegative())
            throw std::invalid_argument("allocation weights must not be negative");
        weightSum += weight;
    }
    if (weightSum.isZero())
        throw std::invalid_argument("allocation weights must not all be zero");
    // exact share_i = total × w_i / Σw. Σw is not a power of ten in general, so compare fractions through
    // integer arithmetic: floor(total×w_i/Σw) and its remainder, both exact.
    const Int128 totalUnits = total.minorUnits();
    const int scale = std::max(weightSum.scale(), 0);
    const Int128 denominator = weightSum.withScale(scale).units();
    QList<Int128> floors(weights.size());
    QList<Int128> remainders(weights.size());
    Int128 allocated = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        Int128 numerator;
        try {
            numerator = totalUnits * weights[i].withScale(scale).units();
        } catch (const std::overflow_error &) {
            throw OverflowError("allocation out of range");
        }
        Int128 q = numerator / denominator;
        Int128 r = numerator % denominator;
        if (r < 0) { // floor toward −∞ for a negative total
            q -= 1;
            r += denominator;
        }
        floors[i] = q;
        remainders[i] = r;
        allocated += q;
    }
    Int128 leftover = totalUnits - allocated;
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype i = 0; leftover > 0; ++i, leftover -= 1)
        floors[order[i]] += 1;
    QList<Money> result;
    result.reserve(weights.size());
    for (const Int128 &units : floors)
        result << Money::fromMinorUnits(units, total.currency());
    return result;
}

} // namespace cd
