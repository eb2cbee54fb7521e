#include "featurepages.h"

namespace cd::ui {

void addDashboardPages(PageHost &)
{
}

} // namespace cd::ui
