#pragma once

#include <QString>

class QUndoStack;
class QWidget;

namespace cd::store {
class Database;
}

namespace cd::ui {

class ChangeNotifier;
class TablePage;

// What the window offers a feature area's pages: a place in the navigation, the database, the shared
// undo history and the change notifications, and a way to open another page (a chart's bar opens the
// deals behind it).
class PageHost
{
public:
    virtual ~PageHost() = default;
    // `name` is the stable key of --page and the settings; `title` is what the navigation shows.
    virtual void addPage(const QString &name, const QString &title, QWidget *page) = 0;
    virtual bool showPage(const QString &name) = 0;
    virtual TablePage *tablePage(const QString &name) const = 0;
    virtual store::Database &database() const = 0;
    virtual ChangeNotifier *changeNotifier() const = 0;
    virtual QUndoStack *undoStack() const = 0;
    virtual QWidget *hostWindow() = 0;
};

// Each feature area adds its pages here; the window calls them in navigation order.
void addDashboardPages(PageHost &host);    // dashboardpages.cpp
void addRegistrationPages(PageHost &host); // registrationpages.cpp
void addProgramPages(PageHost &host);      // programpages.cpp
void addCommissionPages(PageHost &host);   // commissionpages.cpp

} // namespace cd::ui
