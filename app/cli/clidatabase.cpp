// Kept apart from cli.cpp, which the pure commands' tests build without the store.
#include "app/cli/cli.h"

#include "store/database.h"
#include "store/team/team.h"

#include <QCoreApplication>

namespace cd::cli {

std::unique_ptr<store::Database> openDatabase(const Invocation &invocation, int &status)
{
    try {
        std::unique_ptr<store::Database> database = store::Database::open(invocation.databasePath());
        if (database->engine() == store::EngineKind::PostgreSQL) {
            const store::TeamMember me = store::Team(*database).me();
            invocation.member = QCoreApplication::translate("cd::cli", "you are %1 (%2): %3")
                                    .arg(me.login, store::teamRoleName(me.role), store::teamRoleScope(me.role, me.region));
        }
        return database;
    } catch (const store::ConnectionError &error) {
        // cli.md: an unreachable server is an internal failure, not bad input.
        invocation.printError(error.message());
        status = InternalFailure;
        return nullptr;
    } catch (const store::StoreError &error) {
        invocation.printError(error.message());
        status = BadInput;
        return nullptr;
    }
}

} // namespace cd::cli
