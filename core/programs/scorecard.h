#pragma once

#include "core/money/decimal.h"
#include "core/diagnostic.h"
#include "core/programs/program.h"

#include <QHash>
#include <QList>
#include <QString>

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>

namespace cd {

// Exact fractions for scores and attainment ratios (actual / target is not a decimal in general).
// Unbounded, so nothing here overflows; only the conversion back to a Decimal can throw OverflowError.
using Rational = boost::multiprecision::cpp_rational;

Rational toRational(const Decimal &value);
// Rounds to `places` decimals with the named mode (the rational counterpart of Decimal::rounded).
Decimal roundRational(const Rational &value, int places, RoundingMode mode);
// The exact decimal when it has at most `maxExactPlaces` decimals, else rounded half-even to 2 places.
QString formatRational(const Rational &value, int maxExactPlaces = 6);

// One partner's metrics as tiers evaluate reads them: decimal values, a missing metric is absent (not 0).
struct PartnerMetrics
{
    QString partnerId;
    QString type; // for tiers restricted to a partner type; may be empty
    QHash<QString, Decimal> values;
    int line = 0;
};

// programs.md's scorecard: Σ weight × min(actual / target, cap) × 100, exact (weights in percent, so the
// factor 100 is already in them). nullopt when the program has no scorecard or a scorecard metric is
// missing. Negative actuals count as they are (a shrinking metric lowers the score; there is no floor).
std::optional<Rational> scorecardScore(const QList<ScorecardItem> &scorecard, const QHash<QString, Decimal> &values);

// Whether one requirement held for one partner, with the figures that explain it.
struct RequirementCheck
{
    Requirement requirement;
    bool held = false;
    std::optional<Rational> actual;   // nullopt: the partner lacks the metric
    // The value to reach: the requirement's value, or for top_percent the k-th highest value among the
    // partners (nullopt when fewer than k partners have the metric, so that any value is enough).
    std::optional<Rational> required;
    // How far the metric has to move to make the requirement hold: more (>=, >), less (<=, <) or the
    // distance (==). Zero when it holds; meaningless when `actual` is missing.
    Rational shortfall;
    int partnersAbove = 0; // top_percent: partners with a strictly greater value
    int allowedAbove = 0;  // top_percent: k − 1, the most partners that may be above
};

struct TierResult
{
    QString partnerId;
    int tier = -1;     // index into Program::tiers; -1: no tier
    std::optional<Rational> score;
    QList<RequirementCheck> reasons; // the reached tier's requirements, all held
    int nextTier = -1;               // the next tier up the partner could reach; -1 at the top
    QList<RequirementCheck> missing; // the next tier's requirements that do not hold

    // "Tier 2 Preferred: revenue_commitment 2500000 >= 2000000"
    QString reasonText(const Program &program) const;
    // "needs 3 more certified_consultants and 312400 more revenue_commitment for Tier 1 Strategic"; empty at
    // the top.
    QString missingText(const Program &program) const;
};

// Evaluates every partner (programs.md): the first tier, highest first, whose requirements all hold and
// whose partner type (if any) is the partner's. top_percent is decided over all the partners given.
// Results come sorted by partner id (UTF-8 byte order).
QList<TierResult> evaluateTiers(const Program &program, const QList<PartnerMetrics> &partners);

// Reads metrics.csv: `partner_id`, an optional `type`, and one column per metric (decimal strings, empty =
// missing). With a scorecard in the program a `score` column is an error (the score is computed).
// Program metrics the file has no column for are warnings (every partner lacks them).
QList<PartnerMetrics> readPartnerMetricsCsv(QByteArrayView data, const QString &fileName, const Program &program,
                                            Diagnostics &errors, Diagnostics *warnings = nullptr);

// programs.md's output: `partner,tier,score`, the tier id, the score rounded half-even to 2 decimals.
QByteArray tierResultsCsv(const Program &program, const QList<TierResult> &results);

} // namespace cd
