#pragma once

#include <QString>

#include <optional>

namespace msp {

enum class Role { Admin, Manager, FrontDesk, Practitioner };

QString roleKey(Role role); // "front_desk": for storage and the wire
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role role); // translated

enum class Permission {
    ViewClients,
    EditClients,
    ViewClinicalNotes,
    Book,
    Overbook,
    Checkout,
    Refund,
    Reconcile,
    ManageUsers,
    ManageClinic,
    ExportData,
};

bool roleAllows(Role role, Permission permission);

} // namespace msp
