#include "store/importexport/exporter.h"

#include "store/database.h"
#include "store/records/rowcodec.h"

#include "core/files/csv.h"

#include <QBuffer>
#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Exporter)
};

// Writes rows of field texts, numbers without the formula guard.
class RecordWriter
{
public:
    RecordWriter(QIODevice *out, RecordKind kind) : m_out(out), m_writer(out)
    {
        const QStringList &columns = columnsOf(kind);
        for (const QString &column : columns)
            m_numeric << isNumericColumn(kind, column);
        m_writer.writeRow(columns);
    }

    void write(const QStringList &texts)
    {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (m_numeric[i])
                m_writer.addValue(texts[i]);
            else
                m_writer.addText(texts[i]);
        }
        m_writer.endRow();
        ++m_rows;
    }

    qint64 finish()
    {
        if (!m_writer.flush())
            throw StoreError(ExporterText::tr("cannot write the export: %1").arg(m_out->errorString()));
        return m_rows;
    }

private:
    QIODevice *m_out;
    CsvWriter m_writer;
    QList<bool> m_numeric;
    qint64 m_rows = 0;
};

template<typename Record>
QByteArray recordsToCsv(RecordKind kind, const QList<Record> &records)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        RecordWriter writer(&buffer, kind);
        for (const Record &record : records)
            writer.write(fieldTexts(record));
        writer.finish();
    }
    return bytes;
}

} // namespace

qint64 exportKind(Database &database, RecordKind kind, QIODevice *out,
                  const std::function<void(qint64, qint64)> &progress)
{
    const QString what = ExporterText::tr("exporting %1").arg(recordKindName(kind));
    static const QStringList tables{QStringLiteral("partners"), QStringLiteral("deals"), QStringLiteral("registrations"),
                                    QStringLiteral("fx_rates")};
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
    const qint64 total = database.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(tables[int(kind)]), what).toLongLong();
    RecordWriter writer(out, kind);
    qint64 done = 0;
    auto step = [&] {
        if (progress && (++done % 4096) == 0)
            progress(done, total);
    };
    switch (kind) {
    case RecordKind::Partners: {
        QSqlQuery query = database.prepare(QStringLiteral("SELECT ") + detail::partnerColumnsSql
                                               + QStringLiteral(" FROM partners ORDER BY partner_id"),
                                           what);
        Database::exec(query, what);
        while (query.next()) {
            writer.write(fieldTexts(detail::partnerFromRow(query, 0)));
            step();
        }
        break;
    }
    case RecordKind::Deals: {
        QSqlQuery query = database.prepare(detail::dealSelectSql(QString()), what);
        Database::exec(query, what);
        detail::readDeals(query, [&](qint64, Deal &&deal) {
            writer.write(fieldTexts(deal));
            step();
        });
        break;
    }
    case RecordKind::Registrations: {
        QSqlQuery query = database.prepare(detail::registrationSelectSql(QString()), what);
        Database::exec(query, what);
        while (query.next()) {
            writer.write(fieldTexts(detail::registrationFromRow(query)));
            step();
        }
        break;
    }
    case RecordKind::FxRates: {
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT date, currency, rate FROM fx_rates ORDER BY date, currency"), what);
        Database::exec(query, what);
        while (query.next()) {
            writer.write({query.value(0).toString(), query.value(1).toString(),
                          decimalText(decimalFromSql(query.value(2), QStringLiteral("rate")))});
            step();
        }
        break;
    }
    }
    const qint64 rows = writer.finish();
    if (progress)
        progress(rows, total);
    return rows;
}

QByteArray toCsv(const QList<Partner> &partners)
{
    return recordsToCsv(RecordKind::Partners, partners);
}

QByteArray toCsv(const QList<Deal> &deals)
{
    return recordsToCsv(RecordKind::Deals, deals);
}

QByteArray toCsv(const QList<Registration> &registrations)
{
    return recordsToCsv(RecordKind::Registrations, registrations);
}

QByteArray toCsv(const QList<FxRate> &rates)
{
    return recordsToCsv(RecordKind::FxRates, rates);
}

} // namespace cd::store
