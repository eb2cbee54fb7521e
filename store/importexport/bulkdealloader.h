#pragma once

// The importer's fast path for deals.csv into an empty deals table: one thread reads and validates the
// rows while the calling thread inserts the ones before them, so that on two cores the import takes about
// as long as the slower of the two halves rather than their sum. Private to store/.

#include "store/importexport/importer.h"
#include "store/importexport/importrows.h"
#include "store/engine/bulkload.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace cd::store::detail {

// Bytes that stay valid as long as `copies`: views into `file` are, others (a quoted field with doubled
// quotes lives in the reader only until its next record) are copied there. Growing a container of
// QByteArray moves the arrays, never their bytes.
template<typename Copies>
Q_ALWAYS_INLINE QByteArrayView keptBytes(QByteArrayView bytes, QByteArrayView file, Copies &copies)
{
    const bool inFile = bytes.data() >= file.data() && bytes.data() + bytes.size() <= file.data() + file.size();
    if (bytes.isEmpty() || inFile)
        return bytes;
    copies.push_back(bytes.toByteArray());
    return copies.back();
}

// A valid deal as both deal writers (the bulk load and the importer's own) insert it, many at a time
// (BulkInsert): the rowid the importer hands out, then the deal's fields in the description's order. Its
// text fields are the file's bytes where those are the stored form, so a row costs no allocation.
struct DealRow
{
    qint64 rowId = 0;
    qint64 primaryPartner = 0;                                // the partners field
    qint64 amountMilli = 0;                                   // the amount field
    std::array<QByteArrayView, dealDescription.size()> texts; // by field, as stored; unused for the two above
};

struct ShareRow
{
    qint64 deal = 0;
    qint64 position = 0;
    qint64 partner = 0;
    QByteArrayView percent;
};

// The bulk inserts of deals ("id, deal_id, primary_partner, …") and of their shares.
std::unique_ptr<BulkInsert> makeDealInsert(const Database &database);
std::unique_ptr<BulkInsert> makeShareInsert(const Database &database);

// What turning parsed deals into rows takes besides the deal.
struct DealRowSource
{
    const CsvReader &reader; // on the deal's record
    const ColumnMap &columns;
    const QHash<QString, qint64> &partnerIds;
    QByteArrayView file; // the reader's data: views into it stay valid
};
// Fills all of `row` but its rowId from the reader's record, parsed into `deal`; texts that are not views
// into the file go to `copies`, which must outlive the row.
void fillDealRow(DealRow &row, const DealRowSource &source, const Deal &deal, std::vector<QByteArray> &copies);
// Appends the deal's shares, in order, for the deal row `dealRowId`.
void appendShareRows(std::vector<ShareRow> &shares, qint64 dealRowId, const Deal &deal,
                     const QHash<QString, qint64> &partnerIds, std::vector<QByteArray> &copies);
// Adds one row to the rows `insert` has begun.
void addDealRow(BulkInsert &insert, const DealRow &row);
void addShareRow(BulkInsert &insert, const ShareRow &share);

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
