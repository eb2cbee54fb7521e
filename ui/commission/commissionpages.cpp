#include "ui/featurepages.h"

#include "ui/commission/planspage.h"
#include "ui/commission/statementspage.h"

#include <QCoreApplication>

namespace cd::ui {

void addCommissionPages(PageHost &host)
{
    auto *statements = new StatementsPage(host.database());
    auto *plans = new PlansPage(host.database(), host.undoStack());
    // A plan saved (or its save undone) changes which periods and statements there are.
    QObject::connect(plans, &PlansPage::plansChanged, statements, &StatementsPage::reloadPeriods);
    host.addPage(QStringLiteral("statements"), QCoreApplication::translate("cd::ui::MainWindow", "Statements"),
                 statements);
    host.addPage(QStringLiteral("plans"), QCoreApplication::translate("cd::ui::MainWindow", "Commission plans"), plans);
}

} // namespace cd::ui
