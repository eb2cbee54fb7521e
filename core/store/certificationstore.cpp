#include "featureschema.h"

#include "database.h"

namespace cd::store {

void createCertificationTables(Database &)
{
}

void addDemoCertifications(Database &, const DemoData &)
{
}

} // namespace cd::store
