#pragma once

// Optimistic locking (schema 7): each partner, deal, registration, person, certification and exchange rate
// row carries row_version, which every UPDATE the store makes raises by one. A writer that read version N
// passes N back with its save; the save's UPDATE carries "AND row_version = N", so of two people saving
// the same record from the same reading, the second one changes no row and is told who got there first
// (StaleRecordError) instead of silently overwriting them. On PostgreSQL the UPDATE waits for the first
// writer's lock and then sees its new version, so the check holds between desktops, not only in one.
// Private to store/.

#include <QString>

#include <optional>

namespace cd::store {

class Database;

namespace detail {

// What the SQL appended to each UPDATE of a versioned table says.
inline constexpr char kRaiseRowVersion[] = ", row_version = row_version + 1";

// The table a record kind lives in and the column its id is, as the audit log names it.
struct VersionedTable
{
    const char *table;
    const char *idColumn;
    const char *auditEntity; // partner, deal, registration
};
inline constexpr VersionedTable kPartnerRows{"partners", "partner_id", "partner"};
inline constexpr VersionedTable kDealRows{"deals", "deal_id", "deal"};
inline constexpr VersionedTable kRegistrationRows{"registrations", "reg_id", "registration"};

// The record's current row version, or nullopt when there is no such record.
std::optional<qint64> rowVersion(const Database &database, const VersionedTable &rows, const QString &id);

// Throws StaleRecordError when `expected` is given and the record's version `current` (nullopt: the record
// is gone) is not it: called inside the writer's transaction before it changes anything. `recordName` is
// the record as the message names it ("partner P-001").
void refuseIfStale(Database &database, const VersionedTable &rows, const QString &id, std::optional<qint64> current,
                   std::optional<qint64> expected, const QString &recordName);
// The same for a writer that has not read the version yet: reads it only when one is expected.
void checkRowVersion(Database &database, const VersionedTable &rows, const QString &id,
                     std::optional<qint64> expected, const QString &recordName);

// After an UPDATE … AND row_version = ? changed `rowsChanged` rows: throws StaleRecordError when it was
// none (another writer committed between the check and the update).
void requireVersionedUpdate(Database &database, const VersionedTable &rows, const QString &id, int rowsChanged,
                            const QString &recordName);

} // namespace detail

} // namespace cd::store
