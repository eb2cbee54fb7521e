#pragma once

#include "core/records/records.h"

#include <QList>

#include <optional>

namespace cd::store {

class Database;

// Partners by their partner_id. Every write validates the record (InvalidRecord), runs in a transaction
// and adds an audit row with the changed fields; reading back what was written gives an equal Partner,
// which the UI's undo relies on.
class PartnerRepository
{
public:
    explicit PartnerRepository(Database &database); // the database must outlive the repository

    std::optional<Partner> find(const QString &partnerId) const;
    QList<Partner> all() const; // by partner_id
    bool exists(const QString &partnerId) const;
    qint64 count() const;

    // The partner's row version (records/rowversion.h), or nullopt when there is none.
    std::optional<qint64> version(const QString &partnerId) const;

    void insert(const Partner &partner); // throws StoreError when the id is taken; the row starts at version 1
    // By id; writes and audits only when something changed. With `expectedVersion` (what version() said when
    // the partner was read), a partner changed or deleted since is refused with StaleRecordError. Returns
    // the version the partner has now.
    qint64 update(const Partner &partner, std::optional<qint64> expectedVersion = std::nullopt);
    // Refused while deals or registrations name the partner, and, with `expectedVersion`, when it changed.
    void remove(const QString &partnerId, std::optional<qint64> expectedVersion = std::nullopt);

private:
    Database &m_database;
};

} // namespace cd::store
