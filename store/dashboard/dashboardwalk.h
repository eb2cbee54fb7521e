#pragma once

// The dashboard's one pass over the deals of its date range. Private to core/store.

#include "store/dashboard/dashboardsql.h"

#include "core/period.h"

#include <QDate>
#include <QHash>
#include <QMap>

#include <vector>

namespace cd::store::detail {

// Money in the reporting currency, exact (not yet rounded), with the deals behind it.
struct Bucket
{
    Decimal amount;
    Decimal weighted; // open deals: amount × probability
    qint64 count = 0;

    void add(const Decimal &value, const Decimal &weightedValue, qint64 deals)
    {
        amount += value;
        weighted += weightedValue;
        count += deals;
    }
    void add(const Decimal &value) // one deal, nothing weighted
    {
        amount += value;
        ++count;
    }
    void add(const Bucket &other) { add(other.amount, other.weighted, other.count); }
};

// Values by partner row id. SQLite numbers rows densely from 1, so a vector serves them; a hash takes
// ids beyond (a file whose rows were numbered by hand).
template <typename T>
class ByPartner
{
public:
    T &operator[](qint64 id)
    {
        if (id < 0 || id >= DenseLimit)
            return m_sparse[id];
        if (std::size_t(id) >= m_dense.size())
            m_dense.resize(std::size_t(id) + 1);
        return m_dense[std::size_t(id)];
    }
    template <typename Visit>
    void forEach(Visit visit) const
    {
        for (std::size_t id = 0; id < m_dense.size(); ++id)
            visit(qint64(id), m_dense[id]);
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it)
            visit(it.key(), it.value());
    }

private:
    static constexpr qint64 DenseLimit = 1 << 22;
    std::vector<T> m_dense;
    QHash<qint64, T> m_sparse;
};

// The windows a close date is sorted into. Index 0 of the two-slot arrays below is the period, 1 the
// previous period.
struct DealWindows
{
    QDate periodFirst, periodLast;
    QDate previousFirst, previousLast;
    QDate pipelineFirst, pipelineLast;  // open deals expected to close in it are the pipeline
    QDate activeLast, activeBeforeLast; // a partner is active with a won deal in the 90 days up to these
    Period year;                        // the fiscal year whose quarters show won revenue

    QDate first() const; // the range walked: every window above
    QDate last() const;
};

struct DealTotals
{
    Bucket won[2];
    Bucket sourced[2];
    Bucket influenced[2];
    Bucket pipeline;                // open deals closing in the pipeline window
    qint64 lost[2] = {0, 0};
    ByPartner<char> activeFlags[2];     // the partners behind activePartners (1 = active)
    qint64 activePartners[2] = {0, 0};
    Bucket quarters[4];             // won revenue in each quarter of the fiscal year
    QMap<QString, Bucket> stages;   // the pipeline by stage
    ByPartner<Bucket> wonByPartner;     // the period's won deals by primary partner (count 0: none)
    struct WonDeal
    {
        qint64 id = 0;
        qint64 primaryPartner = 0;
        Decimal amount; // the whole deal, before any partner's share
    };
    std::vector<WonDeal> periodWonDeals; // ascending by id
    qint64 missingRates = 0;        // deals left out for want of an exchange rate
};

// Reads every deal of the windows once (two threads sharing the range), in the dashboard index's order (the columns the index holds, so
// SQLite never visits the table), and converts each amount exactly at its close date's rate (open deals:
// the latest rate). Replaces four grouped queries whose separate walks cost more than this one.
DealTotals walkDeals(const Database &database, const FxRates &fx, const Scope &scope, const DealWindows &windows);

// Each partner's credited revenue from the period's won deals: its share of split deals in any position,
// the whole of the others. Exact for every partner: split deals are read through their own small index.
ByPartner<Bucket> creditedRevenue(const Database &database, const DealTotals &totals);

// The index creditedRevenue() reads: the rows of split deals only (a sole partner's share is "100").
void createSplitDealIndex(Database &database);

} // namespace cd::store::detail
