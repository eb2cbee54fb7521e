#include "core/files/bytefields.h"

#include <iterator>

namespace cd {

std::optional<DayAndMonth> readIsoDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto *c = reinterpret_cast<const unsigned char *>(text.data());
    // A byte below '0' wraps around to a large unsigned value: one comparison per digit.
    const unsigned y0 = c[0] - 48u, y1 = c[1] - 48u, y2 = c[2] - 48u, y3 = c[3] - 48u;
    const unsigned m0 = c[5] - 48u, m1 = c[6] - 48u, d0 = c[8] - 48u, d1 = c[9] - 48u;
    if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9)
        return std::nullopt;
    const int year = int(y0 * 1000 + y1 * 100 + y2 * 10 + y3);
    const int month = int(m0 * 10 + m1);
    const int day = int(d0 * 10 + d1);
    static constexpr int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > daysIn[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    return DayAndMonth{qint32(julianDayOf(year, month, day)), year * 12 + month - 1};
}

DigitsError readDecimalDigits(QByteArrayView text, qint64 &units, int &decimals, bool &negative)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    negative = p != end && *p == '-';
    if (negative)
        ++p;
    const char *const start = p;
    const char *point = nullptr;
    quint64 value = 0;
    for (; p != end; ++p) {
        const unsigned digit = unsigned(*p) - unsigned('0');
        if (digit <= 9)
            value = value * 10 + digit;
        else if (*p == '.' && !point)
            point = p;
        else
            return DigitsError::Syntax;
    }
    const qsizetype integerDigits = (point ? point : end) - start;
    decimals = point ? int(end - point - 1) : 0;
    if (integerDigits == 0 || (point && decimals == 0))
        return DigitsError::Syntax;
    units = qint64(value);
    // Eighteen digits always fit; beyond that (leading zeros included) count again with overflow checks.
    if (integerDigits + decimals <= 18)
        return DigitsError::None;
    units = 0;
    for (p = start; p != end; ++p) {
        if (*p == '.')
            continue;
        if (__builtin_mul_overflow(units, 10, &units) ||
            __builtin_add_overflow(units, qint64(*p - '0'), &units))
            return DigitsError::TooLarge;
    }
    return DigitsError::None;
}

bool scaleByPowerOfTen(qint64 &units, int digits)
{
    static constexpr qint64 powers[] = {1,           10,           100,          1000,      10000,
                                        100000,      1000000,      10000000,     100000000, 1000000000,
                                        10000000000, 100000000000, 1000000000000};
    return digits >= 0 && digits < int(std::size(powers)) &&
           !__builtin_mul_overflow(units, powers[digits], &units);
}

} // namespace cd
