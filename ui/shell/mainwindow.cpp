#include "ui/shell/mainwindow.h"

#include "ui/changenotifier.h"
#include "ui/importexport/datatransfer.h"
#include "ui/records/filterbar.h"
#include "ui/format.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/shell/translations.h"
#include "ui/records/recordeditor.h"
#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"
#include "ui/team/connectdialog.h"

#include "store/changefeed.h"
#include "store/database.h"
#include "store/team/team.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace cd::ui {

MainWindow::MainWindow(std::unique_ptr<store::Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ChannelDesk — %1").arg(databaseTitle(*m_database)));
    m_undoStack = new QUndoStack(this);
    m_notifier = new ChangeNotifier(this);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(this);

    // Navigation as in a mail client: a fixed column of pages, the selected one highlighted.
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { background: palette(window); padding-top: 6px; }"
                                               "QListWidget::item { padding: 6px 12px; }"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addDashboardPages(*this);
    addPage(QStringLiteral("partners"), tr("Partners"),
            new TablePage(*m_database, store::TableKind::Partners, this));
    addPage(QStringLiteral("deals"), tr("Deals"), new TablePage(*m_database, store::TableKind::Deals, this));
    addRegistrationPages(*this);
    addProgramPages(*this);
    addCommissionPages(*this);
    m_navigation->setFixedWidth(std::max(150, m_navigation->sizeHintForColumn(0) + 40));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        updateStatus();
        updateActions();
    });

    connect(m_notifier, &ChangeNotifier::recordChanged, this, [this](store::TableKind kind, const QString &id) {
        for (const QString &name : m_pageNames) {
            if (TablePage *page = tablePage(name); page && page->kind() == kind)
                page->model()->recordChanged(id);
        }
        // A partner's name shows in the deals table too.
        if (kind == store::TableKind::Partners) {
            if (TablePage *deals = tablePage(QStringLiteral("deals")))
                deals->model()->reload();
        }
        updateStatus();
    });
    connect(m_notifier, &ChangeNotifier::recordRemoved, this, [this](store::TableKind kind, const QString &id) {
        for (const QString &name : m_pageNames) {
            if (TablePage *page = tablePage(name); page && page->kind() == kind)
                page->model()->recordRemoved(id);
        }
        updateStatus();
    });
    connect(m_notifier, &ChangeNotifier::tableReplaced, this, [this](store::TableKind) {
        for (const QString &name : m_pageNames) {
            if (TablePage *page = tablePage(name))
                page->model()->reload();
        }
        updateStatus();
    });

    // Others' commits (a colleague on the team database, the CLI on the same file) reload the open pages.
    m_changeFeed = store::ChangeFeed::watch(*m_database);
    connect(m_changeFeed.get(), &store::ChangeFeed::changedElsewhere, this, [this](const QString &table) {
        emit m_notifier->tableReplaced(table == QLatin1String("partners") ? store::TableKind::Partners
                                                                          : store::TableKind::Deals);
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    if (m_database->engine() == store::EngineKind::PostgreSQL) {
        const store::TeamMember me = store::Team(*m_database).me();
        auto *member = new QLabel(me.role == store::TeamRole::Regional
                                      ? tr("Signed in as %1 (%2, %3)").arg(me.login, store::teamRoleName(me.role), me.region)
                                      : tr("Signed in as %1 (%2)").arg(me.login, store::teamRoleName(me.role)),
                                  this);
        member->setObjectName(QStringLiteral("memberLabel"));
        member->setToolTip(store::teamRoleScope(me.role, me.region));
        statusBar()->addPermanentWidget(member);
    }
    createActions();
    m_navigation->setCurrentRow(0);
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The pages' models and the undo commands refer to the database: they go before it does.
    delete m_undoStack;
    delete centralWidget();
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    page->setObjectName(name + QStringLiteral("Page"));
    m_pageNames << name;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, name);
    if (auto *table = qobject_cast<TablePage *>(page)) {
        connect(table, &TablePage::countsChanged, this, &MainWindow::updateStatus);
        connect(table, &TablePage::currentRecordChanged, this, &MainWindow::updateActions);
        connect(table, &TablePage::activated, this, &MainWindow::editRecord);
        connect(table->model(), &StoreTableModel::loadFailed, this,
                [this](const QString &message) { showError(tr("Could not read the database"), message); });
    }
}

QStringList MainWindow::pageNames() const
{
    return m_pageNames;
}

bool MainWindow::showPage(const QString &name)
{
    const qsizetype index = m_pageNames.indexOf(name);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(int(index));
    return true;
}

QString MainWindow::currentPageName() const
{
    return m_pageNames.value(m_pages->currentIndex());
}

TablePage *MainWindow::tablePage(const QString &name) const
{
    const qsizetype index = m_pageNames.indexOf(name);
    return index < 0 ? nullptr : qobject_cast<TablePage *>(m_pages->widget(int(index)));
}

TablePage *MainWindow::currentTablePage() const
{
    return qobject_cast<TablePage *>(m_pages->currentWidget());
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    QAction *connectAction = fileMenu->addAction(tr("&Connect to Team Database…"), this, &MainWindow::connectToTeam);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(tr("&Import CSV…"), this, &MainWindow::importFile);
    importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAction->setObjectName(QStringLiteral("importAction"));
    QAction *exportAction = fileMenu->addAction(tr("&Export CSV…"), this, &MainWindow::exportFile);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    fileMenu->addAction(tr("Fill with &Demo Data"), this, &MainWindow::fillWithDemoData);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Qt's own "Undo %1" lets each language place the command's name (qtbase translations).
    QAction *undoAction = m_undoStack->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    QAction *redoAction = m_undoStack->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    m_addAction = editMenu->addAction(tr("&New…"), this, &MainWindow::addRecord);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_editAction = editMenu->addAction(tr("&Edit…"), this,
                                       [this] { editRecord(currentTablePage() ? currentTablePage()->currentRecordId() : QString()); });
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_deleteAction = editMenu->addAction(tr("&Delete"), this, &MainWindow::deleteRecord);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(tr("&Find"), this, [this] {
        if (TablePage *page = currentTablePage())
            page->filterBar()->searchField()->setFocus();
    });
    findAction->setShortcut(QKeySequence::Find);
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = goMenu->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ChannelDesk"), this, [this] {
        QMessageBox::about(this, tr("About ChannelDesk"),
                           tr("<b>ChannelDesk %1</b><p>Partner programs, deals, registrations and commissions, "
                              "offline on your desktop, with exact money.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(), m_database->path().toHtmlEscaped()));
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    toolBar->addSeparator();
    toolBar->addAction(importAction);
    toolBar->addAction(exportAction);
}

void MainWindow::updateStatus()
{
    const TablePage *page = currentTablePage();
    if (!page) {
        m_countLabel->clear();
        return;
    }
    const StoreTableModel *model = page->model();
    const int total = int(qMin<qint64>(model->totalCount(), INT_MAX));
    QString text = page->kind() == store::TableKind::Partners ? tr("%Ln partner(s)", nullptr, total)
                                                              : tr("%Ln deal(s)", nullptr, total);
    if (model->rowCount() < total)
        text = tr("%1 (%2 loaded)").arg(text, formatCount(model->rowCount()));
    m_countLabel->setText(text);
}

void MainWindow::updateActions()
{
    const TablePage *page = currentTablePage();
    const bool hasCurrent = page && !page->currentRecordId().isEmpty();
    m_addAction->setEnabled(page != nullptr);
    m_editAction->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
}

void MainWindow::addRecord()
{
    TablePage *page = currentTablePage();
    if (!page)
        return;
    const QString id = ui::addRecord(this, page->kind(), {*m_database, m_undoStack, m_notifier});
    if (!id.isEmpty())
        page->selectRecord(id);
}

void MainWindow::editRecord(const QString &recordId)
{
    TablePage *page = currentTablePage();
    if (!page || recordId.isEmpty())
        return;
    ui::editRecord(this, page->kind(), recordId, {*m_database, m_undoStack, m_notifier});
}

void MainWindow::deleteRecord()
{
    TablePage *page = currentTablePage();
    if (!page || page->currentRecordId().isEmpty())
        return;
    ui::deleteRecord(this, page->kind(), page->currentRecordId(), {*m_database, m_undoStack, m_notifier});
}

void MainWindow::importFile()
{
    if (runImportDialog(this, *m_database))
        emit m_notifier->tableReplaced(store::TableKind::Deals);
}

void MainWindow::exportFile()
{
    runExportDialog(this, *m_database);
}

void MainWindow::fillWithDemoData()
{
    if (runDemoDataDialog(this, *m_database))
        emit m_notifier->tableReplaced(store::TableKind::Deals);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open ChannelDesk Database"),
                                                      QFileInfo(m_database->path()).absolutePath(),
                                                      tr("ChannelDesk databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    std::unique_ptr<store::Database> database;
    try {
        database = store::Database::open(path);
    } catch (const store::StoreError &error) {
        showError(tr("Could not open the database"), error.message());
        return;
    }
    replaceWith(std::move(database));
}

void MainWindow::connectToTeam()
{
    ConnectDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            std::unique_ptr<store::Database> database = store::Database::open(dialog.location());
            dialog.rememberProfile();
            replaceWith(std::move(database));
            return;
        } catch (const store::StoreError &error) {
            // The fields stay as typed, to be corrected.
            showError(tr("Could not connect to the team database"), error.message());
        }
    }
}

void MainWindow::replaceWith(std::unique_ptr<store::Database> database)
{
    // Without the password: the next start asks libpq (PGPASSWORD, ~/.pgpass) or the user again.
    const QString last = database->path();
    MainWindow *window = nullptr;
    try {
        window = new MainWindow(std::move(database));
    } catch (const store::StoreError &error) {
        showError(tr("Could not open the database"), error.message());
        return;
    }
    QSettings().setValue(QStringLiteral("database/last"), last);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restoreSettings();
    window->show();
    close();
}

QString MainWindow::databaseTitle(const store::Database &database)
{
    const store::DatabaseLocation &location = database.location();
    if (!location.isPostgreSQL())
        return QFileInfo(location.path).fileName();
    if (location.host.isEmpty() || location.host.startsWith(QLatin1Char('/')))
        return tr("%1 on this computer").arg(location.databaseName);
    return tr("%1 on %2").arg(location.databaseName, location.host);
}

void MainWindow::offerFirstStart()
{
    TablePage *partners = tablePage(QStringLiteral("partners"));
    if (!partners || partners->model()->totalCount() > 0)
        return;
    QMessageBox box(QMessageBox::Question, tr("An empty database"),
                    tr("This database holds no partners yet. Fill it with a demo program to look around, or "
                       "import your partners and deals from CSV?"),
                    QMessageBox::NoButton, this);
    QPushButton *demo = box.addButton(tr("Fill with demo data"), QMessageBox::AcceptRole);
    QPushButton *import = box.addButton(tr("Import CSV…"), QMessageBox::ActionRole);
    box.addButton(tr("Start empty"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(demo))
        fillWithDemoData();
    else if (box.clickedButton() == static_cast<QAbstractButton *>(import))
        importFile();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPageName());
    settings.setValue(QStringLiteral("database/last"), m_database->path());
    event->accept();
}

WindowPlace MainWindow::place() const
{
    WindowPlace place;
    place.page = currentPageName();
    for (const QString &name : m_pageNames) {
        if (const TablePage *page = tablePage(name)) {
            place.filters.insert(name, page->filterBar()->filter());
            place.currentRecords.insert(name, page->currentRecordId());
        }
    }
    place.geometry = saveGeometry();
    place.state = saveState();
    return place;
}

void MainWindow::restorePlace(const WindowPlace &place)
{
    restoreGeometry(place.geometry);
    restoreState(place.state);
    for (const QString &name : m_pageNames) {
        TablePage *page = tablePage(name);
        if (!page)
            continue;
        if (place.filters.contains(name))
            page->filterBar()->setFilter(place.filters.value(name));
        if (const QString record = place.currentRecords.value(name); !record.isEmpty())
            page->selectRecord(record);
    }
    showPage(place.page);
}

MainWindow *MainWindow::switchLanguage(const QString &language)
{
    std::unique_ptr<store::Database> database;
    try {
        database = store::Database::open(m_database->location()); // with the password of this session
    } catch (const store::StoreError &error) {
        showError(tr("Could not open the database"), error.message());
        return nullptr;
    }
    const WindowPlace here = place();
    installTranslations(*qApp, language);
    auto *window = new MainWindow(std::move(database));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->restorePlace(here);
    window->show();
    setAttribute(Qt::WA_DeleteOnClose);
    close();
    return window;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(savedLanguage(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.language() == savedLanguage())
        return;
    setPreferredLanguage(dialog.language());
    switchLanguage(dialog.language());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace cd::ui
