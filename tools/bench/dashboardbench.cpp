#include "tools/bench/dashboardbench.h"

#include "app/cli/cli.h"

#include "store/dashboard/dashboardquery.h"
#include "store/database.h"
#include "store/records/fxraterepository.h"

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
    // The generated deals are in five currencies and the bench imports no rates: monthly ones, exact.
    {
        store::Transaction transaction(database);
        store::FxRateRepository rates(database);
        const QList<std::pair<QString, int>> bases{{QStringLiteral("EUR"), 10800}, {QStringLiteral("GBP"), 12700},
                                                   {QStringLiteral("JPY"), 67}, {QStringLiteral("CAD"), 7400}};
        for (QDate month(2024, 1, 1); month <= QDate(2026, 12, 1); month = month.addMonths(1)) {
            for (const auto &[code, base] : bases) {
                const int drift = (month.month() * 7 + month.year()) % 50 - 25;
                rates.set({month, code, Decimal::fromUnits(base * 100 + drift * (base / 100), 6).normalized()});
            }
        }
        transaction.commit();
    }
    if (index == DashboardIndex::Rebuild)
        print(invocation, "dashboard_index_build_ms", timed([&] { store::rebuildDashboardIndex(database); }));

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
