#pragma once

#include "ui/featurepages.h"

#include "store/records/tablequery.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace cd::store {
class ChangeFeed;
class Database;
}

namespace cd::ui {

// Where the user is: what a change of language must not lose.
struct WindowPlace
{
    QString page;
    QHash<QString, store::TableFilter> filters;   // table page -> its filter
    QHash<QString, QString> currentRecords;       // table page -> the record under the cursor
    QByteArray geometry;
    QByteArray state;
};

class ChangeNotifier;
class TablePage;

// The application window: a navigation list on the left, one page per record kind on the right, the
// undo stack, import and export, and the counts in the status bar.
class MainWindow : public QMainWindow, public PageHost
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<store::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page names are stable keys ("partners", "deals"), used by --page and the settings.
    QStringList pageNames() const;
    bool showPage(const QString &name) override;
    QString currentPageName() const;
    TablePage *tablePage(const QString &name) const override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    store::Database &database() const override { return *m_database; }
    ChangeNotifier *changeNotifier() const override { return m_notifier; }
    QWidget *hostWindow() override { return this; }
    void addPage(const QString &name, const QString &title, QWidget *page) override;

    // On an empty database: offer demo data or an import. Called once the window is shown.
    void offerFirstStart();
    void restoreSettings();

    WindowPlace place() const;
    void restorePlace(const WindowPlace &place);
    // Loads the language's translations and replaces this window with one in that language, on the
    // same database and at the same place. The undo history starts afresh: its commands belong to the
    // pages being replaced.
    MainWindow *switchLanguage(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateStatus();
    void updateActions();
    TablePage *currentTablePage() const;
    void addRecord();
    void editRecord(const QString &recordId);
    void deleteRecord();
    void importFile();
    void exportFile();
    void openDatabase();
    void connectToTeam();
    // Opens a window on `database` in place of this one.
    void replaceWith(std::unique_ptr<store::Database> database);
    static QString databaseTitle(const store::Database &database);
    void fillWithDemoData();
    void showError(const QString &title, const QString &message);
    void showPreferences();

    std::unique_ptr<store::Database> m_database;
    QUndoStack *m_undoStack = nullptr;       // owned through QObject parent
    ChangeNotifier *m_notifier = nullptr;    // owned through QObject parent
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_pageNames;
    QLabel *m_countLabel = nullptr;
    std::unique_ptr<store::ChangeFeed> m_changeFeed; // declared after m_database: goes before it
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace cd::ui
