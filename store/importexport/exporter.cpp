#include "store/importexport/exporter.h"

#include "store/database.h"
#include "store/records/recordcsv.h"
#include "store/records/rowcodec.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Exporter)
};

[[noreturn]] void failWriting(QIODevice *out)
{
    throw StoreError(ExporterText::tr("cannot write the export: %1").arg(out->errorString()));
}

// Writes the CSV header, then every record `readAll` hands to its sink, with progress now and then.
template<typename Record, typename ReadAll>
qint64 writeRecords(QIODevice *out, qint64 total, const std::function<void(qint64, qint64)> &progress,
                    ReadAll &&readAll)
{
    detail::RecordCsvWriter<Record> writer(out);
    readAll([&](const Record &record) {
        writer.write(record);
        if (progress && (writer.rows() % 4096) == 0)
            progress(writer.rows(), total);
    });
    if (!writer.finish())
        failWriting(out);
    return writer.rows();
}

// Every record of the kind's table, ordered by `orderBy`.
template<typename Record>
auto readTable(Database &database, const QString &what, const QString &orderBy)
{
    return [&database, what, orderBy](const auto &sink) {
        QSqlQuery query = database.prepare(detail::selectSql<Record>(QString(), orderBy), what);
        Database::exec(query, what);
        while (query.next())
            sink(detail::recordFromRow<Record>(query));
    };
}

} // namespace

qint64 exportKind(Database &database, RecordKind kind, QIODevice *out,
                  const std::function<void(qint64, qint64)> &progress)
{
    const QString what = ExporterText::tr("exporting %1").arg(recordKindName(kind));
    // One read transaction, so that the file is a consistent snapshot even while others write (inside a
    // caller's transaction the snapshot is already there).
    const bool ownTransaction = database.transactionDepth() == 0;
    if (ownTransaction)
        database.execute(QStringLiteral("BEGIN"), what);
    struct EndRead
    {
        Database &database;
        bool active;
        ~EndRead()
        {
            if (!active)
                return;
            QSqlQuery query(database.sql());
            query.exec(QStringLiteral("COMMIT"));
        }
    } endRead{database, ownTransaction};
    const QString table =
        withDescription(kind, [](const auto &description) { return QLatin1String(description.table); });
    const qint64 total = database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table), what).toLongLong();
    qint64 rows = 0;
    switch (kind) {
    case RecordKind::Partners:
        rows = writeRecords<Partner>(out, total, progress,
                                     readTable<Partner>(database, what, QStringLiteral("p.partner_id")));
        break;
    case RecordKind::Deals:
        rows = writeRecords<Deal>(out, total, progress, [&](const auto &sink) {
            QSqlQuery query = database.prepare(detail::dealSelectSql(QString()), what);
            Database::exec(query, what);
            detail::readDeals(query, [&](qint64, Deal &&deal) { sink(deal); });
        });
        break;
    case RecordKind::Registrations:
        rows = writeRecords<Registration>(out, total, progress,
                                          readTable<Registration>(database, what, QStringLiteral("r.reg_id")));
        break;
    case RecordKind::FxRates:
        rows = writeRecords<FxRate>(out, total, progress,
                                    readTable<FxRate>(database, what, QStringLiteral("f.date, f.currency")));
        break;
    }
    if (progress)
        progress(rows, total);
    return rows;
}

QByteArray toCsv(const QList<Partner> &partners)
{
    return detail::recordsCsv(partners);
}

QByteArray toCsv(const QList<Deal> &deals)
{
    return detail::recordsCsv(deals);
}

QByteArray toCsv(const QList<Registration> &registrations)
{
    return detail::recordsCsv(registrations);
}

QByteArray toCsv(const QList<FxRate> &rates)
{
    return detail::recordsCsv(rates);
}

} // namespace cd::store
