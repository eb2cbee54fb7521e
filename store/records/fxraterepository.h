#pragma once

#include "store/records/recordformat.h"

#include <QList>

namespace cd::store {

class Database;

// Exchange rates (fx.csv), keyed by (date, currency).
class FxRateRepository
{
public:
    explicit FxRateRepository(Database &database); // the database must outlive the repository

    QList<FxRate> all() const; // by date, then currency
    qint64 count() const;
    // Adds the rate or replaces the one of the same date and currency, with an audit row.
    void set(const FxRate &rate);
    void remove(QDate date, const QString &currency);

private:
    Database &m_database;
};

} // namespace cd::store
