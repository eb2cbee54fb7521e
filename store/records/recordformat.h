#pragma once

#include "core/money/decimal.h"
#include "core/money/money.h"
#include "core/records/records.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace cd::store {

// The kinds of record the store imports and exports (data.md), named as the CLI names them.
enum class RecordKind { Partners, Deals, Registrations, FxRates };
std::optional<RecordKind> recordKindFromName(QStringView name); // partners, deals, registrations, fx
QString recordKindName(RecordKind kind);
QStringList recordKindNames();
// The audit log's `entity` for one record of the kind: partner, deal, registration, fx_rate.
QString recordEntityName(RecordKind kind);

// One exchange rate of fx.csv: reporting-currency units per one unit of `currency`, in force from `date`.
struct FxRate
{
    QDate date;
    QString currency;
    Decimal rate;
    bool operator==(const FxRate &) const = default;
};

// Columns of each kind in data.md's order, and a record's fields as the invariant text CSV files hold
// (dates ISO, amounts with the currency's minor digits, percentages like "60%", empty when missing), both
// from the kind's description (recorddescription.h). Export writes these, the audit log records them, and
// import reads them back to equal records.
const QStringList &columnsOf(RecordKind kind);
// Columns holding numbers, written without the spreadsheet formula guard.
bool isNumericColumn(RecordKind kind, const QString &column);
QStringList fieldTexts(const Partner &partner);
QStringList fieldTexts(const Deal &deal);
QStringList fieldTexts(const Registration &registration);
QStringList fieldTexts(const FxRate &rate);

// A save refused because someone saved the record first (StaleRecordError) can go on from their version:
// `newer` with every field the user changed from `original` (what the dialog had read) set as in `edited`.
// Fields only the other person changed keep their value; where both changed a field, `edited` wins.
Partner mergedEdits(const Partner &original, const Partner &edited, const Partner &newer);
Deal mergedEdits(const Deal &original, const Deal &edited, const Deal &newer);

// Money in the database is a count of thousandths of the currency unit whatever the currency, so that
// ORDER BY compares amounts across currencies. Both directions are exact or throw StoreError.
qint64 toMilli(const Money &money);
Money fromMilli(qint64 milli, const Currency &currency);
// Whether an amount in `currency` can be stored exactly (at most three decimals).
bool fitsMilli(const Money &money);

// SQL values for optional fields: NULL when missing.
QVariant sqlDate(QDate date);
QVariant sqlDateTime(const QDateTime &dateTime);
QDate dateFromSql(const QVariant &value);
QDateTime dateTimeFromSql(const QVariant &value);
// Exact decimal text for percentages and rates ("60", "0.8765"), and back.
QString decimalText(const Decimal &value);
Decimal decimalFromSql(const QVariant &value, const QString &what);

} // namespace cd::store
