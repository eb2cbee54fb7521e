// `channeldesk-cli registrations evaluate`: registration.md's statuses and winners from a registrations file.
#include "app/cli/cli.h"

#include "core/registrations/registration.h"
#include "core/registrations/similarity.h"
#include "core/files/csv.h"
#include "store/database.h"
#include "store/registrations/registrationworkflow.h"

#include <QBuffer>
#include <QCoreApplication>

namespace cd::cli {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli)
};

QString usage()
{
    return CliText::tr("Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME "
              "[--protection-days N] [--out FILE] [--similar]\n"
              "       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]\n"
              "\n"
              "Subcommands:\n"
              "  evaluate  statuses and winners of deal registrations as of a date-time (no database)\n"
              "  run       evaluates the database's registrations and stores their statuses\n"
              "\n"
              "Run 'channeldesk-cli registrations SUBCOMMAND --help' for its options.\n");
}

// --as-of's date-time, or nullopt once the error is printed.
std::optional<QDateTime> asOfArgument(const Invocation &invocation, const QString &value)
{
    const std::optional<QDateTime> parsed = parseIsoDateTimeUtc(value);
    if (!parsed)
        invocation.printError(CliText::tr("%1: --as-of: \"%2\" is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z")
                                  .arg(invocation.command, value));
    return parsed;
}

int runEvaluate(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption registrationsOption(QStringLiteral("registrations"), CliText::tr("The registrations (CSV)."),
                                                 CliText::tr("regs.csv"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        CliText::tr("Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z."),
                                        CliText::tr("DATETIME"));
    const QCommandLineOption daysOption(QStringLiteral("protection-days"),
                                        CliText::tr("Days a registration protects its partner (default 30)."), CliText::tr("N"),
                                        QString::number(DefaultProtectionDays));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write the result here instead of stdout."),
                                       CliText::tr("FILE"));
    const QCommandLineOption similarOption(
        QStringLiteral("similar"),
        CliText::tr("Also list, on stderr, registrations that may name the same customer under different keys."));
    parser.addOptions({registrationsOption, asOfOption, daysOption, outOption, similarOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Evaluates deal registrations (first to register wins, within a protection window) and prints "
               "reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and "
               "one FILE:LINE: FIELD: message per problem on stderr.")))
        return *exit;
    if (const std::optional<int> exit = checkArguments(parser, invocation, {&registrationsOption, &asOfOption}))
        return *exit;
    const std::optional<QDateTime> asOf = asOfArgument(invocation, parser.value(asOfOption));
    if (!asOf)
        return BadInput;
    bool daysOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!daysOk || days < 0 || days > MaxProtectionDays) {
        invocation.printError(CliText::tr("%1: --protection-days: \"%2\" is not a whole number of days from 0 to %3")
                                  .arg(invocation.command, parser.value(daysOption))
                                  .arg(MaxProtectionDays));
        return BadInput;
    }

    Diagnostics problems;
    const QString path = parser.value(registrationsOption);
    const std::optional<QByteArray> data = readInputFile(path, problems);
    RegistrationsFile file;
    if (data)
        file = readRegistrationsCsv(*data, path, problems);
    invocation.printDiagnostics(file.warnings);
    if (!problems.isEmpty()) {
        invocation.printDiagnostics(problems);
        return BadInput;
    }

    const QByteArray result = registrationDecisionsCsv(evaluateRegistrations(file.registrations, *asOf, days));
    if (parser.isSet(similarOption)) {
        SimilarityOptions options;
        options.protectionDays = days;
        for (const SimilarPair &pair : findSimilarRegistrations(file.registrations, options))
            invocation.print(CliText::tr("%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7")
                                 .arg(path)
                                 .arg(file.lines[pair.second])
                                 .arg(pair.secondId, pair.firstId)
                                 .arg(file.lines[pair.first])
                                 .arg(pair.score)
                                 .arg(pair.reason));
    }
    if (const int written = writeOutput(invocation, parser.value(outOption), result); written != Success)
        return written;
    return Success;
}

// The evaluation over the database: every stored registration as of --as-of (default: now), statuses and
// winners written with an audit row each unless --dry-run. Prints the changes as CSV
// `reg_id,old_status,new_status,old_winner,new_winner` in (submitted_at, reg_id) order.
int runRun(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        CliText::tr("Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z."),
                                        CliText::tr("DATETIME"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          CliText::tr("Print what would change without writing anything."));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write the changes here instead of stdout."),
                                       CliText::tr("FILE"));
    parser.addOptions({asOfOption, dryRunOption, outOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Evaluates every registration in the database (first to register wins, within the program's "
               "protection days; rejected registrations left out, extensions honoured), stores the statuses with "
               "an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV "
               "reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.")))
        return *exit;
    if (const std::optional<int> exit = checkArguments(parser, invocation))
        return *exit;
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    if (parser.isSet(asOfOption)) {
        const std::optional<QDateTime> parsed = asOfArgument(invocation, parser.value(asOfOption));
        if (!parsed)
            return BadInput;
        asOf = *parsed;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    QList<store::RegistrationStatusChange> changes;
    try {
        changes = store::RegistrationWorkflowStore(*database).evaluate(asOf, !parser.isSet(dryRunOption));
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    QByteArray result;
    {
        QBuffer buffer(&result);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("reg_id"), QStringLiteral("old_status"), QStringLiteral("new_status"),
                         QStringLiteral("old_winner"), QStringLiteral("new_winner")});
        for (const store::RegistrationStatusChange &change : std::as_const(changes))
            writer.writeRow({change.regId, change.oldStatus, change.newStatus, change.oldWinner, change.newWinner});
        writer.flush();
    }
    if (const int written = writeOutput(invocation, parser.value(outOption), result); written != Success)
        return written;
    invocation.print(parser.isSet(dryRunOption)
                         ? CliText::tr("%n registration(s) would change as of %1 (dry run, nothing written)", nullptr,
                                       int(changes.size()))
                               .arg(formatIsoDateTimeUtc(asOf))
                         : CliText::tr("%n registration(s) changed as of %1", nullptr, int(changes.size()))
                               .arg(formatIsoDateTimeUtc(asOf)));
    return Success;
}

} // namespace

int runRegistrationsCommand(Invocation &invocation)
{
    return runSubcommand(invocation, {{QStringLiteral("evaluate"), runEvaluate}, {QStringLiteral("run"), runRun}},
                         usage());
}

} // namespace cd::cli
