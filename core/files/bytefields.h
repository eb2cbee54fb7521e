#pragma once

#include <QByteArrayView>

#include <optional>

namespace cd {

// Fields read straight from a file's bytes, for the readers on a hot path: no QString, no regular
// expression, no allocation. They accept exactly what records.h and Decimal::parse accept.

// Julian day of a civil date without QDate (the readers parse bytes).
constexpr qint64 julianDayOf(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil, shifted so that 1970-01-01 is Julian day 2440588 as in QDate.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468 + 2440588;
}

// A date as the engine keeps it: its Julian day (as QDate::toJulianDay()) and its month, year × 12 +
// month − 1.
struct DayAndMonth
{
    qint32 julianDay;
    qint32 month;
};

// Exactly YYYY-MM-DD, a real calendar day of the years 1-9999.
std::optional<DayAndMonth> readIsoDate(QByteArrayView text);

enum class DigitsError { None, Syntax, TooLarge };

// The invariant decimal form of Decimal::parse (optional '-', digits, optional '.' and digits) read into
// its digits without the point (`units`) and its number of decimals; TooLarge when they pass 64 bits.
DigitsError readDecimalDigits(QByteArrayView text, qint64 &units, int &decimals, bool &negative);

// units × 10^digits for 0 ≤ digits ≤ 12; false when it would not fit 64 bits.
bool scaleByPowerOfTen(qint64 &units, int digits);

} // namespace cd
