#include "ui/featurepages.h"

#include "ui/registrations/conflictspage.h"
#include "ui/registrations/registrationspage.h"

#include <QCoreApplication>

namespace cd::ui {

void addRegistrationPages(PageHost &host)
{
    auto *registrations = new RegistrationsPage(host.database(), host.undoStack(), host.changeNotifier());
    auto *conflicts = new ConflictsPage(host.database(), host.undoStack(), host.changeNotifier());
    // A new registration may open a case; a re-evaluation may add to one.
    QObject::connect(registrations, &RegistrationsPage::registrationsChanged, conflicts, &ConflictsPage::reload);
    host.addPage(QStringLiteral("registrations"), QCoreApplication::translate("cd::ui::RegistrationPages", "Registrations"),
                 registrations);
    host.addPage(QStringLiteral("conflicts"), QCoreApplication::translate("cd::ui::RegistrationPages", "Conflicts"),
                 conflicts);
}

} // namespace cd::ui
