// `channeldesk-cli tiers evaluate`: programs.md's tiers and scorecard scores from a program and metrics.
#include "cli.h"

#include "core/program.h"
#include "core/scorecard.h"

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
    return CliText::tr("Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] "
              "[--explain]\n"
              "\n"
              "Subcommands:\n"
              "  evaluate  each partner's tier and scorecard score (no database)\n"
              "\n"
              "Run 'channeldesk-cli tiers evaluate --help' for its options.\n");
}

int runEvaluate(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption programOption(QStringLiteral("program"), CliText::tr("The partner program (JSON)."),
                                           CliText::tr("P.json"));
    const QCommandLineOption partnersOption(
        QStringLiteral("partners"), CliText::tr("The partners' metrics (CSV: partner_id and one column per metric)."),
        CliText::tr("metrics.csv"));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write the result here instead of stdout."),
                                       CliText::tr("FILE"));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"),
        CliText::tr("Also say on stderr why each partner has its tier and what it lacks for the next one."));
    parser.addOptions({programOption, partnersOption, outOption, explainOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Evaluates a partner program's tiers and scorecard and prints partner,tier,score sorted by "
               "partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message "
               "per problem on stderr.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        invocation.printError(CliText::tr("%1: unexpected argument '%2'")
                                  .arg(invocation.command, parser.positionalArguments().first()));
        return BadInput;
    }
    for (const QCommandLineOption *required : {&programOption, &partnersOption}) {
        if (parser.value(*required).isEmpty()) {
            invocation.printError(CliText::tr("%1: --%2 is required").arg(invocation.command, required->names().constFirst()));
            return BadInput;
        }
    }

    // Both files are checked before anything is written, so a user sees every problem at once.
    Diagnostics problems;
    Diagnostics warnings;
    const QString programPath = parser.value(programOption);
    const QString partnersPath = parser.value(partnersOption);
    std::optional<Program> program;
    if (const std::optional<QByteArray> json = readInputFile(programPath, problems))
        program = parseProgram(*json, programPath, problems, &warnings);
    QList<PartnerMetrics> partners;
    if (const std::optional<QByteArray> metrics = readInputFile(partnersPath, problems))
        partners = readPartnerMetricsCsv(*metrics, partnersPath, program ? *program : Program(), problems,
                                         program ? &warnings : nullptr);
    invocation.printDiagnostics(warnings);
    if (!problems.isEmpty() || !program) {
        invocation.printDiagnostics(problems);
        return BadInput;
    }

    const QList<TierResult> results = evaluateTiers(*program, partners);
    if (parser.isSet(explainOption)) {
        for (const TierResult &result : results) {
            QString line = result.partnerId + QStringLiteral(": ") + result.reasonText(*program);
            const QString missing = result.missingText(*program);
            if (!missing.isEmpty())
                line += QStringLiteral("; ") + missing;
            invocation.print(line);
        }
    }
    const QByteArray csv = tierResultsCsv(*program, results);
    const std::unique_ptr<QFile> out = openOutput(invocation, parser.value(outOption));
    if (!out)
        return InternalFailure;
    if (out->write(csv) != csv.size() || !out->flush()) {
        invocation.printError(CliText::tr("cannot write the result: %1").arg(out->errorString()));
        return InternalFailure;
    }
    return Success;
}

} // namespace

int runTiersCommand(Invocation &invocation)
{
    return runSubcommand(invocation, {{QStringLiteral("evaluate"), runEvaluate}}, usage());
}

} // namespace cd::cli
