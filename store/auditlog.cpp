#include "store/auditlog.h"

#include "store/database.h"

#include "core/records/records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct AuditLogText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::AuditLog)
};

} // namespace

AuditLog::AuditLog(Database &database) : m_database(database)
{
}

void AuditLog::record(const QString &action, const QString &entity, const QString &entityId,
                      const QJsonObject &changes)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO audit (at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)"),
        AuditLogText::tr("preparing the audit log"));
    query.addBindValue(formatIsoDateTimeUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(m_database.actor());
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    Database::exec(query, AuditLogText::tr("writing the audit log for %1 %2").arg(entity, entityId));
}

QList<AuditEntry> AuditLog::entries(const QString &entity, const QString &entityId, int limit) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes FROM audit"
                       " WHERE (? = '' OR entity = ?) AND (? = '' OR entity_id = ?)"
                       " ORDER BY id DESC LIMIT ?"),
        AuditLogText::tr("reading the audit log"));
    const QString entityKey = entity.isNull() ? QStringLiteral("") : entity;
    const QString idKey = entityId.isNull() ? QStringLiteral("") : entityId;
    query.addBindValue(entityKey);
    query.addBindValue(entityKey);
    query.addBindValue(idKey);
    query.addBindValue(idKey);
    query.addBindValue(limit < 0 ? -1 : limit);
    Database::exec(query, AuditLogText::tr("reading the audit log"));
    QList<AuditEntry> result;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = parseIsoDateTimeUtc(query.value(1).toString()).value_or(QDateTime());
        entry.actor = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toString();
        entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        result << entry;
    }
    return result;
}

qint64 AuditLog::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit"), AuditLogText::tr("counting the audit log")).toLongLong();
}

QJsonObject AuditLog::diff(const QStringList &columns, const QStringList &before, const QStringList &after)
{
    QJsonObject changes;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString old = i < before.size() ? before[i] : QString();
        const QString now = i < after.size() ? after[i] : QString();
        if (old == now)
            continue;
        const QJsonValue oldValue = before.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(old);
        const QJsonValue newValue = after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(now);
        changes.insert(columns[i], QJsonArray{oldValue, newValue});
    }
    return changes;
}

} // namespace cd::store
