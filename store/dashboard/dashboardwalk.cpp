#include "store/dashboard/dashboardwalk.h"

#include <QCoreApplication>

#include <limits>

#include <algorithm>
#include <exception>
#include <thread>

namespace cd::store::detail {

namespace {

constexpr int ActiveDays = 90;

QByteArray isoBytes(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

// Where one close date falls; worked out once per date, since the index hands the rows over by date.
struct DateSlots
{
    bool inWindow[2] = {false, false}; // the period, the previous period
    bool active[2] = {false, false};
    bool pipeline = false;             // open deals closing on it are the pipeline
    int quarter = -1;                  // 0–3 within the fiscal year, -1 outside it
};

DateSlots slotsOf(QDate day, const DealWindows &w)
{
    DateSlots where;
    where.inWindow[0] = day >= w.periodFirst && day <= w.periodLast;
    where.inWindow[1] = day >= w.previousFirst && day <= w.previousLast;
    where.pipeline = day >= w.pipelineFirst && day <= w.pipelineLast;
    where.active[0] = day > w.activeLast.addDays(-ActiveDays) && day <= w.activeLast;
    where.active[1] = day > w.activeBeforeLast.addDays(-ActiveDays) && day <= w.activeBeforeLast;
    if (w.year.contains(day)) {
        const QDate start = w.year.firstDay();
        where.quarter = ((day.year() - start.year()) * 12 + day.month() - start.month()) / 3;
    }
    return where;
}

// The factor of the last (currency, date) asked for: rows come sorted by date and currency, so a
// lookup happens only when either changes.
class FactorCache
{
public:
    explicit FactorCache(const FxRates &fx) : m_fx(fx) {}
    // nullopt when the rate is missing. An empty date asks for the latest rate.
    const std::optional<Decimal> &factor(QByteArrayView currency, QByteArrayView isoDate)
    {
        if (!m_valid || currency != m_currency || isoDate != m_date) {
            m_currency = currency.toByteArray();
            m_date = isoDate.toByteArray();
            m_factor = m_fx.factor(currency, isoDate);
            m_valid = true;
        }
        return m_factor;
    }

private:
    const FxRates &m_fx;
    QByteArray m_currency, m_date;
    std::optional<Decimal> m_factor;
    bool m_valid = false;
};

// A percentage as stored ("60", "33.5"): its fraction, cached for the last text seen.
class FractionCache
{
public:
    explicit FractionCache(const Decimal &fallback) : m_fallback(fallback) {}
    const Decimal &fraction(QByteArrayView text)
    {
        if (!m_valid || text != m_text) {
            m_text = text.toByteArray();
            m_fraction = (text.isEmpty() ? m_fallback : Decimal::parse(text).value_or(m_fallback)).shiftedRight(2);
            m_valid = true;
        }
        return m_fraction;
    }

private:
    Decimal m_fallback;
    QByteArray m_text;
    Decimal m_fraction;
    bool m_valid = false;
};

} // namespace

QDate DealWindows::first() const
{
    return std::min({periodFirst, previousFirst, pipelineFirst, year.firstDay(), activeLast.addDays(1 - ActiveDays),
                     activeBeforeLast.addDays(1 - ActiveDays)});
}

QDate DealWindows::last() const
{
    return std::max({periodLast, previousLast, pipelineLast, year.lastDay(), activeLast, activeBeforeLast});
}

namespace {

// Walks on `other` where given (another thread's connection), else on the database's own.
DealTotals walkRange(const Database &database, ReadConnection *other, const FxRates &fx, const Scope &scope,
                     const DealWindows &windows, QDate first, QDate last)
{
    QVariantList bindings{QString::fromLatin1(isoBytes(first)), QString::fromLatin1(isoBytes(last))};
    bindings << scope.bindings;
    const QString sql = QStringLiteral("SELECT d.close_date, d.status, d.source, d.currency, d.stage, d.probability,"
                                    " d.primary_partner, d.amount_milli, %1, d.id FROM %2 WHERE d.close_date BETWEEN ? AND ?%3")
                            .arg(scope.share, scope.from, scope.where);
    RowReader reader = other ? RowReader(*other, sql, bindings) : RowReader(database, sql, bindings);
    enum Column { CloseDate, Status, Source, Currency, Stage, Probability, PrimaryPartner, AmountMilli, Share, Id };

    DealTotals totals;
    FactorCache closeDateFactor(fx), latestFactor(fx);
    FractionCache share{Decimal::fromInteger(100)}, probability{Decimal()};
    QByteArray date;
    DateSlots where;
    QByteArray stage;
    Bucket *stageBucket = nullptr; // QMap nodes stay where they are
    while (reader.next()) {
        const QByteArrayView day = reader.bytes(CloseDate);
        if (day != date) {
            date = day.toByteArray();
            where = slotsOf(QDate::fromString(QString::fromLatin1(date), Qt::ISODate), windows);
        }
        const QByteArrayView status = reader.bytes(Status);
        const bool counted = where.inWindow[0] || where.inWindow[1];
        if (status == "lost") {
            for (int slot : {0, 1})
                totals.lost[slot] += where.inWindow[slot] ? 1 : 0;
            continue;
        }
        const bool won = status == "won";
        if (won) {
            // The partner scope (one partner's QBR) counts the partner itself, whatever position it holds.
            const qint64 partner = scope.partnerMode ? 0 : reader.integer(PrimaryPartner);
            for (int slot : {0, 1}) {
                if (where.active[slot])
                    totals.activeFlags[slot][partner] = 1;
            }
            if (!counted && where.quarter < 0)
                continue;
        } else if (status != "open" || !where.pipeline) {
            continue;
        }

        const std::optional<Decimal> &factor = won ? closeDateFactor.factor(reader.bytes(Currency), day)
                                                   : latestFactor.factor(reader.bytes(Currency), QByteArrayView());
        if (!factor) {
            ++totals.missingRates;
            continue;
        }
        const Decimal whole = Decimal::fromUnits(reader.integer(AmountMilli), 3) * *factor;
        const Decimal amount = reader.bytes(Share) == "100" ? whole : whole * share.fraction(reader.bytes(Share));

        if (!won) {
            const Decimal weighted = amount * probability.fraction(reader.bytes(Probability));
            totals.pipeline.add(amount, weighted, 1);
            if (!stageBucket || reader.bytes(Stage) != stage) {
                stage = reader.bytes(Stage).toByteArray();
                stageBucket = &totals.stages[QString::fromUtf8(stage)];
            }
            stageBucket->add(amount, weighted, 1);
            continue;
        }
        if (where.quarter >= 0)
            totals.quarters[where.quarter].add(amount);
        const QByteArrayView source = reader.bytes(Source);
        for (int slot : {0, 1}) {
            if (!where.inWindow[slot])
                continue;
            totals.won[slot].add(amount);
            if (source == "sourced")
                totals.sourced[slot].add(amount);
            else if (source == "influenced")
                totals.influenced[slot].add(amount);
        }
        if (where.inWindow[0]) {
            const qint64 primary = reader.integer(PrimaryPartner);
            totals.wonByPartner[primary].add(amount);
            totals.periodWonDeals.push_back(DealTotals::WonDeal{reader.integer(Id), primary, whole});
        }
    }
    return totals;
}

void add(DealTotals &into, const DealTotals &from)
{
    for (int slot : {0, 1}) {
        into.won[slot].add(from.won[slot]);
        into.sourced[slot].add(from.sourced[slot]);
        into.influenced[slot].add(from.influenced[slot]);
        into.lost[slot] += from.lost[slot];
        from.activeFlags[slot].forEach([&](qint64 id, char flag) {
            if (flag)
                into.activeFlags[slot][id] = 1;
        });
    }
    into.pipeline.add(from.pipeline);
    for (int quarter = 0; quarter < 4; ++quarter)
        into.quarters[quarter].add(from.quarters[quarter]);
    for (auto it = from.stages.cbegin(); it != from.stages.cend(); ++it)
        into.stages[it.key()].add(*it);
    from.wonByPartner.forEach([&](qint64 id, const Bucket &bucket) {
        if (bucket.count > 0)
            into.wonByPartner[id].add(bucket);
    });
    into.periodWonDeals.insert(into.periodWonDeals.end(), from.periodWonDeals.cbegin(), from.periodWonDeals.cend());
    into.missingRates += from.missingRates;
}

} // namespace

DealTotals walkDeals(const Database &database, const FxRates &fx, const Scope &scope, const DealWindows &windows)
{
    const QDate first = windows.first(), last = windows.last();
    // Two cores walk the range in two parts, each on its own connection: the part before the period (the
    // previous period, the year's earlier quarters) and the rest. Both parts hold about one period of deals
    // for a quarter in mid-year and for a year; the time saved is a third to a half of the refresh.
    const QDate split = windows.periodFirst;
    DealTotals totals;
    std::unique_ptr<ReadConnection> other;
    if (first < split && split <= last)
        other = database.engineImplementation().readConnection(database);
    if (other) {
        DealTotals earlier;
        std::exception_ptr failure;
        const FxRates ownRates = fx; // its cache of factors fills as it goes: one per thread
        std::thread worker([&] {
            try {
                earlier = walkRange(database, other.get(), ownRates, scope, windows, first, split.addDays(-1));
            } catch (...) {
                failure = std::current_exception();
            }
        });
        try {
            totals = walkRange(database, nullptr, fx, scope, windows, split, last);
        } catch (...) {
            worker.join();
            throw;
        }
        worker.join();
        if (failure)
            std::rethrow_exception(failure);
        add(totals, earlier);
    } else {
        totals = walkRange(database, nullptr, fx, scope, windows, first, last);
    }
    for (int slot : {0, 1})
        totals.activeFlags[slot].forEach([&](qint64, char flag) { totals.activePartners[slot] += flag; });
    std::sort(totals.periodWonDeals.begin(), totals.periodWonDeals.end(),
              [](const DealTotals::WonDeal &a, const DealTotals::WonDeal &b) { return a.id < b.id; });
    return totals;
}

ByPartner<Bucket> creditedRevenue(const Database &database, const DealTotals &totals)
{
    ByPartner<Bucket> credited;
    const std::vector<DealTotals::WonDeal> &deals = totals.periodWonDeals;
    if (deals.empty())
        return credited;
    std::vector<bool> split(deals.size(), false);
    FractionCache share{Decimal::fromInteger(100)};
    // The partial index's condition, repeated, is what lets SQLite use it. Its rows come by deal, as the
    // deals are sorted: the two lists are merged.
    RowReader reader(database,
                     QStringLiteral("SELECT deal, partner, percent FROM deal_partners"
                                    " WHERE deal BETWEEN ? AND ? AND percent <> '100' ORDER BY deal"),
                     {deals.front().id, deals.back().id});
    std::size_t next = 0;
    while (reader.next()) {
        const qint64 deal = reader.integer(0);
        while (next < deals.size() && deals[next].id < deal)
            ++next;
        if (next == deals.size())
            break;
        if (deals[next].id != deal)
            continue;
        split[next] = true;
        credited[reader.integer(1)].add(deals[next].amount * share.fraction(reader.bytes(2)));
    }
    for (std::size_t i = 0; i < deals.size(); ++i) {
        if (!split[i])
            credited[deals[i].primaryPartner].add(deals[i].amount);
    }
    return credited;
}

void createSplitDealIndex(Database &database)
{
    database.execute(QStringLiteral("CREATE INDEX deal_partners_split ON deal_partners(deal, partner, percent)"
                                    " WHERE percent <> '100'"),
                     QCoreApplication::translate("cd::store::DashboardQuery", "creating the index of split deals"));
}

} // namespace cd::store::detail
