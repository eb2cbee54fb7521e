#include "store/importexport/bulkdealloader.h"

#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"

#include <QCoreApplication>

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

// What the reading thread hands to the writing one.
struct DealChunk
{
    std::vector<DealRow> deals;
    std::vector<ShareRow> shares;
    std::vector<QByteArray> copies; // behind views that do not point into the file
    int lastLine = 0;
};

// The deal fields the bulk path binds straight from the file's bytes, as RowParser accepted them: texts and
// codes as they are, dates in the one ISO form it takes. Amounts and percentages are converted.
consteval bool bytesAreStored(const Description<Deal> &description)
{
    for (const Field<Deal> &field : description.fields) {
        switch (field.type) {
        case FieldType::Text:
        case FieldType::Code:
        case FieldType::AmountCurrency:
        case FieldType::Date:
        case FieldType::PartnerSplit:
        case FieldType::Amount:
        case FieldType::Percent:
            break;
        default:
            return false;
        }
    }
    return true;
}
static_assert(bytesAreStored(dealDescription), "a new deal field type needs its conversion in fillDealRow()");

constexpr int kDealId = fieldIndex(dealDescription, "deal_id");

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
        RowParser parser(m_reader, m_in.columns, m_in.checkUtf8, m_result.errors);
        // The free text is bound from the file's bytes: no need for it as QString.
        parser.setLean(true);
        const Deal deal = parser.read<Deal>();
        parser.checkRules(validateDeal(deal));
        bool bad = parser.failed();
        for (const DealShare &share : deal.partners) {
            if (!knowsPartner(share.partnerId)) {
                m_result.errors << m_reader.diagnostic(QStringLiteral("partners"),
                                                       ImporterText::tr("there is no partner %1").arg(share.partnerId));
                bad = true;
            }
        }
        const QByteArrayView id = m_reader.field(m_in.columns[kDealId]);
        if (!id.isEmpty()) {
            const QByteArrayView key = keptBytes(id, m_in.data, m_idCopies);
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

    void add(DealChunk &chunk, const Deal &deal)
    {
        DealRow &row = chunk.deals.emplace_back();
        row.rowId = m_nextRowId++;
        fillDealRow(row, DealRowSource{m_reader, m_in.columns, m_in.partnerIds, m_in.data}, deal, chunk.copies);
        appendShareRows(chunk.shares, row.rowId, deal, m_in.partnerIds, chunk.copies);
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
    explicit DealWriter(Database &database) : m_deals(makeDealInsert(database)), m_shares(makeShareInsert(database)) {}

    void write(const DealChunk &chunk)
    {
        const size_t deals = chunk.deals.size();
        for (size_t at = 0; at < deals; at += kBatchRows)
            writeDeals(chunk, at, std::min(deals - at, size_t(kBatchRows)));
        // The shares refer to the deals: those go in first.
        m_deals->flush([&] { return describeDeals(chunk, 0, deals); });
        const size_t shares = chunk.shares.size();
        for (size_t at = 0; at < shares; at += kBatchRows)
            writeShares(chunk, at, std::min(shares - at, size_t(kBatchRows)));
        m_shares->flush([] { return ImporterText::tr("saving the partners of deals"); });
    }

private:
    static QString describeDeals(const DealChunk &chunk, size_t first, size_t rows)
    {
        const QString from = QString::fromUtf8(chunk.deals[first].texts[kDealId]);
        return rows == 1 ? ImporterText::tr("adding deal %1").arg(from)
                         : ImporterText::tr("adding deals %1 to %2")
                               .arg(from, QString::fromUtf8(chunk.deals[first + rows - 1].texts[kDealId]));
    }

    void writeDeals(const DealChunk &chunk, size_t first, size_t rows)
    {
        m_deals->beginRows(rows);
        for (size_t r = first; r < first + rows; ++r)
            addDealRow(*m_deals, chunk.deals[r]);
        m_deals->endRows([&] { return describeDeals(chunk, first, rows); });
    }

    void writeShares(const DealChunk &chunk, size_t first, size_t rows)
    {
        m_shares->beginRows(rows);
        for (size_t r = first; r < first + rows; ++r)
            addShareRow(*m_shares, chunk.shares[r]);
        m_shares->endRows([] { return ImporterText::tr("saving the partners of deals"); });
    }

    std::unique_ptr<BulkInsert> m_deals;
    std::unique_ptr<BulkInsert> m_shares;
};

} // namespace

std::unique_ptr<BulkInsert> makeDealInsert(const Database &database)
{
    static const QByteArray columns = "id, " + columnListSql<Deal>().toLatin1();
    return database.engineImplementation().bulkInsert(database, "deals", columns, 1 + dealDescription.size());
}

std::unique_ptr<BulkInsert> makeShareInsert(const Database &database)
{
    return database.engineImplementation().bulkInsert(database, "deal_partners", "deal, position, partner, percent", 4);
}

void fillDealRow(DealRow &row, const DealRowSource &source, const Deal &deal, std::vector<QByteArray> &copies)
{
    row.primaryPartner = source.partnerIds.value(deal.partners.first().partnerId);
    row.amountMilli = toMilli(deal.amount);
    forEachField<Deal>([&](auto index) {
        constexpr int i = index;
        constexpr const Field<Deal> &field = dealDescription.fields[i];
        const QByteArrayView bytes = source.reader.field(source.columns[i]);
        if constexpr (field.type == FieldType::PartnerSplit || field.type == FieldType::Amount) {
            return; // integers
        } else if constexpr (field.type == FieldType::Percent) {
            // "60%" is stored as "60": the file's digits when they are decimalText()'s, else that.
            const std::optional<Decimal> &percent = deal.*field.template memberAs<std::optional<Decimal>>();
            if (!percent)
                return;
            const QByteArrayView given = bytes.chopped(1);
            if (isCanonicalDecimal(given)) {
                row.texts[i] = keptBytes(given, source.file, copies);
            } else {
                copies.push_back(decimalText(*percent).toUtf8());
                row.texts[i] = copies.back();
            }
        } else { // the parser took these exactly as the database keeps them (bytesAreStored)
            row.texts[i] = keptBytes(bytes, source.file, copies);
        }
    });
}

void appendShareRows(std::vector<ShareRow> &shares, qint64 dealRowId, const Deal &deal,
                     const QHash<QString, qint64> &partnerIds, std::vector<QByteArray> &copies)
{
    for (qsizetype i = 0; i < deal.partners.size(); ++i) {
        ShareRow &share = shares.emplace_back();
        share.deal = dealRowId;
        share.position = i;
        share.partner = partnerIds.value(deal.partners[i].partnerId);
        if (deal.partners.size() == 1) {
            share.percent = "100";
        } else {
            copies.push_back(decimalText(deal.partners[i].percent).toUtf8());
            share.percent = copies.back();
        }
    }
}

void addDealRow(BulkInsert &insert, const DealRow &row)
{
    insert.integer(row.rowId);
    forEachField<Deal>([&](auto field) {
        constexpr FieldType type = dealDescription.fields[field].type;
        if constexpr (type == FieldType::PartnerSplit)
            insert.integer(row.primaryPartner);
        else if constexpr (type == FieldType::Amount)
            insert.integer(row.amountMilli);
        else if constexpr (dealDescription.fields[field].isNullable())
            insert.textOrNull(row.texts[field]);
        else
            insert.text(row.texts[field]);
    });
}

void addShareRow(BulkInsert &insert, const ShareRow &share)
{
    insert.integer(share.deal);
    insert.integer(share.position);
    insert.integer(share.partner);
    insert.text(share.percent);
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
