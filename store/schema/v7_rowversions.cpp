#include "store/schema/steps.h"

#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

struct RowVersionText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

} // namespace

// Version 7: every record kind a person edits carries a row version, raised by each UPDATE the store makes
// (rowcodec's updateSql and the few hand-written ones), so that a save made from an older reading is
// refused instead of overwriting what someone else saved meanwhile (records/rowversion.h). A constant
// default: neither engine rewrites the table to add it.
void addRowVersions(Database &database)
{
    const QString what = RowVersionText::tr("upgrading to schema %1").arg(7);
    for (const char *table : {"partners", "deals", "registrations", "fx_rates", "people", "certifications"})
        database.define(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(QLatin1String(table)), what);
}

} // namespace cd::store
