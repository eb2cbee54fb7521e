#include "store/importexport/importer.h"

#include "store/importexport/importsession.h"

#include <QFile>

#include <algorithm>
#include <optional>

namespace cd::store {

namespace {

using detail::ImporterText;
using detail::ImportSession;

bool loadsDealsInBulk(Database &database, const QList<RecordKind> &kinds)
{
    return kinds.contains(RecordKind::Deals)
           && !database.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deals)"), ImporterText::tr("reading deals")).toBool();
}

int kindOrder(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Partners:
        return 0;
    case RecordKind::FxRates:
        return 1;
    case RecordKind::Registrations:
        return 2;
    case RecordKind::Deals:
        return 3;
    }
    return 4;
}

} // namespace

QList<ImportResult> importBuffers(Database &database, const QList<ImportBuffer> &buffers, const ImportOptions &options)
{
    QList<RecordKind> kinds;
    QList<QByteArrayView> data;
    QStringList names;
    for (const ImportBuffer &buffer : buffers) {
        kinds << buffer.kind;
        data << buffer.data;
        names << buffer.fileName;
    }
    QList<ImportResult> results(kinds.size());
    QList<qsizetype> order(kinds.size());
    qint64 totalLines = 0;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        results[i].kind = kinds[i];
        results[i].fileName = names[i];
        order[i] = i;
        totalLines += detail::countLines(data[i]);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return kindOrder(kinds[a]) < kindOrder(kinds[b]); });
    // A bulk load of deals checks every partner it names and hands out the rowids the shares refer to:
    // where the engine can, its own foreign-key checks are spared (sqlitebulk.cpp has them measured).
    const std::unique_ptr<ImportSettings> settings =
        database.engineImplementation().importSettings(database, loadsDealsInBulk(database, kinds));
    // The session's prepared statements outlive the transaction: refused by the server (a role's rights),
    // the transaction rolls back first, and QPSQL can then free them instead of warning that the aborted
    // transaction ignores it.
    std::optional<ImportSession> session;
    Transaction transaction(database);
    session.emplace(database, *settings, options, totalLines);
    for (qsizetype i : std::as_const(order)) {
        session->run(results[i], data[i]);
        if (session->cancelled() || (options.cancel && options.cancel->load())) {
            for (ImportResult &result : results)
                result.cancelled = true;
            return results;
        }
    }
    if (!session->failed() && !options.dryRun) {
        transaction.commit();
        settings->committed();
    }
    return results;
}

QString ImportResult::summary() const
{
    return ImporterText::tr("%1: %2 added, %3 updated, %4 unchanged").arg(fileName).arg(added).arg(updated).arg(unchanged);
}

ImportResult importData(Database &database, RecordKind kind, QByteArrayView data, const QString &fileName,
                        const ImportOptions &options)
{
    return importBuffers(database, {ImportBuffer{kind, data, fileName}}, options).first();
}

ImportResult importFile(Database &database, RecordKind kind, const QString &path, const ImportOptions &options)
{
    return importFiles(database, {ImportSource{kind, path}}, options).first();
}

QList<ImportResult> importFiles(Database &database, const QList<ImportSource> &sources, const ImportOptions &options)
{
    std::vector<std::unique_ptr<QFile>> files;
    QList<QByteArray> copies;
    QList<QByteArrayView> data;
    QList<RecordKind> kinds;
    QStringList names;
    bool unreadable = false;
    QList<ImportResult> failures;
    for (const ImportSource &source : sources) {
        auto file = std::make_unique<QFile>(source.path);
        ImportResult result;
        result.kind = source.kind;
        result.fileName = source.path;
        QByteArrayView view;
        if (!file->open(QIODevice::ReadOnly)) {
            result.errors << Diagnostic{source.path, 0, QString(), ImporterText::tr("cannot read the file: %1").arg(file->errorString())};
            unreadable = true;
        } else if (uchar *mapped = file->size() > 0 ? file->map(0, file->size()) : nullptr) {
            // Mapped, the bytes of a 100 MB file are read once, by the parser, and never copied.
            view = QByteArrayView(reinterpret_cast<const char *>(mapped), file->size());
        } else {
            copies << file->readAll();
            view = copies.last();
        }
        failures << result;
        files.push_back(std::move(file));
        data << view;
        kinds << source.kind;
        names << source.path;
    }
    if (unreadable)
        return failures;
    QList<ImportBuffer> buffers;
    for (qsizetype i = 0; i < data.size(); ++i)
        buffers << ImportBuffer{kinds[i], data[i], names[i]};
    return importBuffers(database, buffers, options);
}

} // namespace cd::store
