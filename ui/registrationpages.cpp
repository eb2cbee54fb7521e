#include "featurepages.h"

namespace cd::ui {

void addRegistrationPages(PageHost &)
{
}

} // namespace cd::ui
