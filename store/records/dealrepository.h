#pragma once

#include "core/records/records.h"

#include <QList>

#include <optional>

namespace cd::store {

class Database;

// Deals by deal_id, with their partner shares (deal_partners, in the order given; the first partner is the
// deal's primary partner for sorting and filtering). Writes validate the deal (InvalidRecord), require
// every named partner to exist, run in a transaction and add an audit row. Money converts to the
// database's thousandths exactly; an amount finer than that is refused rather than rounded.
class DealRepository
{
public:
    explicit DealRepository(Database &database); // the database must outlive the repository

    std::optional<Deal> find(const QString &dealId) const;
    QList<Deal> all() const; // by deal_id
    bool exists(const QString &dealId) const;
    qint64 count() const;
    // The SQLite rowid of the deal (TableRow::rowId), or nullopt.
    std::optional<qint64> rowId(const QString &dealId) const;

    void insert(const Deal &deal);
    void update(const Deal &deal); // by id; writes and audits only when something changed
    void remove(const QString &dealId);

private:
    void writeShares(qint64 dealRowId, const Deal &deal, const QList<qint64> &partnerRowIds);
    QList<qint64> resolvePartners(const Deal &deal) const;

    Database &m_database;
};

} // namespace cd::store
