#include "store/schema/steps.h"

#include "store/dashboard/dashboardwalk.h"

namespace cd::store {

// Version 6: the split deals' shares as an index of their own, so that the dashboard's top partners are
// exact for every partner without reading every share (dashboardwalk.h).
void indexSplitDeals(Database &database)
{
    detail::createSplitDealIndex(database);
}

} // namespace cd::store
