#pragma once

#include "core/demodata.h"

namespace cd::store {

class Database;

// The feature areas' tables, one schema version each, in the order schema.cpp lists them. A step runs
// inside the migration's transaction and must only create or alter, never read the user's rows' meaning.
void createCommissionPlanTables(Database &database);       // version 2, commissionplanstore.cpp
void createCertificationTables(Database &database);        // version 3, certificationstore.cpp
void createRegistrationWorkflowTables(Database &database); // version 4, registrationworkflowstore.cpp
void createTargetTables(Database &database);               // version 5, targetstore.cpp
void indexSplitDeals(Database &database);                  // version 6, dashboardquery.cpp

// Their share of the demo program, written by loadDemoData() after partners, deals, registrations and
// exchange rates, inside one transaction of its own each.
void addDemoCommissionPlans(Database &database, const DemoData &data);
void addDemoCertifications(Database &database, const DemoData &data);
void addDemoRegistrationWorkflow(Database &database, const DemoData &data);
void addDemoTargets(Database &database, const DemoData &data);

} // namespace cd::store
