#pragma once

#include "store/database.h"
#include "store/dashboard/targetrepository.h"

#include "core/money/decimal.h"
#include "core/period.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::store {

class Database;

// What the dashboard, the QBR and `report pipeline` look at. Empty strings mean "all".
struct DashboardFilter
{
    Period period;        // the period reported on (a quarter, usually)
    QString region;       // partner attributes of a deal's primary partner
    QString program;
    QString tier;
    QString partnerType;
    QString partnerId;    // one partner's QBR: the deals it has a share in, at its share
    QString currency;     // the reporting currency; empty for the rates' own base currency
    QDate today;          // the "now" that caps the active-partner window; invalid = no cap
    bool operator==(const DashboardFilter &) const = default;
};

// One figure with its target and the previous period's value. Money is in the reporting currency with its
// minor digits; percentages have one decimal; days one decimal; counts none.
struct KpiFigure
{
    QString metric; // a target metric key (targetrepository.h)
    TargetUnit unit = TargetUnit::Number;
    std::optional<Decimal> actual;
    std::optional<Decimal> previous;
    std::optional<Decimal> target;
};

// A bar, slice or point. `amount` is money (or a count for registration series), `weighted` the
// probability-weighted amount of open deals, `count` the deals behind it.
struct SeriesEntry
{
    QString key;   // the code behind it (stage, region, tier, partner id, quarter label, month)
    QString label; // a readable name where the code is not one (partner names, "program / tier")
    Decimal amount;
    Decimal weighted;
    qint64 count = 0;
    qint64 secondary = 0;          // registrations: how many of them are in conflict
    std::optional<Decimal> target; // revenue by quarter: the quarter's target; by region: the split's share
};

struct DashboardData
{
    DashboardFilter filter;
    QString currency; // reporting currency code
    int minorDigits = 2;
    // The period the pipeline figures are for: the filter's, or once that is over (before filter.today),
    // the one running on filter.today.
    Period pipelinePeriod;
    QList<KpiFigure> kpis;
    QList<SeriesEntry> pipelineByStage;   // open deals closing in pipelinePeriod, by stage (prospecting first)
    QList<SeriesEntry> revenueByQuarter;  // won revenue in each quarter of the period's fiscal year + target
    QList<SeriesEntry> revenueByRegion;   // won revenue in the period; target = the geographic split (%)
    QList<SeriesEntry> revenueByTier;     // key "program/tier"
    QList<SeriesEntry> revenueByType;
    QList<SeriesEntry> topPartners;       // credited (split) won revenue, largest first, at most 10
    QList<SeriesEntry> registrations;     // per month of the fiscal year: count and conflicts
    QStringList warnings;                 // e.g. deals left out for want of an exchange rate

    const KpiFigure *kpi(const QString &metric) const;
};

// `report pipeline`: open deals grouped by dimensions, amounts in the reporting currency.
struct PipelineRow
{
    QStringList keys; // one per dimension, in the order asked
    qint64 deals = 0;
    Decimal amount;   // rounded to the currency's minor digits
    Decimal weighted;
};

struct DealLine
{
    QString dealId;
    QString partnerId;
    QString partnerName;
    QString customer;
    QString name;
    QString stage;
    QString status;
    QDate closeDate;
    Decimal amount;     // reporting currency, the partner's share in partner mode
    QString probability;
};

struct RegistrationLine
{
    QString regId;
    QString partnerId;
    QString customer;
    QString product;
    QDate submitted;
    QString status;
};

// Thrown when a deal needs an exchange rate that fx_rates does not have.
class MissingRateError : public StoreError
{
public:
    using StoreError::StoreError;
};

// The dashboard's figures. The deals are read once, through one covering index (deals_dashboard: close
// date, status, source, currency, stage, probability, partner, amount, reg_id), so SQLite never visits the
// table and never sorts (dashboardwalk.h). Each amount is converted exactly at the rate in force on its
// close date (open deals: the latest rate); each figure is rounded once.
class DashboardQuery
{
public:
    explicit DashboardQuery(Database &database); // the database must outlive the query

    DashboardData load(const DashboardFilter &filter) const;
    // Dimensions: stage, region, country, tier, type, partner, source, quarter. Throws MissingRateError.
    QList<PipelineRow> pipeline(const DashboardFilter &filter, const QStringList &dimensions) const;
    static QStringList pipelineDimensions();
    QList<DealLine> topDeals(const DashboardFilter &filter, int limit) const;  // won in the period
    QList<DealLine> openDeals(const DashboardFilter &filter, int limit) const; // open, closing in the period
    QList<RegistrationLine> conflicts(const DashboardFilter &filter, int limit) const;

    // The latest close date of a won deal on or before `notAfter`: the data's "now" (a demo or an import
    // may end before today). Invalid without won deals.
    QDate latestWonDate(QDate notAfter) const;
    // The currency fx_rates are quoted in: the one deal currency without rates of its own (USD if unclear).
    QString baseCurrency() const;
    QStringList currencies() const; // the base and every currency with rates
    QStringList programs() const;
    QStringList tiers() const;
    // The partner's name, type, region, program and tier, or empty if unknown.
    QStringList partner(const QString &partnerId) const;

private:
    Database &m_database;
};

// part / whole × 100 with `decimals` decimals, rounded half-even once (0 when whole is 0).
Decimal sharePercent(const Decimal &part, const Decimal &whole, int decimals);

// The index the dashboard reads deals through (created by schema version 5).
void createDashboardIndex(Database &database);
// Drops and creates it again, as a bulk import does: for measuring what the index costs.
void rebuildDashboardIndex(Database &database);

} // namespace cd::store
