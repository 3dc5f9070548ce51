#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fremdrift {

// What a staff user may do. Checked in core (workflow/permissions.h), never only in the UI.
enum class Role { Caseworker, Leader, Administrator, ReadOnly };

struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Caseworker;
    QString title;
    bool active = true;
};

// "caseworker", "leader", "administrator", "readonly": as stored and in JSON.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
// In the interface language.
QString roleName(Role role);

} // namespace fremdrift
