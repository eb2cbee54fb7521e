#pragma once

#include <QList>

namespace cd::store {

class Database;

// One step of the schema's history: brings a file from version toVersion - 1 to toVersion. Database::migrate
// runs each in its own transaction and records the version in PRAGMA user_version.
struct MigrationStep
{
    int toVersion;
    void (*apply)(Database &database);
};

// Every step, oldest first; the last one's version is the current schema version.
const QList<MigrationStep> &migrationSteps();

} // namespace cd::store
