// `report qbr` and `report pipeline` (cli.md): the dashboard's figures without the window.
#include "app/cli/reportcommand.h"

#include "app/cli/cli.h"

#include "core/files/csv.h"
#include "core/money/currency.h"
#include "store/dashboard/dashboardquery.h"
#include "store/database.h"
#include "ui/dashboard/qbrreport.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace cd::cli {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Report)
};

QString usage()
{
    return ReportText::tr("Usage: channeldesk-cli report SUBCOMMAND [OPTIONS]\n\n"
                          "  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE\n"
                          "      the quarterly business review as a PDF, program-wide or for one partner\n"
                          "  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]\n"
                          "      open deals as CSV by stage, region, country, tier, type, partner, source, quarter\n");
}

std::optional<Period> periodOption(const Invocation &invocation, const QString &label)
{
    const std::optional<Period> period = Period::fromLabel(label);
    if (!period)
        invocation.printError(ReportText::tr("--period: '%1' is not a period label (2026-Q1, 2026-03, 2026)").arg(label));
    return period;
}

int runPipeline(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption by(QStringLiteral("by"), ReportText::tr("Dimensions, comma-separated: %1.")
                                                          .arg(store::DashboardQuery::pipelineDimensions().join(QStringLiteral(", "))),
                                QStringLiteral("DIM,…"));
    const QCommandLineOption period(QStringLiteral("period"), ReportText::tr("Only deals closing in this period."),
                                    QStringLiteral("LABEL"));
    const QCommandLineOption currency(QStringLiteral("currency"), ReportText::tr("Reporting currency (default: the rates' base)."),
                                      QStringLiteral("CUR"));
    const QCommandLineOption out(QStringLiteral("out"), ReportText::tr("Write the CSV to FILE."), QStringLiteral("FILE"));
    parser.addOptions({by, period, currency, out});
    if (const auto exit = parseArguments(parser, invocation, ReportText::tr("The numbers behind the pipeline charts, as CSV.")))
        return *exit;
    const QStringList dimensions = parser.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (dimensions.isEmpty()) {
        invocation.printError(ReportText::tr("--by: name at least one dimension"));
        return BadInput;
    }
    for (const QString &dimension : dimensions) {
        if (!store::DashboardQuery::pipelineDimensions().contains(dimension) || dimensions.count(dimension) > 1) {
            invocation.printError(ReportText::tr("--by: '%1' is not a dimension (or named twice); use %2")
                                      .arg(dimension, store::DashboardQuery::pipelineDimensions().join(QStringLiteral(", "))));
            return BadInput;
        }
    }
    store::DashboardFilter filter;
    if (parser.isSet(period)) {
        const std::optional<Period> p = periodOption(invocation, parser.value(period));
        if (!p)
            return BadInput;
        filter.period = *p;
    }
    if (parser.isSet(currency)) {
        filter.currency = parser.value(currency).trimmed().toUpper();
        if (!Currency::fromCode(QStringView(filter.currency))) {
            invocation.printError(ReportText::tr("--currency: '%1' is not a known currency code").arg(filter.currency));
            return BadInput;
        }
    }
    int status = Success;
    std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    QList<store::PipelineRow> rows;
    try {
        rows = store::DashboardQuery(*database).pipeline(filter, dimensions);
    } catch (const store::MissingRateError &error) {
        invocation.printError(error.message());
        return BadInput;
    }
    const std::unique_ptr<QFile> file = openOutput(invocation, parser.value(out));
    if (!file)
        return BadInput;
    {
        CsvWriter writer(file.get());
        writer.writeRow(dimensions + QStringList{QStringLiteral("deals"), QStringLiteral("amount"), QStringLiteral("weighted")});
        for (const store::PipelineRow &row : std::as_const(rows))
            writer.writeRow(row.keys + QStringList{QString::number(row.deals), row.amount.toString(), row.weighted.toString()});
    }
    file->flush();
    return Success;
}

int runQbr(Invocation &invocation)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"), ReportText::tr("The period reviewed (2026-Q1 …)."),
                                    QStringLiteral("LABEL"));
    const QCommandLineOption partner(QStringLiteral("partner"), ReportText::tr("One partner's review."), QStringLiteral("ID"));
    const QCommandLineOption lang(QStringLiteral("lang"), ReportText::tr("Language of the report."), QStringLiteral("CODE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), ReportText::tr("Write the PDF to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption currency(QStringLiteral("currency"), ReportText::tr("Reporting currency."), QStringLiteral("CUR"));
    parser.addOptions({period, partner, lang, pdf, currency});
    if (const auto exit = parseArguments(parser, invocation, ReportText::tr("The quarterly business review as a PDF.")))
        return *exit;
    if (!parser.isSet(period) || !parser.isSet(pdf)) {
        invocation.printError(ReportText::tr("report qbr needs --period LABEL and --pdf FILE"));
        return BadInput;
    }
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        invocation.printError(ReportText::tr("report qbr must run in a GUI application (see reportcommand.h)"));
        return InternalFailure;
    }
    const std::optional<Period> reviewed = periodOption(invocation, parser.value(period));
    if (!reviewed)
        return BadInput;
    // English by default, with its own plural forms ("25 promotions", never "25 promotion(s)") and figures
    // the same on every machine.
    ui::installTranslations(*app, parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en"));
    store::DashboardFilter filter;
    filter.period = *reviewed;
    filter.partnerId = parser.value(partner);
    filter.currency = parser.value(currency).toUpper();
    int status = Success;
    std::unique_ptr<store::Database> database = openDatabase(invocation, status);
    if (!database)
        return status;
    store::DashboardQuery query(*database);
    if (!filter.partnerId.isEmpty() && query.partner(filter.partnerId).isEmpty()) {
        invocation.printError(ReportText::tr("--partner: no partner '%1'").arg(filter.partnerId));
        return BadInput;
    }
    filter.today = query.latestWonDate(QDate::currentDate());
    const ui::QbrReport report(*database, filter);
    QString error;
    if (!report.writePdf(parser.value(pdf), &error)) {
        invocation.printError(error);
        return BadInput;
    }
    invocation.print(ReportText::tr("wrote %1 (%2 pages)").arg(QFileInfo(parser.value(pdf)).absoluteFilePath()).arg(report.pageCount()));
    return Success;
}

} // namespace

int runReportCommand(Invocation &invocation)
{
    return runSubcommand(invocation, {{QStringLiteral("qbr"), runQbr}, {QStringLiteral("pipeline"), runPipeline}}, usage());
}

bool isQbrReport(int argc, char *argv[])
{
    QStringList words;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--db=")))
            words << argument;
    }
    return words.size() >= 2 && words[0] == QLatin1String("report") && words[1] == QLatin1String("qbr");
}

} // namespace cd::cli
