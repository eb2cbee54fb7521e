// `channeldesk-bench`: the speed and memory figures of docs/performance.md, measured, not asserted.
#include "tools/bench/benchcommand.h"

#include "app/cli/cli.h"
#include "tools/bench/commissionbench.h"
#include "tools/bench/dashboardbench.h"

#include "core/demo/demodata.h"
#include "store/database.h"
#include "store/importexport/exporter.h"
#include "store/importexport/importer.h"
#include "ui/records/storetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <random>

namespace cd::cli {

namespace {

struct BenchTr
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Bench)
};

class FigurePrinter
{
public:
    explicit FigurePrinter(const Invocation &invocation) : m_invocation(invocation) {}
    void print(const char *name, const QString &value, const char *unit) const
    {
        m_invocation.out->write(QByteArray(name) + ' ' + value.toUtf8() + ' ' + unit + '\n');
        m_invocation.out->flush();
    }
    void print(const char *name, double value, const char *unit) const
    {
        // Timings are measurements, not money: a double is the right type here.
        print(name, QString::number(value, 'f', value < 100 ? 1 : 0), unit);
    }

private:
    const Invocation &m_invocation;
};

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// A million deals written straight to disk as data.md's CSV, without holding them in memory, so that the
// memory figure is the import's and the models', not the generator's. Customers repeat (a few per
// thousand deals) the way real accounts do, so the text filter has realistic selectivity.
qint64 writeDealsCsv(const QString &path, int dealCount, const QList<Partner> &partners, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write " + path.toStdString());
    std::mt19937_64 random(seed);
    auto below = [&random](quint64 bound) { return random() % bound; };
    static const char *const prefixes[] = {"Oak", "River", "Stone", "Maple", "Cedar", "Harbor", "Granite", "Silver",
                                           "Blue", "Clear", "Willow", "Summit", "Falcon", "Aspen", "Copper", "North"};
    static const char *const middles[] = {"brook", "field", "gate", "point", "crest", "vale", "ridge", "bay"};
    static const char *const industries[] = {"Energy", "Logistics", "Pharma", "Retail", "Foods", "Motors",
                                             "Insurance", "Bank", "Chemicals", "Airlines", "Health", "Media"};
    static const char *const forms[] = {"Inc.", "LLC", "GmbH", "S.A.", "Ltd", "B.V.", "K.K.", "AB"};
    static const char *const products[] = {"Developer Portal", "API Gateway", "Analytics Suite", "Security Add-on",
                                           "Automation Platform", "Service Catalog"};
    static const char *const statuses[] = {"won", "won", "won", "open", "open", "lost", "lost", "cancelled"};
    static const char *const stages[] = {"prospecting", "qualification", "proposal", "negotiation"};
    static const char *const currencies[] = {"USD", "USD", "USD", "EUR", "EUR", "GBP", "JPY", "CAD"};
    QByteArray out;
    out.reserve(1 << 20);
    out += "deal_id,partners,customer,customer_domain,name,product,status,stage,amount,currency,probability,"
           "close_date,cancelled_on,source,reg_id\n";
    const QDate start(2024, 7, 1);
    qint64 bytes = 0;
    for (int i = 1; i <= dealCount; ++i) {
        const int customerNumber = int(below(250000));
        const QByteArray customer = QByteArray(prefixes[customerNumber % 16]) + middles[(customerNumber / 16) % 8] + ' '
                                    + industries[(customerNumber / 128) % 12] + ' ' + QByteArray::number(customerNumber / 1536)
                                    + ' ' + forms[customerNumber % 8];
        const Partner &first = partners[qsizetype(below(quint64(partners.size())))];
        QByteArray split = first.id.toUtf8();
        if (below(10) == 0) {
            const Partner &second = partners[qsizetype(below(quint64(partners.size())))];
            if (second.id != first.id)
                split = first.id.toUtf8() + "=60;" + second.id.toUtf8() + "=40";
        }
        const char *status = statuses[below(8)];
        const char *currency = currencies[below(8)];
        const bool yen = qstrcmp(currency, "JPY") == 0;
        const quint64 whole = 5000 + below(400000);
        const QByteArray amount = yen ? QByteArray::number(whole * 150) : QByteArray::number(whole) + '.' + QByteArray::number(10 + below(90));
        const QDate close = start.addDays(qint64(below(730)));
        const bool open = qstrcmp(status, "open") == 0;
        const bool cancelled = qstrcmp(status, "cancelled") == 0;
        out += 'D' + QByteArray::number(i).rightJustified(7, '0') + ',' + split + ",\"" + customer + "\",,"
               + "Deal " + QByteArray::number(i) + ',' + products[below(6)] + ',' + status + ','
               + (open ? stages[below(4)] : "") + ',' + amount + ',' + currency + ','
               + (open ? QByteArray::number(10 * (1 + below(9))) + '%' : QByteArray()) + ','
               + close.toString(Qt::ISODate).toLatin1() + ','
               + (cancelled ? close.addDays(qint64(30 + below(200))).toString(Qt::ISODate).toLatin1() : QByteArray())
               + ',' + (below(3) == 0 ? "influenced" : "sourced") + ",\n";
        if (out.size() > (1 << 20)) {
            bytes += file.write(out);
            out.clear();
        }
    }
    bytes += file.write(out);
    return bytes;
}

// sqlite3's own CSV import of the same file into a table without types, indexes or checks: the floor the
// validated, indexed import is compared with.
std::optional<double> timeRawSqliteImport(const QString &csvPath, const QString &dir)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return std::nullopt;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {dir + QStringLiteral("/raw.sqlite")});
    process.write(QByteArrayLiteral(".mode csv\n.import ") + csvPath.toUtf8() + QByteArrayLiteral(" deals\n"));
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return std::nullopt;
    return double(timer.elapsed());
}

// psql's \copy of the same file into a table of text columns without indexes or checks: the team
// database's floor. Only the \copy is timed; the table is made before and dropped after.
std::optional<double> timeRawPsqlCopy(const QString &csvPath, const QString &uri)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        return std::nullopt;
    const auto run = [&](const QString &command) {
        QProcess process;
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("-d"), uri, QStringLiteral("-c"), command});
        return process.waitForFinished(600000) && process.exitCode() == 0;
    };
    QStringList columns;
    for (const char *name : {"deal_id", "partners", "customer", "customer_domain", "name", "product", "status", "stage",
                             "amount", "currency", "probability", "close_date", "cancelled_on", "source", "reg_id"})
        columns << QLatin1String(name) + QStringLiteral(" text");
    if (!run(QStringLiteral("DROP TABLE IF EXISTS channeldesk_bench_raw; CREATE TABLE channeldesk_bench_raw (%1)")
                 .arg(columns.join(QStringLiteral(", ")))))
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    const bool copied = run(QStringLiteral("\\copy channeldesk_bench_raw FROM '%1' WITH (FORMAT csv, HEADER)").arg(csvPath));
    const double elapsed = double(timer.elapsed());
    run(QStringLiteral("DROP TABLE channeldesk_bench_raw"));
    return copied ? std::optional<double>(elapsed) : std::nullopt;
}

template<typename Action>
double millisecondsOf(Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runBenchCommand(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption partnersOption(QStringLiteral("partners"), BenchTr::tr("Partners to generate."),
                                            QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"), BenchTr::tr("Deals to generate."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption commissionOption(QStringLiteral("commission-deals"),
                                              BenchTr::tr("Won deals for the commission figure."), QStringLiteral("N"),
                                              QStringLiteral("1000000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), BenchTr::tr("Work in DIR and keep its files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption dashboardOnlyOption(
        QStringLiteral("dashboard-only"),
        BenchTr::tr("Measure only the dashboard, on the database an earlier run kept in --dir."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), BenchTr::tr("Measure on this team database (a PostgreSQL URI; it must hold no deals)."),
        QStringLiteral("URI"));
    parser.addOptions({partnersOption, dealsOption, commissionOption, dirOption, dashboardOnlyOption, databaseOption});
    if (const auto exit = parseArguments(parser, invocation,
                                         BenchTr::tr("Builds a database of generated partners and deals and prints "
                                                     "one line per figure: name value unit.")))
        return *exit;
    bool ok = true;
    const int partnerCount = parser.value(partnersOption).toInt(&ok);
    const int dealCount = ok ? parser.value(dealsOption).toInt(&ok) : 0;
    const int commissionDeals = ok ? parser.value(commissionOption).toInt(&ok) : 0;
    if (!ok || partnerCount < 1 || dealCount < 1 || commissionDeals < 0) {
        invocation.printError(BenchTr::tr("--partners, --deals and --commission-deals take positive whole numbers"));
        return BadInput;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const FigurePrinter figures(invocation);
    const bool onTeamDatabase = parser.isSet(databaseOption);
    const QString databasePath = onTeamDatabase ? parser.value(databaseOption) : dir + QStringLiteral("/bench.sqlite");
    if (onTeamDatabase && !store::DatabaseLocation::looksLikeUri(databasePath)) {
        invocation.printError(BenchTr::tr("--db takes a PostgreSQL URI; without it the bench makes its own SQLite file"));
        return BadInput;
    }
    if (parser.isSet(dashboardOnlyOption) && onTeamDatabase) {
        std::unique_ptr<store::Database> database = store::Database::open(databasePath);
        benchDashboard(invocation, *database, DashboardIndex::Keep);
        return Success;
    }
    if (parser.isSet(dashboardOnlyOption)) {
        // Re-measuring the refresh should not cost a fresh import each time.
        if (!parser.isSet(dirOption) || !QFile::exists(databasePath)) {
            invocation.printError(BenchTr::tr("--dashboard-only needs --dir with the bench.sqlite of an earlier run"));
            return BadInput;
        }
        std::unique_ptr<store::Database> database = store::Database::open(databasePath);
        benchDashboard(invocation, *database, DashboardIndex::Keep);
        return Success;
    }

    // Partners come from the demo generator; deals are streamed to disk.
    DemoOptions demo;
    demo.partners = partnerCount;
    demo.deals = 1;
    demo.registrations = 0;
    demo.today = QDate(2026, 6, 30);
    const QList<Partner> partners = generateDemoData(demo).partners;
    const QString partnersCsv = dir + QStringLiteral("/partners.csv");
    const QString dealsCsv = dir + QStringLiteral("/deals.csv");
    {
        QFile file(partnersCsv);
        if (!file.open(QIODevice::WriteOnly) || file.write(store::toCsv(partners)) < 0) {
            invocation.printError(BenchTr::tr("cannot write %1").arg(partnersCsv));
            return InternalFailure;
        }
    }
    invocation.print(BenchTr::tr("generating %1 deals in %2 …").arg(dealCount).arg(dealsCsv));
    const qint64 csvBytes = writeDealsCsv(dealsCsv, dealCount, partners, 20261123);
    figures.print("deals_csv_size", double(csvBytes) / (1024.0 * 1024.0), "MiB");

    std::unique_ptr<store::Database> database;
    if (onTeamDatabase) {
        database = store::Database::open(databasePath);
        if (database->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals)"), QString()).toBool()) {
            invocation.printError(BenchTr::tr("%1 holds deals already; the bench needs an empty database").arg(database->path()));
            return BadInput;
        }
        if (const std::optional<double> raw = timeRawPsqlCopy(dealsCsv, databasePath)) {
            figures.print("psql_raw_copy_ms", *raw, "ms");
            figures.print("psql_raw_copy_rows_per_s", dealCount / (*raw / 1000.0), "rows/s");
        }
    } else {
        if (const std::optional<double> raw = timeRawSqliteImport(dealsCsv, dir)) {
            figures.print("sqlite3_raw_import_ms", *raw, "ms");
            figures.print("sqlite3_raw_import_rows_per_s", dealCount / (*raw / 1000.0), "rows/s");
        }
        QFile::remove(databasePath);
        QFile::remove(databasePath + QStringLiteral("-wal"));
        QFile::remove(databasePath + QStringLiteral("-shm"));
        database = store::Database::open(databasePath);
    }
    QList<store::ImportResult> results;
    invocation.print(BenchTr::tr("importing …"));
    const double importMs = millisecondsOf([&] {
        results = store::importFiles(*database, {{store::RecordKind::Partners, partnersCsv},
                                                 {store::RecordKind::Deals, dealsCsv}});
    });
    for (const store::ImportResult &result : results) {
        if (!result.ok()) {
            invocation.printDiagnostics(result.errors.mid(0, 20));
            return InternalFailure;
        }
    }
    figures.print("import_ms", importMs, "ms");
    figures.print("import_rows_per_s", (partnerCount + dealCount) / (importMs / 1000.0), "rows/s");

    // The deals page as the window opens it: first rows (and the count for the status bar), then a sort
    // by amount, then a text filter on the customer.
    std::unique_ptr<ui::StoreTableModel> model;
    figures.print("model_first_rows_ms",
                  millisecondsOf([&] { model = std::make_unique<ui::StoreTableModel>(*database, store::TableKind::Deals); }),
                  "ms");
    const int amountColumn = model->columnOf(u"amount");
    figures.print("model_sort_amount_ms", millisecondsOf([&] { model->sort(amountColumn, Qt::DescendingOrder); }), "ms");
    figures.print("model_next_page_ms", millisecondsOf([&] { model->fetchMore({}); }), "ms");
    store::TableFilter filter;
    filter.text = QStringLiteral("Granitevale");
    figures.print("model_filter_customer_ms", millisecondsOf([&] { model->setFilter(filter); }), "ms");
    figures.print("model_filter_matches", QString::number(model->totalCount()), "rows");
    filter.text = QStringLiteral("Pharma 42");
    figures.print("model_filter_rare_ms", millisecondsOf([&] { model->setFilter(filter); }), "ms");
    figures.print("model_filter_rare_matches", QString::number(model->totalCount()), "rows");
    model.reset();
    benchDashboard(invocation, *database, DashboardIndex::Rebuild);
    database.reset();
    figures.print("peak_memory", peakMemoryMiB(), "MiB");

    if (commissionDeals > 0)
        benchCommission(invocation, commissionDeals);
    return Success;
}

} // namespace cd::cli
