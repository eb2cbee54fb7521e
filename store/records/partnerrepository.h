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

    void insert(const Partner &partner);     // throws StoreError when the id is taken
    void update(const Partner &partner);     // by id; writes and audits only when something changed
    void remove(const QString &partnerId);   // refused while deals or registrations name the partner

private:
    Database &m_database;
};

} // namespace cd::store
