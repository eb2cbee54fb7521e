#include "tests/ui/testdatabase.h"

#include "ui/roles.h"
#include "ui/records/filterbar.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/pseudotranslator.h"
#include "ui/records/storetablemodel.h"
#include "ui/records/tablepage.h"
#include "ui/shell/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>

using namespace cd;
using namespace cd::ui;

// Pseudo-localization finds what the translators cannot: text that never reaches tr(), and labels that
// have no room for a language 40% longer than English. Then every shipped language loads, and a change of
// language keeps the user where they were.
class TestLocalization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pseudoLocalizationKeepsWhatCodeNeeds_data();
    void pseudoLocalizationKeepsWhatCodeNeeds();
    void everyVisibleStringIsTranslated_data();
    void everyVisibleStringIsTranslated();
    void nothingIsCutOff_data();
    void nothingIsCutOff();
    void checksFindPlainAndCutOffText();
    void everyLanguageTranslatesTheWindow_data();
    void everyLanguageTranslatesTheWindow();
    void switchingLanguageKeepsThePlace();

private:
    std::unique_ptr<MainWindow> pseudoWindowOn(const QString &page);
    QTemporaryDir m_dir;
};

void TestLocalization::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeDemoDatabase(m_dir, 40, 600);
}

void TestLocalization::cleanupTestCase()
{
    installTranslations(*qApp, QStringLiteral("en"));
}

void TestLocalization::pseudoLocalizationKeepsWhatCodeNeeds_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("kept");
    QTest::newRow("accelerator") << "&File" << QStringList{"&F"};
    QTest::newRow("placeholders") << "%1 (%2 loaded)" << QStringList{"%1", "%2"};
    QTest::newRow("plural") << "%Ln partner(s)" << QStringList{"%Ln"};
    QTest::newRow("markup") << "<b>ChannelDesk %1</b><p>text</p>" << QStringList{"<b>", "</b>", "<p>", "%1"};
    QTest::newRow("line break") << "first\nsecond" << QStringList{"\n"};
}

void TestLocalization::pseudoLocalizationKeepsWhatCodeNeeds()
{
    QFETCH(QString, source);
    QFETCH(QStringList, kept);
    const QString pseudo = PseudoTranslator::pseudoLocalize(source);
    QVERIFY(PseudoTranslator::isPseudoLocalized(pseudo));
    for (const QString &piece : kept)
        QVERIFY2(pseudo.contains(piece), qPrintable(pseudo));
    qsizetype letters = 0;
    for (QChar c : source)
        letters += c.isLetter();
    QVERIFY2(pseudo.size() >= source.size() + letters * 2 / 5, qPrintable(pseudo));
    QVERIFY(pseudo != source);
}

std::unique_ptr<MainWindow> TestLocalization::pseudoWindowOn(const QString &page)
{
    installTranslations(*qApp, QStringLiteral("pseudo"));
    auto window = std::make_unique<MainWindow>(store::Database::open(m_dir.filePath(QStringLiteral("test.sqlite"))));
    window->resize(1400, 900);
    if (!window->showPage(page))
        return nullptr;
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QTest::qWait(50); // pages fill their views after the first paint
    return window;
}

namespace {

void addPages(const QString &caseSuffix = {})
{
    QTest::addColumn<QString>("page");
    installTranslations(*qApp, QStringLiteral("en"));
    QTemporaryDir dir;
    const MainWindow window(store::Database::open(dir.filePath(QStringLiteral("pages.sqlite"))));
    for (const QString &name : window.pageNames())
        QTest::newRow(qPrintable(name + caseSuffix)) << name;
}

bool showsWords(const QString &text)
{
    // Text that people read, not figures or codes alone.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return word.match(text).hasMatch();
}

// The page's chrome: what the program says, as opposed to the data it shows.
QStringList chromeTexts(MainWindow &window, QWidget *page)
{
    QStringList texts{window.windowTitle()};
    for (QAction *menu : window.menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator())
                    texts << action->text();
    }
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        texts << navigation->item(i)->text();
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        if (button->isVisible() && !qobject_cast<QToolButton *>(button))
            texts << button->text();
    for (QGroupBox *box : page->findChildren<QGroupBox *>())
        if (box->isVisible())
            texts << box->title();
    for (QTabBar *tabs : page->findChildren<QTabBar *>())
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (QFormLayout *form : page->findChildren<QFormLayout *>())
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    texts << label->text();
    for (QTableView *view : page->findChildren<QTableView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            if (!view->isColumnHidden(column) && !view->model()->headerData(column, Qt::Horizontal, HeaderIsDataRole).toBool())
                texts << view->model()->headerData(column, Qt::Horizontal).toString();
    }
    for (FilterBar *bar : page->findChildren<FilterBar *>()) {
        texts << bar->searchField()->placeholderText();
        for (QComboBox *box : bar->findChildren<QComboBox *>())
            texts << box->itemText(0); // "All types" …; the codes' labels follow the vocabulary
    }
    return texts;
}

QStringList untranslatedTexts(MainWindow &window, QWidget *page)
{
    QStringList untranslated;
    for (const QString &text : chromeTexts(window, page))
        if (showsWords(text) && !PseudoTranslator::isPseudoLocalized(text))
            untranslated << text;
    return untranslated;
}

QStringList cutOffTexts(MainWindow &window, QWidget *page)
{
    QStringList cutOff;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->width() + 1 < label->minimumSizeHint().width())
            cutOff << QStringLiteral("label '%1' %2 < %3").arg(label->text()).arg(label->width()).arg(label->minimumSizeHint().width());
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width())
            cutOff << QStringLiteral("button '%1' %2 < %3").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
    }
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    if (navigation && navigation->sizeHintForColumn(0) > navigation->viewport()->width())
        cutOff << QStringLiteral("navigation %1 < %2").arg(navigation->viewport()->width()).arg(navigation->sizeHintForColumn(0));
    return cutOff;
}

} // namespace

void TestLocalization::everyVisibleStringIsTranslated_data()
{
    addPages();
}

void TestLocalization::everyVisibleStringIsTranslated()
{
    QFETCH(QString, page);
    const std::unique_ptr<MainWindow> window = pseudoWindowOn(page);
    QVERIFY(window);
    QWidget *pageWidget = window->findChild<QWidget *>(page + QStringLiteral("Page"));
    QVERIFY(pageWidget);
    QVERIFY(chromeTexts(*window, pageWidget).size() > 10); // menus, navigation, headers at least
    const QStringList untranslated = untranslatedTexts(*window, pageWidget);
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("not through tr(): ") + untranslated.join(QStringLiteral(" | "))));
}

void TestLocalization::nothingIsCutOff_data()
{
    addPages();
}

void TestLocalization::nothingIsCutOff()
{
    QFETCH(QString, page);
    const std::unique_ptr<MainWindow> window = pseudoWindowOn(page);
    QVERIFY(window);
    QWidget *pageWidget = window->findChild<QWidget *>(page + QStringLiteral("Page"));
    QVERIFY(pageWidget);
    const QStringList cutOff = cutOffTexts(*window, pageWidget);
    QVERIFY2(cutOff.isEmpty(), qPrintable(cutOff.join(QStringLiteral("\n"))));
}

void TestLocalization::checksFindPlainAndCutOffText()
{
    // The two checks above must be able to fail: a button that bypasses tr() and a label squeezed below
    // its text's width are both reported.
    const std::unique_ptr<MainWindow> window = pseudoWindowOn(QStringLiteral("partners"));
    QVERIFY(window);
    QWidget *page = window->findChild<QWidget *>(QStringLiteral("partnersPage"));
    QVERIFY(page);
    auto *plain = new QPushButton(QStringLiteral("Plain English"), page);
    auto *squeezed = new QLabel(PseudoTranslator::pseudoLocalize(QStringLiteral("A rather long label")), page);
    squeezed->setFixedWidth(20);
    plain->show();
    squeezed->show();
    QVERIFY(untranslatedTexts(*window, page).contains(QStringLiteral("Plain English")));
    QVERIFY(!cutOffTexts(*window, page).filter(QStringLiteral("label ")).isEmpty());
}

void TestLocalization::everyLanguageTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : availableLanguages())
        if (language != QLatin1String("en"))
            QTest::newRow(qPrintable(language)) << language;
}

void TestLocalization::everyLanguageTranslatesTheWindow()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(*qApp, language), QLocale(language).name());
    MainWindow window(store::Database::open(m_dir.filePath(QStringLiteral("test.sqlite"))));
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    // The menus come out of the translation, none in English.
    const QStringList english{"&File", "&Edit", "&Go", "&Help"};
    for (QAction *menu : menus)
        QVERIFY2(!english.contains(menu->text()), qPrintable(menu->text()));
    QCOMPARE(QLocale().name(), QLocale(language).name()); // numbers and money follow the language's region
}

void TestLocalization::switchingLanguageKeepsThePlace()
{
    installTranslations(*qApp, QStringLiteral("en"));
    auto *window = new MainWindow(store::Database::open(m_dir.filePath(QStringLiteral("test.sqlite"))));
    window->resize(1200, 800);
    QVERIFY(window->showPage(QStringLiteral("deals")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    TablePage *deals = window->tablePage(QStringLiteral("deals"));
    QVERIFY(deals);
    store::TableFilter filter;
    filter.equals.insert(QStringLiteral("status"), QStringLiteral("won"));
    deals->filterBar()->setFilter(filter);
    QTRY_VERIFY(deals->model()->rowCount() > 3);
    const QString record = deals->model()->index(2, 0).data(IdRole).toString();
    QVERIFY(!record.isEmpty());
    deals->selectRecord(record);
    QCOMPARE(deals->currentRecordId(), record);

    QPointer<MainWindow> old(window);
    MainWindow *switched = window->switchLanguage(QStringLiteral("pseudo"));
    QVERIFY(switched);
    QTRY_VERIFY(old.isNull()); // replaced, not left behind
    QCOMPARE(switched->currentPageName(), QStringLiteral("deals"));
    TablePage *switchedDeals = switched->tablePage(QStringLiteral("deals"));
    QCOMPARE(switchedDeals->filterBar()->filter(), filter);
    QTRY_COMPARE(switchedDeals->currentRecordId(), record);
    QVERIFY(PseudoTranslator::isPseudoLocalized(switched->menuBar()->actions().first()->text()));
    delete switched;
    installTranslations(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
