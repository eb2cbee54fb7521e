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

    void insert(const Registration &registration);
    void update(const Registration &registration); // by id; writes and audits only when something changed
    void remove(const QString &regId);

private:
    qint64 resolvePartner(const Registration &registration) const;
    Database &m_database;
};

} // namespace cd::store
