#include "featureschema.h"

#include "database.h"

namespace cd::store {

void createRegistrationWorkflowTables(Database &)
{
}

void addDemoRegistrationWorkflow(Database &, const DemoData &)
{
}

} // namespace cd::store
