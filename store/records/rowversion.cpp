#include "store/records/rowversion.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QCoreApplication>

namespace cd::store::detail {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct RowVersionText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::RowVersion)
};

[[noreturn]] void throwStale(Database &database, const VersionedTable &rows, const QString &id, bool deleted,
                             const QString &recordName)
{
    // The newest audit row is the change that moved the version on, unless it came by an import (logged
    // once for the file) or the reader may not see it (a regional member and another region's audit).
    const QList<AuditEntry> latest = AuditLog(database).entries(QString::fromLatin1(rows.auditEntity), id, 1);
    const bool known = !latest.isEmpty() && latest.front().at.isValid();
    const QString by = known ? latest.front().actor : QString();
    const QDateTime at = known ? latest.front().at : QDateTime();
    const QString when = known ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    QString message;
    if (deleted && known)
        message = RowVersionText::tr("%1 was deleted by %2 at %3 since you opened it").arg(recordName, by, when);
    else if (deleted)
        message = RowVersionText::tr("%1 was deleted since you opened it").arg(recordName);
    else if (known)
        message = RowVersionText::tr("%1 was changed by %2 at %3 since you opened it").arg(recordName, by, when);
    else
        message = RowVersionText::tr("%1 was changed since you opened it").arg(recordName);
    throw StaleRecordError(message, by, at, deleted);
}

} // namespace

std::optional<qint64> rowVersion(const Database &database, const VersionedTable &rows, const QString &id)
{
    const QString what = RowVersionText::tr("reading the version of %1").arg(id);
    QSqlQuery query = database.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?")
                                           .arg(QLatin1String(rows.table), QLatin1String(rows.idColumn)),
                                       what);
    query.addBindValue(id);
    Database::exec(query, what);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void refuseIfStale(Database &database, const VersionedTable &rows, const QString &id, std::optional<qint64> current,
                   std::optional<qint64> expected, const QString &recordName)
{
    if (expected && current != expected)
        throwStale(database, rows, id, !current.has_value(), recordName);
}

void checkRowVersion(Database &database, const VersionedTable &rows, const QString &id, std::optional<qint64> expected,
                     const QString &recordName)
{
    if (expected)
        refuseIfStale(database, rows, id, rowVersion(database, rows, id), expected, recordName);
}

void requireVersionedUpdate(Database &database, const VersionedTable &rows, const QString &id, int rowsChanged,
                            const QString &recordName)
{
    if (rowsChanged == 0)
        throwStale(database, rows, id, !rowVersion(database, rows, id).has_value(), recordName);
}

} // namespace cd::store::detail
