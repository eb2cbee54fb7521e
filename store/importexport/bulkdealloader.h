#pragma once

#include "store/sqlitestatement.h"

#include <array>

// The importer's fast path for deals.csv into an empty deals table: one thread reads and validates the
// rows while the calling thread inserts the ones before them, so that on two cores the import takes about
// as long as the slower of the two halves rather than their sum. Private to core/store.

#include "store/importexport/importer.h"
#include "store/importexport/importrows.h"

#include <QHash>
#include <QSet>

namespace cd::store::detail {

// The deal and share rows as both deal writers (the bulk load and the importer's own) insert them, many per
// statement (BatchInsert).
inline constexpr char kInsertDeals[] =
    "INSERT INTO deals (id, deal_id, primary_partner, customer, customer_domain, name, product, status, stage,"
    " amount_milli, currency, probability, close_date, cancelled_on, source, reg_id)";
inline constexpr int kInsertDealsColumns = 16;
// Binds one row of kInsertDeals from parameter `index` on and returns the next index. `texts` are deal_id,
// customer, customer_domain, name, product, status, stage, currency, probability, close_date, cancelled_on,
// source and reg_id, as stored.
int bindDealRow(SqliteStatement &insert, int index, qint64 rowId, qint64 primaryPartner, qint64 amountMilli,
                const std::array<QByteArrayView, 13> &texts);

inline constexpr char kInsertShares[] = "INSERT INTO deal_partners (deal, position, partner, percent)";
inline constexpr int kInsertSharesColumns = 4;

struct BulkDealInput
{
    Database &database;
    const ImportOptions &options;
    const QHash<QString, qint64> &partnerIds;     // every partner the deals may name, by partner_id
    const QSet<QString> &unwrittenPartners;       // named by this call's partners file but not written
    const ColumnMap &columns;
    QByteArrayView data; // the whole file; rows are bound as views into it
    bool checkUtf8 = false;
    qint64 linesBefore = 0; // for progress
    qint64 totalLines = 0;
    bool failedBefore = false; // an earlier file of the call failed: read and report only
};

struct BulkDealOutcome
{
    bool failed = false;    // some row was bad (its diagnostics are in the result): nothing may be kept
    bool cancelled = false;
};

// Reads every remaining row of `reader` (its header read) into the empty deals table and its shares, the
// rowids counted from `firstRowId`. Each bad row adds its diagnostics to `result.errors` in file order,
// exactly as the row-by-row importer does, and stops the writing; `result.added` counts the rows.
// SQL errors are thrown (StoreError) after the reading thread has stopped.
BulkDealOutcome loadDealsIntoEmptyTable(const BulkDealInput &input, CsvReader &reader, qint64 firstRowId,
                                        ImportResult &result);

} // namespace cd::store::detail
