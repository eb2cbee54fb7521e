// init, import and export: the database commands of cli.md, thin over the store.
#include "app/cli/cli.h"

#include "core/demo/demodata.h"
#include "core/records/records.h"
#include "store/database.h"
#include "store/demo/demoloader.h"
#include "store/importexport/exporter.h"
#include "store/importexport/importer.h"
#include "store/records/peoplestore.h"
#include "store/registrations/registrationworkflow.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

#include <cstdio>
#include <unistd.h>

namespace cd::cli {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli)
};

QString kindList()
{
    return (store::recordKindNames() + store::enablementKindNames()).join(QStringLiteral(", "));
}

// A progress line that rewrites itself, only when a person is watching stderr.
std::function<void(qint64, qint64)> terminalProgress(const Invocation &invocation, const QString &label)
{
    if (!isatty(fileno(stderr)))
        return {};
    auto lastPercent = std::make_shared<int>(-1);
    QFile *err = invocation.err;
    return [err, label, lastPercent](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == *lastPercent)
            return;
        *lastPercent = percent;
        err->write(QStringLiteral("\r%1 %2%").arg(label).arg(percent).toUtf8());
        if (percent >= 100)
            err->write("\n");
        err->flush();
    };
}

bool parseCount(const QString &text, int minimum, int &value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= minimum;
}

} // namespace

int runInitCommand(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), CliText::tr("Fill the new database with a reproducible sample program."));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Random seed of the demo data (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption partners(QStringLiteral("partners"), CliText::tr("Partners in the demo (default 200)."),
                                      QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption deals(QStringLiteral("deals"), CliText::tr("Deals in the demo (default 6000)."), QStringLiteral("N"),
                                   QStringLiteral("6000"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   CliText::tr("The demo's current date, ISO (default: today); the same date and seed give "
                                      "the same data."),
                                   QStringLiteral("DATE"));
    parser.addOptions({demo, seed, partners, deals, today});
    if (const std::optional<int> done = parseArguments(
            parser, invocation,
            CliText::tr("Creates the database, or brings an older one up to this version's schema. With --demo it also "
               "fills an empty database with a sample partner program.\nThe database is --db FILE, else "
               "CHANNELDESK_DB, else the user's data folder.")))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        invocation.printError(CliText::tr("init takes no arguments besides its options"));
        return BadInput;
    }
    DemoOptions options;
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        invocation.printError(CliText::tr("--seed needs a non-negative whole number, not \"%1\"").arg(parser.value(seed)));
        return BadInput;
    }
    if (!parseCount(parser.value(partners), 1, options.partners)) {
        invocation.printError(CliText::tr("--partners needs a whole number of at least 1, not \"%1\"").arg(parser.value(partners)));
        return BadInput;
    }
    if (!parseCount(parser.value(deals), 0, options.deals)) {
        invocation.printError(CliText::tr("--deals needs a whole number, not \"%1\"").arg(parser.value(deals)));
        return BadInput;
    }
    options.today = QDate::currentDate();
    if (parser.isSet(today)) {
        const std::optional<QDate> date = parseIsoDate(parser.value(today));
        if (!date) {
            invocation.printError(CliText::tr("--today needs an ISO date like 2026-03-31, not \"%1\"").arg(parser.value(today)));
            return BadInput;
        }
        options.today = *date;
    }

    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    const QString path = database->path();
    invocation.print((database->createdSchema() ? CliText::tr("%1: created, schema version %2") : CliText::tr("%1: schema version %2"))
                         .arg(path)
                         .arg(database->schemaVersion()));
    if (!parser.isSet(demo))
        return Success;
    if (store::hasRecords(*database)) {
        invocation.printError(CliText::tr("%1 already holds records; the demo program goes only into an empty database "
                                 "(give another file with --db)")
                                  .arg(path));
        return BadInput;
    }
    const DemoData data = generateDemoData(options);
    store::ImportOptions importOptions;
    importOptions.progress = terminalProgress(invocation, CliText::tr("adding the demo program"));
    const QList<store::ImportResult> results = store::loadDemoData(*database, data, importOptions);
    for (const store::ImportResult &result : results) {
        if (!result.ok()) {
            // The generator and the importer disagree: a bug, not the user's input.
            invocation.printDiagnostics(result.errors);
            return InternalFailure;
        }
    }
    for (const store::ImportResult &result : results)
        invocation.print(result.summary());
    return Success;
}

int runImportCommand(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Check the files and count; change nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption noEvaluate(QStringLiteral("no-evaluate"),
                                        CliText::tr("Leave registrations without a status for a later 'registrations run'."));
    parser.addOption(noEvaluate);
    parser.addPositionalArgument(QStringLiteral("KIND"), CliText::tr("What the file holds: %1.").arg(kindList()));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The CSV file (data.md); more KIND FILE pairs may follow."));
    if (const std::optional<int> done = parseArguments(
            parser, invocation,
            CliText::tr("Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and "
               "every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one "
               "transaction, partners first.")))
        return *done;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty() || arguments.size() % 2 != 0) {
        invocation.printError(CliText::tr("import needs KIND FILE (KIND: %1)").arg(kindList()));
        return BadInput;
    }
    QList<store::ImportSource> sources;
    QList<store::EnablementSource> enablementSources; // people and certifications: issue #4's store
    Diagnostics unreadable;
    for (qsizetype i = 0; i < arguments.size(); i += 2) {
        if (const std::optional<store::EnablementKind> kind = store::enablementKindFromName(arguments[i])) {
            if (const std::optional<QByteArray> data = readInputFile(arguments[i + 1], unreadable))
                enablementSources << store::EnablementSource{*kind, arguments[i + 1], *data};
            continue;
        }
        const std::optional<store::RecordKind> kind = store::recordKindFromName(arguments[i]);
        if (!kind) {
            invocation.printError(CliText::tr("unknown kind \"%1\" (one of %2)").arg(arguments[i], kindList()));
            return BadInput;
        }
        sources << store::ImportSource{*kind, arguments[i + 1]};
    }
    if (!unreadable.isEmpty()) {
        invocation.printDiagnostics(unreadable);
        return BadInput;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    store::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.progress = terminalProgress(invocation, CliText::tr("importing"));
    // With people or certifications, both stores' files share one transaction: all of them or nothing.
    std::optional<store::Transaction> transaction;
    if (!enablementSources.isEmpty())
        transaction.emplace(*database);
    QList<store::ImportResult> results;
    if (!sources.isEmpty())
        results = store::importFiles(*database, sources, options);
    const bool recordsOk = std::all_of(results.cbegin(), results.cend(), [](const store::ImportResult &r) { return r.ok(); });
    if (!enablementSources.isEmpty())
        results << store::importEnablement(*database, enablementSources, options.dryRun || !recordsOk);
    Diagnostics errors;
    for (const store::ImportResult &result : results) {
        for (const QString &warning : result.warnings)
            invocation.print(CliText::tr("warning: %1").arg(warning));
        errors << result.errors;
    }
    if (!errors.isEmpty()) {
        invocation.printDiagnostics(errors);
        invocation.print(CliText::tr("nothing was changed"));
        return BadInput;
    }
    if (transaction && !options.dryRun)
        transaction->commit();
    for (const store::ImportResult &result : results)
        invocation.print(result.summary());
    // Registrations that arrive without a status are evaluated at once (registration.md as of now), as
    // `registrations run` would; a file that carries statuses keeps them, so export and import round-trip.
    if (!options.dryRun && !parser.isSet(noEvaluate) && std::any_of(sources.cbegin(), sources.cend(), [](const store::ImportSource &source) {
            return source.kind == store::RecordKind::Registrations;
        })) {
        store::RegistrationWorkflowStore workflow(*database);
        if (workflow.hasUnevaluated()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto changes = workflow.evaluate(now, true);
            invocation.print(CliText::tr("registrations evaluated as of %1: %n status change(s)", nullptr, int(changes.size()))
                                 .arg(now.toString(Qt::ISODate)));
        }
    }
    if (options.dryRun)
        invocation.print(CliText::tr("dry run: nothing was changed"));
    return Success;
}

int runExportCommand(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("Write to FILE instead of standard output."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    parser.addPositionalArgument(QStringLiteral("KIND"), CliText::tr("What to export: %1.").arg(kindList()));
    if (const std::optional<int> done = parseArguments(
            parser, invocation,
            CliText::tr("Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.")))
        return *done;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        invocation.printError(CliText::tr("export needs one KIND (one of %1)").arg(kindList()));
        return BadInput;
    }
    const std::optional<store::RecordKind> kind = store::recordKindFromName(arguments.first());
    const std::optional<store::EnablementKind> enablementKind = store::enablementKindFromName(arguments.first());
    if (!kind && !enablementKind) {
        invocation.printError(CliText::tr("unknown kind \"%1\" (one of %2)").arg(arguments.first(), kindList()));
        return BadInput;
    }
    int status = Success;
    const std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    const std::unique_ptr<QFile> file = openOutput(invocation, parser.value(out));
    if (!file)
        return BadInput;
    const qint64 rows = kind ? store::exportKind(*database, *kind, file.get())
                             : store::exportEnablement(*database, *enablementKind, file.get());
    file->close();
    if (parser.isSet(out))
        invocation.print(CliText::tr("%1: %2 %3").arg(parser.value(out)).arg(rows).arg(arguments.first()));
    return Success;
}

} // namespace cd::cli
