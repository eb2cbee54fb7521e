#include "tests/ui/testdatabase.h"

#include "ui/records/filterbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/records/partnerdialog.h"
#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"

#include "store/records/dealrepository.h"
#include "store/records/partnerrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesOpenByName_data();
    void pagesOpenByName();
    void searchNarrowsRows_data();
    void searchNarrowsRows();
    void choiceFilterNarrowsRows();
    void editThenUndoRestores();
    void deleteThenUndoRestores();
    void invalidInputKeepsOkDisabled();

private:
    // Runs `drive` on the next modal dialog that opens (the edit dialogs block in exec()).
    template<typename Drive>
    static void whenDialogOpens(Drive drive)
    {
        QTimer::singleShot(0, qApp, [drive] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            drive(dialog);
        });
    }

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow(makeDemoDatabase(*m_dir, 40, 1000));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_dir;
}

void TestMainWindow::pagesOpenByName_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("exists");
    QTest::newRow("partners") << "partners" << true;
    QTest::newRow("deals") << "deals" << true;
    QTest::newRow("unknown") << "nowhere" << false;
}

void TestMainWindow::pagesOpenByName()
{
    QFETCH(QString, page);
    QFETCH(bool, exists);
    QCOMPARE(m_window->showPage(page), exists);
    if (exists)
        QCOMPARE(m_window->currentPageName(), page);
}

void TestMainWindow::searchNarrowsRows_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("text");
    QTest::newRow("deals by customer") << "deals" << "Pharma";
    QTest::newRow("deals by id") << "deals" << "D00001";
    QTest::newRow("partners by name") << "partners" << "Solutions";
}

void TestMainWindow::searchNarrowsRows()
{
    QFETCH(QString, page);
    QFETCH(QString, text);
    m_window->showPage(page);
    TablePage *table = m_window->tablePage(page);
    const qint64 before = table->model()->totalCount();
    QTest::keyClicks(table->filterBar()->searchField(), text);
    QTest::keyClick(table->filterBar()->searchField(), Qt::Key_Return);
    const qint64 after = table->model()->totalCount();
    QVERIFY2(after > 0 && after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        bool found = false;
        for (int column = 0; column < table->model()->columnCount() && !found; ++column)
            found = table->model()->index(row, column).data().toString().contains(text, Qt::CaseInsensitive);
        QVERIFY2(found, qPrintable(table->model()->recordId(row)));
    }
    // The status bar says how many match.
    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(label->text().contains(QLocale().toString(qlonglong(after))));
}

void TestMainWindow::choiceFilterNarrowsRows()
{
    m_window->showPage(QStringLiteral("deals"));
    TablePage *table = m_window->tablePage(QStringLiteral("deals"));
    QComboBox *status = table->filterBar()->choiceBox(QStringLiteral("status"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("won")));
    const int statusColumn = table->model()->columnOf(u"status");
    QVERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, statusColumn).data(RawValueRole).toString(), QStringLiteral("won"));
    QTest::mouseClick(table->findChild<QWidget *>(QStringLiteral("clearFilters")), Qt::LeftButton);
    QCOMPARE(table->model()->totalCount(), qint64(store::DealRepository(m_window->database()).count()));
}

void TestMainWindow::editThenUndoRestores()
{
    m_window->showPage(QStringLiteral("partners"));
    TablePage *table = m_window->tablePage(QStringLiteral("partners"));
    table->view()->setCurrentIndex(table->model()->index(2, 0));
    const QString id = table->currentRecordId();
    const Partner before = *store::PartnerRepository(m_window->database()).find(id);
    whenDialogOpens([](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Edited Partner GmbH"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("editAction"))->trigger();
    const int nameColumn = table->model()->columnOf(u"name");
    const int row = table->model()->rowOfRecord(id);
    QCOMPARE(store::PartnerRepository(m_window->database()).find(id)->name, QStringLiteral("Edited Partner GmbH"));
    QCOMPARE(table->model()->index(row, nameColumn).data().toString(), QStringLiteral("Edited Partner GmbH"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(*store::PartnerRepository(m_window->database()).find(id), before);
    QCOMPARE(table->model()->index(table->model()->rowOfRecord(id), nameColumn).data().toString(), before.name);

    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(store::PartnerRepository(m_window->database()).find(id)->name, QStringLiteral("Edited Partner GmbH"));
}

void TestMainWindow::deleteThenUndoRestores()
{
    m_window->showPage(QStringLiteral("deals"));
    TablePage *table = m_window->tablePage(QStringLiteral("deals"));
    table->view()->setCurrentIndex(table->model()->index(5, 0));
    const QString id = table->currentRecordId();
    const Deal before = *store::DealRepository(m_window->database()).find(id);
    const qint64 count = table->model()->totalCount();
    whenDialogOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QVERIFY(!store::DealRepository(m_window->database()).exists(id));
    QCOMPARE(table->model()->totalCount(), count - 1);
    QCOMPARE(table->model()->rowOfRecord(id), -1);

    m_window->undoStack()->undo();
    QCOMPARE(*store::DealRepository(m_window->database()).find(id), before);
    QCOMPARE(table->model()->totalCount(), count);
}

void TestMainWindow::invalidInputKeepsOkDisabled()
{
    m_window->showPage(QStringLiteral("partners"));
    bool okEnabledWhenInvalid = true;
    QString problems;
    whenDialogOpens([&](QWidget *dialog) {
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("partner_id"));
        QTest::keyClicks(id, QStringLiteral("P0001")); // taken
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("revenue_commitment")), QStringLiteral("12.345"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okEnabledWhenInvalid = buttons->button(QDialogButtonBox::Ok)->isEnabled();
        problems = dialog->findChild<QLabel *>(QStringLiteral("problems"))->text();
        buttons->button(QDialogButtonBox::Cancel)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("addAction"))->trigger();
    QVERIFY(!okEnabledWhenInvalid);
    QVERIFY2(problems.contains(QStringLiteral("already used")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("currency")), qPrintable(problems));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
