#pragma once

// The importer's fast path for deals.csv into an empty deals table: one thread reads and validates the
// rows while the calling thread inserts the ones before them, so that on two cores the import takes about
// as long as the slower of the two halves rather than their sum. Private to core/store.

#include "importer.h"
#include "importrows.h"

#include <QHash>
#include <QSet>

namespace cd::store::detail {

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
