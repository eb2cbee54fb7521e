#include "store/schema/steps.h"

#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

// Version 2. A plan is kept as the JSON the user gave (commission.md's format, validated on the way in)
// so that export returns it byte for byte; the columns beside it are what lists and joins need. An
// assignment key is a program and tier, or a partner type, never both (see PlanAssignment).
void createCommissionPlanTables(Database &database)
{
    const QString what = QCoreApplication::translate("cd::store::Database", "upgrading to schema %1").arg(2);
    for (const QString &statement : {
             QStringLiteral("CREATE TABLE IF NOT EXISTS commission_plans ("
                            " id INTEGER PRIMARY KEY,"
                            " plan_id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " json TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS commission_plan_assignments ("
                            " id INTEGER PRIMARY KEY,"
                            " plan INTEGER NOT NULL REFERENCES commission_plans(id) ON DELETE CASCADE,"
                            " program TEXT NOT NULL DEFAULT '',"
                            " tier TEXT NOT NULL DEFAULT '',"
                            " partner_type TEXT NOT NULL DEFAULT '',"
                            " CHECK ((program <> '' AND tier <> '' AND partner_type = '')"
                            "     OR (program = '' AND tier = '' AND partner_type <> '')),"
                            " UNIQUE (program, tier, partner_type))"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS commission_plan_assignments_plan"
                            " ON commission_plan_assignments(plan)"),
         }) {
        database.define(statement, what);
    }
}

} // namespace cd::store
