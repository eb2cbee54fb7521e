#pragma once

#include "core/money/currency.h"
#include "core/money/decimal.h"

#include <QDate>

#include <optional>
#include <vector>

namespace cd {

// Exchange rates of commission.md: `rate` plan-currency units per one unit of `currency`, in force from
// `date` until the next rate of that currency.
class FxTable
{
public:
    static constexpr int MaxRateDecimals = 12;

    // The engine's form of one rate: units × 10^-scale, from a Julian day on.
    struct Entry
    {
        qint64 julianDay;
        qint64 units;
        int scale;
    };

    // Adds a rate. Returns false when the table already has a rate for that currency on that date.
    // Throws std::invalid_argument for a rate that is not positive, has more than MaxRateDecimals decimals
    // or more digits than 64 bits hold.
    bool insert(QDate date, const Currency &currency, const Decimal &rate);
    // The rate in force on `date` (the latest dated on or before it), if any.
    std::optional<Decimal> rateOn(const Currency &currency, QDate date) const;
    const Entry *find(const Currency &currency, qint64 julianDay) const;
    bool isEmpty() const { return m_series.empty(); }

private:
    struct Series
    {
        Currency currency;
        std::vector<Entry> entries; // ascending julianDay
    };
    std::vector<Series> m_series;
};

} // namespace cd
