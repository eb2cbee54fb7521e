#include "store/registrations/registrationrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"
#include "store/records/rowversion.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RegistrationRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RegistrationRepository)
};

const QString entity = QStringLiteral("registration");

} // namespace

RegistrationRepository::RegistrationRepository(Database &database) : m_database(database)
{
}

std::optional<Registration> RegistrationRepository::find(const QString &regId) const
{
    QSqlQuery query = m_database.prepare(detail::registrationSelectSql(QStringLiteral("r.reg_id = ?")),
                                         RegistrationRepositoryText::tr("reading registration %1").arg(regId));
    query.addBindValue(regId);
    Database::exec(query, RegistrationRepositoryText::tr("reading registration %1").arg(regId));
    if (!query.next())
        return std::nullopt;
    return detail::registrationFromRow(query);
}

QList<Registration> RegistrationRepository::all() const
{
    QSqlQuery query = m_database.prepare(detail::registrationSelectSql(QString()), RegistrationRepositoryText::tr("reading the registrations"));
    Database::exec(query, RegistrationRepositoryText::tr("reading the registrations"));
    QList<Registration> registrations;
    while (query.next())
        registrations << detail::registrationFromRow(query);
    return registrations;
}

bool RegistrationRepository::exists(const QString &regId) const
{
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT 1 FROM registrations WHERE reg_id = ?"),
                                         RegistrationRepositoryText::tr("looking up registration %1").arg(regId));
    query.addBindValue(regId);
    Database::exec(query, RegistrationRepositoryText::tr("looking up registration %1").arg(regId));
    return query.next();
}

qint64 RegistrationRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM registrations"), RegistrationRepositoryText::tr("counting the registrations"))
        .toLongLong();
}

std::optional<qint64> RegistrationRepository::version(const QString &regId) const
{
    return detail::rowVersion(m_database, detail::kRegistrationRows, regId);
}

qint64 RegistrationRepository::resolvePartner(const Registration &registration) const
{
    const Diagnostics problems = validateRegistration(registration);
    if (!problems.isEmpty())
        throw InvalidRecord(problems);
    const std::optional<qint64> rowId = detail::partnerRowId(m_database, registration.partnerId);
    if (!rowId) {
        throw InvalidRecord({Diagnostic{QString(), 0, QStringLiteral("partner_id"),
                                        RegistrationRepositoryText::tr("there is no partner %1").arg(registration.partnerId)}});
    }
    return *rowId;
}

void RegistrationRepository::insert(const Registration &registration)
{
    Transaction transaction(m_database);
    const qint64 partner = resolvePartner(registration);
    if (exists(registration.id))
        throw StoreError(RegistrationRepositoryText::tr("a registration with the id %1 already exists").arg(registration.id));
    QSqlQuery query = m_database.prepare(QStringLiteral("INSERT INTO registrations (") + detail::registrationColumnsSql
                                             + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                         RegistrationRepositoryText::tr("adding registration %1").arg(registration.id));
    detail::bindRegistration(query, registration, partner);
    Database::exec(query, RegistrationRepositoryText::tr("adding registration %1").arg(registration.id));
    AuditLog(m_database).record(QStringLiteral("insert"), entity, registration.id,
                                AuditLog::diff(columnsOf(RecordKind::Registrations), {}, fieldTexts(registration)));
    transaction.commit();
}

qint64 RegistrationRepository::update(const Registration &registration, std::optional<qint64> expectedVersion)
{
    Transaction transaction(m_database);
    const QString name = RegistrationRepositoryText::tr("registration %1").arg(registration.id);
    const qint64 partner = resolvePartner(registration);
    const std::optional<qint64> current = version(registration.id);
    const std::optional<Registration> before = current ? find(registration.id) : std::nullopt;
    if (!before) {
        // Deleted since it was read, when the caller read it.
        detail::refuseIfStale(m_database, detail::kRegistrationRows, registration.id, current, expectedVersion, name);
        throw StoreError(RegistrationRepositoryText::tr("there is no registration %1 to change").arg(registration.id));
    }
    // Saving what is stored already loses nothing, whoever stored it.
    if (*before == registration)
        return *current;
    detail::refuseIfStale(m_database, detail::kRegistrationRows, registration.id, current, expectedVersion, name);
    QSqlQuery query = m_database.prepare(QStringLiteral("UPDATE registrations SET (") + detail::registrationColumnsSql
                                             + QStringLiteral(") = (?,?,?,?,?,?,?,?,?,?), row_version = row_version + 1"
                                                              " WHERE reg_id = ? AND row_version = ?"),
                                         RegistrationRepositoryText::tr("changing registration %1").arg(registration.id));
    detail::bindRegistration(query, registration, partner);
    query.addBindValue(registration.id);
    query.addBindValue(*current);
    Database::exec(query, RegistrationRepositoryText::tr("changing registration %1").arg(registration.id));
    detail::requireVersionedUpdate(m_database, detail::kRegistrationRows, registration.id, query.numRowsAffected(), name);
    AuditLog(m_database).record(QStringLiteral("update"), entity, registration.id,
                                AuditLog::diff(columnsOf(RecordKind::Registrations), fieldTexts(*before),
                                               fieldTexts(registration)));
    transaction.commit();
    return *current + 1;
}

void RegistrationRepository::remove(const QString &regId, std::optional<qint64> expectedVersion)
{
    Transaction transaction(m_database);
    detail::checkRowVersion(m_database, detail::kRegistrationRows, regId, expectedVersion,
                            RegistrationRepositoryText::tr("registration %1").arg(regId));
    const std::optional<Registration> before = find(regId);
    if (!before)
        throw StoreError(RegistrationRepositoryText::tr("there is no registration %1 to delete").arg(regId));
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM registrations WHERE reg_id = ?%1")
                                             .arg(expectedVersion ? QStringLiteral(" AND row_version = ?") : QString()),
                                         RegistrationRepositoryText::tr("deleting registration %1").arg(regId));
    query.addBindValue(regId);
    if (expectedVersion)
        query.addBindValue(*expectedVersion);
    Database::exec(query, RegistrationRepositoryText::tr("deleting registration %1").arg(regId));
    detail::requireVersionedUpdate(m_database, detail::kRegistrationRows, regId, query.numRowsAffected(),
                                   RegistrationRepositoryText::tr("registration %1").arg(regId));
    AuditLog(m_database).record(QStringLiteral("delete"), entity, regId,
                                AuditLog::diff(columnsOf(RecordKind::Registrations), fieldTexts(*before), {}));
    transaction.commit();
}

} // namespace cd::store
