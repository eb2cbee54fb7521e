#include "featurepages.h"

namespace cd::ui {

void addProgramPages(PageHost &)
{
}

} // namespace cd::ui
