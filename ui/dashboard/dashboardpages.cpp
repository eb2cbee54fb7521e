#include "ui/featurepages.h"

#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/targetspage.h"

#include <QCoreApplication>

namespace cd::ui {

void addDashboardPages(PageHost &host)
{
    host.addPage(QStringLiteral("dashboard"), QCoreApplication::translate("cd::DashboardPage", "Dashboard"),
                 new DashboardPage(host));
    auto *targets = new TargetsPage(host.database(), host.undoStack());
    host.addPage(QStringLiteral("targets"), QCoreApplication::translate("cd::DashboardPage", "Targets"), targets);
}

} // namespace cd::ui
