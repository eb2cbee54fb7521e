// `channeldesk-cli registrations evaluate`: registration.md's statuses and winners from a registrations file.
#include "cli.h"

#include "core/registration.h"
#include "core/similarity.h"

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
              "\n"
              "Subcommands:\n"
              "  evaluate  statuses and winners of deal registrations as of a date-time (no database)\n"
              "\n"
              "Run 'channeldesk-cli registrations evaluate --help' for its options.\n");
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
    if (!parser.positionalArguments().isEmpty()) {
        invocation.printError(CliText::tr("%1: unexpected argument '%2'")
                                  .arg(invocation.command, parser.positionalArguments().first()));
        return BadInput;
    }
    for (const QCommandLineOption *required : {&registrationsOption, &asOfOption}) {
        if (parser.value(*required).isEmpty()) {
            invocation.printError(CliText::tr("%1: --%2 is required").arg(invocation.command, required->names().constFirst()));
            return BadInput;
        }
    }
    const std::optional<QDateTime> asOf = parseIsoDateTimeUtc(parser.value(asOfOption));
    if (!asOf) {
        invocation.printError(CliText::tr("%1: --as-of: \"%2\" is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z")
                                  .arg(invocation.command, parser.value(asOfOption)));
        return BadInput;
    }
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
    const std::unique_ptr<QFile> out = openOutput(invocation, parser.value(outOption));
    if (!out)
        return InternalFailure;
    if (out->write(result) != result.size() || !out->flush()) {
        invocation.printError(CliText::tr("cannot write the result: %1").arg(out->errorString()));
        return InternalFailure;
    }
    return Success;
}

} // namespace

int runRegistrationsCommand(Invocation &invocation)
{
    // `registrations run` (evaluate the database's registrations, store their statuses) is still to come.
    return runSubcommand(invocation,
                         {{QStringLiteral("evaluate"), runEvaluate}, {QStringLiteral("run"), notAvailableYet}}, usage());
}

} // namespace cd::cli
