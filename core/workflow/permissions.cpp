#include "workflow/permissions.h"

#include <QCoreApplication>

namespace fremdrift {

namespace {

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Permissions)
};

QString whatIsNeeded(Permission permission)
{
    switch (permission) {
    case Permission::ReadCases:
        return Permissions::tr("Reading cases needs an active user.");
    case Permission::EditCases:
        return Permissions::tr("Changing cases needs a caseworker, leader or administrator.");
    case Permission::ApproveDecisions:
        return Permissions::tr("Only a leader may approve or refuse a decision.");
    case Permission::ManageUsers:
        return Permissions::tr("Only an administrator may manage users.");
    case Permission::ManageTemplates:
        return Permissions::tr("Only an administrator may change letter templates.");
    case Permission::ManageOffice:
        return Permissions::tr("Only an administrator may change the office's settings.");
    case Permission::RestoreBackups:
        return Permissions::tr("Only an administrator may restore a backup: it replaces "
                               "everyone's work since the backup was made.");
    }
    Q_UNREACHABLE();
}

} // namespace

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReadCases:
        return true;
    case Permission::EditCases:
        return role != Role::ReadOnly;
    case Permission::ApproveDecisions:
        return role == Role::Leader;
    case Permission::ManageUsers:
    case Permission::ManageTemplates:
    case Permission::ManageOffice:
    case Permission::RestoreBackups:
        return role == Role::Administrator;
    }
    Q_UNREACHABLE();
}

Status requirePermission(const StaffUser &user, Permission permission)
{
    if (user.active && roleAllows(user.role, permission))
        return Ok{};
    QString message = user.active
                          ? Permissions::tr("%1 (%2) may not do this. %3")
                                .arg(user.fullName, roleName(user.role), whatIsNeeded(permission))
                          : Permissions::tr("%1 is deactivated and may not do this.")
                                .arg(user.fullName);
    return makeError(Error::Code::PermissionDenied, message);
}

} // namespace fremdrift
