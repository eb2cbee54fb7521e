// `channeldesk-cli commission calc`: commission.md's statements from a plan, a deals file and rates.
#include "cli.h"

#include "core/commission.h"
#include "core/commissioninput.h"
#include "core/commissionplan.h"

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
    return CliText::tr(
        "Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]\n"
        "\n"
        "Subcommands:\n"
        "  calc  statements from a plan, a deals file and exchange rates (no database)\n"
        "\n"
        "Run 'channeldesk-cli commission calc --help' for its options.\n");
}

int runCalc(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption planOption(QStringLiteral("plan"), CliText::tr("The commission plan (JSON)."),
                                        CliText::tr("P.json"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"), CliText::tr("The deals (CSV)."), CliText::tr("deals.csv"));
    const QCommandLineOption fxOption(QStringLiteral("fx"),
                                      CliText::tr("Exchange rates into the plan currency (CSV: date,currency,rate)."),
                                      CliText::tr("fx.csv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CliText::tr("Write the statements here instead of stdout."), CliText::tr("FILE"));
    parser.addOptions({planOption, dealsOption, fxOption, outOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). "
               "Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        invocation.printError(
            CliText::tr("%1: unexpected argument '%2'").arg(invocation.command, parser.positionalArguments().first()));
        return BadInput;
    }
    for (const QCommandLineOption *required : {&planOption, &dealsOption}) {
        if (parser.value(*required).isEmpty()) {
            invocation.printError(
                CliText::tr("%1: --%2 is required").arg(invocation.command, required->names().constFirst()));
            return BadInput;
        }
    }

    // Every file is read and checked before anything is written, so that a user sees every problem at once
    // and bad input never leaves a half-written statement behind.
    Diagnostics problems;
    Diagnostics warnings;
    const QString planPath = parser.value(planOption);
    const QString dealsPath = parser.value(dealsOption);
    const QString fxPath = parser.value(fxOption);
    std::optional<CommissionPlan> plan;
    if (const std::optional<QByteArray> json = readInputFile(planPath, problems))
        plan = parseCommissionPlan(*json, planPath, problems);
    FxTable fx;
    bool fxUsable = true;
    if (!fxPath.isEmpty()) {
        const std::optional<QByteArray> rates = readInputFile(fxPath, problems);
        fxUsable = rates && readCommissionFx(*rates, fxPath, fx, problems, &warnings);
    }
    CommissionBatch batch;
    const std::optional<QByteArray> deals = readInputFile(dealsPath, problems);
    if (deals) {
        CommissionDealsContext context;
        // Missing rates can only be told once the plan's currency and the whole rate table are known.
        if (plan && fxUsable)
            context.planCurrency = plan->currency;
        context.fx = &fx;
        readCommissionDeals(*deals, dealsPath, context, batch, problems, &warnings);
    }
    invocation.printDiagnostics(warnings);
    if (!problems.isEmpty() || !plan) {
        invocation.printDiagnostics(problems);
        return BadInput;
    }

    QByteArray statements;
    try {
        statements = statementCsv(*plan, batch, computeCommission(*plan, batch, fx));
    } catch (const InputError &error) {
        invocation.printDiagnostics(error.diagnostics());
        return BadInput;
    }
    const std::unique_ptr<QFile> out = openOutput(invocation, parser.value(outOption));
    if (!out)
        return InternalFailure;
    if (out->write(statements) != statements.size() || !out->flush()) {
        invocation.printError(CliText::tr("cannot write the statements: %1").arg(out->errorString()));
        return InternalFailure;
    }
    return Success;
}

} // namespace

int runCommissionCommand(Invocation &invocation)
{
    // `commission run --period LABEL` (statements from the database's deals) is still to come.
    return runSubcommand(invocation, {{QStringLiteral("calc"), runCalc}, {QStringLiteral("run"), notAvailableYet}},
                         usage());
}

} // namespace cd::cli
