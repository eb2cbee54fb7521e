#pragma once

#include "core/programs/program.h"
#include "core/programs/scorecard.h"

#include <QLocale>
#include <QString>

namespace cd::ui {

// Program metrics and evaluations as people read them: "committed revenue", "$312,400.00".
QString metricLabel(const QString &metric);
// A metric's value for display: money metrics in the program's currency, counts as whole numbers.
QString formatMetric(const QString &metric, const Rational &value, const Currency &currency,
                     const QLocale &locale = QLocale());
// "needs 3 more certified consultants and $312,400.00 more committed revenue for Tier 1 Strategic";
// empty at the top.
QString explainMissing(const Program &program, const TierResult &result, const QLocale &locale = QLocale());
// "Tier 2 Preferred: committed revenue $2,500,000.00 (at least $2,000,000.00)" or "no tier".
QString explainReason(const Program &program, const TierResult &result, const QLocale &locale = QLocale());
QString tierLabel(const Program &program, const QString &tierId); // the name, or "no tier"

} // namespace cd::ui
