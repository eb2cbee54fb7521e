#include "store/schema/steps.h"

#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

namespace {

struct CertificationText
{
    Q_DECLARE_TR_FUNCTIONS(cd::store::Database)
};

} // namespace

void createCertificationTables(Database &database)
{
    const QString what = CertificationText::tr("upgrading to schema %1").arg(3);
    for (const QString &statement : {
             QStringLiteral("CREATE TABLE IF NOT EXISTS people ("
                            " id INTEGER PRIMARY KEY,"
                            " person_id TEXT NOT NULL UNIQUE,"
                            " partner INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " role TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS people_partner ON people(partner)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS certifications ("
                            " id INTEGER PRIMARY KEY,"
                            " certification_id TEXT NOT NULL UNIQUE,"
                            " person INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
                            " track TEXT NOT NULL DEFAULT '',"
                            " level TEXT NOT NULL DEFAULT '',"
                            " earned_on TEXT NOT NULL,"
                            " expires_on TEXT)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS certifications_person ON certifications(person)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS certifications_expires_on ON certifications(expires_on)"),
             // The JSON exactly as saved; decimals in it are strings, so no value is ever binary.
             QStringLiteral("CREATE TABLE IF NOT EXISTS programs ("
                            " id INTEGER PRIMARY KEY,"
                            " program_id TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " based_on TEXT NOT NULL DEFAULT '',"
                            " is_template INTEGER NOT NULL DEFAULT 0,"
                            " json TEXT NOT NULL,"
                            " updated_at TEXT)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS partner_stages ("
                            " id INTEGER PRIMARY KEY,"
                            " partner INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " stage TEXT NOT NULL,"
                            " since TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS partner_stages_partner ON partner_stages(partner, stage, since)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS partner_kpis ("
                            " partner INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,"
                            " metric TEXT NOT NULL,"
                            " as_of TEXT NOT NULL,"
                            " value TEXT NOT NULL,"
                            " PRIMARY KEY (partner, metric, as_of)) WITHOUT ROWID"),
         }) {
        database.define(statement, what);
    }
}

} // namespace cd::store
