#pragma once

#include "domain/staffuser.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace fremdrift {

class Database;
class Session;

// Who is who: logins, passwords and the administration of staff users. Every check is here,
// in core, so the application, the CLI and the tests obey the same rules. Passwords are hashed
// outside the write transaction (hashing takes a tenth of a second; a write holds the lock).
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Accounts)

public:
    // Wrong passwords allowed before logins slow down; after that each further try must wait
    // 2^(failures - FreeAttempts) seconds since the last failure, at most MaxWaitSeconds.
    static constexpr int FreeAttempts = 3;
    static constexpr int MaxWaitSeconds = 5 * 60;

    // True when the database has more than one active user and at least one of them has a
    // password. A caseworker alone on a laptop (one user, or nobody with a password) never
    // logs in.
    static Result<bool> loginRequired(const Database &database);

    // The ids of the staff users who have a password.
    static Result<QSet<qint64>> usersWithPassword(const Database &database);

    // How long a user with `failedLogins` wrong passwords in a row must wait between tries.
    static int waitSeconds(int failedLogins);

    // Checks `password` for `username` and returns the user. Refused: an unknown user or a
    // wrong password (PermissionDenied, one message for both), a user without a password yet,
    // a deactivated user, and a try that comes too early after repeated failures (Busy, saying
    // how long to wait; the password is then not even checked). Failures are counted and
    // audited, a success resets the count and is audited (unless the file is read-only).
    // `now` is for tests; invalid means the current time.
    static Result<StaffUser> login(Database &database,
                                   const QString &username,
                                   const QString &password,
                                   const QDateTime &now = {});

    struct NewUser
    {
        QString username;
        QString fullName;
        Role role = Role::Caseworker;
        QString password;
        QString title;
    };

    // Administrators only; the administrator must have a password of their own first, so that
    // nobody is locked out when the database starts asking for logins.
    static Result<StaffUser> addUser(Session &session, const NewUser &user);

    // The session's own password (`username` empty or the session user's), which needs the
    // current one when there is one; or, for an administrator, anyone's, without the old one.
    // Resets the count of wrong passwords.
    static Status setPassword(Session &session,
                              const QString &username,
                              const QString &oldPassword,
                              const QString &newPassword);

    // Administrators only. The user keeps their history (nothing is deleted) but can no longer
    // log in or act. The last active administrator cannot be deactivated.
    static Status deactivate(Session &session, const QString &username);

    // Administrators only. Gives an active user another role; refused for an unknown or
    // deactivated user, for the role they already have, and for the last active administrator
    // (make another user an administrator first). Audited with the old and the new role; the
    // user's row gets a new version.
    // A session reads its user once, when it starts or switches user, and checks permissions
    // against that copy: a user whose role changes while working elsewhere keeps the old role
    // there until that session restarts or switches user. The session making the change follows
    // at once when it changes its own user's role.
    static Status setRole(Session &session, const QString &username, Role role);
};

} // namespace fremdrift
