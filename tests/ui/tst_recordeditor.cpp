// A colleague saved the deal while this user's dialog was open (issue #13, optimistic locking): OK does not
// overwrite them; the user is told who changed it and when, and chooses between reloading their version and
// putting their own changes on top of it, which a second OK then saves. Undo after someone else's change is
// refused the same way.
#include "tests/ui/testdatabase.h"

#include "store/records/dealrepository.h"
#include "ui/records/recordeditor.h"
#include "ui/storecommand.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace cd;
using namespace cd::ui;

namespace {

// Acts on the modal windows a call opens, one step for each in order. A step runs on the first modal
// window that is not the one the step before acted on: the dialog that comes back after a message box is
// the same widget, and is acted on again.
class ModalScript : public QObject
{
public:
    using Step = std::function<void(QWidget *modal)>;
    explicit ModalScript(QList<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalScript::poll);
        m_timer.start(10);
    }
    bool finished() const { return m_next == m_steps.size(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || finished() || modal == m_last)
            return;
        m_last = modal;
        m_steps[m_next++](modal);
    }

    QTimer m_timer;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QWidget *m_last = nullptr;
};

QLineEdit *field(QWidget *dialog, const char *name)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    if (!edit)
        qFatal("the dialog has no field %s", name);
    return edit;
}

void clickOk(QWidget *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void clickButton(QWidget *box, const QString &text)
{
    for (QPushButton *button : box->findChildren<QPushButton *>()) {
        if (button->text() == text) {
            button->click();
            return;
        }
    }
    qFatal("no button %s", qPrintable(text));
}

} // namespace

class TestRecordEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void colleaguesSaveIsNotOverwritten_data();
    void colleaguesSaveIsNotOverwritten();
    void undoAfterAColleaguesSaveIsRefused();

private:
    // Changes the deal's customer and name through the colleague's own connection, as another desktop would.
    void colleagueSaves(const QString &customer)
    {
        Deal deal = *store::DealRepository(*m_colleague).find(m_dealId);
        deal.customer = customer;
        deal.name = QStringLiteral("Colleague's name");
        store::DealRepository(*m_colleague).update(deal);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Database> m_colleague;
    QUndoStack m_undo;
    QWidget m_window;
    QString m_dealId;
};

void TestRecordEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = makeDemoDatabase(*m_dir, 10, 40);
    m_colleague = store::Database::open(m_dir->filePath(QStringLiteral("test.sqlite")));
    m_colleague->setActor(QStringLiteral("colleague"));
    m_dealId = store::DealRepository(*m_db).all().first().id;
}

void TestRecordEditor::cleanup()
{
    m_undo.clear();
    m_colleague.reset();
    m_db.reset();
    m_dir.reset();
}

void TestRecordEditor::colleaguesSaveIsNotOverwritten_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("customerAfter");  // what the database holds at the end
    QTest::addColumn<QString>("dialogShowsAfter"); // what the dialog shows after the choice
    // Both changed the customer; only the colleague changed the name, which keeping one's edits keeps too.
    QTest::newRow("reload") << "Reload" << "Colleague's customer" << "Colleague's customer";
    QTest::newRow("keep editing") << "Keep editing" << "My customer" << "My customer";
}

void TestRecordEditor::colleaguesSaveIsNotOverwritten()
{
    QFETCH(QString, choice);
    QFETCH(QString, customerAfter);
    QFETCH(QString, dialogShowsAfter);
    QString warning;
    QString shownAfter;
    QString lastChangeBefore;
    QString nameShownAfter;
    QString lastChangeAfter;
    ModalScript script({
        [&](QWidget *dialog) {
            lastChangeBefore = dialog->findChild<QLabel *>(QStringLiteral("lastChange"))->text();
            field(dialog, "customer")->setText(QStringLiteral("My customer"));
            colleagueSaves(QStringLiteral("Colleague's customer"));
            clickOk(dialog);
        },
        [&](QWidget *box) {
            auto *message = qobject_cast<QMessageBox *>(box);
            QVERIFY(message);
            warning = message->text();
            clickButton(box, choice);
        },
        [&](QWidget *dialog) {
            shownAfter = field(dialog, "customer")->text();
            nameShownAfter = field(dialog, "name")->text();
            lastChangeAfter = dialog->findChild<QLabel *>(QStringLiteral("lastChange"))->text();
            if (choice == QLatin1String("Reload"))
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
            else
                clickOk(dialog);
        },
    });
    const QString written = editRecord(&m_window, store::TableKind::Deals, m_dealId, EditContext{*m_db, &m_undo, nullptr});
    QVERIFY(script.finished());
    QVERIFY2(warning.startsWith(m_dealId + QStringLiteral(" was changed by colleague at ")), qPrintable(warning));
    QCOMPARE(shownAfter, dialogShowsAfter);
    QCOMPARE(nameShownAfter, QStringLiteral("Colleague's name"));
    QCOMPARE(store::DealRepository(*m_db).find(m_dealId)->name, QStringLiteral("Colleague's name"));
    // The demo's deals came by import (one audit row for the file): nobody saved this one by hand yet.
    QCOMPARE(lastChangeBefore, QString());
    QVERIFY2(lastChangeAfter.startsWith(QStringLiteral("Last changed by colleague on ")), qPrintable(lastChangeAfter));
    QCOMPARE(written, choice == QLatin1String("Reload") ? QString() : m_dealId);
    QCOMPARE(store::DealRepository(*m_db).find(m_dealId)->customer, customerAfter);
    QCOMPARE(m_undo.count(), choice == QLatin1String("Reload") ? 0 : 1);
}

void TestRecordEditor::undoAfterAColleaguesSaveIsRefused()
{
    ModalScript script({[&](QWidget *dialog) {
        field(dialog, "customer")->setText(QStringLiteral("My customer"));
        clickOk(dialog);
    }});
    QCOMPARE(editRecord(&m_window, store::TableKind::Deals, m_dealId, EditContext{*m_db, &m_undo, nullptr}), m_dealId);
    QVERIFY(script.finished());
    colleagueSaves(QStringLiteral("Colleague's customer"));
    QStringList reported;
    const StoreCommand::ReportHook hook([&](const QString &, const QString &message) { reported << message; });
    m_undo.undo();
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().contains(QLatin1String("was changed by colleague at")), qPrintable(reported.first()));
    QCOMPARE(store::DealRepository(*m_db).find(m_dealId)->customer, QStringLiteral("Colleague's customer"));
}

QTEST_MAIN(TestRecordEditor)
#include "tst_recordeditor.moc"
