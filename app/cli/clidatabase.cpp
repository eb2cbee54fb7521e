// Kept apart from cli.cpp, which the pure commands' tests build without the store.
#include "app/cli/cli.h"

#include "store/database.h"

namespace cd::cli {

std::unique_ptr<store::Database> openDatabase(const Invocation &invocation, int &status)
{
    try {
        return store::Database::open(invocation.databasePath());
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
