#pragma once

#include "store/importexport/importer.h"

#include "core/demo/demodata.h"

namespace cd::store {

class Database;

// Whether the database holds any partner, deal, registration or exchange rate.
bool hasRecords(Database &database);

// Writes the demo program through the importer, so that it passes every rule an imported file must
// (one transaction, one audit row per kind). The results are named "demo partners" and so on.
QList<ImportResult> loadDemoData(Database &database, const DemoData &data, const ImportOptions &options = {});

} // namespace cd::store
