#include "featureschema.h"

#include "database.h"

namespace cd::store {

void createTargetTables(Database &)
{
}

void addDemoTargets(Database &, const DemoData &)
{
}

} // namespace cd::store
