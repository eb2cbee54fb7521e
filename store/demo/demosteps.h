#pragma once

#include "core/demo/demodata.h"

namespace cd::store {

class Database;

// The feature areas' share of the demo program, one file each beside this one, written by loadDemoData()
// after partners, deals, registrations and exchange rates, inside one transaction of its own each.
void addDemoCommissionPlans(Database &database, const DemoData &data);
void addDemoCertifications(Database &database, const DemoData &data);
void addDemoRegistrationWorkflow(Database &database, const DemoData &data);
void addDemoTargets(Database &database, const DemoData &data);

} // namespace cd::store
