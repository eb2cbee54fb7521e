// The window in team mode: connecting by profile (never remembering a password), showing who is signed in,
// and others' changes appearing in open pages without a restart. Runs on both engines: on SQLite the
// "other" is a second process's connection to the same file.
#include "tests/support/testengine.h"

#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"
#include "ui/shell/mainwindow.h"
#include "ui/team/connectdialog.h"

#include "store/records/partnerrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::ui;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profileIsRememberedWithoutPassword();
    void othersChangesAppearInOpenPages();
    void statusSaysWhoIsSignedIn();
};

void TestTeamWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
    QSettings().clear();
}

void TestTeamWindow::profileIsRememberedWithoutPassword()
{
    {
        ConnectDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("profile"))->setCurrentText(QStringLiteral("EMEA team"));
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("db.example.com"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(5433);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(QStringLiteral("channel"));
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("emil"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret"));
        QCOMPARE(dialog.location().display(), QStringLiteral("postgresql://emil@db.example.com:5433/channel"));
        QCOMPARE(dialog.location().password, QStringLiteral("s3cret"));
        dialog.rememberProfile();
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")), qPrintable(key));
    const ConnectDialog again;
    QCOMPARE(ConnectDialog::savedProfiles(), QStringList{QStringLiteral("EMEA team")});
    QCOMPARE(again.location().display(), QStringLiteral("postgresql://emil@db.example.com:5433/channel"));
    QCOMPARE(again.location().password, QString());
}

void TestTeamWindow::othersChangesAppearInOpenPages()
{
    const test::TestDatabase place;
    MainWindow window(place.open());
    window.show();
    TablePage *partners = window.tablePage(QStringLiteral("partners"));
    QVERIFY(partners);
    QCOMPARE(partners->model()->totalCount(), 0);
    const std::unique_ptr<store::Database> colleague = place.open();
    store::PartnerRepository(*colleague).insert(test::samplePartner(QStringLiteral("P1")));
    QTRY_COMPARE_WITH_TIMEOUT(partners->model()->totalCount(), 1, 2500);
}

void TestTeamWindow::statusSaysWhoIsSignedIn()
{
    const test::TestDatabase place;
    MainWindow window(place.open());
    const QLabel *member = window.findChild<QLabel *>(QStringLiteral("memberLabel"));
    if (!test::onPostgreSQL()) {
        QVERIFY(!member); // one person's file has no team
        return;
    }
    QVERIFY(member);
    QCOMPARE(member->text(), QStringLiteral("Signed in as postgres (admin)"));
    QVERIFY(window.windowTitle().endsWith(QStringLiteral(" on this computer")));
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
