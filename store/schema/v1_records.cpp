#include "store/schema/steps.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd::store {

namespace {

void run(Database &database, const QStringList &statements, int version)
{
    for (const QString &statement : statements) {
        database.define(statement, QCoreApplication::translate("cd::store::Database", "upgrading to schema %1")
                                        .arg(version));
    }
}

} // namespace

// Version 1. Money is INTEGER thousandths of the currency unit (`_milli`) for every currency, so one
// ORDER BY compares amounts across currencies and no value is ever a binary fraction; percentages and
// rates are exact decimal TEXT. Optional text is '' rather than NULL so that filters stay simple; missing
// dates and amounts are NULL.
void createRecordTables(Database &database)
{
    run(database,
        {
            QStringLiteral("CREATE TABLE partners ("
                           " id INTEGER PRIMARY KEY,"
                           " partner_id TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " type TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " program TEXT NOT NULL DEFAULT '',"
                           " tier TEXT NOT NULL DEFAULT '',"
                           " stage TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '',"
                           " manager TEXT NOT NULL DEFAULT '',"
                           " joined_on TEXT,"
                           " revenue_commitment_milli INTEGER,"
                           " currency TEXT,"
                           " website TEXT NOT NULL DEFAULT '',"
                           " vertical TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE deals ("
                           " id INTEGER PRIMARY KEY,"
                           " deal_id TEXT NOT NULL UNIQUE,"
                           " primary_partner INTEGER NOT NULL REFERENCES partners(id),"
                           " customer TEXT NOT NULL DEFAULT '',"
                           " customer_domain TEXT NOT NULL DEFAULT '',"
                           " name TEXT NOT NULL DEFAULT '',"
                           " product TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '',"
                           " stage TEXT NOT NULL DEFAULT '',"
                           " amount_milli INTEGER NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " probability TEXT,"
                           " close_date TEXT,"
                           " cancelled_on TEXT,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " reg_id TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE deal_partners ("
                           " deal INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " partner INTEGER NOT NULL REFERENCES partners(id),"
                           " percent TEXT NOT NULL,"
                           " PRIMARY KEY (deal, position)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE registrations ("
                           " id INTEGER PRIMARY KEY,"
                           " reg_id TEXT NOT NULL UNIQUE,"
                           " partner INTEGER NOT NULL REFERENCES partners(id),"
                           " customer TEXT NOT NULL DEFAULT '',"
                           " customer_domain TEXT NOT NULL DEFAULT '',"
                           " product TEXT NOT NULL DEFAULT '',"
                           " amount_milli INTEGER NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " submitted_at TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT '',"
                           " decided_at TEXT)"),
            QStringLiteral("CREATE TABLE fx_rates ("
                           " date TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " rate TEXT NOT NULL,"
                           " PRIMARY KEY (date, currency)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL DEFAULT '',"
                           " action TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " entity_id TEXT NOT NULL DEFAULT '',"
                           " changes TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX audit_entity ON audit(entity, entity_id)"),
            QStringLiteral("CREATE INDEX registrations_partner ON registrations(partner)"),
            QStringLiteral("CREATE INDEX registrations_submitted_at ON registrations(submitted_at)"),
            // For the deal and partner tables at a million rows: sorting and filtering in SQL. Each deal index
            // costs a sort of a million keys at every bulk import, so only those that earn it stay: the
            // close date sorts through version 5's deals_dashboard, which starts with it; status and stage
            // have four values each, too few for an index to beat reading the rows (measured: counting the
            // 375,000 won deals of a million took the same CPU time with and without one).
            QStringLiteral("CREATE INDEX deals_amount ON deals(amount_milli)"),
            QStringLiteral("CREATE INDEX deals_customer ON deals(customer)"),
            QStringLiteral("CREATE INDEX deals_primary_partner ON deals(primary_partner)"),
            QStringLiteral("CREATE INDEX deal_partners_partner ON deal_partners(partner)"),
            QStringLiteral("CREATE INDEX partners_name ON partners(name)"),
            QStringLiteral("CREATE INDEX partners_type ON partners(type)"),
            QStringLiteral("CREATE INDEX partners_region ON partners(region)"),
            QStringLiteral("CREATE INDEX partners_tier ON partners(tier)"),
        },
        1);
}


} // namespace cd::store
