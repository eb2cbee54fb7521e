#include "featureschema.h"

#include "database.h"

namespace cd::store {

void createCommissionPlanTables(Database &)
{
}

void addDemoCommissionPlans(Database &, const DemoData &)
{
}

} // namespace cd::store
