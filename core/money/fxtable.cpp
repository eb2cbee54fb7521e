#include "core/money/fxtable.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace cd {

bool FxTable::insert(QDate date, const Currency &currency, const Decimal &rate)
{
    if (rate.signum() <= 0)
        throw std::invalid_argument("an exchange rate must be positive");
    const Decimal normalized = rate.normalized();
    if (normalized.scale() > MaxRateDecimals ||
        normalized.units() > Int128(std::numeric_limits<qint64>::max()))
        throw std::invalid_argument("an exchange rate has too many digits");
    auto series = std::find_if(m_series.begin(), m_series.end(),
                               [&](const Series &s) { return s.currency == currency; });
    if (series == m_series.end())
        series = m_series.insert(m_series.end(), Series{currency, {}});
    const Entry entry{date.toJulianDay(), static_cast<qint64>(normalized.units()), normalized.scale()};
    auto at = std::lower_bound(series->entries.begin(), series->entries.end(), entry,
                               [](const Entry &a, const Entry &b) { return a.julianDay < b.julianDay; });
    if (at != series->entries.end() && at->julianDay == entry.julianDay)
        return false;
    series->entries.insert(at, entry);
    return true;
}

const FxTable::Entry *FxTable::find(const Currency &currency, qint64 julianDay) const
{
    for (const Series &series : m_series) {
        if (!(series.currency == currency))
            continue;
        auto after = std::upper_bound(series.entries.begin(), series.entries.end(), julianDay,
                                      [](qint64 day, const Entry &e) { return day < e.julianDay; });
        return after == series.entries.begin() ? nullptr : &*(after - 1);
    }
    return nullptr;
}

std::optional<Decimal> FxTable::rateOn(const Currency &currency, QDate date) const
{
    const Entry *entry = find(currency, date.toJulianDay());
    if (!entry)
        return std::nullopt;
    return Decimal::fromUnits(Int128(entry->units), entry->scale);
}

} // namespace cd
