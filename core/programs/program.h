#pragma once

#include "core/money/currency.h"
#include "core/money/decimal.h"
#include "core/diagnostic.h"
#include "core/files/jsonreader.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

// programs.md: a partner program is data — tiers with requirements and benefits, a weighted scorecard,
// lifecycle stages, partner types and their terms, and (opaque here) a commission plan.

enum class CompareOp { GreaterOrEqual, Greater, LessOrEqual, Less, Equal };
QString compareOpText(CompareOp op); // ">=", ">", "<=", "<", "=="
std::optional<CompareOp> compareOpFromText(QStringView text);

struct Requirement
{
    enum class Kind { Compare, TopPercent };
    Kind kind = Kind::Compare;
    QString metric;      // the compared metric, or rank_by
    CompareOp op = CompareOp::GreaterOrEqual;
    Decimal value;       // the threshold, or the percentage p of top_percent (5 for the top 5%)
    int line = 0;
    bool operator==(const Requirement &) const = default;
};

// One benefit (or partner-type term) as the program states it. Known keys get a typed value; a range
// "30-40%" keeps both ends and its default is the lower end; "50000+" is open-ended (at least 50000).
struct Benefit
{
    enum class Kind { Percent, Amount, Text };
    QString key;
    Kind kind = Kind::Text;
    Decimal low;   // the percentage (65 for 65%) or amount; the lower end of a range
    Decimal high;  // the upper end; equal to low when not a range
    bool openEnded = false;
    QString text;  // the value as written
    int line = 0;

    Decimal defaultValue() const { return low; }
    bool isRange() const { return high != low; }
    bool operator==(const Benefit &) const = default;
};

struct Tier
{
    QString id;
    QString name;        // the id when the program gives none
    QString partnerType; // empty: every partner; else only partners of this type can reach it
    QList<Requirement> requirements;
    QList<Benefit> benefits;
    int line = 0;

    const Benefit *benefit(QStringView key) const;
    bool operator==(const Tier &) const = default;
};

struct ScorecardItem
{
    QString metric;
    QString name;                // optional label
    Decimal weight;              // percent: 40 for "40%"
    Decimal target;              // > 0
    std::optional<Decimal> cap;  // none: the ratio is not capped
    int line = 0;
    bool operator==(const ScorecardItem &) const = default;
};

struct LifecycleStage
{
    QString id;
    QString name;
    std::optional<int> minWeeks;
    std::optional<int> maxWeeks; // equal to minWeeks for a single figure
    int line = 0;
    bool operator==(const LifecycleStage &) const = default;
};

struct PartnerType
{
    QString id;
    QString name;
    QList<Benefit> terms; // revenue_share, minimum_commitment, performance_bonus, …
    int line = 0;
    bool operator==(const PartnerType &) const = default;
};

struct Program
{
    QString id;
    QString name;
    QString description;
    Currency currency;
    int protectionDays = 30; // deal registration protection (registration.md)
    QList<PartnerType> partnerTypes;
    QList<Tier> tiers; // highest first
    QList<ScorecardItem> scorecard;
    QList<LifecycleStage> lifecycle;
    std::optional<JsonNode> commissionPlan; // commission.md's plan, parsed by the commission engine

    int tierIndex(QStringView id) const; // -1 when unknown
    bool hasScorecard() const { return !scorecard.isEmpty(); }
    // Every metric the program reads: requirement metrics, rank_by and scorecard metrics.
    QStringList metrics() const;
};

// The metric that stands for the scorecard score.
inline QString scoreMetric() { return QStringLiteral("score"); }

// Parses a program file. Every problem found is appended to `errors` as FILE:LINE: FIELD: …; decimals must
// be JSON strings (a JSON number is an error). Members the format does not know are warnings, except in
// requirements and scorecard entries where a misspelt key would change the meaning, so it is an error.
std::optional<Program> parseProgram(QByteArrayView json, const QString &fileName, Diagnostics &errors,
                                    Diagnostics *warnings = nullptr);

// Parses a benefit or term value for `key` ("30-40%", "50000+", "none", "dedicated"); nullopt with *error
// when a known key has a value of the wrong form.
std::optional<Benefit> parseBenefit(const QString &key, const QString &value, QString *error);

} // namespace cd
