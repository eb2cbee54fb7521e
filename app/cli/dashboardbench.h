#pragma once

namespace cd::store {
class Database;
}

namespace cd::cli {

struct Invocation;

// The dashboard figures of `bench`: exchange rates for the generated deals' currencies, the cost of the
// dashboard index (what an import pays to rebuild it), and the time to refresh the whole dashboard.
void benchDashboard(const Invocation &invocation, store::Database &database);

} // namespace cd::cli
