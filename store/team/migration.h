#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace cd::store {

class Database;

struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

// Moves a desktop file's whole program into an empty team database: every table of the schema (records,
// audit, plans, programs, targets, workflow, settings), row for row with their ids, in one transaction on
// the target, so that a failure leaves it as empty as it was. The target must be PostgreSQL and hold no
// rows but the schema's own defaults; both are at the current schema version (open() saw to that).
// `progress` is told each table as it starts. Throws StoreError.
QList<CopiedTable> copyDatabase(Database &from, Database &to,
                                const std::function<void(const QString &table)> &progress = {});

} // namespace cd::store
