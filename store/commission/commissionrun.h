#pragma once

#include "core/commission/commission.h"
#include "core/money/fxtable.h"
#include "core/period.h"
#include "store/records/recordformat.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cd::store {

class Database;

// One period's statements from the database (`commission run`, the statements page): every partner under
// the plan its assignment gives (PlanAssignment), computed by the engine exactly as `commission calc`
// computes them from the same deals and rates.
struct CommissionRun
{
    QString periodLabel;
    QList<Statement> statements;           // by partner id (bytes), as statementCsv() wants them
    QHash<QString, QString> planOfPartner; // the statements' partners' plan ids
    QHash<QString, QString> partnerNames;  // the statements' partners' names
    QStringList warnings;                  // partners left out, and why
};

// Throws InputError when the label names no period of any plan in use or the deals cannot be computed
// (a missing exchange rate, an overflow), StoreError when the database fails.
CommissionRun runCommission(Database &database, const QString &periodLabel);

// The labels a statement can be asked for: the periods of each plan in use (its window and fiscal year)
// from the first to the last close date of a won or cancelled deal, newest first, without repeats.
QStringList commissionPeriodLabels(Database &database);

// fx_rates hold reporting-currency units per unit of a currency; a plan in the reporting currency (one
// with no rates of its own) uses them as they are. A plan in another currency P gets cross rates: X in P
// is rate(X) / rate(P), and the reporting currency itself (a deal currency with no rates) 1 / rate(P),
// each in force from the later of the two dates and rounded half-even to FxTable::MaxRateDecimals.
// Throws InputError when a cross rate does not fit the table.
FxTable commissionFxTable(const Currency &planCurrency, const QList<FxRate> &rates,
                          const QSet<QString> &dealCurrencies);

} // namespace cd::store
