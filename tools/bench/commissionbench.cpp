#include "tools/bench/commissionbench.h"

#include "core/commission/commission.h"
#include "core/commission/commissioninput.h"
#include "core/commission/commissionplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <random>

namespace cd::cli {

namespace {

const char BenchPlan[] = R"({
  "id": "bench-graduated",
  "currency": "USD",
  "window": "quarter",
  "fiscal_year_start_month": 1,
  "method": "graduated",
  "rounding": "half-even",
  "bands": [ {"from": "0", "rate": "10%"}, {"from": "250000", "rate": "12.5%"}, {"from": "1000000", "rate": "15%"} ],
  "bonus": { "threshold": "2000000", "rate": "1%" }
}
)";

struct ForeignCurrency
{
    const char *code;
    int baseTenThousandths; // USD per unit × 10^4 (JPY: × 10^6)
    int decimals;
};

constexpr ForeignCurrency Foreign[] = {{"EUR", 10850, 4}, {"GBP", 12700, 4}, {"JPY", 6700, 6}};

QByteArray generateRates(int firstYear, int years)
{
    QByteArray csv = "date,currency,rate\n";
    char row[64];
    for (int month = 0; month < years * 12 + 1; ++month) {
        for (const ForeignCurrency &currency : Foreign) {
            // A little movement from month to month, exact decimals.
            const int units = currency.baseTenThousandths + (month * 37) % 211 - 105;
            const int scale = currency.decimals == 4 ? 10000 : 1000000;
            const int n =
                std::snprintf(row, sizeof row, "%04d-%02d-01,%s,%d.%0*d\n", firstYear + month / 12,
                              month % 12 + 1, currency.code, units / scale, currency.decimals, units % scale);
            csv.append(row, n);
        }
    }
    return csv;
}

QByteArray generateDeals(int dealCount)
{
    std::mt19937_64 random(20260101);
    auto below = [&](quint64 n) { return random() % n; };
    const int partnerCount = std::max(50, dealCount / 200);
    const qint64 firstDay = QDate(2025, 1, 1).toJulianDay();
    const qint64 dayCount = QDate(2027, 1, 1).toJulianDay() - firstDay;
    QByteArray csv;
    csv.reserve(qsizetype(dealCount) * 64 + 64);
    csv.append("deal_id,partners,close_date,amount,currency,status,cancelled_on\n");
    char partners[64];
    char row[160];
    for (int i = 0; i < dealCount; ++i) {
        const int p1 = int(below(quint64(partnerCount))) + 1;
        const int p2 = p1 % partnerCount + 1;
        const int p3 = p2 % partnerCount + 1;
        switch (below(14)) {
        case 0:
            std::snprintf(partners, sizeof partners, "P%05d=60;P%05d=40", p1, p2);
            break;
        case 1:
            std::snprintf(partners, sizeof partners, "P%05d=33.33;P%05d=33.33;P%05d=33.34", p1, p2, p3);
            break;
        default:
            std::snprintf(partners, sizeof partners, "P%05d", p1);
        }
        int year = 0;
        int month = 0;
        int day = 0;
        QDate::fromJulianDay(firstDay + qint64(below(quint64(dayCount)))).getDate(&year, &month, &day);
        const quint64 pick = below(20);
        const char *currency = pick < 14 ? "USD" : pick < 17 ? "EUR" : pick < 19 ? "GBP" : "JPY";
        const quint64 amount = 10000 + below(25000000); // 100.00 to 250,100.00 (yen: 10,000 to 25,010,000)
        int n = 0;
        if (currency[0] == 'J') {
            n = std::snprintf(row, sizeof row, "D%08d,%s,%04d-%02d-%02d,%llu,JPY,won,\n", i + 1, partners,
                              year, month, day, static_cast<unsigned long long>(amount));
        } else {
            n = std::snprintf(row, sizeof row, "D%08d,%s,%04d-%02d-%02d,%llu.%02llu,%s,won,\n", i + 1,
                              partners, year, month, day, static_cast<unsigned long long>(amount / 100),
                              static_cast<unsigned long long>(amount % 100), currency);
        }
        csv.append(row, n);
    }
    return csv;
}

// The CPU time of this thread: on a busy machine it says more about the code than the wall clock does.
// (Zero where POSIX thread clocks are missing; the wall clock figures are the ones reported.)
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    return 0;
#endif
}

} // namespace

void benchCommission(const Invocation &invocation, int dealCount)
{
    const QByteArray plan(BenchPlan);
    const QByteArray rates = generateRates(2024, 3);
    const QByteArray deals = generateDeals(dealCount);

    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    Diagnostics problems;
    const std::optional<CommissionPlan> parsedPlan =
        parseCommissionPlan(plan, QStringLiteral("bench-plan.json"), problems);
    FxTable fx;
    readCommissionFx(rates, QStringLiteral("bench-fx.csv"), fx, problems);
    CommissionBatch batch;
    if (parsedPlan)
        readCommissionDeals(deals, QStringLiteral("bench-deals.csv"),
                            CommissionDealsContext{parsedPlan->currency, &fx}, batch, problems);
    if (!problems.isEmpty()) {
        invocation.printDiagnostics(problems);
        return;
    }
    const qint64 readNs = timer.nsecsElapsed();
    const qint64 readCpuNs = threadCpuNs() - cpuStart;
    const CommissionResult result = computeCommission(*parsedPlan, batch, fx);
    const qint64 computeNs = timer.nsecsElapsed();
    const qint64 computeCpuNs = threadCpuNs() - cpuStart;
    const QByteArray statements = statementCsv(*parsedPlan, batch, result);
    const qint64 totalNs = timer.nsecsElapsed();
    const qint64 totalCpuNs = threadCpuNs() - cpuStart;

    // Timing figures are the one place a double is right: nothing here is money.
    const double seconds = double(totalNs) / 1e9;
    const QString text = QStringLiteral("commission_calc_deals_per_s %1 deals/s\ncommission_calc_ms %2 ms\n")
                             .arg(qRound64(double(dealCount) / seconds))
                             .arg(double(totalNs) / 1e6, 0, 'f', 1);
    invocation.out->write(text.toUtf8());
    invocation.out->flush();
    invocation.print(
        QCoreApplication::translate("cd::cli",
                                    "commission bench: %1 deals, %2 statements, %3 bytes of CSV; "
                                    "wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, "
                                    "write %9")
            .arg(QString::number(dealCount), QString::number(result.statements.size()),
                 QString::number(statements.size()), QString::number(readNs / 1000000),
                 QString::number((computeNs - readNs) / 1000000),
                 QString::number((totalNs - computeNs) / 1000000), QString::number(readCpuNs / 1000000),
                 QString::number((computeCpuNs - readCpuNs) / 1000000),
                 QString::number((totalCpuNs - computeCpuNs) / 1000000)));
}

} // namespace cd::cli
