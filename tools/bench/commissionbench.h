#pragma once

#include "app/cli/cli.h"

namespace cd::cli {

// Times `commission calc` end to end (reading the plan, rates and deals from bytes, computing, writing the
// statement CSV) over `dealCount` generated won deals: a graduated quarterly plan, a few currencies with
// monthly rates, one deal in seven split between partners. The data is the same for the same count.
// Prints `commission_calc_deals_per_s N deals/s` and `commission_calc_ms N ms` to the invocation's out.
void benchCommission(const Invocation &invocation, int dealCount);

} // namespace cd::cli
