// `channeldesk-cli commission calc`: commission.md's statements from a plan, a deals file and rates.
#include "app/cli/cli.h"

#include "core/commission/commission.h"
#include "core/commission/commissioninput.h"
#include "core/commission/commissionplan.h"
#include "core/files/csv.h"
#include "store/commission/commissionrun.h"
#include "store/database.h"
#include "store/commission/planrepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>

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
        "       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]\n"
        "       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...\n"
        "\n"
        "Subcommands:\n"
        "  calc  statements from a plan, a deals file and exchange rates (no database)\n"
        "  run   one period's statements from the database, each partner under its assigned plan\n"
        "  plan  the database's commission plans and their assignments\n"
        "\n"
        "Run 'channeldesk-cli commission SUBCOMMAND --help' for its options.\n");
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
    if (const std::optional<int> exit = checkArguments(parser, invocation, {&planOption, &dealsOption}))
        return *exit;

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
    if (const int written = writeOutput(invocation, parser.value(outOption), statements); written != Success)
        return written;
    return Success;
}

int runRun(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          CliText::tr("The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027."),
                                          CliText::tr("LABEL"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       CliText::tr("Write the statements here instead of stdout."), CliText::tr("FILE"));
    parser.addOptions({periodOption, outOption});
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Computes one period's statements from the database's deals and exchange rates, each partner "
                        "under the plan its assignment gives (program and tier first, else partner type), as the CSV "
                        "of 'commission calc'. Partners without a plan are named on stderr and left out.")))
        return *exit;
    if (const std::optional<int> exit = checkArguments(parser, invocation, {&periodOption}))
        return *exit;
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    store::CommissionRun run;
    try {
        run = store::runCommission(*database, parser.value(periodOption));
    } catch (const InputError &error) {
        invocation.printDiagnostics(error.diagnostics());
        return BadInput;
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    for (const QString &warning : std::as_const(run.warnings))
        invocation.print(CliText::tr("warning: %1").arg(warning));
    return writeOutput(invocation, parser.value(outOption), statementCsv(run.statements));
}

int runPlanList(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write here instead of stdout."),
                                       CliText::tr("FILE"));
    parser.addOption(outOption);
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to "
                        "(program/tier or type:TYPE, separated by ';').")))
        return *exit;
    if (const std::optional<int> exit = checkArguments(parser, invocation))
        return *exit;
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    QByteArray bytes;
    try {
        store::PlanRepository plans(*database);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeRow({QStringLiteral("plan_id"), QStringLiteral("name"), QStringLiteral("currency"),
                         QStringLiteral("window"), QStringLiteral("method"), QStringLiteral("updated_at"),
                         QStringLiteral("assigned_to")});
        const QList<store::PlanAssignment> assignments = plans.assignments();
        for (const store::StoredPlan &stored : plans.plans()) {
            QStringList keys;
            for (const store::PlanAssignment &a : assignments) {
                if (a.planId == stored.planId)
                    keys << (a.byType() ? QString(QStringLiteral("type:") + a.partnerType)
                                        : QString(a.program + QLatin1Char('/') + a.tier));
            }
            writer.addText(stored.planId).addText(stored.name).addValue(stored.plan.currency.code());
            writer.addValue(periodKindName(stored.plan.window)).addValue(commissionMethodName(stored.plan.method));
            writer.addValue(stored.updatedAt.toString(Qt::ISODate)).addText(keys.join(QLatin1Char(';')));
            writer.endRow();
        }
        writer.flush();
    } catch (const InputError &error) {
        invocation.printDiagnostics(error.diagnostics());
        return InternalFailure;
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    return writeOutput(invocation, parser.value(outOption), bytes);
}

int runPlanImport(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), CliText::tr("The plan's display name (one file only)."),
                                        CliText::tr("NAME"));
    parser.addOption(nameOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("Plans as commission.md's JSON."),
                                 QStringLiteral("FILE..."));
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            CliText::tr("Imports commission plans (commission.md's JSON), all or nothing: a plan whose id exists is "
                        "replaced. The JSON is kept as given, so export returns the same bytes.")))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || (parser.isSet(nameOption) && files.size() != 1)) {
        invocation.printError(CliText::tr("%1: give one or more plan files (--name with one file only)")
                                  .arg(invocation.command));
        return BadInput;
    }
    // Every file is read and checked before the database is touched.
    Diagnostics problems;
    QList<QByteArray> texts;
    QSet<QString> ids;
    for (const QString &path : files) {
        const std::optional<QByteArray> json = readInputFile(path, problems);
        if (!json)
            continue;
        if (const std::optional<CommissionPlan> plan = parseCommissionPlan(*json, path, problems)) {
            if (ids.contains(plan->id))
                problems << Diagnostic{path, 0, QStringLiteral("id"),
                                       CliText::tr("plan %1 is in more than one file").arg(plan->id)};
            ids.insert(plan->id);
        }
        texts << *json;
    }
    if (!problems.isEmpty()) {
        invocation.printDiagnostics(problems);
        return BadInput;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    try {
        store::PlanRepository plans(*database);
        store::Transaction transaction(*database);
        QStringList messages;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const auto result = plans.save(texts[i], parser.value(nameOption), files[i]);
            const QString how = result == store::PlanRepository::SaveResult::Added     ? CliText::tr("added")
                                : result == store::PlanRepository::SaveResult::Updated ? CliText::tr("updated")
                                                                                        : CliText::tr("unchanged");
            messages << CliText::tr("%1: %2").arg(files[i], how);
        }
        transaction.commit();
        for (const QString &message : std::as_const(messages))
            invocation.print(message);
    } catch (const InputError &error) {
        invocation.printDiagnostics(error.diagnostics());
        return BadInput;
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    return Success;
}

int runPlanExport(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), CliText::tr("Write here instead of stdout."),
                                       CliText::tr("FILE"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("PLAN_ID"), CliText::tr("The plan to export."));
    if (const std::optional<int> exit = parseArguments(
            parser, invocation, CliText::tr("Writes a plan's JSON exactly as it was imported or saved.")))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        invocation.printError(CliText::tr("%1: give one PLAN_ID").arg(invocation.command));
        return BadInput;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    std::optional<store::StoredPlan> plan;
    try {
        plan = store::PlanRepository(*database).find(parser.positionalArguments().constFirst());
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    if (!plan) {
        invocation.printError(CliText::tr("there is no commission plan %1").arg(parser.positionalArguments().constFirst()));
        return BadInput;
    }
    return writeOutput(invocation, parser.value(outOption), plan->json);
}

int runPlanAssignment(Invocation &invocation, bool assign)
{
    QCommandLineParser parser;
    const QCommandLineOption programOption(QStringLiteral("program"), CliText::tr("The partners' program."),
                                           CliText::tr("PROGRAM"));
    const QCommandLineOption tierOption(QStringLiteral("tier"), CliText::tr("The partners' tier in the program."),
                                        CliText::tr("TIER"));
    const QCommandLineOption typeOption(QStringLiteral("type"), CliText::tr("The partners' type."), CliText::tr("TYPE"));
    parser.addOptions({programOption, tierOption, typeOption});
    if (assign)
        parser.addPositionalArgument(QStringLiteral("PLAN_ID"), CliText::tr("The plan to assign."));
    if (const std::optional<int> exit = parseArguments(
            parser, invocation,
            assign ? CliText::tr("Assigns a plan to the partners of a program and tier, or of a type. A partner "
                                 "whose program and tier have a plan is paid under it; otherwise under its "
                                 "type's plan.")
                   : CliText::tr("Removes the plan assignment of a program and tier, or of a type.")))
        return *exit;
    const qsizetype wanted = assign ? 1 : 0;
    const bool byTier = parser.isSet(programOption) && parser.isSet(tierOption) && !parser.isSet(typeOption);
    const bool byType = parser.isSet(typeOption) && !parser.isSet(programOption) && !parser.isSet(tierOption);
    if (parser.positionalArguments().size() != wanted || !(byTier || byType)) {
        invocation.printError(CliText::tr("%1: give %2(--program P --tier T | --type TYPE)")
                                  .arg(invocation.command, assign ? QStringLiteral("PLAN_ID ") : QString()));
        return BadInput;
    }
    store::PlanAssignment key{assign ? parser.positionalArguments().constFirst() : QString(),
                              parser.value(programOption), parser.value(tierOption), parser.value(typeOption)};
    if (key.program.isEmpty() != key.tier.isEmpty() || (byType && key.partnerType.isEmpty())
        || (byTier && key.program.isEmpty())) {
        invocation.printError(CliText::tr("%1: empty --program, --tier or --type").arg(invocation.command));
        return BadInput;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    try {
        store::PlanRepository plans(*database);
        if (assign) {
            if (!plans.find(key.planId)) {
                invocation.printError(CliText::tr("there is no commission plan %1").arg(key.planId));
                return BadInput;
            }
            plans.assign(key);
        } else if (!plans.unassign(key)) {
            invocation.printError(CliText::tr("%1: no plan is assigned there").arg(invocation.command));
            return BadInput;
        }
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        return InternalFailure;
    }
    return Success;
}

int runPlanAssign(Invocation &invocation)
{
    return runPlanAssignment(invocation, true);
}

int runPlanUnassign(Invocation &invocation)
{
    return runPlanAssignment(invocation, false);
}

int runPlan(Invocation &invocation)
{
    return runSubcommand(invocation,
                         {{QStringLiteral("list"), runPlanList},
                          {QStringLiteral("import"), runPlanImport},
                          {QStringLiteral("export"), runPlanExport},
                          {QStringLiteral("assign"), runPlanAssign},
                          {QStringLiteral("unassign"), runPlanUnassign}},
                         CliText::tr("Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]\n"
                                     "       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]\n"
                                     "       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]\n"
                                     "       channeldesk-cli [--db FILE] commission plan assign PLAN_ID "
                                     "(--program P --tier T | --type TYPE)\n"
                                     "       channeldesk-cli [--db FILE] commission plan unassign "
                                     "(--program P --tier T | --type TYPE)\n"));
}

} // namespace

int runCommissionCommand(Invocation &invocation)
{
    return runSubcommand(invocation,
                         {{QStringLiteral("calc"), runCalc},
                          {QStringLiteral("run"), runRun},
                          {QStringLiteral("plan"), runPlan}},
                         usage());
}

} // namespace cd::cli
