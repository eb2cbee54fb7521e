#include "cli.h"

#include <QCoreApplication>

namespace cd::cli {

// Scaffolding until the command lands: says so and fails rather than pretending to work.
int runCommissionCommand(Invocation &invocation)
{
    invocation.printError(QCoreApplication::translate("cd::cli", "'%1' is not available in this build yet")
                              .arg(invocation.command));
    return InternalFailure;
}

} // namespace cd::cli
