#include "store/records/fxraterepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/records/recordrules.h"
#include "store/records/rowcodec.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

// lupdate files each message under the context named here, which is also the one looked up at run time.
struct FxRateRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::FxRateRepository)
};

QString keyOf(QDate date, const QString &currency)
{
    return formatIsoDate(date) + QLatin1Char('/') + currency;
}

} // namespace

FxRateRepository::FxRateRepository(Database &database) : m_database(database)
{
}

QList<FxRate> FxRateRepository::all() const
{
    QSqlQuery query = m_database.prepare(detail::selectSql<FxRate>(QString(), QStringLiteral("f.date, f.currency")),
                                         FxRateRepositoryText::tr("reading the exchange rates"));
    Database::exec(query, FxRateRepositoryText::tr("reading the exchange rates"));
    QList<FxRate> rates;
    while (query.next())
        rates << detail::recordFromRow<FxRate>(query);
    return rates;
}

qint64 FxRateRepository::count() const
{
    return m_database.scalar(QStringLiteral("SELECT count(*) FROM fx_rates"), FxRateRepositoryText::tr("counting the exchange rates"))
        .toLongLong();
}

void FxRateRepository::set(const FxRate &rate)
{
    const Diagnostics problems = validateFxRate(rate);
    if (!problems.isEmpty())
        throw InvalidRecord(problems);
    const QString key = keyOf(rate.date, rate.currency);
    Transaction transaction(m_database);
    QSqlQuery old = m_database.prepare(QStringLiteral("SELECT rate FROM fx_rates WHERE date = ? AND currency = ?"),
                                       FxRateRepositoryText::tr("reading the rate %1").arg(key));
    old.addBindValue(formatIsoDate(rate.date));
    old.addBindValue(rate.currency);
    Database::exec(old, FxRateRepositoryText::tr("reading the rate %1").arg(key));
    const QStringList before = old.next()
                                   ? QStringList{formatIsoDate(rate.date), rate.currency, old.value(0).toString()}
                                   : QStringList();
    old.finish();
    const QStringList after = fieldTexts(rate);
    if (before == after)
        return;
    QSqlQuery query = m_database.prepare(detail::insertSql<FxRate>() + QStringLiteral(" ON CONFLICT (date, currency) DO UPDATE SET rate = excluded.rate"),
                                         FxRateRepositoryText::tr("saving the rate %1").arg(key));
    detail::bindRecord(query, rate);
    Database::exec(query, FxRateRepositoryText::tr("saving the rate %1").arg(key));
    AuditLog(m_database).record(before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                                QStringLiteral("fx_rate"), key,
                                AuditLog::diff(columnsOf(RecordKind::FxRates), before, after));
    transaction.commit();
}

void FxRateRepository::remove(QDate date, const QString &currency)
{
    const QString key = keyOf(date, currency);
    Transaction transaction(m_database);
    QSqlQuery old = m_database.prepare(QStringLiteral("SELECT rate FROM fx_rates WHERE date = ? AND currency = ?"),
                                       FxRateRepositoryText::tr("reading the rate %1").arg(key));
    old.addBindValue(formatIsoDate(date));
    old.addBindValue(currency);
    Database::exec(old, FxRateRepositoryText::tr("reading the rate %1").arg(key));
    if (!old.next())
        throw StoreError(FxRateRepositoryText::tr("there is no rate %1 to delete").arg(key));
    const QStringList before{formatIsoDate(date), currency, old.value(0).toString()};
    old.finish();
    QSqlQuery query = m_database.prepare(QStringLiteral("DELETE FROM fx_rates WHERE date = ? AND currency = ?"),
                                         FxRateRepositoryText::tr("deleting the rate %1").arg(key));
    query.addBindValue(before[0]);
    query.addBindValue(currency);
    Database::exec(query, FxRateRepositoryText::tr("deleting the rate %1").arg(key));
    AuditLog(m_database).record(QStringLiteral("delete"), QStringLiteral("fx_rate"), key,
                                AuditLog::diff(columnsOf(RecordKind::FxRates), before, {}));
    transaction.commit();
}

} // namespace cd::store
