// channeldesk-cli: the headless tool of cli.md, thin over core and store.
#include "app/cli/cli.h"
#include "app/cli/reportcommand.h"

#include "store/database.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <memory>

using namespace cd::cli;

namespace {

struct CommandEntry
{
    const char *name;
    const char *summary;
    int (*run)(Invocation &);
};

constexpr CommandEntry commands[] = {
    {"commission", QT_TRANSLATE_NOOP("cd::cli", "commission calc: statements from a plan and a deals file"),
     runCommissionCommand},
    {"tiers", QT_TRANSLATE_NOOP("cd::cli", "tiers evaluate: tiers and scores from a program and metrics"),
     runTiersCommand},
    {"registrations",
     QT_TRANSLATE_NOOP("cd::cli", "registrations evaluate: statuses and winners of deal registrations"),
     runRegistrationsCommand},
    {"init", QT_TRANSLATE_NOOP("cd::cli", "create or migrate the database, optionally with demo data"),
     runInitCommand},
    {"import", QT_TRANSLATE_NOOP("cd::cli", "import KIND FILE: add or update records from CSV"), runImportCommand},
    {"export", QT_TRANSLATE_NOOP("cd::cli", "export KIND: write records as CSV"), runExportCommand},
    {"report", QT_TRANSLATE_NOOP("cd::cli", "report qbr | pipeline: the QBR as PDF, pipeline figures as CSV"),
     runReportCommand},
    {"migrate", QT_TRANSLATE_NOOP("cd::cli", "migrate --from FILE --to URI: a desktop file into an empty team database"),
     runMigrateCommand},
    {"team", QT_TRANSLATE_NOOP("cd::cli", "team add-user | list | remove-user: a team database's members and roles"),
     runTeamCommand},
};

void printUsage(QFile &to)
{
    QString text = QCoreApplication::translate("cd::cli", "Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]\n\n"
                                                          "Commands:\n");
    for (const CommandEntry &entry : commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(entry.name), -14)
                    .arg(QCoreApplication::translate("cd::cli", entry.summary));
    text += QCoreApplication::translate("cd::cli", "\nRun 'channeldesk-cli COMMAND --help' for a command's options.\n");
    to.write(text.toUtf8());
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (cd::cli::isQbrReport(argc, argv)) {
        // Charts need a GUI application; without a display it renders offscreen (a PDF needs no screen).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    Invocation invocation;
    invocation.out = &out;
    invocation.err = &err;

    // Global options may stand before or after the command (cli.md).
    QStringList words;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                invocation.printError(QCoreApplication::translate("cd::cli", "--db needs a file name"));
                return BadInput;
            }
            invocation.databaseOption = arguments[++i];
        } else if (argument.startsWith(QLatin1String("--db="))) {
            invocation.databaseOption = argument.mid(5);
        } else {
            words << argument;
        }
    }
    if (words.isEmpty()) {
        printUsage(err);
        return BadInput;
    }
    if (words.first() == QLatin1String("--version")) {
        out.write(QStringLiteral("channeldesk-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return Success;
    }
    if (words.first() == QLatin1String("--help") || words.first() == QLatin1String("-h")
        || words.first() == QLatin1String("help")) {
        printUsage(out);
        return Success;
    }
    for (const CommandEntry &entry : commands) {
        if (words.first() != QLatin1String(entry.name))
            continue;
        invocation.command = words.first();
        invocation.arguments = words.mid(1);
        try {
            return entry.run(invocation);
        } catch (const cd::store::PermissionError &error) {
            invocation.printError(error.message());
            if (!invocation.member.isEmpty())
                invocation.printError(invocation.member);
            return RoleRefused;
        } catch (const std::exception &error) {
            invocation.printError(QCoreApplication::translate("cd::cli", "internal failure: %1")
                                      .arg(QString::fromLocal8Bit(error.what())));
            return InternalFailure;
        }
    }
    invocation.printError(QCoreApplication::translate("cd::cli", "unknown command '%1'").arg(words.first()));
    printUsage(err);
    return BadInput;
}
