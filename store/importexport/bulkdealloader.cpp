#include "store/importexport/bulkdealloader.h"

#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Importer)
};

// A valid deal ready to insert: its text fields are the file's bytes (views into the mapped file, or into
// the chunk's copies for the few that differ from them), so a row costs no allocation.
struct PendingDeal
{
    qint64 rowId = 0;
    qint64 primaryPartner = 0;
    qint64 amountMilli = 0;
    std::array<QByteArrayView, 13> texts; // deal_id, customer … reg_id in column order, without the ints
};

struct PendingShare
{
    qint64 deal = 0;
    qint64 position = 0;
    qint64 partner = 0;
    QByteArrayView percent;
};

// What the reading thread hands to the writing one.
struct DealChunk
{
    std::vector<PendingDeal> deals;
    std::vector<PendingShare> shares;
    std::vector<QByteArray> copies; // behind views that do not point into the file
    int lastLine = 0;
};

constexpr size_t kChunkRows = 2048;
// Chunks waiting at most: enough to ride out a pause of either thread, few enough to bound the memory
// (a chunk holds about half a megabyte).
constexpr size_t kQueuedChunks = 16;
// Rows per INSERT: a statement's start and end (cursors opened, checks armed) count once per batch.
constexpr int kBatchRows = 32;

// A bounded queue between the two threads; `stop` ends both ways of waiting.
class ChunkQueue
{
public:
    // False when the consumer asked to stop.
    bool push(std::unique_ptr<DealChunk> chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_stopped || m_chunks.size() < kQueuedChunks; });
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.notify_one();
        return true;
    }
    // Null at the end of the data.
    std::unique_ptr<DealChunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_finished || !m_chunks.empty(); });
        if (m_chunks.empty())
            return nullptr;
        std::unique_ptr<DealChunk> chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.notify_one();
        return chunk;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // For the reader between two pushes: it need not read on once the writer has given up.
    bool stopped() const { return m_stopRequested.load(std::memory_order_relaxed); }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_stopRequested = true;
        m_chunks.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<std::unique_ptr<DealChunk>> m_chunks;
    bool m_finished = false;
    bool m_stopped = false;
    std::atomic<bool> m_stopRequested = false;
};

// The reading half: CsvReader, RowParser and the record rules, as the row-by-row importer applies them.
class DealReader
{
public:
    DealReader(const BulkDealInput &input, CsvReader &reader, qint64 firstRowId, ImportResult &result)
        : m_in(input), m_reader(reader), m_nextRowId(firstRowId), m_result(result)
    {
        m_ids.reserve(countLines(input.data));
        m_failed = input.failedBefore;
    }

    // Runs on the reading thread; result.errors and result.added are its own until it returns.
    void run(ChunkQueue &queue)
    {
        auto chunk = newChunk();
        while (m_reader.readRecord()) {
            if (queue.stopped())
                return;
            if (m_reader.error()) {
                m_result.errors << *m_reader.error();
                m_failed = true;
                continue;
            }
            if (!readRow(*chunk) || m_failed)
                continue;
            if (chunk->deals.size() >= kChunkRows) {
                chunk->lastLine = m_reader.line();
                if (!queue.push(std::move(chunk)))
                    return;
                chunk = newChunk();
            }
        }
        chunk->lastLine = m_reader.line();
        if (!m_failed && !chunk->deals.empty())
            queue.push(std::move(chunk));
    }

    bool failed() const { return m_failed; }

private:
    static std::unique_ptr<DealChunk> newChunk()
    {
        auto chunk = std::make_unique<DealChunk>();
        chunk->deals.reserve(kChunkRows);
        chunk->shares.reserve(kChunkRows + kChunkRows / 4);
        return chunk;
    }

    bool knowsPartner(const QString &id) const
    {
        return m_in.partnerIds.contains(id) || m_in.unwrittenPartners.contains(id);
    }

    // Validates the current row; a valid one goes into `chunk` (unless an earlier row failed).
    bool readRow(DealChunk &chunk)
    {
        RowParser parser(m_reader, m_in.columns, RecordKind::Deals, m_in.checkUtf8, m_result.errors);
        // The free text is bound from the file's bytes: no need for it as QString.
        parser.setLean(true);
        const Deal deal = parser.deal();
        parser.checkRules(validateDeal(deal));
        bool bad = parser.failed();
        for (const DealShare &share : deal.partners) {
            if (!knowsPartner(share.partnerId)) {
                m_result.errors << m_reader.diagnostic(QStringLiteral("partners"),
                                                       ImporterText::tr("there is no partner %1").arg(share.partnerId));
                bad = true;
            }
        }
        const QByteArrayView id = m_reader.field(m_in.columns[DId]);
        if (!id.isEmpty()) {
            const QByteArrayView key = keep(id, m_idCopies);
            if (const int first = m_ids.seen(key, m_reader.line())) {
                m_result.errors << m_reader.diagnostic(QStringLiteral("deal_id"),
                                                       ImporterText::tr("%1 appears twice in the file (first on line %2)")
                                                           .arg(QString::fromUtf8(id))
                                                           .arg(first));
                bad = true;
            }
        }
        if (bad)
            m_failed = true;
        if (m_failed)
            return false;
        add(chunk, deal);
        ++m_result.added;
        return true;
    }

    // Bytes that stay valid as long as `storage`: views into the file are, a quoted field with doubled
    // quotes (which lives in the reader until its next record) is copied there.
    template<typename Storage>
    QByteArrayView keep(QByteArrayView bytes, Storage &storage) const
    {
        const char *begin = m_in.data.data();
        const bool inFile = bytes.data() >= begin && bytes.data() + bytes.size() <= begin + m_in.data.size();
        if (bytes.isEmpty() || inFile)
            return bytes;
        storage.push_back(bytes.toByteArray());
        return storage.back();
    }

    void add(DealChunk &chunk, const Deal &deal)
    {
        auto bytes = [&](int column) { return m_reader.field(m_in.columns[size_t(column)]); };
        PendingDeal &pending = chunk.deals.emplace_back();
        pending.rowId = m_nextRowId++;
        pending.primaryPartner = m_in.partnerIds.value(deal.partners.first().partnerId);
        pending.amountMilli = toMilli(deal.amount);
        static constexpr std::array<int, 13> textColumns{DId,     DCustomer, DDomain,   DName,        DProduct,
                                                         DStatus, DStage,    DCurrency, DProbability, DCloseDate,
                                                         DCancelledOn,       DSource,   DRegId};
        auto &t = pending.texts;
        for (size_t i = 0; i < textColumns.size(); ++i) {
            if (textColumns[i] != DProbability)
                t[i] = keep(bytes(textColumns[i]), chunk.copies);
        }
        if (deal.probability) {
            const QByteArrayView given = bytes(DProbability).chopped(1);
            if (isCanonicalDecimal(given)) {
                t[8] = keep(given, chunk.copies);
            } else {
                chunk.copies.push_back(decimalText(*deal.probability).toUtf8());
                t[8] = chunk.copies.back();
            }
        }
        for (qsizetype i = 0; i < deal.partners.size(); ++i) {
            PendingShare &share = chunk.shares.emplace_back();
            share.deal = pending.rowId;
            share.position = i;
            share.partner = m_in.partnerIds.value(deal.partners[i].partnerId);
            if (deal.partners.size() == 1) {
                share.percent = "100";
            } else {
                chunk.copies.push_back(decimalText(deal.partners[i].percent).toUtf8());
                share.percent = chunk.copies.back();
            }
        }
    }

    const BulkDealInput &m_in;
    CsvReader &m_reader;
    qint64 m_nextRowId;
    ImportResult &m_result;
    IdRegister m_ids;
    std::deque<QByteArray> m_idCopies; // ids that are not views into the file, for m_ids
    bool m_failed = false;
};

// The writing half, on the connection's thread.
class DealWriter
{
public:
    explicit DealWriter(Database &database)
        : m_dealInserts(database, kInsertDeals, kInsertDealsColumns), m_shareInserts(database, kInsertShares, kInsertSharesColumns)
    {
    }

    void write(const DealChunk &chunk)
    {
        const size_t deals = chunk.deals.size();
        for (size_t at = 0; at < deals; at += kBatchRows)
            writeDeals(chunk, at, std::min(deals - at, size_t(kBatchRows)));
        const size_t shares = chunk.shares.size();
        for (size_t at = 0; at < shares; at += kBatchRows)
            writeShares(chunk, at, std::min(shares - at, size_t(kBatchRows)));
    }

private:
    void writeDeals(const DealChunk &chunk, size_t first, size_t rows)
    {
        SqliteStatement &insert = m_dealInserts.forRows(rows);
        int index = 1;
        for (size_t r = first; r < first + rows; ++r) {
            const PendingDeal &deal = chunk.deals[r];
            index = bindDealRow(insert, index, deal.rowId, deal.primaryPartner, deal.amountMilli, deal.texts);
        }
        insert.run([&] {
            const QString from = QString::fromUtf8(chunk.deals[first].texts[0]);
            return rows == 1 ? ImporterText::tr("adding deal %1").arg(from)
                             : ImporterText::tr("adding deals %1 to %2")
                                   .arg(from, QString::fromUtf8(chunk.deals[first + rows - 1].texts[0]));
        });
    }

    void writeShares(const DealChunk &chunk, size_t first, size_t rows)
    {
        SqliteStatement &insert = m_shareInserts.forRows(rows);
        int index = 1;
        for (size_t r = first; r < first + rows; ++r) {
            const PendingShare &share = chunk.shares[r];
            insert.bindInteger(index++, share.deal);
            insert.bindInteger(index++, share.position);
            insert.bindInteger(index++, share.partner);
            insert.bindText(index++, share.percent);
        }
        insert.run([&] { return ImporterText::tr("saving the partners of deals"); });
    }

    BatchInsert m_dealInserts;
    BatchInsert m_shareInserts;
};

} // namespace

int bindDealRow(SqliteStatement &insert, int index, qint64 rowId, qint64 primaryPartner, qint64 amountMilli,
                const std::array<QByteArrayView, 13> &texts)
{
    insert.bindInteger(index++, rowId);
    insert.bindText(index++, texts[0]); // deal_id
    insert.bindInteger(index++, primaryPartner);
    for (size_t i = 1; i <= 6; ++i) // customer … stage
        insert.bindText(index++, texts[i]);
    insert.bindInteger(index++, amountMilli);
    insert.bindText(index++, texts[7]);        // currency
    insert.bindTextOrNull(index++, texts[8]);  // probability
    insert.bindTextOrNull(index++, texts[9]);  // close_date
    insert.bindTextOrNull(index++, texts[10]); // cancelled_on
    insert.bindText(index++, texts[11]);       // source
    insert.bindText(index++, texts[12]);       // reg_id
    return index;
}

BulkDealOutcome loadDealsIntoEmptyTable(const BulkDealInput &input, CsvReader &reader, qint64 firstRowId,
                                        ImportResult &result)
{
    ChunkQueue queue;
    DealReader dealReader(input, reader, firstRowId, result);
    std::exception_ptr readError;
    std::thread reading([&] {
        try {
            dealReader.run(queue);
        } catch (...) {
            readError = std::current_exception();
        }
        queue.finish();
    });
    // Whatever way this ends, the reading thread is stopped and joined before its inputs go away.
    struct Join
    {
        ChunkQueue &queue;
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable()) {
                queue.stop();
                thread.join();
            }
        }
    } join{queue, reading};

    BulkDealOutcome outcome;
    DealWriter writer(input.database);
    while (std::unique_ptr<DealChunk> chunk = queue.pop()) {
        // The reader hands out no rows after a bad one; the rollback takes back those written before it.
        writer.write(*chunk);
        if (input.options.progress)
            input.options.progress(std::min(input.linesBefore + chunk->lastLine, input.totalLines), input.totalLines);
        if (input.options.cancel && input.options.cancel->load(std::memory_order_relaxed)) {
            outcome.cancelled = true;
            return outcome; // `join` stops the reader
        }
    }
    reading.join();
    if (readError)
        std::rethrow_exception(readError);
    outcome.failed = dealReader.failed();
    return outcome;
}

} // namespace cd::store::detail
