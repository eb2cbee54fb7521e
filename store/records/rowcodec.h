#pragma once

// The store's private mapping between records and rows, derived from the record descriptions
// (recorddescription.h) and shared by the repositories, the importer and the exporter so that all of them
// read and write a record the same way. Not for use outside store/.

#include "store/database.h"
#include "store/records/recorddescription.h"

#include "core/records/records.h"

#include <QSqlQuery>

#include <functional>

namespace cd::store::detail {

// The kind's SQL columns in the description's order ("partner_id, name, …, vertical").
template<typename Record>
const QString &columnListSql();
// "INSERT INTO table (columns) VALUES (?, …)", bound by bindRecord().
template<typename Record>
QString insertSql(const char *verb = "INSERT");
// "UPDATE table SET (columns) = (?, …), row_version + 1 WHERE `where`", bound by bindRecord() and then the
// condition's values (rowversion.h).
template<typename Record>
QString updateSql(const QString &where);
// The fields in the description's order as the kind's select reads them (references as the ids they name).
template<typename Record>
QString selectListSql();
// "SELECT fields FROM the kind's tables [WHERE where] [ORDER BY orderBy]", read by recordFromRow().
template<typename Record>
QString selectSql(const QString &where = {}, const QString &orderBy = {});

// Binds the record's fields in the description's order (addBindValue); a reference and a deal's partners
// bind `referenceRowId`, the rowid of the record they name (for a deal, its first partner).
template<typename Record>
void bindRecord(QSqlQuery &query, const Record &record, qint64 referenceRowId = 0);
// Reads the description's fields from column `first` on. A deal's partners span several rows: readDeals()
// reads them.
template<typename Record>
Record recordFromRow(const QSqlQuery &query, int first = 0);

// Reads deals with their shares, in deal_id order, from a query over dealSelectSql(); `where` is an
// optional condition on `d`, with its own bindings.
QString dealSelectSql(const QString &where);
void readDeals(QSqlQuery &query, const std::function<void(qint64 rowId, Deal &&deal)> &sink);

// Registrations, named as the registration repository uses them.
extern const QString registrationColumnsSql; // reg_id, partner, customer, …, decided_at
void bindRegistration(QSqlQuery &query, const Registration &registration, qint64 partnerRowId);
QString registrationSelectSql(const QString &where);      // ordered by reg_id
Registration registrationFromRow(const QSqlQuery &query); // a row of registrationSelectSql

// The rowid of each partner, by partner_id.
QHash<QString, qint64> partnerRowIds(const Database &database);
std::optional<qint64> partnerRowId(const Database &database, const QString &partnerId);

} // namespace cd::store::detail
