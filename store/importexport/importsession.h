#pragma once

// The importer's session: one import call, file by file. Private to store/ (importer.cpp runs it,
// importsession.cpp has its row-by-row work).

#include "store/importexport/importer.h"

#include "store/database.h"
#include "store/importexport/bulkdealloader.h"
#include "store/importexport/importrows.h"
#include "store/records/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <list>
#include <optional>
#include <vector>

namespace cd::store::detail {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Importer)
};

// One import call: one transaction, the partner ids known so far, the prepared statements of each kind.
class ImportSession
{
public:
    ImportSession(Database &database, ImportSettings &settings, const ImportOptions &options, qint64 totalLines)
        : m_db(database), m_settings(settings), m_options(options), m_totalLines(totalLines),
          m_partnerIds(partnerRowIds(database))
    {
    }

    // Imports one file of the call into the session's transaction.
    void run(ImportResult &result, QByteArrayView data);
    bool failed() const { return m_failed; }
    bool cancelled() const { return m_cancelled; }

private:
    // The steps of run(), in order.
    bool checkHeader(CsvReader &reader, ImportResult &result);
    void startFile(RecordKind kind, QByteArrayView data);
    void loadStoredRecords(RecordKind kind);
    QStringList dropIndexesForBulkLoad(const ImportResult &result);
    void bulkLoadDeals(CsvReader &reader, bool checkUtf8, ImportResult &result);
    void readRows(CsvReader &reader, bool checkUtf8, ImportResult &result);
    void endFile(const CsvReader &reader);
    void rebuildIndexes(QStringList droppedIndexes);
    static QStringList tablesOf(RecordKind kind);
    // Rows a file must add or change before the engine is asked to look at the table again.
    static constexpr qint64 kRowsThatChangePlans = 1000;
    void auditImport(const ImportResult &result);

    bool tableIsEmpty(RecordKind kind) const;
    bool knowsPartner(const QString &id) const { return m_partnerIds.contains(id) || m_unwrittenPartners.contains(id); }
    bool cancelRequested() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void tick(const CsvReader &reader);
    // Whether `key` (an id's bytes) came earlier in the file; reports it if so. Keys are views into the file
    // where they can be, which keeps a million ids cheap to remember.
    bool isDuplicate(const CsvReader &reader, ImportResult &result, QByteArrayView key, const QString &field);

    void partnerRow(const CsvReader &reader, RowParser &parser, ImportResult &result);
    void dealRow(const CsvReader &reader, RowParser &parser, ImportResult &result);
    void registrationRow(const CsvReader &reader, RowParser &parser, ImportResult &result);
    void fxRow(const CsvReader &reader, RowParser &parser, ImportResult &result);
    void prepare(RecordKind kind);
    void writeShares(qint64 dealRowId, const Deal &deal);
    void insertDeal(const CsvReader &reader, const Deal &deal);
    void flushDeals();
    void flushShares();

    Database &m_db;
    ImportSettings &m_settings;
    const ImportOptions &m_options;
    qint64 m_totalLines;
    qint64 m_linesBefore = 0; // lines of the files already done
    int m_rowsSinceTick = 0;
    bool m_failed = false;
    bool m_cancelled = false;
    bool m_tableWasEmpty = false;
    QHash<QString, qint64> m_partnerIds;
    QSet<QString> m_unwrittenPartners; // named by a partners file of this call, not written (errors)
    IdRegister m_ids;                  // ids of the current file -> line
    QByteArrayView m_data;             // the current file
    ColumnMap m_columns{};             // of the current file
    std::list<QByteArray> m_keyCopies; // keys that do not point into m_data
    QHash<QString, Partner> m_existingPartners;
    QHash<QString, QString> m_existingRates; // "date currency" -> rate text
    QSqlQuery m_insert, m_update, m_find, m_insertShare, m_deleteShares;
    // New deals wait here and go in several rows per INSERT: a statement's start and end (cursors opened,
    // checks armed) then count once per batch instead of once per row. The importer hands out the rowids,
    // reserved from the engine (Engine::reserveRowIds) so that nothing else uses them meanwhile.
    static constexpr int kBatchRows = 32;
    int m_batchRows = 1;
    qint64 m_nextDealRowId = 1;
    std::vector<DealRow> m_pendingDeals;
    std::vector<ShareRow> m_pendingShares;
    std::vector<QByteArray> m_pendingCopies;                  // behind pending texts that are not views into the file
    std::unique_ptr<BulkInsert> m_dealInserts, m_shareInserts; // made afresh for each deals file
};

} // namespace cd::store::detail
