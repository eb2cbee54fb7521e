#include "featurepages.h"

namespace cd::ui {

void addCommissionPages(PageHost &)
{
}

} // namespace cd::ui
