#pragma once

#include "store/records/recordformat.h"

#include "core/diagnostic.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace cd::store {

class Database;

struct ImportOptions
{
    bool dryRun = false; // validate, count, and change nothing
    // Called now and then with the lines read so far and the lines of all the files: for a progress bar.
    std::function<void(qint64 done, qint64 total)> progress;
    // Set (from a slot, or another thread) to stop: the import ends with `cancelled` and changes nothing.
    const std::atomic<bool> *cancel = nullptr;
};

struct ImportResult
{
    RecordKind kind = RecordKind::Partners;
    QString fileName;      // as diagnostics name it
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // rows identical to what the database held
    QStringList warnings; // "FILE: unknown columns ignored: …", once per file
    Diagnostics errors;   // every bad row, FILE:LINE: FIELD: message; any error means nothing was changed
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
    // "partners.csv: 12 added, 3 updated, 40 unchanged"
    QString summary() const;
};

struct ImportSource
{
    RecordKind kind;
    QString path;
};

// Imports data.md CSV files: columns by name in any order, every field validated, every bad row reported,
// ids upserted. All or nothing: the files of one call share one transaction, and any error (or a cancel,
// or a dry run) rolls all of it back. Files are taken partners first, then exchange rates, registrations
// and deals, so that deals may name partners that the same call adds. Each file that changed something
// leaves one audit row (action "import", its counts) rather than one per record.
ImportResult importFile(Database &database, RecordKind kind, const QString &path, const ImportOptions &options = {});
QList<ImportResult> importFiles(Database &database, const QList<ImportSource> &sources,
                                const ImportOptions &options = {});
// The same from bytes in memory; `fileName` names them in diagnostics.
ImportResult importData(Database &database, RecordKind kind, QByteArrayView data, const QString &fileName,
                        const ImportOptions &options = {});
struct ImportBuffer
{
    RecordKind kind;
    QByteArrayView data; // must stay valid during the call
    QString fileName;
};
QList<ImportResult> importBuffers(Database &database, const QList<ImportBuffer> &buffers,
                                  const ImportOptions &options = {});

} // namespace cd::store
