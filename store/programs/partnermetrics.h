#pragma once

#include "core/money/currency.h"
#include "core/programs/program.h"
#include "core/records/records.h"
#include "core/programs/scorecard.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace cd::store {

class Database;

// The metrics the database supplies for programs.md's requirements and scorecards, per partner as of a date.
namespace metric {
inline QString revenue() { return QStringLiteral("revenue"); }                    // won revenue, trailing 12 months
inline QString dealsWon() { return QStringLiteral("deals_won"); }                 // won deals, trailing 12 months
inline QString revenueCommitment() { return QStringLiteral("revenue_commitment"); } // the partner record's
inline QString revenueAttainment() { return QStringLiteral("revenue_attainment"); } // revenue / commitment
inline QString people() { return QStringLiteral("people"); }
inline QString certifiedPeople() { return QStringLiteral("certified_people"); }
inline QString certifiedConsultants() { return QStringLiteral("certified_consultants"); }
inline QString certifiedEngineers() { return QStringLiteral("certified_engineers"); }
inline QString certificationRate() { return QStringLiteral("certification_rate"); } // percent of people certified
// Metrics measured in the program's currency (the UI formats them as money).
bool isMoney(const QString &name);
QStringList computedMetrics();
} // namespace metric

// Computes every partner's metrics in `currency` as of `asOf` (see docs/programs.md for each definition):
// deals won in (asOf − 12 months, asOf], each converted at the rate in force on its close date and rounded
// half-even to the currency's minor unit, then the partner's exact share; certifications valid on asOf;
// measured KPIs (partner_kpis) on or before asOf for the names not computed here. A value that cannot be
// computed (no FX rate, no commitment) is missing, not zero, and says why in `warnings`.
QHash<QString, PartnerMetrics> computePartnerMetrics(Database &database, const QList<Partner> &partners, QDate asOf,
                                                     const Currency &currency, QStringList *warnings = nullptr);

// One partner's evaluation in a tier run.
struct TierProposal
{
    Partner partner;
    QString programId;
    QString currentTier;  // partners.tier
    QString proposedTier; // the evaluation's; empty: no tier
    TierResult result;
    PartnerMetrics metrics;
    enum class Change { None, Promotion, Demotion, Other };
    Change change = Change::None;
    QString explanation; // why it gets proposedTier and what it lacks for the next one up
};

struct TierRun
{
    QDate asOf;
    QHash<QString, Program> programs;   // by id, those evaluated
    QList<TierProposal> proposals;      // every partner evaluated, by partner id
    QStringList warnings;               // programs missing or invalid, metrics that could not be computed

    QList<TierProposal> changes() const; // proposals whose tier differs
};

// Evaluates every active partner under its program (partners.program, from the programs table), or only
// those of `programId`. Percent tiers rank the active partners of the same program.
TierRun runTiers(Database &database, QDate asOf, const QString &programId = QString());

// Writes proposedTier into partners.tier with an audit row naming the run (as of, explanation); refused
// (StoreError) when the partner's tier is no longer `fromTier`, so a stale review never overwrites a newer
// edit. Undo is the same call with the tiers swapped.
void applyTier(Database &database, const QString &partnerId, const QString &fromTier, const QString &toTier,
               const QString &explanation, QDate asOf);

} // namespace cd::store
