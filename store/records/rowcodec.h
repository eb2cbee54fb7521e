#pragma once

// The store's private mapping between records and rows, shared by the repositories, the importer and the
// exporter so that all three read and write a record the same way. Not for use outside core/store.

#include "store/database.h"
#include "store/records/recordformat.h"

#include "core/records/records.h"

#include <QSqlQuery>

#include <functional>

namespace cd::store::detail {

// Partners: `partnerColumnsSql` is the column list in the order bindPartner binds and partnerFromRow reads.
extern const QString partnerColumnsSql;
void bindPartner(QSqlQuery &query, const Partner &partner); // addBindValue × 15
Partner partnerFromRow(const QSqlQuery &query, int first);   // reads 15 columns from `first`

// Deals: the deals row without its shares (these live in deal_partners).
extern const QString dealColumnsSql; // deal_id, primary_partner, customer, …, reg_id
void bindDeal(QSqlQuery &query, const Deal &deal, qint64 primaryPartnerRowId); // addBindValue × 15

// Reads deals with their shares, in deal_id order, from a query over dealSelectSql(); `where` is an
// optional condition on `d`, with its own bindings.
QString dealSelectSql(const QString &where);
void readDeals(QSqlQuery &query, const std::function<void(qint64 rowId, Deal &&deal)> &sink);

extern const QString registrationColumnsSql; // reg_id, partner, customer, …, decided_at
void bindRegistration(QSqlQuery &query, const Registration &registration, qint64 partnerRowId);
QString registrationSelectSql(const QString &where);
Registration registrationFromRow(const QSqlQuery &query); // a row of registrationSelectSql

// The rowid of each partner, by partner_id.
QHash<QString, qint64> partnerRowIds(const Database &database);
std::optional<qint64> partnerRowId(const Database &database, const QString &partnerId);

} // namespace cd::store::detail
