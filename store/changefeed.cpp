#include "store/changefeed.h"

#include "store/database.h"

namespace cd::store {

ChangeFeed::~ChangeFeed() = default;

std::unique_ptr<ChangeFeed> ChangeFeed::watch(Database &database, QObject *parent)
{
    return database.engineImplementation().watchChanges(database, parent);
}

} // namespace cd::store
