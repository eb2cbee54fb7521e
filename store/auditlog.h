#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::store {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;   // insert, update, delete, import
    QString entity;   // partner, deal, registration, fx_rate
    QString entityId; // the record's id; for an import, the file name
    QJsonObject changes; // field: [old, new] (null for a side that does not exist); an import's counts
};

// Who changed what and when. Every write through a repository adds its row in the same transaction as
// the change, so the log never claims a change that was rolled back.
class AuditLog
{
public:
    explicit AuditLog(Database &database); // the database must outlive the log

    void record(const QString &action, const QString &entity, const QString &entityId, const QJsonObject &changes);
    // Newest first; an empty entity or id matches all.
    QList<AuditEntry> entries(const QString &entity = QString(), const QString &entityId = QString(),
                              int limit = 1000) const;
    qint64 count() const;

    // {column: [before, after]} for the columns whose text differs; an empty list on one side (a record
    // that did not exist) writes null there and leaves out columns that are empty on the other.
    static QJsonObject diff(const QStringList &columns, const QStringList &before, const QStringList &after);

private:
    Database &m_database;
};

} // namespace cd::store
