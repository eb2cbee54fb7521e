#pragma once

// The dashboard query's private helpers: a fast row reader straight from the engine, the
// exchange-rate table, and the partner scope of a filter. Private to core/store.

#include "store/dashboard/dashboardquery.h"
#include "store/database.h"
#include "store/engine/rowcursor.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QVariantList>

namespace cd::store::detail {

// Reads rows straight from the engine (rowcursor.h): a million-row aggregate returns tens of thousands of
// groups, and a QVariant per value would cost more than the engine's own work.
class RowReader
{
public:
    RowReader(const Database &database, const QString &sql, const QVariantList &bindings) // throws StoreError
        : m_cursor(database.engineImplementation().cursor(database, sql, bindings))
    {
    }
    // On a connection of its own (another thread's).
    RowReader(ReadConnection &connection, const QString &sql, const QVariantList &bindings)
        : m_cursor(connection.cursor(sql, bindings))
    {
    }

    bool next() { return m_cursor->next(); } // throws StoreError
    qint64 integer(int column) const { return m_cursor->integer(column); }
    bool isNull(int column) const { return m_cursor->isNull(column); }
    QByteArrayView bytes(int column) const { return m_cursor->bytes(column); } // valid until next()
    QString text(int column) const { return m_cursor->text(column); }

private:
    std::unique_ptr<RowCursor> m_cursor;
};

// fx_rates: units of the base currency per unit of a currency, in force from a date.
class FxRates
{
public:
    FxRates(const Database &database, const QString &reportingCurrency);

    const QString &base() const { return m_base; }
    const QString &reporting() const { return m_reporting; }
    int reportingDigits() const { return m_digits; }
    // Base units per unit of `currency` on `isoDate` (empty date: the latest rate).
    std::optional<Decimal> rate(QByteArrayView currency, QByteArrayView isoDate) const;
    // Reporting-currency units per unit of `currency` on `isoDate` (empty: the latest), exact but for the
    // 12-decimal division a reporting currency other than the base needs. nullopt when a rate is missing.
    const std::optional<Decimal> &factor(QByteArrayView currency, QByteArrayView isoDate) const;
    // Thousandths of `currency` on `isoDate` in the reporting currency, exact (a reporting currency other
    // than the base divides by its own rate, to 12 decimals). nullopt when a rate is missing.
    std::optional<Decimal> convertMilli(qint64 milli, QByteArrayView currency, QByteArrayView isoDate) const;
    QStringList currencies() const
    {
        QStringList codes;
        for (auto it = m_rates.cbegin(); it != m_rates.cend(); ++it)
            codes << QString::fromLatin1(it.key());
        return codes;
    }

private:
    std::optional<Decimal> lookup(const QByteArray &currency, const QByteArray &isoDate) const;
    QString m_base;
    QString m_reporting;
    int m_digits = 2;
    QHash<QByteArray, QMap<QByteArray, Decimal>> m_rates; // currency -> ISO date -> rate
    mutable QHash<QByteArray, std::optional<Decimal>> m_cache; // "CUR|date" -> factor to reporting
};

QString baseCurrencyOf(const Database &database);

// The FROM clause, conditions and the share expression of a filter's deals.
struct Scope
{
    QString from;          // "deals d" or deal_partners joined for one partner
    QString where;         // " AND …" conditions on partner attributes
    QString partnerFilter; // " IN (SELECT id FROM partners WHERE …)", the same conditions for a partner row id
    QVariantList bindings; // for `where`, in order
    QString share;         // SQL for the credited percentage: '100' or dp.percent
    bool partnerMode = false;
};
Scope scopeOf(const Database &database, const DashboardFilter &filter);

// Registrations submitted in each month of `year` and how many of them are in conflict (the stored status,
// or, where no registration has been decided yet, registration.md's evaluation as of today).
QList<SeriesEntry> registrationSeries(const Database &database, const DashboardFilter &filter, const Period &year);

// Exact helpers for ratios shown to people.
Decimal percentOf(const Decimal &part, const Decimal &whole, int decimals); // part / whole × 100
Decimal quotient(const Decimal &numerator, qint64 denominator, int decimals);
Decimal divided(const Decimal &numerator, const Decimal &denominator, int decimals);

} // namespace cd::store::detail
