#include "store/schema/steps.h"

#include "store/database.h"

#include <QCoreApplication>

namespace cd::store {

// Version 4: what the registration workflow keeps beside registration.md's columns (the registrations
// table and its CSV stay as they are). Workflow rows and case rows name registrations by reg_id: a
// registration's workflow goes with it (cascade), a conflict case is history and stays.
void createRegistrationWorkflowTables(Database &database)
{
    const QString what = QCoreApplication::translate("cd::store::Database", "upgrading to schema %1").arg(4);
    for (const char *statement : {
             "CREATE TABLE IF NOT EXISTS registration_settings ("
             " key TEXT PRIMARY KEY,"
             " value TEXT NOT NULL) WITHOUT ROWID",
             "INSERT INTO registration_settings (key, value) VALUES ('protection_days', '30'),"
             " ('extension_days', '30') ON CONFLICT DO NOTHING",
             "CREATE TABLE IF NOT EXISTS registration_workflow ("
             " reg_id TEXT PRIMARY KEY REFERENCES registrations(reg_id) ON DELETE CASCADE ON UPDATE CASCADE,"
             " winner TEXT NOT NULL DEFAULT '',"
             " approved_at TEXT,"
             " approved_by TEXT NOT NULL DEFAULT '',"
             " rejection_reason TEXT NOT NULL DEFAULT '',"
             " rejected_at TEXT,"
             " extended_until TEXT,"
             " extended_at TEXT,"
             " deal_id TEXT NOT NULL DEFAULT '',"
             " converted_at TEXT) WITHOUT ROWID",
             "CREATE TABLE IF NOT EXISTS conflict_cases ("
             " id INTEGER PRIMARY KEY,"
             " case_id TEXT NOT NULL UNIQUE,"
             " winner TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL DEFAULT 'open',"
             " opened_at TEXT NOT NULL)",
             "CREATE TABLE IF NOT EXISTS conflict_case_registrations ("
             " case_id TEXT NOT NULL REFERENCES conflict_cases(case_id) ON DELETE CASCADE,"
             " position INTEGER NOT NULL,"
             " reg_id TEXT NOT NULL,"
             " PRIMARY KEY (case_id, reg_id)) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS conflict_case_registrations_reg ON conflict_case_registrations(reg_id)",
             "CREATE TABLE IF NOT EXISTS conflict_case_steps ("
             " case_id TEXT NOT NULL REFERENCES conflict_cases(case_id) ON DELETE CASCADE,"
             " step TEXT NOT NULL,"
             " note TEXT NOT NULL DEFAULT '',"
             " decision TEXT NOT NULL DEFAULT '',"
             " done_on TEXT,"
             " actor TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (case_id, step)) WITHOUT ROWID",
         }) {
        database.define(QString::fromLatin1(statement), what);
    }
}

} // namespace cd::store
