#include "domain/role.h"

#include <QCoreApplication>

namespace msp {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Manager: return QStringLiteral("manager");
    case Role::FrontDesk: return QStringLiteral("front_desk");
    case Role::Practitioner: return QStringLiteral("practitioner");
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role r : {Role::Admin, Role::Manager, Role::FrontDesk, Role::Practitioner})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin: return QCoreApplication::translate("msp::Role", "Administrator");
    case Role::Manager: return QCoreApplication::translate("msp::Role", "Manager");
    case Role::FrontDesk: return QCoreApplication::translate("msp::Role", "Front desk");
    case Role::Practitioner: return QCoreApplication::translate("msp::Role", "Practitioner");
    }
    return {};
}

bool roleAllows(Role role, Permission p)
{
    switch (role) {
    case Role::Admin: return true;
    case Role::Manager: return p != Permission::ManageUsers;
    case Role::FrontDesk:
        return p == Permission::ViewClients || p == Permission::EditClients || p == Permission::Book
            || p == Permission::Checkout;
    case Role::Practitioner:
        return p == Permission::ViewClients || p == Permission::EditClients || p == Permission::ViewClinicalNotes
            || p == Permission::Book;
    }
    return false;
}

} // namespace msp
