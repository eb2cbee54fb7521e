#include "dashboardbench.h"

#include "cli.h"

#include "core/store/dashboardquery.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace cd::cli {

namespace {

struct DashboardBenchText
{
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Bench)
};

void print(const Invocation &invocation, const char *name, double milliseconds)
{
    // Timings are measurements, not money: a double is the right type here.
    invocation.out->write(QByteArray(name) + ' ' + QByteArray::number(milliseconds, 'f', milliseconds < 100 ? 1 : 0)
                          + " ms\n");
    invocation.out->flush();
}

double timed(const std::function<void()> &action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

void benchDashboard(const Invocation &invocation, store::Database &database, DashboardIndex index)
{
    invocation.print(DashboardBenchText::tr("dashboard …"));
    // The generated deals are in five currencies and the bench imports no rates: monthly ones, in SQL,
    // as exact decimal text.
    {
        store::Transaction transaction(database);
        QSqlQuery insert = database.prepare(QStringLiteral("INSERT OR REPLACE INTO fx_rates (date, currency, rate) VALUES (?, ?, ?)"),
                                            QStringLiteral("bench rates"));
        const QList<std::pair<QString, int>> bases{{QStringLiteral("EUR"), 10800}, {QStringLiteral("GBP"), 12700},
                                                   {QStringLiteral("JPY"), 67}, {QStringLiteral("CAD"), 7400}};
        for (QDate month(2024, 1, 1); month <= QDate(2026, 12, 1); month = month.addMonths(1)) {
            for (const auto &[code, base] : bases) {
                insert.addBindValue(month.toString(Qt::ISODate));
                insert.addBindValue(code);
                const int drift = (month.month() * 7 + month.year()) % 50 - 25;
                insert.addBindValue(Decimal::fromUnits(base * 100 + drift * (base / 100), 6).normalized().toString());
                store::Database::exec(insert, QStringLiteral("bench rates"));
            }
        }
        transaction.commit();
    }
    if (index == DashboardIndex::Rebuild)
        print(invocation, "dashboard_index_build_ms", timed([&] {
                  database.execute(QStringLiteral("DROP INDEX IF EXISTS deals_dashboard"), QStringLiteral("bench"));
                  store::createDashboardIndex(database);
              }));

    store::DashboardQuery query(database);
    store::DashboardFilter filter;
    filter.today = QDate(2026, 6, 30); // the generated deals' last close date
    filter.period = Period::containing(filter.today, PeriodKind::Quarter);
    QList<double> runs;
    store::DashboardData data;
    for (int i = 0; i < 3; ++i)
        runs << timed([&] { data = query.load(filter); });
    print(invocation, "dashboard_refresh", median(runs));
    filter.region = QStringLiteral("EMEA");
    print(invocation, "dashboard_refresh_region", timed([&] { data = query.load(filter); }));
    filter.region.clear();
    filter.period = Period::containing(filter.today, PeriodKind::Year);
    print(invocation, "dashboard_refresh_year", timed([&] { data = query.load(filter); }));
}

} // namespace cd::cli
