#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd::cli {

QString Invocation::databasePath() const
{
    if (!databaseOption.isEmpty())
        return databaseOption;
    const QString fromEnvironment = qEnvironmentVariable("CHANNELDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/channeldesk.sqlite");
}

void Invocation::print(const QString &message) const
{
    err->write((message + QLatin1Char('\n')).toUtf8());
    err->flush();
}

void Invocation::printError(const QString &message) const
{
    print(program + QStringLiteral(": ") + message);
}

void Invocation::printDiagnostics(const Diagnostics &diagnostics) const
{
    QByteArray text;
    for (const Diagnostic &diagnostic : diagnostics)
        text += diagnostic.toString().toUtf8() + '\n';
    err->write(text);
    err->flush();
}

std::optional<int> parseArguments(QCommandLineParser &parser, const Invocation &invocation,
                                  const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cd::cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{invocation.program}
                      + invocation.arguments)) {
        invocation.printError(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(help)) {
        // helpText() names the executable by its full path and knows nothing of subcommands.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        const QString usage = text.left(firstLineEnd);
        const qsizetype optionsAt = usage.indexOf(QLatin1String(" ["));
        text.replace(0, firstLineEnd,
                     QStringLiteral("Usage: ") + QStringList{invocation.program, invocation.command}.join(QLatin1Char(' ')).trimmed()
                         + (optionsAt >= 0 ? usage.mid(optionsAt) : QString()));
        invocation.out->write(text.toUtf8());
        invocation.out->flush();
        return Success;
    }
    return std::nullopt;
}

std::optional<int> checkArguments(const QCommandLineParser &parser, const Invocation &invocation,
                                  std::initializer_list<const QCommandLineOption *> required)
{
    if (!parser.positionalArguments().isEmpty()) {
        invocation.printError(QCoreApplication::translate("cd::cli", "%1: unexpected argument '%2'")
                                  .arg(invocation.command, parser.positionalArguments().first()));
        return BadInput;
    }
    for (const QCommandLineOption *option : required) {
        if (parser.value(*option).isEmpty()) {
            invocation.printError(QCoreApplication::translate("cd::cli", "%1: --%2 is required")
                                      .arg(invocation.command, option->names().constFirst()));
            return BadInput;
        }
    }
    return std::nullopt;
}

int runSubcommand(Invocation &invocation, const QList<Subcommand> &subcommands, const QString &usage)
{
    const QString family = invocation.command;
    const QString subcommand = invocation.arguments.value(0);
    for (const Subcommand &entry : subcommands) {
        if (subcommand == entry.name) {
            invocation.command = family + QLatin1Char(' ') + entry.name;
            invocation.arguments.removeFirst();
            return entry.run(invocation);
        }
    }
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        invocation.out->write(usage.toUtf8());
        invocation.out->flush();
        return Success;
    }
    if (subcommand.isEmpty())
        invocation.printError(QCoreApplication::translate("cd::cli", "%1: which subcommand?").arg(family));
    else
        invocation.printError(
            QCoreApplication::translate("cd::cli", "%1: unknown subcommand '%2'").arg(family, subcommand));
    invocation.err->write(usage.toUtf8());
    return BadInput;
}

std::unique_ptr<QFile> openOutput(const Invocation &invocation, const QString &path)
{
    auto file = std::make_unique<QFile>();
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!file->open(stdout, QIODevice::WriteOnly))
            return nullptr;
        return file;
    }
    file->setFileName(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        invocation.printError(QCoreApplication::translate("cd::cli", "cannot write %1: %2")
                                  .arg(path, file->errorString()));
        return nullptr;
    }
    return file;
}

int writeOutput(const Invocation &invocation, const QString &path, const QByteArray &bytes)
{
    const std::unique_ptr<QFile> out = openOutput(invocation, path);
    if (!out)
        return InternalFailure;
    if (out->write(bytes) != bytes.size() || !out->flush()) {
        invocation.printError(QCoreApplication::translate("cd::cli", "cannot write the result: %1").arg(out->errorString()));
        return InternalFailure;
    }
    return Success;
}

std::optional<QByteArray> readInputFile(const QString &path, Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics << Diagnostic{path, 0, QString(),
                                  QCoreApplication::translate("cd::cli", "cannot read the file: %1")
                                      .arg(file.errorString())};
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace cd::cli
