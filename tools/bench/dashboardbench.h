#pragma once

namespace cd::store {
class Database;
}

namespace cd::cli {

struct Invocation;

// The dashboard figures of `bench`: exchange rates for the generated deals' currencies, the cost of the
// dashboard index (what an import pays to rebuild it), and the time to refresh the whole dashboard.
// Keep: time only the refresh, on a database whose index an earlier run built.
enum class DashboardIndex { Rebuild, Keep };
void benchDashboard(const Invocation &invocation, store::Database &database, DashboardIndex index);

} // namespace cd::cli
