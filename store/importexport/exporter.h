#pragma once

#include "store/records/recordformat.h"

#include "core/records/records.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <functional>

namespace cd::store {

class Database;

// Writes every record of the kind as data.md's CSV: its columns in data.md's order, rows sorted by id in
// byte order (fx: by date, then currency). Importing the output changes nothing, and exporting again gives
// the same bytes. Returns the number of rows written; throws StoreError when the device fails.
qint64 exportKind(Database &database, RecordKind kind, QIODevice *out,
                  const std::function<void(qint64 done, qint64 total)> &progress = {});

// The same CSV from records in memory, in the order given (the demo data goes through these and the importer).
QByteArray toCsv(const QList<Partner> &partners);
QByteArray toCsv(const QList<Deal> &deals);
QByteArray toCsv(const QList<Registration> &registrations);
QByteArray toCsv(const QList<FxRate> &rates);

} // namespace cd::store
