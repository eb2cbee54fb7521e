// channeldesk: the desktop application.
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"

#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/channeldesk.sqlite");
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("cd::gui", "ChannelDesk: partner programs, deals and commissions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QApplication::translate("cd::gui", "Open the database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("cd::gui", "Open on the page NAME (partners, deals, …)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QApplication::translate("cd::gui", "Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("cd::gui", "Render the main window, save it as the PNG FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("cd::gui", "Window size WIDTHxHEIGHT."),
                                        QStringLiteral("SIZE"), QStringLiteral("1400x860"));
    parser.addOptions({databaseOption, pageOption, languageOption, screenshotOption, sizeOption});
    parser.process(app);

    cd::ui::installTranslations(app, cd::ui::preferredLanguage(parser.value(languageOption)));

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("CHANNELDESK_DB");
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("database/last")).toString();
    if (path.isEmpty())
        path = defaultDatabasePath();

    std::unique_ptr<cd::store::Database> database;
    try {
        database = cd::store::Database::open(path);
    } catch (const cd::store::StoreError &error) {
        printLine(stderr, QStringLiteral("channeldesk: ") + error.message());
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("cd::gui", "ChannelDesk"), error.message());
        return 1;
    }

    // On the heap: a change of language replaces the window with one in the new language.
    cd::ui::MainWindow *window = nullptr;
    try {
        window = new cd::ui::MainWindow(std::move(database));
    } catch (const cd::store::StoreError &error) {
        // A page could not read what it shows (a team database's query this build cannot run yet).
        printLine(stderr, QStringLiteral("channeldesk: ") + error.message());
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("cd::gui", "ChannelDesk"), error.message());
        return 1;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    const bool screenshot = parser.isSet(screenshotOption);
    if (!screenshot)
        window->restoreSettings();
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if (screenshot || !QSettings().contains(QStringLiteral("window/geometry")))
        window->resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1400,
                       size.value(1).toInt() > 0 ? size.value(1).toInt() : 860);
    if (parser.isSet(pageOption) && !window->showPage(parser.value(pageOption))) {
        printLine(stderr, QApplication::translate("cd::gui", "channeldesk: no page '%1'; pages: %2")
                              .arg(parser.value(pageOption), window->pageNames().join(QStringLiteral(", "))));
        delete window;
        return 2;
    }
    window->show();

    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        // Let layouts settle and the first rows paint before grabbing.
        QTimer::singleShot(300, window, [window, file] {
            const bool saved = window->grab().save(file);
            printLine(saved ? stdout : stderr, saved ? file : QStringLiteral("channeldesk: cannot write ") + file);
            QApplication::exit(saved ? 0 : 1);
        });
        const int status = app.exec();
        delete window;
        return status;
    }
    QTimer::singleShot(0, window, [window] { window->offerFirstStart(); });
    return app.exec();
}
