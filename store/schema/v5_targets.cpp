#include "store/schema/steps.h"

#include "store/dashboard/dashboardquery.h"
#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

struct TargetSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::TargetRepository)
};

} // namespace

// Version 5: targets per fiscal year (quarter 0) or quarter, region and program ('' for all). Values are
// exact decimal text: money in `currency`, shares and rates in percent, counts and days as numbers.
void createTargetTables(Database &database)
{
    database.define(QStringLiteral("CREATE TABLE targets ("
                                    " year INTEGER NOT NULL,"
                                    " quarter INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),"
                                    " region TEXT NOT NULL DEFAULT '',"
                                    " program TEXT NOT NULL DEFAULT '',"
                                    " metric TEXT NOT NULL,"
                                    " value TEXT NOT NULL,"
                                    " currency TEXT NOT NULL DEFAULT '',"
                                    " PRIMARY KEY (year, quarter, region, program, metric)) WITHOUT ROWID"),
                     TargetSchemaText::tr("creating the targets table"));
    // The dashboard reads its targets' actuals through this index (dashboardquery.h).
    createDashboardIndex(database);
}

} // namespace cd::store
