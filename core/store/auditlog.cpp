#include "auditlog.h"

#include "database.h"

#include "core/records.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cd::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::store::AuditLog", text);
}

} // namespace

AuditLog::AuditLog(Database &database) : m_database(database)
{
}

void AuditLog::record(const QString &action, const QString &entity, const QString &entityId,
                      const QJsonObject &changes)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO audit (at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)"),
        tr("preparing the audit log"));
    query.addBindValue(formatIsoDateTimeUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(m_database.actor());
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    Database::exec(query, tr("writing the audit log for %1 %2").arg(entity, entityId));
}

QList<AuditEntry> AuditLog::entries(const QString &entity, const QString &entityId, int limit) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes FROM audit"
                       " WHERE (? = '' OR entity = ?) AND (? = '' OR entity_id = ?)"
                       " ORDER BY id DESC LIMIT ?"),
        tr("reading the audit log"));
    const QString entityKey = entity.isNull() ? QStringLiteral("") : entity;
    const QString idKey = entityId.isNull() ? QStringLiteral("") : entityId;
    query.addBindValue(entityKey);
    query.addBindValue(entityKey);
    query.addBindValue(idKey);
    query.addBindValue(idKey);
    query.addBindValue(limit < 0 ? -1 : limit);
    Database::exec(query, tr("reading the audit log"));
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
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM audit"), tr("counting the audit log")).toLongLong();
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
