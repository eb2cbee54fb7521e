#include "store/importexport/importsession.h"

#include "store/auditlog.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"

#include <QJsonObject>

#include <algorithm>
#include <cstring>

namespace cd::store::detail {

void ImportSession::tick(const CsvReader &reader)
{
    if (++m_rowsSinceTick < 4096)
        return;
    m_rowsSinceTick = 0;
    if (m_options.progress)
        m_options.progress(std::min(m_linesBefore + reader.line(), m_totalLines), m_totalLines);
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        m_cancelled = true;
}

bool ImportSession::isDuplicate(const CsvReader &reader, ImportResult &result, QByteArrayView key,
                                const QString &field)
{
    if (key.isEmpty())
        return false;
    const bool inFile = key.data() >= m_data.data() && key.data() + key.size() <= m_data.data() + m_data.size();
    if (!inFile) {
        m_keyCopies.push_back(key.toByteArray());
        key = m_keyCopies.back();
    }
    if (const int first = m_ids.seen(key, reader.line())) {
        result.errors << reader.diagnostic(field, ImporterText::tr("%1 appears twice in the file (first on line %2)")
                                                      .arg(QString::fromUtf8(key))
                                                      .arg(first));
        return true;
    }
    return false;
}

void ImportSession::prepare(RecordKind kind)
{
    auto make = [&](const QString &sql) { return m_db.prepare(sql, ImporterText::tr("preparing the import")); };
    const QString values15 = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    switch (kind) {
    case RecordKind::Partners:
        m_insert = make(QStringLiteral("INSERT INTO partners (") + detail::partnerColumnsSql + QStringLiteral(") VALUES ")
                        + values15);
        m_update = make(QStringLiteral("UPDATE partners SET (") + detail::partnerColumnsSql + QStringLiteral(") = ")
                        + values15 + QStringLiteral(" WHERE partner_id = ?"));
        break;
    case RecordKind::Deals:
        m_insert = make(QStringLiteral("INSERT INTO deals (") + detail::dealColumnsSql + QStringLiteral(") VALUES ")
                        + values15);
        m_update = make(QStringLiteral("UPDATE deals SET (") + detail::dealColumnsSql + QStringLiteral(") = ") + values15
                        + QStringLiteral(" WHERE id = ?"));
        m_find = make(detail::dealSelectSql(QStringLiteral("d.deal_id = ?")));
        m_insertShare = make(QStringLiteral("INSERT INTO deal_partners (deal, position, partner, percent) VALUES (?,?,?,?)"));
        m_dealInserts.emplace(m_db, kInsertDeals, kInsertDealsColumns);
        m_shareInserts.emplace(m_db, kInsertShares, kInsertSharesColumns);
        m_pendingDeals.clear();
        m_pendingShares.clear();
        m_pendingDeals.reserve(kBatchRows);
        m_pendingShares.reserve(kBatchRows);
        m_nextDealRowId = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM deals"), ImporterText::tr("reading deals"))
                              .toLongLong();
        m_deleteShares = make(QStringLiteral("DELETE FROM deal_partners WHERE deal = ?"));
        break;
    case RecordKind::Registrations:
        m_insert = make(QStringLiteral("INSERT INTO registrations (") + detail::registrationColumnsSql
                        + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?)"));
        m_update = make(QStringLiteral("UPDATE registrations SET (") + detail::registrationColumnsSql
                        + QStringLiteral(") = (?,?,?,?,?,?,?,?,?,?) WHERE reg_id = ?"));
        m_find = make(detail::registrationSelectSql(QStringLiteral("r.reg_id = ?")));
        break;
    case RecordKind::FxRates:
        m_insert = make(QStringLiteral("INSERT OR REPLACE INTO fx_rates (date, currency, rate) VALUES (?,?,?)"));
        break;
    }
}

void ImportSession::run(ImportResult &result, QByteArrayView data)
{
    const QString what = ImporterText::tr("importing %1").arg(result.fileName);
    CsvReader reader(data, result.fileName);
    if (!reader.readHeader()) {
        result.errors << *reader.error();
        m_failed = true;
        return;
    }
    const Diagnostics missing = reader.missingColumns(detail::requiredColumns(result.kind));
    if (!missing.isEmpty()) {
        result.errors << missing;
        m_failed = true;
        return;
    }
    const QStringList unknown = reader.unknownColumns(columnsOf(result.kind));
    if (!unknown.isEmpty())
        result.warnings << ImporterText::tr("%1: unknown columns ignored: %2").arg(result.fileName, unknown.join(QStringLiteral(", ")));
    const detail::ColumnMap columns = detail::mapColumns(reader, result.kind);
    m_columns = &columns;
    const bool checkUtf8 = !data.isValidUtf8();
    static const QStringList tables{QStringLiteral("partners"), QStringLiteral("deals"), QStringLiteral("registrations"),
                                    QStringLiteral("fx_rates")};
    m_tableWasEmpty = tableIsEmpty(tables[int(result.kind)]);
    // Deals into an empty table go through the bulk loader (bulkdealloader.h) and never reach these batches;
    // an upsert looks deals up as it goes, so each must be written at once.
    m_batchRows = m_tableWasEmpty ? kBatchRows : 1;
    m_ids.clear();
    if (result.kind != RecordKind::Deals || !m_tableWasEmpty) // the bulk load keeps its own
        m_ids.reserve(detail::countLines(data));
    m_keyCopies.clear();
    m_data = data;
    prepare(result.kind);
    m_existingPartners.clear();
    m_existingRates.clear();
    if (result.kind == RecordKind::Partners && !m_tableWasEmpty) {
        QSqlQuery all = m_db.prepare(QStringLiteral("SELECT ") + detail::partnerColumnsSql + QStringLiteral(" FROM partners"),
                                     ImporterText::tr("reading the partners"));
        Database::exec(all, ImporterText::tr("reading the partners"));
        while (all.next()) {
            Partner partner = detail::partnerFromRow(all, 0);
            m_existingPartners.insert(partner.id, partner);
        }
    }
    if (result.kind == RecordKind::FxRates && !m_tableWasEmpty) {
        QSqlQuery all = m_db.prepare(QStringLiteral("SELECT date, currency, rate FROM fx_rates"),
                                     ImporterText::tr("reading the exchange rates"));
        Database::exec(all, ImporterText::tr("reading the exchange rates"));
        while (all.next())
            m_existingRates.insert(all.value(0).toString() + QLatin1Char(' ') + all.value(1).toString(),
                                   all.value(2).toString());
    }

    // Into an empty table, the secondary indexes are dropped and built again once the rows are in: measured
    // here for a million deals, 12 s against 18 s for keeping them up to date row by row (every row would
    // seek through six B-trees). They come back inside the same transaction, so a failed or cancelled
    // import rolls back to the indexes it found.
    QStringList droppedIndexes;
    if (result.kind == RecordKind::Deals && m_tableWasEmpty && data.size() > (1 << 20) && !m_failed) {
        QSqlQuery indexes = m_db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                                        " AND tbl_name IN ('deals', 'deal_partners') AND sql IS NOT NULL"),
                                         what);
        Database::exec(indexes, what);
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            droppedIndexes << indexes.value(1).toString();
        }
        indexes.finish();
        for (const QString &name : std::as_const(names))
            m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name), what);
    }

    if (result.kind == RecordKind::Deals && m_tableWasEmpty) {
        const detail::BulkDealInput input{m_db,    m_options, m_partnerIds,   m_unwrittenPartners, columns,
                                          data,    checkUtf8, m_linesBefore, m_totalLines,        m_failed};
        const detail::BulkDealOutcome outcome = detail::loadDealsIntoEmptyTable(input, reader, m_nextDealRowId, result);
        if (outcome.cancelled) {
            m_cancelled = true;
            return;
        }
        m_failed = m_failed || outcome.failed;
    }
    while (reader.readRecord()) {
        tick(reader);
        if (m_cancelled)
            return;
        if (reader.error()) {
            result.errors << *reader.error();
            m_failed = true;
            continue;
        }
        // Deals into an empty table never get here: the bulk loader above has read them all.
        detail::RowParser parser(reader, columns, result.kind, checkUtf8, result.errors);
        switch (result.kind) {
        case RecordKind::Partners:
            partnerRow(reader, parser, result);
            break;
        case RecordKind::Deals:
            dealRow(reader, parser, result);
            break;
        case RecordKind::Registrations:
            registrationRow(reader, parser, result);
            break;
        case RecordKind::FxRates:
            fxRow(reader, parser, result);
            break;
        }
    }
    m_linesBefore += reader.line();
    if (m_options.progress)
        m_options.progress(std::min(m_linesBefore, m_totalLines), m_totalLines);
    if (m_failed)
        return;
    flushDeals();
    flushShares();
    // A dry run rolls back to the old indexes anyway: building them would only cost time.
    if (m_options.dryRun)
        droppedIndexes.clear();
    // The sorts behind CREATE INDEX take a quarter less CPU time in runs of 4 MiB than in one run in a
    // large cache (measured for a million deals: SQLite's in-memory merge sort chases pointers through
    // all of its memory); the cache comes back for the rest of the import.
    if (!droppedIndexes.isEmpty())
        m_db.execute(QStringLiteral("PRAGMA cache_size = -4096"), ImporterText::tr("indexing the deals"));
    for (const QString &sql : std::as_const(droppedIndexes)) {
        m_db.execute(sql, ImporterText::tr("indexing the deals"));
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return;
        }
    }
    if (!droppedIndexes.isEmpty())
        m_db.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB), ImporterText::tr("indexing the deals"));
    if (result.added + result.updated > 0) {
        AuditLog(m_db).record(QStringLiteral("import"), recordEntityName(result.kind), result.fileName,
                              QJsonObject{{QStringLiteral("file"), result.fileName},
                                          {QStringLiteral("added"), result.added},
                                          {QStringLiteral("updated"), result.updated},
                                          {QStringLiteral("unchanged"), result.unchanged}});
    }
}

void ImportSession::partnerRow(const CsvReader &reader, detail::RowParser &parser, ImportResult &result)
{
    Partner partner = parser.partner();
    const auto existing = m_existingPartners.constFind(partner.id);
    if (existing != m_existingPartners.cend())
        detail::mergeAbsentColumns(partner, *existing, *m_columns);
    parser.checkRules(validatePartner(partner));
    if (isDuplicate(reader, result, reader.field((*m_columns)[detail::PId]), QStringLiteral("partner_id")) || parser.failed())
        m_failed = true;
    if (m_failed) {
        if (!partner.id.isEmpty())
            m_unwrittenPartners.insert(partner.id);
        return;
    }
    if (existing == m_existingPartners.cend()) {
        detail::bindPartner(m_insert, partner);
        Database::exec(m_insert, ImporterText::tr("adding partner %1").arg(partner.id));
        m_partnerIds.insert(partner.id, m_insert.lastInsertId().toLongLong());
        ++result.added;
    } else if (*existing == partner) {
        ++result.unchanged;
    } else {
        detail::bindPartner(m_update, partner);
        m_update.addBindValue(partner.id);
        Database::exec(m_update, ImporterText::tr("changing partner %1").arg(partner.id));
        ++result.updated;
    }
}

void ImportSession::writeShares(qint64 dealRowId, const Deal &deal)
{
    for (qsizetype i = 0; i < deal.partners.size(); ++i) {
        m_insertShare.bindValue(0, dealRowId);
        m_insertShare.bindValue(1, qint64(i));
        m_insertShare.bindValue(2, m_partnerIds.value(deal.partners[i].partnerId));
        m_insertShare.bindValue(3, decimalText(deal.partners[i].percent));
        Database::exec(m_insertShare, ImporterText::tr("saving the partners of deal %1").arg(deal.id));
    }
}

QByteArrayView ImportSession::keep(QByteArrayView bytes, QByteArray &storage) const
{
    const bool inFile = bytes.data() >= m_data.data() && bytes.data() + bytes.size() <= m_data.data() + m_data.size();
    if (bytes.isEmpty() || inFile)
        return bytes;
    storage = bytes.toByteArray();
    return storage;
}

void ImportSession::flushDeals()
{
    if (m_pendingDeals.empty())
        return;
    const int rows = int(m_pendingDeals.size());
    detail::SqliteStatement &insert = m_dealInserts->forRows(size_t(rows));
    int index = 1;
    for (const PendingDeal &deal : m_pendingDeals)
        index = bindDealRow(insert, index, deal.rowId, deal.primaryPartner, deal.amountMilli, deal.texts);
    insert.run([&] {
        return rows == 1 ? ImporterText::tr("adding deal %1").arg(m_pendingDeals.front().id)
                         : ImporterText::tr("adding deals %1 to %2").arg(m_pendingDeals.front().id, m_pendingDeals.back().id);
    });
    m_pendingDeals.clear();
}

void ImportSession::flushShares()
{
    if (m_pendingShares.empty())
        return;
    flushDeals(); // the deals they belong to go first, for the foreign key
    const int rows = int(m_pendingShares.size());
    detail::SqliteStatement &insert =
        m_shareInserts->forRows(size_t(rows));
    int index = 1;
    for (const PendingShare &share : m_pendingShares) {
        insert.bindInteger(index++, share.deal);
        insert.bindInteger(index++, share.position);
        insert.bindInteger(index++, share.partner);
        insert.bindText(index++, share.percent);
    }
    insert.run([&] { return ImporterText::tr("saving the partners of deals"); });
    m_pendingShares.clear();
}

// The validated deal's text fields are exactly the file's bytes, so those are bound as they are; only
// amounts and percentages, whose stored form differs from the file's, are converted.
void ImportSession::insertDeal(const CsvReader &reader, const Deal &deal)
{
    using namespace detail;
    const ColumnMap &columns = *m_columns;
    auto bytes = [&](int column) { return reader.field(columns[size_t(column)]); };
    PendingDeal &pending = m_pendingDeals.emplace_back();
    pending.rowId = m_nextDealRowId++;
    pending.primaryPartner = m_partnerIds.value(deal.partners.first().partnerId);
    pending.amountMilli = toMilli(deal.amount);
    pending.id = deal.id;
    // Quoted fields with doubled quotes live in the reader only until its next record: keep() copies those.
    auto &t = pending.texts;
    auto &storage = pending.storage;
    static constexpr std::array<int, 13> textColumns{DId,     DCustomer, DDomain,     DName,        DProduct,
                                                     DStatus, DStage,    DCurrency,   DProbability, DCloseDate,
                                                     DCancelledOn,       DSource,     DRegId};
    for (size_t i = 0; i < textColumns.size(); ++i) {
        if (textColumns[i] != DProbability)
            t[i] = keep(bytes(textColumns[i]), storage[i]);
    }
    if (deal.probability) {
        const QByteArrayView given = bytes(DProbability).chopped(1);
        if (detail::isCanonicalDecimal(given))
            t[8] = keep(given, storage[8]);
        else
            t[8] = storage[8] = decimalText(*deal.probability).toUtf8();
    }
    const qint64 dealRowId = pending.rowId;
    for (qsizetype i = 0; i < deal.partners.size(); ++i) {
        PendingShare &share = m_pendingShares.emplace_back();
        share.deal = dealRowId;
        share.position = i;
        share.partner = m_partnerIds.value(deal.partners[i].partnerId);
        if (deal.partners.size() == 1)
            share.percent = "100";
        else
            share.percent = share.storage = decimalText(deal.partners[i].percent).toUtf8();
    }
    if (int(m_pendingDeals.size()) >= m_batchRows)
        flushDeals();
    if (int(m_pendingShares.size()) >= m_batchRows)
        flushShares();
}

void ImportSession::dealRow(const CsvReader &reader, detail::RowParser &parser, ImportResult &result)
{
    Deal deal = parser.deal();
    qint64 rowId = -1;
    std::optional<Deal> existing;
    if (!m_tableWasEmpty && !deal.id.isEmpty()) {
        m_find.addBindValue(deal.id);
        Database::exec(m_find, ImporterText::tr("reading deal %1").arg(deal.id));
        detail::readDeals(m_find, [&](qint64 id, Deal &&found) {
            rowId = id;
            existing = std::move(found);
        });
        if (existing)
            detail::mergeAbsentColumns(deal, *existing, *m_columns);
    }
    parser.checkRules(validateDeal(deal));
    bool bad = parser.failed();
    for (const DealShare &share : deal.partners) {
        if (!knowsPartner(share.partnerId)) {
            result.errors << reader.diagnostic(QStringLiteral("partners"), ImporterText::tr("there is no partner %1").arg(share.partnerId));
            bad = true;
        }
    }
    if (isDuplicate(reader, result, reader.field((*m_columns)[detail::DId]), QStringLiteral("deal_id")) || bad)
        m_failed = true;
    if (m_failed)
        return;
    if (!existing) {
        insertDeal(reader, deal);
        ++result.added;
    } else if (*existing == deal) {
        ++result.unchanged;
    } else {
        detail::bindDeal(m_update, deal, m_partnerIds.value(deal.partners.first().partnerId));
        m_update.addBindValue(rowId);
        Database::exec(m_update, ImporterText::tr("changing deal %1").arg(deal.id));
        if (existing->partners != deal.partners) {
            m_deleteShares.bindValue(0, rowId);
            Database::exec(m_deleteShares, ImporterText::tr("changing the partners of deal %1").arg(deal.id));
            writeShares(rowId, deal);
        }
        ++result.updated;
    }
}

void ImportSession::registrationRow(const CsvReader &reader, detail::RowParser &parser, ImportResult &result)
{
    Registration registration = parser.registration();
    std::optional<Registration> existing;
    if (!m_tableWasEmpty && !registration.id.isEmpty()) {
        m_find.addBindValue(registration.id);
        Database::exec(m_find, ImporterText::tr("reading registration %1").arg(registration.id));
        if (m_find.next())
            existing = detail::registrationFromRow(m_find);
        m_find.finish();
        if (existing)
            detail::mergeAbsentColumns(registration, *existing, *m_columns);
    }
    parser.checkRules(validateRegistration(registration));
    bool bad = parser.failed();
    if (!registration.partnerId.isEmpty() && !knowsPartner(registration.partnerId)) {
        result.errors << reader.diagnostic(QStringLiteral("partner_id"),
                                           ImporterText::tr("there is no partner %1").arg(registration.partnerId));
        bad = true;
    }
    if (isDuplicate(reader, result, reader.field((*m_columns)[detail::RId]), QStringLiteral("reg_id")) || bad)
        m_failed = true;
    if (m_failed)
        return;
    const qint64 partner = m_partnerIds.value(registration.partnerId);
    if (!existing) {
        detail::bindRegistration(m_insert, registration, partner);
        Database::exec(m_insert, ImporterText::tr("adding registration %1").arg(registration.id));
        ++result.added;
    } else if (*existing == registration) {
        ++result.unchanged;
    } else {
        detail::bindRegistration(m_update, registration, partner);
        m_update.addBindValue(registration.id);
        Database::exec(m_update, ImporterText::tr("changing registration %1").arg(registration.id));
        ++result.updated;
    }
}

void ImportSession::fxRow(const CsvReader &reader, detail::RowParser &parser, ImportResult &result)
{
    const FxRate rate = parser.fxRate();
    const QStringList texts = fieldTexts(rate);
    const QString key = texts[0] + QLatin1Char(' ') + texts[1];
    if (parser.failed() || isDuplicate(reader, result, key.toUtf8(), QStringLiteral("date")))
        m_failed = true;
    if (m_failed)
        return;
    const auto existing = m_existingRates.constFind(key);
    if (existing != m_existingRates.cend() && *existing == texts[2]) {
        ++result.unchanged;
        return;
    }
    for (const QString &text : texts)
        m_insert.addBindValue(text);
    Database::exec(m_insert, ImporterText::tr("saving the rate %1").arg(key));
    ++(existing == m_existingRates.cend() ? result.added : result.updated);
}

} // namespace cd::store::detail
