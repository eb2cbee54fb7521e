#include "store/records/partnerrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"
#include "store/records/rowversion.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct PartnerRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::PartnerRepository)
};

const QString entity = QStringLiteral("partner");

void validate(const Partner &partner)
{
    const Diagnostics problems = validatePartner(partner);
    if (!problems.isEmpty())
        throw InvalidRecord(problems);
}

} // namespace

PartnerRepository::PartnerRepository(Database &database) : m_database(database)
{
}

std::optional<Partner> PartnerRepository::find(const QString &partnerId) const
{
    QSqlQuery query = m_database.prepare(detail::selectSql<Partner>(QStringLiteral("p.partner_id = ?")),
                                         PartnerRepositoryText::tr("reading partner %1").arg(partnerId));
    query.addBindValue(partnerId);
    Database::exec(query, PartnerRepositoryText::tr("reading partner %1").arg(partnerId));
    if (!query.next())
        return std::nullopt;
    return detail::recordFromRow<Partner>(query);
}

QList<Partner> PartnerRepository::all() const
{
    QSqlQuery query = m_database.prepare(detail::selectSql<Partner>(QString(), QStringLiteral("p.partner_id")),
                                         PartnerRepositoryText::tr("reading the partners"));
    Database::exec(query, PartnerRepositoryText::tr("reading the partners"));
    QList<Partner> partners;
    while (query.next())
        partners << detail::recordFromRow<Partner>(query);
    return partners;
}

bool PartnerRepository::exists(const QString &partnerId) const
{
    return detail::partnerRowId(m_database, partnerId).has_value();
}

std::optional<qint64> PartnerRepository::version(const QString &partnerId) const
{
    return detail::rowVersion(m_database, detail::kPartnerRows, partnerId);
}

qint64 PartnerRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM partners"), PartnerRepositoryText::tr("counting the partners"))
        .toLongLong();
}

void PartnerRepository::insert(const Partner &partner)
{
    validate(partner);
    Transaction transaction(m_database);
    if (exists(partner.id))
        throw StoreError(PartnerRepositoryText::tr("a partner with the id %1 already exists").arg(partner.id));
    QSqlQuery query = m_database.prepare(detail::insertSql<Partner>(),
                                         PartnerRepositoryText::tr("adding partner %1").arg(partner.id));
    detail::bindRecord(query, partner);
    Database::exec(query, PartnerRepositoryText::tr("adding partner %1").arg(partner.id));
    AuditLog(m_database).record(QStringLiteral("insert"), entity, partner.id,
                                AuditLog::diff(columnsOf(RecordKind::Partners), {}, fieldTexts(partner)));
    transaction.commit();
}

qint64 PartnerRepository::update(const Partner &partner, std::optional<qint64> expectedVersion)
{
    validate(partner);
    Transaction transaction(m_database);
    const QString name = PartnerRepositoryText::tr("partner %1").arg(partner.id);
    const std::optional<qint64> current = version(partner.id);
    const std::optional<Partner> before = current ? find(partner.id) : std::nullopt;
    if (!before) {
        // Deleted since it was read, when the caller read it.
        detail::refuseIfStale(m_database, detail::kPartnerRows, partner.id, current, expectedVersion, name);
        throw StoreError(PartnerRepositoryText::tr("there is no partner %1 to change").arg(partner.id));
    }
    // Saving what is stored already loses nothing, whoever stored it.
    if (*before == partner)
        return *current;
    detail::refuseIfStale(m_database, detail::kPartnerRows, partner.id, current, expectedVersion, name);
    QSqlQuery query = m_database.prepare(detail::updateSql<Partner>(QStringLiteral("partner_id = ? AND row_version = ?")),
                                         PartnerRepositoryText::tr("changing partner %1").arg(partner.id));
    detail::bindRecord(query, partner);
    query.addBindValue(partner.id);
    query.addBindValue(*current);
    Database::exec(query, PartnerRepositoryText::tr("changing partner %1").arg(partner.id));
    detail::requireVersionedUpdate(m_database, detail::kPartnerRows, partner.id, query.numRowsAffected(), name);
    AuditLog(m_database).record(QStringLiteral("update"), entity, partner.id,
                                AuditLog::diff(columnsOf(RecordKind::Partners), fieldTexts(*before),
                                               fieldTexts(partner)));
    transaction.commit();
    return *current + 1;
}

void PartnerRepository::remove(const QString &partnerId, std::optional<qint64> expectedVersion)
{
    Transaction transaction(m_database);
    detail::checkRowVersion(m_database, detail::kPartnerRows, partnerId, expectedVersion,
                            PartnerRepositoryText::tr("partner %1").arg(partnerId));
    const std::optional<Partner> before = find(partnerId);
    if (!before)
        throw StoreError(PartnerRepositoryText::tr("there is no partner %1 to delete").arg(partnerId));
    QSqlQuery uses = m_database.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM deal_partners WHERE partner = p.id),"
                       " (SELECT count(*) FROM registrations WHERE partner = p.id)"
                       " FROM partners p WHERE p.partner_id = ?"),
        PartnerRepositoryText::tr("checking the deals of partner %1").arg(partnerId));
    uses.addBindValue(partnerId);
    Database::exec(uses, PartnerRepositoryText::tr("checking the deals of partner %1").arg(partnerId));
    if (uses.next() && (uses.value(0).toLongLong() > 0 || uses.value(1).toLongLong() > 0)) {
        throw StoreError(PartnerRepositoryText::tr("partner %1 cannot be deleted: %2 deals and %3 registrations name it")
                             .arg(partnerId)
                             .arg(uses.value(0).toLongLong())
                             .arg(uses.value(1).toLongLong()));
    }
    uses.finish();
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM partners WHERE partner_id = ?%1")
                                             .arg(expectedVersion ? QStringLiteral(" AND row_version = ?") : QString()),
                                         PartnerRepositoryText::tr("deleting partner %1").arg(partnerId));
    query.addBindValue(partnerId);
    if (expectedVersion)
        query.addBindValue(*expectedVersion);
    Database::exec(query, PartnerRepositoryText::tr("deleting partner %1").arg(partnerId));
    detail::requireVersionedUpdate(m_database, detail::kPartnerRows, partnerId, query.numRowsAffected(),
                                   PartnerRepositoryText::tr("partner %1").arg(partnerId));
    AuditLog(m_database).record(QStringLiteral("delete"), entity, partnerId,
                                AuditLog::diff(columnsOf(RecordKind::Partners), fieldTexts(*before), {}));
    transaction.commit();
}

} // namespace cd::store
