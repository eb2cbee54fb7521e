// `channeldesk-cli tiers evaluate`: programs.md's tiers and scorecard scores from a program and metrics.
#include "app/cli/cli.h"

#include "core/files/csv.h"
#include "core/programs/program.h"
#include "core/programs/scorecard.h"
#include "store/database.h"
#include "store/programs/partnermetrics.h"
#include "ui/programs/programtext.h"

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
    return CliText::tr("Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] "
              "[--explain]\n"
              "       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]\n"
              "\n"
              "Subcommands:\n"
              "  evaluate  each partner's tier and scorecard score (no database)\n"
              "  run       evaluates the database's partners under their programs; --apply writes the changes\n"
              "\n"
              "Run 'channeldesk-cli tiers SUBCOMMAND --help' for its options.\n");
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
    if (const std::optional<int> exit = checkArguments(parser, invocation, {&programOption, &partnersOption}))
        return *exit;

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
    if (const int written = writeOutput(invocation, parser.value(outOption), csv); written != Success)
        return written;
    return Success;
}

QString changeName(store::TierProposal::Change change)
{
    switch (change) {
    case store::TierProposal::Change::Promotion:
        return QStringLiteral("promotion");
    case store::TierProposal::Change::Demotion:
        return QStringLiteral("demotion");
    case store::TierProposal::Change::Other:
        return QStringLiteral("change");
    case store::TierProposal::Change::None:
        break;
    }
    return QStringLiteral("none");
}

int runRun(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), CliText::tr("Evaluate as of this date (default: today)."),
                                        CliText::tr("DATE"));
    const QCommandLineOption programOption(QStringLiteral("program"), CliText::tr("Only the partners of this program."),
                                           CliText::tr("ID"));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         CliText::tr("Write the new tiers into the partners, with an audit record each."));
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write the changes here instead of stdout."),
                                       CliText::tr("FILE"));
    parser.addOptions({asOfOption, programOption, applyOption, outOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Evaluates every active partner under its program (partners.program, from the database's "
                        "programs) with metrics computed from the database as of a date, and prints the tier changes "
                        "as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.")))
        return *exit;
    if (const std::optional<int> exit = checkArguments(parser, invocation))
        return *exit;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        const std::optional<QDate> date = parseIsoDate(parser.value(asOfOption));
        if (!date) {
            invocation.printError(CliText::tr("--as-of needs an ISO date like 2026-03-31, not \"%1\"").arg(parser.value(asOfOption)));
            return BadInput;
        }
        asOf = *date;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    const QString programId = parser.value(programOption);
    const store::TierRun run = store::runTiers(*database, asOf, programId);
    for (const QString &warning : run.warnings)
        invocation.print(CliText::tr("warning: %1").arg(warning));
    if (!programId.isEmpty() && !run.programs.contains(programId)) {
        invocation.printError(CliText::tr("no active partner is in a stored program \"%1\"").arg(programId));
        return BadInput;
    }

    // The explanations people read, as the Tier review page writes them: metric names and money
    // formatted ("needs $149,943.71 more won revenue"), in English figures so the file reads the same
    // wherever it is made. The audit row of --apply keeps the same text.
    QList<store::TierProposal> changes = run.changes();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (store::TierProposal &change : changes) {
        const Program &program = run.programs[change.programId];
        change.explanation = ui::explainReason(program, change.result, english);
        if (const QString missing = ui::explainMissing(program, change.result, english); !missing.isEmpty())
            change.explanation += QStringLiteral("; ") + missing;
    }
    QByteArray csv;
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("partner"), QStringLiteral("program"), QStringLiteral("from"), QStringLiteral("to"),
                         QStringLiteral("change"), QStringLiteral("score"), QStringLiteral("explanation")});
        for (const store::TierProposal &change : changes) {
            writer.addText(change.partner.id).addText(change.programId).addText(change.currentTier).addText(change.proposedTier);
            writer.addText(changeName(change.change));
            writer.addValue(change.result.score ? roundRational(*change.result.score, 2, RoundingMode::HalfEven).toString()
                                                : QString());
            writer.addText(change.explanation);
            writer.endRow();
        }
    }
    if (const int written = writeOutput(invocation, parser.value(outOption), csv); written != Success)
        return written;
    int promotions = 0;
    for (const store::TierProposal &change : changes)
        promotions += change.change == store::TierProposal::Change::Promotion ? 1 : 0;
    invocation.print(CliText::tr("%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)")
                         .arg(run.proposals.size())
                         .arg(formatIsoDate(asOf))
                         .arg(changes.size())
                         .arg(promotions)
                         .arg(changes.size() - promotions));
    if (!parser.isSet(applyOption)) {
        if (!changes.isEmpty())
            invocation.print(CliText::tr("nothing was changed; --apply writes them"));
        return Success;
    }
    try {
        store::Transaction transaction(*database);
        for (const store::TierProposal &change : changes)
            store::applyTier(*database, change.partner.id, change.currentTier, change.proposedTier, change.explanation, asOf);
        transaction.commit();
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    invocation.print(CliText::tr("applied %1 tier changes").arg(changes.size()));
    return Success;
}

} // namespace

int runTiersCommand(Invocation &invocation)
{
    return runSubcommand(invocation, {{QStringLiteral("evaluate"), runEvaluate}, {QStringLiteral("run"), runRun}}, usage());
}

} // namespace cd::cli
