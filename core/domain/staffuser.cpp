#include "domain/staffuser.h"

namespace fremdrift {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QStringLiteral("caseworker");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::ReadOnly:
        return QStringLiteral("readonly");
    }
    Q_UNREACHABLE();
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Caseworker, Role::Leader, Role::Administrator, Role::ReadOnly}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Caseworker:
        return QCoreApplication::translate("fremdrift::Role", "Caseworker");
    case Role::Leader:
        return QCoreApplication::translate("fremdrift::Role", "Leader (approves decisions)");
    case Role::Administrator:
        return QCoreApplication::translate("fremdrift::Role", "Administrator");
    case Role::ReadOnly:
        return QCoreApplication::translate("fremdrift::Role", "Read-only");
    }
    Q_UNREACHABLE();
}

} // namespace fremdrift
