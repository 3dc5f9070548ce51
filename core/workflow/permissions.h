#pragma once

#include "domain/staffuser.h"
#include "util/result.h"

namespace fremdrift {

enum class Permission {
    ReadCases,        // see clients, decisions, plans
    EditCases,        // write clients, contacts, decisions; submit and send decisions
    ApproveDecisions, // approve or refuse a submitted decision (leaders only)
    ManageUsers,
    ManageTemplates,
    ManageOffice,
    RestoreBackups, // replaces the database file, and everyone's work since the backup
};

bool roleAllows(Role role, Permission permission);

// Ok, or PermissionDenied with a message naming the user, their role and what is needed.
Status requirePermission(const StaffUser &user, Permission permission);

} // namespace fremdrift
