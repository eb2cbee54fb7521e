#pragma once

#include "core/diagnostic.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStringList>

#include <memory>

namespace cd::store {
class Database;
}

namespace cd::cli {

// cli.md: 0 success, 1 internal failure (an unreachable server included), 2 bad input or usage, 3 the
// database refused the user's role.
enum ExitCode : int { Success = 0, InternalFailure = 1, BadInput = 2, RoleRefused = 3 };

// What a command gets: its own arguments (global options already taken out) and the process's streams.
struct Invocation
{
    QString program = QStringLiteral("channeldesk-cli"); // the executable, for messages and --help
    QString command;        // "commission calc", for messages and --help
    QStringList arguments;  // after the command words
    QString databaseOption; // --db as given, may be empty
    QFile *out = nullptr;   // stdout, binary: CSV goes here unless --out
    QFile *err = nullptr;   // stderr: messages and diagnostics
    // Team mode: who the database let in and what the role may do, for refusals (set by openDatabase).
    mutable QString member;

    // The database file: --db, else CHANNELDESK_DB, else the user's data location.
    QString databasePath() const;
    void printError(const QString &message) const;
    void printDiagnostics(const Diagnostics &diagnostics) const;
    void print(const QString &message) const; // a line on stderr
};

// Parses `invocation.arguments` with `parser` (options already added). On --help prints the help and
// returns Success; on a usage error prints it and returns BadInput; otherwise nullopt to go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const Invocation &invocation,
                                  const QString &description);

// After parseArguments(), for commands that take options only: refuses a positional argument and any of
// `required` left empty, with exit status BadInput after printing why; nullopt when all is well.
std::optional<int> checkArguments(const QCommandLineParser &parser, const Invocation &invocation,
                                  std::initializer_list<const QCommandLineOption *> required = {});

// Opens --out FILE (or stdout when empty) for writing. Returns nullptr after printing why.
std::unique_ptr<QFile> openOutput(const Invocation &invocation, const QString &path);
// Writes `bytes` to --out FILE (or stdout when empty): Success, or InternalFailure after printing why.
int writeOutput(const Invocation &invocation, const QString &path, const QByteArray &bytes);

// Reads a whole input file; on failure adds a diagnostic naming it.
std::optional<QByteArray> readInputFile(const QString &path, Diagnostics &diagnostics);

// A command family's subcommands ("commission calc", "tiers evaluate" …).
struct Subcommand
{
    QString name;
    int (*run)(Invocation &);
};

// Runs the subcommand named by the first argument, or answers --help with `usage`, or reports a missing or
// unknown subcommand (BadInput).
int runSubcommand(Invocation &invocation, const QList<Subcommand> &subcommands, const QString &usage);

// Opens the database of --db / CHANNELDESK_DB / the default place. A file the store refuses (newer
// schema, not a ChannelDesk database) is the user's input being wrong: status becomes BadInput (2).
std::unique_ptr<store::Database> openDatabase(const Invocation &invocation, int &status);

// The commands. Each returns an ExitCode.
int runCommissionCommand(Invocation &invocation);
int runRegistrationsCommand(Invocation &invocation);
int runTiersCommand(Invocation &invocation);
int runInitCommand(Invocation &invocation);
int runImportCommand(Invocation &invocation);
int runExportCommand(Invocation &invocation);
int runReportCommand(Invocation &invocation);
int runTeamCommand(Invocation &invocation);
int runMigrateCommand(Invocation &invocation);

} // namespace cd::cli
