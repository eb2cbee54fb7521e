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

    // The deal's row version (records/rowversion.h), or nullopt when there is none.
    std::optional<qint64> version(const QString &dealId) const;

    void insert(const Deal &deal); // the row starts at version 1
    // By id; writes and audits only when something changed. With `expectedVersion` (what version() said when
    // the deal was read), a deal changed or deleted since is refused with StaleRecordError. Returns the
    // version the deal has now.
    qint64 update(const Deal &deal, std::optional<qint64> expectedVersion = std::nullopt);
    void remove(const QString &dealId, std::optional<qint64> expectedVersion = std::nullopt);

private:
    void writeShares(qint64 dealRowId, const Deal &deal, const QList<qint64> &partnerRowIds);
    QList<qint64> resolvePartners(const Deal &deal) const;

    Database &m_database;
};

} // namespace cd::store
