#pragma once

#include "core/money/decimal.h"
#include "core/period.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::store {

class Database;

// What a target measures. Money metrics are in the target's currency, shares and rates in percent,
// the rest plain numbers (partners, days).
enum class TargetUnit { Money, Percent, Count, Days, Number };

struct TargetMetric
{
    QString key;    // stored name: "partner_revenue", "influenced_share" …
    TargetUnit unit = TargetUnit::Number;
    bool additive = false; // a flow over time (revenue): a quarter's target is a part of the year's
};

// Every metric the program targets can name, in the order the editor lists them. The dashboard's
// tiles use the first ones; the rest (from the seeds' KPI tables) are kept and edited all the same.
const QList<TargetMetric> &targetMetrics();
std::optional<TargetMetric> targetMetric(const QString &key);

// One target: a fiscal year (quarter 0) or one of its quarters, for every region and program ('') or one.
struct Target
{
    int year = 0;
    int quarter = 0; // 1-4, 0 for the whole year
    QString region;  // '' = all regions
    QString program; // '' = all programs
    QString metric;
    Decimal value;
    QString currency; // for money metrics
    bool operator==(const Target &) const = default;
};

// A shipped template (resources/targets/*.json): the seeds' target tables.
struct TargetTemplate
{
    QString id;
    QString name;
    QString source;
    QString currency;
    // Targets of the template's Year 1, 2, 3 …: `year` holds the template's year number.
    QList<Target> targets;
};

QList<TargetTemplate> targetTemplates(); // throws StoreError on a broken resource
std::optional<TargetTemplate> targetTemplate(const QString &id);

// The targets table of schema version 5, with an audit row for every change.
class TargetRepository
{
public:
    explicit TargetRepository(Database &database); // the database must outlive the repository

    QList<Target> all() const; // by year, quarter, region, program, metric
    QList<Target> forYear(int year) const;
    QList<int> years() const;
    void set(const Target &target); // adds or replaces the row of the same key
    void remove(const Target &key);
    // Replaces one year's targets (for one region and program, or all when both are null strings) at once.
    void replaceYear(int year, const QList<Target> &targets);

    // The target for a period and filter, or nullopt when there is none. A quarter without a row of its own
    // takes a quarter of the year's additive target (and the year's value of a rate or count); a region
    // without its own row takes its geographic share ("region_share") of an additive all-region target.
    // A month takes a third of its quarter, rounded to the currency's minor unit. A program-specific
    // filter never borrows the all-program value of an additive metric (it would not compare like with like).
    std::optional<Target> resolve(const Period &period, const QString &region, const QString &program,
                                  const QString &metric) const;

private:
    std::optional<Target> find(int year, int quarter, const QString &region, const QString &program,
                               const QString &metric) const;
    Database &m_database;
};

// Fills `years` (fiscal years, oldest first, as Year 1, 2, 3 …) from a template, scaling its money
// targets by `moneyFactor` and its partner counts by `countFactor` (1 keeps the seed's numbers).
QList<Target> targetsFromTemplate(const TargetTemplate &source, const QList<int> &years, const Decimal &moneyFactor,
                                  const Decimal &countFactor);

} // namespace cd::store
