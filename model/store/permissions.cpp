#include "store/permissions.h"

#include <QCoreApplication>

namespace msp::store {

Result<void> requirePermission(const Actor &actor, Permission permission)
{
    if (roleAllows(actor.role, permission))
        return ok();
    return Error::make(ErrorCode::NotPermitted,
                       QCoreApplication::translate("msp::store",
                                                   "Your role (%1) does not allow this. Ask a manager or an "
                                                   "administrator to do it, or to change your role.")
                           .arg(roleDisplayName(actor.role)));
}

} // namespace msp::store
