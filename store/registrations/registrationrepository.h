#pragma once

#include "core/records/records.h"

#include <QList>

#include <optional>

namespace cd::store {

class Database;

// Deal registrations by reg_id (registration.md). Writes validate, require the partner to exist, run in a
// transaction and add an audit row.
class RegistrationRepository
{
public:
    explicit RegistrationRepository(Database &database); // the database must outlive the repository

    std::optional<Registration> find(const QString &regId) const;
    QList<Registration> all() const; // by reg_id
    bool exists(const QString &regId) const;
    qint64 count() const;

    // The registration's row version (records/rowversion.h), or nullopt when there is none.
    std::optional<qint64> version(const QString &regId) const;

    void insert(const Registration &registration); // the row starts at version 1
    // By id; writes and audits only when something changed. With `expectedVersion` (what version() said
    // when it was read), a registration changed or deleted since is refused with StaleRecordError. Returns
    // the version it has now.
    qint64 update(const Registration &registration, std::optional<qint64> expectedVersion = std::nullopt);
    // With `expectedVersion`, refused like update() when the registration changed since.
    void remove(const QString &regId, std::optional<qint64> expectedVersion = std::nullopt);

private:
    qint64 resolvePartner(const Registration &registration) const;
    Database &m_database;
};

} // namespace cd::store
