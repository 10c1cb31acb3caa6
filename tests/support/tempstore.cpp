#include "support/tempstore.h"

#include "support/testkeys.h"

namespace msp::test {

TempStore::TempStore()
    : key(randomKey())
{
    auto opened = store::ClinicStore::open(path(), key);
    if (opened)
        store = std::move(*opened);
}

QString TempStore::path() const
{
    return dir.filePath(store::ClinicStore::fileName());
}

bool TempStore::reopen()
{
    store.reset();
    auto opened = store::ClinicStore::open(path(), key);
    if (!opened)
        return false;
    store = std::move(*opened);
    return true;
}

Actor adminActor()
{
    return actorWithRole(Role::Admin);
}

Actor actorWithRole(Role role)
{
    static const EntityId user = EntityId::generate();
    return Actor {user, role, QStringLiteral("test-device")};
}

} // namespace msp::test
