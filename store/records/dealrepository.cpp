#include "store/records/dealrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"
#include "store/records/rowversion.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct DealRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::DealRepository)
};

const QString entity = QStringLiteral("deal");

} // namespace

DealRepository::DealRepository(Database &database) : m_database(database)
{
}

std::optional<Deal> DealRepository::find(const QString &dealId) const
{
    QSqlQuery query = m_database.prepare(detail::dealSelectSql(QStringLiteral("d.deal_id = ?")),
                                         DealRepositoryText::tr("reading deal %1").arg(dealId));
    query.addBindValue(dealId);
    Database::exec(query, DealRepositoryText::tr("reading deal %1").arg(dealId));
    std::optional<Deal> found;
    detail::readDeals(query, [&](qint64, Deal &&deal) { found = std::move(deal); });
    return found;
}

QList<Deal> DealRepository::all() const
{
    QSqlQuery query = m_database.prepare(detail::dealSelectSql(QString()), DealRepositoryText::tr("reading the deals"));
    Database::exec(query, DealRepositoryText::tr("reading the deals"));
    QList<Deal> deals;
    detail::readDeals(query, [&](qint64, Deal &&deal) { deals.append(std::move(deal)); });
    return deals;
}

std::optional<qint64> DealRepository::rowId(const QString &dealId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT id FROM deals WHERE deal_id = ?"),
                                         DealRepositoryText::tr("looking up deal %1").arg(dealId));
    query.addBindValue(dealId);
    Database::exec(query, DealRepositoryText::tr("looking up deal %1").arg(dealId));
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool DealRepository::exists(const QString &dealId) const
{
    return rowId(dealId).has_value();
}

std::optional<qint64> DealRepository::version(const QString &dealId) const
{
    return detail::rowVersion(m_database, detail::kDealRows, dealId);
}

qint64 DealRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM deals"), DealRepositoryText::tr("counting the deals")).toLongLong();
}

QList<qint64> DealRepository::resolvePartners(const Deal &deal) const
{
    const Diagnostics problems = validateDeal(deal);
    if (!problems.isEmpty())
        throw InvalidRecord(problems);
    QList<qint64> rowIds;
    Diagnostics missing;
    for (const DealShare &share : deal.partners) {
        const std::optional<qint64> rowId = detail::partnerRowId(m_database, share.partnerId);
        if (!rowId)
            missing << Diagnostic{QString(), 0, QStringLiteral("partners"),
                                  DealRepositoryText::tr("there is no partner %1").arg(share.partnerId)};
        else
            rowIds << *rowId;
    }
    if (!missing.isEmpty())
        throw InvalidRecord(missing);
    return rowIds;
}

void DealRepository::writeShares(qint64 dealRowId, const Deal &deal, const QList<qint64> &partnerRowIds)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO deal_partners (deal, position, partner, percent) VALUES (?, ?, ?, ?)"),
        DealRepositoryText::tr("saving the partners of deal %1").arg(deal.id));
    for (qsizetype i = 0; i < deal.partners.size(); ++i) {
        query.bindValue(0, dealRowId);
        query.bindValue(1, qint64(i));
        query.bindValue(2, partnerRowIds[i]);
        query.bindValue(3, decimalText(deal.partners[i].percent));
        Database::exec(query, DealRepositoryText::tr("saving the partners of deal %1").arg(deal.id));
    }
}

void DealRepository::insert(const Deal &deal)
{
    Transaction transaction(m_database);
    const QList<qint64> partners = resolvePartners(deal);
    if (exists(deal.id))
        throw StoreError(DealRepositoryText::tr("a deal with the id %1 already exists").arg(deal.id));
    QSqlQuery query =
        m_database.prepare(detail::insertSql<Deal>() + QStringLiteral(" RETURNING id"),
                           DealRepositoryText::tr("adding deal %1").arg(deal.id));
    detail::bindRecord(query, deal, partners.first());
    writeShares(Database::execReturningId(query, DealRepositoryText::tr("adding deal %1").arg(deal.id)), deal, partners);
    AuditLog(m_database).record(QStringLiteral("insert"), entity, deal.id,
                                AuditLog::diff(columnsOf(RecordKind::Deals), {}, fieldTexts(deal)));
    transaction.commit();
}

qint64 DealRepository::update(const Deal &deal, std::optional<qint64> expectedVersion)
{
    Transaction transaction(m_database);
    const QString name = DealRepositoryText::tr("deal %1").arg(deal.id);
    const QList<qint64> partners = resolvePartners(deal);
    const std::optional<qint64> current = version(deal.id);
    const std::optional<Deal> before = current ? find(deal.id) : std::nullopt;
    const std::optional<qint64> dealRowId = rowId(deal.id);
    if (!before || !dealRowId) {
        // Deleted since it was read, when the caller read it.
        detail::refuseIfStale(m_database, detail::kDealRows, deal.id, current, expectedVersion, name);
        throw StoreError(DealRepositoryText::tr("there is no deal %1 to change").arg(deal.id));
    }
    // Saving what is stored already loses nothing, whoever stored it.
    if (*before == deal)
        return *current;
    detail::refuseIfStale(m_database, detail::kDealRows, deal.id, current, expectedVersion, name);
    QSqlQuery query = m_database.prepare(detail::updateSql<Deal>(QStringLiteral("id = ? AND row_version = ?")),
                                         DealRepositoryText::tr("changing deal %1").arg(deal.id));
    detail::bindRecord(query, deal, partners.first());
    query.addBindValue(*dealRowId);
    query.addBindValue(*current);
    Database::exec(query, DealRepositoryText::tr("changing deal %1").arg(deal.id));
    detail::requireVersionedUpdate(m_database, detail::kDealRows, deal.id, query.numRowsAffected(), name);
    if (before->partners != deal.partners) {
        QSqlQuery clear = m_database.prepare(QStringLiteral("DELETE FROM deal_partners WHERE deal = ?"),
                                             DealRepositoryText::tr("changing the partners of deal %1").arg(deal.id));
        clear.addBindValue(*dealRowId);
        Database::exec(clear, DealRepositoryText::tr("changing the partners of deal %1").arg(deal.id));
        writeShares(*dealRowId, deal, partners);
    }
    AuditLog(m_database).record(QStringLiteral("update"), entity, deal.id,
                                AuditLog::diff(columnsOf(RecordKind::Deals), fieldTexts(*before), fieldTexts(deal)));
    transaction.commit();
    return *current + 1;
}

void DealRepository::remove(const QString &dealId, std::optional<qint64> expectedVersion)
{
    Transaction transaction(m_database);
    const QString name = DealRepositoryText::tr("deal %1").arg(dealId);
    detail::checkRowVersion(m_database, detail::kDealRows, dealId, expectedVersion, name);
    const std::optional<Deal> before = find(dealId);
    if (!before)
        throw StoreError(DealRepositoryText::tr("there is no deal %1 to delete").arg(dealId));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM deals WHERE deal_id = ?%1")
                                             .arg(expectedVersion ? QStringLiteral(" AND row_version = ?") : QString()),
                                         DealRepositoryText::tr("deleting deal %1").arg(dealId));
    query.addBindValue(dealId);
    if (expectedVersion)
        query.addBindValue(*expectedVersion);
    Database::exec(query, DealRepositoryText::tr("deleting deal %1").arg(dealId));
    detail::requireVersionedUpdate(m_database, detail::kDealRows, dealId, query.numRowsAffected(), name);
    AuditLog(m_database).record(QStringLiteral("delete"), entity, dealId,
                                AuditLog::diff(columnsOf(RecordKind::Deals), fieldTexts(*before), {}));
    transaction.commit();
}

} // namespace cd::store
