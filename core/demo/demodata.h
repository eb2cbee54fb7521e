#pragma once

#include "core/money/decimal.h"
#include "core/records/records.h"

#include <QDate>
#include <QList>

namespace cd {

struct DemoOptions
{
    quint64 seed = 1;
    int partners = 200;
    int deals = 6000;
    int registrations = -1; // -1: about one for every seven or eight deals
    QDate today;            // the demo program's "now"; deals run up to it (open ones beyond)
};

// An exchange rate of the demo: US dollars per one unit of `currency`, in force from `date`.
struct DemoExchangeRate
{
    QDate date;
    QString currency;
    Decimal rate;
    bool operator==(const DemoExchangeRate &) const = default;
};

struct DemoData
{
    QList<Partner> partners;
    QList<Deal> deals;
    QList<Registration> registrations;
    QList<DemoExchangeRate> exchangeRates; // monthly, for every non-USD currency the deals use
    DemoOptions options;                   // what it was generated from (its seed and its "today")
};

// A sample partner program that looks like the seed programs on a QBR dashboard: partners of every type
// and region (NA/EMEA/APAC/LATAM about 40/35/18/7) in the seed programs' tiers and lifecycle stages, two
// years of deals in several currencies (system integrators' deals the largest), splits, sourced and
// influenced revenue, lost and cancelled deals, registrations with channel conflicts and duplicates, and
// monthly exchange rates. Company and person names are made up from syllables and words, and domains use
// the reserved .example top-level domain. The same options always give the same data, on every platform:
// the generator has its own random numbers and never reads the clock.
DemoData generateDemoData(const DemoOptions &options);

} // namespace cd
