// `report qbr` and `report pipeline` (cli.md): the dashboard's figures without the window.
#include "cli.h"

namespace cd::cli {

int runReportCommand(Invocation &invocation)
{
    return notAvailableYet(invocation);
}

} // namespace cd::cli
