#pragma once

namespace cd::store {

class Database;

// The schema's history, one file a step (vN_*.cpp beside this one), listed in order by schema.cpp. A step runs
// inside the migration's transaction and must only create or alter, never read the user's rows' meaning.
void createRecordTables(Database &database);               // version 1: partners, deals, registrations, fx, audit
void createCommissionPlanTables(Database &database);       // version 2
void createCertificationTables(Database &database);        // version 3: people, certifications, programs, KPIs
void createRegistrationWorkflowTables(Database &database); // version 4
void createTargetTables(Database &database);               // version 5
void indexSplitDeals(Database &database);                  // version 6
void addRowVersions(Database &database);                   // version 7: optimistic locking

} // namespace cd::store
