#include "store/importexport/importsession.h"

#include "store/auditlog.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"

#include <QJsonObject>

#include <algorithm>

namespace cd::store::detail {

namespace {

constexpr int kPartnerId = fieldIndex(partnerDescription, "partner_id");
constexpr int kDealId = fieldIndex(dealDescription, "deal_id");
constexpr int kRegistrationId = fieldIndex(registrationDescription, "reg_id");
constexpr int kRateDate = fieldIndex(fxRateDescription, "date");
constexpr int kRateCurrency = fieldIndex(fxRateDescription, "currency");
constexpr int kRate = fieldIndex(fxRateDescription, "rate");

} // namespace

void ImportSession::tick(const CsvReader &reader)
{
    if (++m_rowsSinceTick < 4096)
        return;
    m_rowsSinceTick = 0;
    if (m_options.progress)
        m_options.progress(std::min(m_linesBefore + reader.line(), m_totalLines), m_totalLines);
    if (cancelRequested())
        m_cancelled = true;
}

bool ImportSession::isDuplicate(const CsvReader &reader, ImportResult &result, QByteArrayView key,
                                const QString &field)
{
    if (key.isEmpty())
        return false;
    key = keptBytes(key, m_data, m_keyCopies);
    if (const int first = m_ids.seen(key, reader.line())) {
        result.errors << reader.diagnostic(field, ImporterText::tr("%1 appears twice in the file (first on line %2)")
                                                      .arg(QString::fromUtf8(key))
                                                      .arg(first));
        return true;
    }
    return false;
}

bool ImportSession::tableIsEmpty(RecordKind kind) const
{
    const QString table =
        withDescription(kind, [](const auto &description) { return QLatin1String(description.table); });
    return !m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table),
                        ImporterText::tr("reading %1").arg(table))
                .toBool();
}

void ImportSession::prepare(RecordKind kind)
{
    auto make = [&](const QString &sql) { return m_db.prepare(sql, ImporterText::tr("preparing the import")); };
    switch (kind) {
    case RecordKind::Partners:
        m_insert = make(insertSql<Partner>() + QStringLiteral(" RETURNING id"));
        m_update = make(updateSql<Partner>(QStringLiteral("partner_id = ?")));
        break;
    case RecordKind::Deals:
        m_update = make(updateSql<Deal>(QStringLiteral("id = ?")));
        m_find = make(dealSelectSql(QStringLiteral("d.deal_id = ?")));
        m_insertShare = make(QStringLiteral("INSERT INTO deal_partners (deal, position, partner, percent) VALUES (?,?,?,?)"));
        m_dealInserts = makeDealInsert(m_db);
        m_shareInserts = makeShareInsert(m_db);
        m_pendingDeals.clear();
        m_pendingShares.clear();
        m_pendingCopies.clear();
        m_pendingDeals.reserve(kBatchRows);
        m_pendingShares.reserve(kBatchRows);
        m_nextDealRowId = m_db.engineImplementation().reserveRowIds(m_db, QStringLiteral("deals"), countLines(m_data));
        m_deleteShares = make(QStringLiteral("DELETE FROM deal_partners WHERE deal = ?"));
        break;
    case RecordKind::Registrations:
        m_insert = make(insertSql<Registration>());
        m_update = make(updateSql<Registration>(QStringLiteral("reg_id = ?")));
        m_find = make(registrationSelectSql(QStringLiteral("r.reg_id = ?")));
        break;
    case RecordKind::FxRates:
        m_insert = make(insertSql<FxRate>() + QStringLiteral(" ON CONFLICT (date, currency) DO UPDATE SET rate = excluded.rate"));
        break;
    }
}

void ImportSession::run(ImportResult &result, QByteArrayView data)
{
    CsvReader reader(data, result.fileName);
    if (!checkHeader(reader, result))
        return;
    m_columns = mapColumns(reader, result.kind);
    startFile(result.kind, data);
    const QStringList droppedIndexes = dropIndexesForBulkLoad(result);
    const bool checkUtf8 = !data.isValidUtf8();
    if (result.kind == RecordKind::Deals && m_tableWasEmpty)
        bulkLoadDeals(reader, checkUtf8, result);
    if (!m_cancelled)
        readRows(reader, checkUtf8, result);
    if (m_cancelled)
        return;
    endFile(reader);
    if (m_failed)
        return;
    flushDeals();
    flushShares();
    rebuildIndexes(droppedIndexes);
    if (m_cancelled)
        return;
    auditImport(result);
    // The planner's picture of a table this file changed much of is out of date (ImportSettings::committed):
    // measured on PostgreSQL, the dashboard's region filter read 5,000 imported partners as a handful.
    if (result.added + result.updated >= kRowsThatChangePlans)
        m_settings.loaded(tablesOf(result.kind));
}

// The header names every column the kind requires; the columns it does not know are ignored with a warning.
bool ImportSession::checkHeader(CsvReader &reader, ImportResult &result)
{
    if (!reader.readHeader()) {
        result.errors << *reader.error();
        m_failed = true;
        return false;
    }
    const Diagnostics missing = reader.missingColumns(requiredColumns(result.kind));
    if (!missing.isEmpty()) {
        result.errors << missing;
        m_failed = true;
        return false;
    }
    const QStringList unknown = reader.unknownColumns(columnsOf(result.kind));
    if (!unknown.isEmpty())
        result.warnings << ImporterText::tr("%1: unknown columns ignored: %2").arg(result.fileName, unknown.join(QStringLiteral(", ")));
    return true;
}

void ImportSession::startFile(RecordKind kind, QByteArrayView data)
{
    m_tableWasEmpty = tableIsEmpty(kind);
    // Deals into an empty table go through the bulk loader (bulkdealloader.h) and never reach these batches;
    // an upsert looks deals up as it goes, so each must be written at once.
    m_batchRows = m_tableWasEmpty ? kBatchRows : 1;
    m_ids.clear();
    if (kind != RecordKind::Deals || !m_tableWasEmpty) // the bulk load keeps its own
        m_ids.reserve(countLines(data));
    m_keyCopies.clear();
    m_data = data;
    prepare(kind);
    loadStoredRecords(kind);
}

// What an upsert of partners or rates compares each row with.
void ImportSession::loadStoredRecords(RecordKind kind)
{
    m_existingPartners.clear();
    m_existingRates.clear();
    if (m_tableWasEmpty)
        return;
    if (kind == RecordKind::Partners) {
        QSqlQuery all = m_db.prepare(selectSql<Partner>(), ImporterText::tr("reading the partners"));
        Database::exec(all, ImporterText::tr("reading the partners"));
        while (all.next()) {
            Partner partner = recordFromRow<Partner>(all);
            m_existingPartners.insert(partner.id, partner);
        }
    }
    if (kind == RecordKind::FxRates) {
        // The rate as stored, not as read: a row whose text differs is written again.
        QSqlQuery all = m_db.prepare(selectSql<FxRate>(), ImporterText::tr("reading the exchange rates"));
        Database::exec(all, ImporterText::tr("reading the exchange rates"));
        while (all.next())
            m_existingRates.insert(all.value(kRateDate).toString() + QLatin1Char(' ')
                                       + all.value(kRateCurrency).toString(),
                                   all.value(kRate).toString());
    }
}

// Into an empty table, the secondary indexes (and on PostgreSQL the foreign keys) are dropped and made
// again once the rows are in: measured here on SQLite for a million deals, 12 s against 18 s for keeping
// them up to date row by row (every row would seek through six B-trees). They come back inside the same
// transaction, so a failed or cancelled import rolls back to what it found. Returns the statements that
// make them again, in the order to run them.
QStringList ImportSession::dropIndexesForBulkLoad(const ImportResult &result)
{
    if (result.kind != RecordKind::Deals || !m_tableWasEmpty || m_data.size() <= (1 << 20) || m_failed)
        return {};
    const QString what = ImporterText::tr("importing %1").arg(result.fileName);
    QStringList creates;
    const QList<Rebuildable> dropped =
        m_db.engineImplementation().rebuildables(m_db, {QStringLiteral("deals"), QStringLiteral("deal_partners")});
    for (const Rebuildable &object : dropped) {
        m_db.execute(object.drop, what);
        creates.prepend(object.create);
    }
    return creates;
}

void ImportSession::bulkLoadDeals(CsvReader &reader, bool checkUtf8, ImportResult &result)
{
    const BulkDealInput input{.database = m_db,
                              .options = m_options,
                              .partnerIds = m_partnerIds,
                              .unwrittenPartners = m_unwrittenPartners,
                              .columns = m_columns,
                              .data = m_data,
                              .checkUtf8 = checkUtf8,
                              .linesBefore = m_linesBefore,
                              .totalLines = m_totalLines,
                              .failedBefore = m_failed};
    const BulkDealOutcome outcome = loadDealsIntoEmptyTable(input, reader, m_nextDealRowId, result);
    m_cancelled = m_cancelled || outcome.cancelled;
    m_failed = m_failed || outcome.failed;
}

// Row by row; deals into an empty table never get here, the bulk loader has read them all.
void ImportSession::readRows(CsvReader &reader, bool checkUtf8, ImportResult &result)
{
    while (reader.readRecord()) {
        tick(reader);
        if (m_cancelled)
            return;
        if (reader.error()) {
            result.errors << *reader.error();
            m_failed = true;
            continue;
        }
        RowParser parser(reader, m_columns, checkUtf8, result.errors);
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
}

void ImportSession::endFile(const CsvReader &reader)
{
    m_linesBefore += reader.line();
    if (m_options.progress)
        m_options.progress(std::min(m_linesBefore, m_totalLines), m_totalLines);
}

void ImportSession::rebuildIndexes(QStringList droppedIndexes)
{
    // A dry run rolls back to the old indexes anyway: building them would only cost time.
    if (m_options.dryRun || droppedIndexes.isEmpty())
        return;
    m_settings.beforeIndexing();
    for (const QString &sql : std::as_const(droppedIndexes)) {
        m_db.execute(sql, ImporterText::tr("indexing the deals"));
        if (cancelRequested()) {
            m_cancelled = true;
            return;
        }
    }
    m_settings.afterIndexing();
}

QStringList ImportSession::tablesOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Partners:
        return {QStringLiteral("partners")};
    case RecordKind::Deals:
        return {QStringLiteral("deals"), QStringLiteral("deal_partners")};
    case RecordKind::Registrations:
        return {QStringLiteral("registrations")};
    case RecordKind::FxRates:
        return {QStringLiteral("fx_rates")};
    }
    return {};
}

// One audit row for the file, with its counts, when it changed something.
void ImportSession::auditImport(const ImportResult &result)
{
    if (result.added + result.updated == 0)
        return;
    AuditLog(m_db).record(QStringLiteral("import"), recordEntityName(result.kind), result.fileName,
                          QJsonObject{{QStringLiteral("file"), result.fileName},
                                      {QStringLiteral("added"), result.added},
                                      {QStringLiteral("updated"), result.updated},
                                      {QStringLiteral("unchanged"), result.unchanged}});
}

void ImportSession::partnerRow(const CsvReader &reader, RowParser &parser, ImportResult &result)
{
    Partner partner = parser.read<Partner>();
    const auto existing = m_existingPartners.constFind(partner.id);
    if (existing != m_existingPartners.cend())
        mergeAbsentColumns(partner, *existing, m_columns);
    parser.checkRules(validatePartner(partner));
    if (isDuplicate(reader, result, reader.field(m_columns[kPartnerId]), QStringLiteral("partner_id"))
        || parser.failed())
        m_failed = true;
    if (m_failed) {
        if (!partner.id.isEmpty())
            m_unwrittenPartners.insert(partner.id);
        return;
    }
    if (existing == m_existingPartners.cend()) {
        bindRecord(m_insert, partner);
        m_partnerIds.insert(partner.id, Database::execReturningId(m_insert, ImporterText::tr("adding partner %1").arg(partner.id)));
        ++result.added;
    } else if (*existing == partner) {
        ++result.unchanged;
    } else {
        bindRecord(m_update, partner);
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

void ImportSession::flushDeals()
{
    if (m_pendingDeals.empty())
        return;
    const size_t rows = m_pendingDeals.size();
    const auto describe = [&] {
        const QString first = QString::fromUtf8(m_pendingDeals.front().texts[kDealId]);
        return rows == 1 ? ImporterText::tr("adding deal %1").arg(first)
                         : ImporterText::tr("adding deals %1 to %2")
                               .arg(first, QString::fromUtf8(m_pendingDeals.back().texts[kDealId]));
    };
    m_dealInserts->beginRows(rows);
    for (const DealRow &deal : m_pendingDeals)
        addDealRow(*m_dealInserts, deal);
    m_dealInserts->endRows(describe);
    m_dealInserts->flush(describe);
    m_pendingDeals.clear();
}

void ImportSession::flushShares()
{
    flushDeals(); // the deals they belong to go first, for the foreign key
    if (!m_pendingShares.empty()) {
        const auto describe = [] { return ImporterText::tr("saving the partners of deals"); };
        m_shareInserts->beginRows(m_pendingShares.size());
        for (const ShareRow &share : m_pendingShares)
            addShareRow(*m_shareInserts, share);
        m_shareInserts->endRows(describe);
        m_shareInserts->flush(describe);
        m_pendingShares.clear();
    }
    m_pendingCopies.clear(); // no pending row refers to them any more
}

// The validated deal's text fields are exactly the file's bytes, so those are bound as they are; only
// amounts and percentages, whose stored form differs from the file's, are converted.
void ImportSession::insertDeal(const CsvReader &reader, const Deal &deal)
{
    DealRow &row = m_pendingDeals.emplace_back();
    row.rowId = m_nextDealRowId++;
    fillDealRow(row, DealRowSource{reader, m_columns, m_partnerIds, m_data}, deal, m_pendingCopies);
    appendShareRows(m_pendingShares, row.rowId, deal, m_partnerIds, m_pendingCopies);
    if (int(m_pendingDeals.size()) >= m_batchRows)
        flushDeals();
    if (int(m_pendingShares.size()) >= m_batchRows)
        flushShares();
}

void ImportSession::dealRow(const CsvReader &reader, RowParser &parser, ImportResult &result)
{
    Deal deal = parser.read<Deal>();
    qint64 rowId = -1;
    std::optional<Deal> existing;
    if (!m_tableWasEmpty && !deal.id.isEmpty()) {
        m_find.addBindValue(deal.id);
        Database::exec(m_find, ImporterText::tr("reading deal %1").arg(deal.id));
        readDeals(m_find, [&](qint64 id, Deal &&found) {
            rowId = id;
            existing = std::move(found);
        });
        if (existing)
            mergeAbsentColumns(deal, *existing, m_columns);
    }
    parser.checkRules(validateDeal(deal));
    bool bad = parser.failed();
    for (const DealShare &share : deal.partners) {
        if (!knowsPartner(share.partnerId)) {
            result.errors << reader.diagnostic(QStringLiteral("partners"), ImporterText::tr("there is no partner %1").arg(share.partnerId));
            bad = true;
        }
    }
    if (isDuplicate(reader, result, reader.field(m_columns[kDealId]), QStringLiteral("deal_id")) || bad)
        m_failed = true;
    if (m_failed)
        return;
    if (!existing) {
        insertDeal(reader, deal);
        ++result.added;
    } else if (*existing == deal) {
        ++result.unchanged;
    } else {
        bindRecord(m_update, deal, m_partnerIds.value(deal.partners.first().partnerId));
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

void ImportSession::registrationRow(const CsvReader &reader, RowParser &parser, ImportResult &result)
{
    Registration registration = parser.read<Registration>();
    std::optional<Registration> existing;
    if (!m_tableWasEmpty && !registration.id.isEmpty()) {
        m_find.addBindValue(registration.id);
        Database::exec(m_find, ImporterText::tr("reading registration %1").arg(registration.id));
        if (m_find.next())
            existing = registrationFromRow(m_find);
        m_find.finish();
        if (existing)
            mergeAbsentColumns(registration, *existing, m_columns);
    }
    parser.checkRules(validateRegistration(registration));
    bool bad = parser.failed();
    if (!registration.partnerId.isEmpty() && !knowsPartner(registration.partnerId)) {
        result.errors << reader.diagnostic(QStringLiteral("partner_id"),
                                           ImporterText::tr("there is no partner %1").arg(registration.partnerId));
        bad = true;
    }
    if (isDuplicate(reader, result, reader.field(m_columns[kRegistrationId]), QStringLiteral("reg_id")) || bad)
        m_failed = true;
    if (m_failed)
        return;
    const qint64 partner = m_partnerIds.value(registration.partnerId);
    if (!existing) {
        bindRecord(m_insert, registration, partner);
        Database::exec(m_insert, ImporterText::tr("adding registration %1").arg(registration.id));
        ++result.added;
    } else if (*existing == registration) {
        ++result.unchanged;
    } else {
        bindRecord(m_update, registration, partner);
        m_update.addBindValue(registration.id);
        Database::exec(m_update, ImporterText::tr("changing registration %1").arg(registration.id));
        ++result.updated;
    }
}

void ImportSession::fxRow(const CsvReader &reader, RowParser &parser, ImportResult &result)
{
    const FxRate rate = parser.read<FxRate>();
    parser.checkRules(validateFxRate(rate));
    const QStringList texts = fieldTexts(rate);
    const QString key = texts[kRateDate] + QLatin1Char(' ') + texts[kRateCurrency];
    if (parser.failed() || isDuplicate(reader, result, key.toUtf8(), QStringLiteral("date")))
        m_failed = true;
    if (m_failed)
        return;
    const auto existing = m_existingRates.constFind(key);
    if (existing != m_existingRates.cend() && *existing == texts[kRate]) {
        ++result.unchanged;
        return;
    }
    bindRecord(m_insert, rate);
    Database::exec(m_insert, ImporterText::tr("saving the rate %1").arg(key));
    ++(existing == m_existingRates.cend() ? result.added : result.updated);
}

} // namespace cd::store::detail
