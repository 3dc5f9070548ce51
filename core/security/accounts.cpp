#include "security/accounts.h"

#include "security/passwords.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <cmath>

namespace fremdrift {

namespace {

const QString StaffEntity = QStringLiteral("staff_user");

struct StoredUser
{
    StaffUser user;
    QString passwordHash;
    int failedLogins = 0;
    QDateTime lastFailedAt;
};

Result<std::optional<StoredUser>> findStored(const QSqlDatabase &db, const QString &username)
{
    auto row = sql::run(db,
                        QStringLiteral("SELECT id, username, full_name, role, title, active, "
                                       "password_hash, failed_logins, last_failed_login_at "
                                       "FROM staff_users WHERE username = ?"),
                        {username});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<StoredUser>();
    StoredUser stored;
    stored.user.id = row->value(0).toLongLong();
    stored.user.username = row->value(1).toString();
    stored.user.fullName = row->value(2).toString();
    stored.user.role = roleFromKey(row->value(3).toString()).value_or(Role::ReadOnly);
    stored.user.title = row->value(4).toString();
    stored.user.active = row->value(5).toBool();
    stored.passwordHash = row->value(6).toString();
    stored.failedLogins = row->value(7).toInt();
    stored.lastFailedAt = QDateTime::fromString(row->value(8).toString(), Qt::ISODateWithMs);
    return std::optional<StoredUser>(std::move(stored));
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry loginAudit(const QString &action, const std::optional<StoredUser> &stored,
                      const QString &username)
{
    AuditEntry entry;
    entry.host = QSysInfo::machineHostName();
    entry.action = action;
    entry.entity = StaffEntity;
    if (stored) {
        entry.userId = stored->user.id;
        entry.userName = stored->user.fullName;
        entry.entityId = stored->user.id;
    } else {
        entry.userName = username;
    }
    entry.detail = {{QStringLiteral("username"), username}};
    return entry;
}

Error wrongPassword()
{
    return makeError(Error::Code::PermissionDenied,
                     Accounts::tr("The user name or the password is wrong."));
}

QString waitText(qint64 seconds)
{
    if (seconds >= 60) {
        const int minutes = int((seconds + 59) / 60);
        return Accounts::tr("Too many wrong passwords. Wait %n minute(s) and try again.", nullptr,
                            minutes);
    }
    return Accounts::tr("Too many wrong passwords. Wait %n second(s) and try again.", nullptr,
                        int(seconds));
}

// A hash to check unknown user names against, so that they take as long as known ones.
const QString &decoyHash()
{
    static const QString hash = Passwords::hash(QStringLiteral("no such user, no such password"))
                                    .value();
    return hash;
}

Status validUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w.@-]{1,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (pattern.match(username).hasMatch())
        return Ok{};
    const QString message = Accounts::tr("A user name needs 1 to 64 letters, digits, '.', '_', "
                                         "'-' or '@', and no spaces.");
    Error error = makeError(Error::Code::InvalidInput, message);
    error.problems = {FieldProblem{QStringLiteral("username"), message}};
    return error;
}

// Refuses a change that would leave the office without an active administrator: `user` is
// one, and is about to stop being one (deactivated, or given another role).
Status keepsAnAdministrator(const QSqlDatabase &db, const StaffUser &user)
{
    auto others = sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM staff_users WHERE "
                                             "role = 'administrator' AND active = 1 AND id != ?"),
                              {user.id});
    if (!others)
        return others.error();
    if (others->toInt() > 0)
        return Ok{};
    return makeError(Error::Code::InvalidInput,
                     Accounts::tr("%1 is the last active administrator. Make another user an "
                                  "administrator first.")
                         .arg(user.fullName));
}

} // namespace

Result<bool> Accounts::loginRequired(const Database &database)
{
    auto row = sql::run(database.connection(),
                        QStringLiteral("SELECT count(*), coalesce(sum(coalesce(password_hash, '') "
                                       "!= ''), 0) FROM staff_users WHERE active = 1"));
    if (!row)
        return row.error();
    if (!row->next())
        return false;
    return row->value(0).toInt() > 1 && row->value(1).toInt() > 0;
}

Result<QSet<qint64>> Accounts::usersWithPassword(const Database &database)
{
    auto rows = sql::run(database.connection(),
                         QStringLiteral("SELECT id FROM staff_users "
                                        "WHERE coalesce(password_hash, '') != ''"));
    if (!rows)
        return rows.error();
    QSet<qint64> ids;
    while (rows->next())
        ids.insert(rows->value(0).toLongLong());
    return ids;
}

int Accounts::waitSeconds(int failedLogins)
{
    if (failedLogins < FreeAttempts)
        return 0;
    const int exponent = std::min(failedLogins - FreeAttempts, 16);
    return std::min(1 << exponent, MaxWaitSeconds);
}

Result<StaffUser> Accounts::login(Database &database,
                                  const QString &username,
                                  const QString &password,
                                  const QDateTime &now)
{
    const QDateTime at = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    auto found = findStored(database.connection(), username.trimmed());
    if (!found)
        return found.error();
    std::optional<StoredUser> stored = std::move(found).value();
    const bool canRecord = !database.isReadOnly();

    if (stored && !stored->passwordHash.isEmpty()) {
        const int wait = waitSeconds(stored->failedLogins);
        if (wait > 0 && stored->lastFailedAt.isValid()) {
            const qint64 waitedMs = stored->lastFailedAt.msecsTo(at);
            const qint64 leftMs = qint64(wait) * 1000 - waitedMs;
            if (leftMs > 0)
                return makeError(Error::Code::Busy, waitText((leftMs + 999) / 1000));
        }
    }

    if (stored && stored->passwordHash.isEmpty()) {
        return makeError(Error::Code::PermissionDenied,
                         tr("%1 has no password yet. Ask an administrator to set one "
                            "(fremdrift-cli user passwd %2).")
                             .arg(stored->user.fullName, stored->user.username));
    }

    const bool matches = stored ? Passwords::verify(stored->passwordHash, password)
                                : (Passwords::verify(decoyHash(), password), false);
    if (!matches) {
        if (canRecord) {
            const Status recorded = database.write([&](QSqlDatabase &db) -> Status {
                if (stored) {
                    auto counted = sql::run(db,
                                            QStringLiteral("UPDATE staff_users SET failed_logins "
                                                           "= failed_logins + 1, "
                                                           "last_failed_login_at = ? WHERE id = ?"),
                                            {timestamp(at), stored->user.id});
                    if (!counted)
                        return counted.error();
                }
                return AuditTrail::append(db,
                                          loginAudit(QStringLiteral("login_failed"), stored,
                                                     username));
            });
            if (!recorded)
                return recorded.error();
        }
        return wrongPassword();
    }

    if (!stored->user.active) {
        return makeError(Error::Code::PermissionDenied,
                         tr("%1 is deactivated and cannot log in.").arg(stored->user.fullName));
    }

    // Parameters raised since the hash was made: store a fresh one while the password is known.
    QString rehashed;
    if (canRecord && Passwords::needsRehash(stored->passwordHash)) {
        if (auto fresh = Passwords::hash(password))
            rehashed = *fresh;
    }
    if (canRecord) {
        const Status recorded = database.write([&](QSqlDatabase &db) -> Status {
            auto reset = sql::run(db,
                                  QStringLiteral("UPDATE staff_users SET failed_logins = 0, "
                                                 "last_failed_login_at = NULL, password_hash = "
                                                 "coalesce(?, password_hash) WHERE id = ?"),
                                  {sql::nullable(rehashed), stored->user.id});
            if (!reset)
                return reset.error();
            return AuditTrail::append(db, loginAudit(QStringLiteral("login"), stored, username));
        });
        if (!recorded)
            return recorded.error();
    }
    return stored->user;
}

Result<StaffUser> Accounts::addUser(Session &session, const NewUser &user)
{
    if (Status allowed = requirePermission(session.user(), Permission::ManageUsers); !allowed)
        return allowed.error();
    auto self = findStored(session.database().connection(), session.user().username);
    if (!self)
        return self.error();
    if (!*self || (*self)->passwordHash.isEmpty()) {
        return makeError(Error::Code::PermissionDenied,
                         tr("Set a password of your own first (fremdrift-cli user passwd), so "
                            "that you can still log in once the database has more users."));
    }

    const QString username = user.username.trimmed();
    const QString fullName = user.fullName.simplified();
    QList<FieldProblem> problems;
    if (Status valid = validUsername(username); !valid)
        problems << valid.error().problems;
    if (fullName.isEmpty())
        problems << FieldProblem{QStringLiteral("full_name"), tr("Give the user's full name.")};
    if (Status valid = Passwords::checkRule(user.password); !valid)
        problems << valid.error().problems;
    if (!problems.isEmpty()) {
        Error error = makeError(Error::Code::InvalidInput, problems.constFirst().message);
        error.problems = problems;
        return error;
    }
    auto hash = Passwords::hash(user.password);
    if (!hash)
        return hash.error();

    StaffUser added;
    added.username = username;
    added.fullName = fullName;
    added.role = user.role;
    added.title = user.title.trimmed();
    const Status saved = session.database().write([&](QSqlDatabase &db) -> Status {
        auto existing = sql::scalar(db,
                                    QStringLiteral("SELECT username FROM staff_users "
                                                   "WHERE username = ?"),
                                    {username});
        if (!existing)
            return existing.error();
        if (!existing->isNull()) {
            return makeError(Error::Code::AlreadyExists,
                             tr("There is already a staff user called \"%1\". Choose another "
                                "user name.")
                                 .arg(existing->toString()));
        }
        auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO staff_users(username, full_name, role, "
                                                "title, password_hash) VALUES (?, ?, ?, ?, ?)"),
                                 {username, fullName, roleKey(user.role),
                                  sql::nullable(added.title), *hash});
        if (!inserted)
            return inserted.error();
        added.id = inserted->lastInsertId().toLongLong();
        return AuditTrail::append(db,
                                  session.audit(QStringLiteral("create"), StaffEntity, added.id,
                                                std::nullopt,
                                                {{QStringLiteral("username"), username},
                                                 {QStringLiteral("name"), fullName},
                                                 {QStringLiteral("role"), roleKey(user.role)}}));
    });
    if (!saved)
        return saved.error();
    return added;
}

Status Accounts::setPassword(Session &session,
                             const QString &username,
                             const QString &oldPassword,
                             const QString &newPassword)
{
    const QString target = username.trimmed().isEmpty() ? session.user().username
                                                        : username.trimmed();
    auto found = findStored(session.database().connection(), target);
    if (!found)
        return found.error();
    const std::optional<StoredUser> stored = std::move(found).value();
    const bool own = stored && stored->user.id == session.user().id;
    if (!own) {
        if (Status allowed = requirePermission(session.user(), Permission::ManageUsers); !allowed)
            return allowed.error();
        if (!stored)
            return makeError(Error::Code::NotFound,
                             tr("There is no staff user called \"%1\".").arg(target));
    } else if (!stored->passwordHash.isEmpty()
               && !Passwords::verify(stored->passwordHash, oldPassword)) {
        Error error = makeError(Error::Code::PermissionDenied,
                                tr("The current password is wrong. The password is unchanged."));
        error.problems = {FieldProblem{QStringLiteral("old_password"), error.message}};
        return error;
    }
    if (Status valid = Passwords::checkRule(newPassword); !valid)
        return valid;
    auto hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    return session.database().write([&](QSqlDatabase &db) -> Status {
        auto updated = sql::run(db,
                                QStringLiteral("UPDATE staff_users SET password_hash = ?, "
                                               "failed_logins = 0, last_failed_login_at = NULL, "
                                               "version = version + 1, updated_at = "
                                               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                               "WHERE id = ?"),
                                {*hash, stored->user.id});
        if (!updated)
            return updated.error();
        // Never the hash: only that it changed, and by whom.
        return AuditTrail::append(db,
                                  session.audit(QStringLiteral("set_password"), StaffEntity,
                                                stored->user.id, std::nullopt,
                                                {{QStringLiteral("username"), stored->user.username},
                                                 {QStringLiteral("own"), own}}));
    });
}

Status Accounts::deactivate(Session &session, const QString &username)
{
    if (Status allowed = requirePermission(session.user(), Permission::ManageUsers); !allowed)
        return allowed;
    return session.database().write([&](QSqlDatabase &db) -> Status {
        auto found = findStored(db, username.trimmed());
        if (!found)
            return found.error();
        if (!*found)
            return makeError(Error::Code::NotFound,
                             tr("There is no staff user called \"%1\".").arg(username.trimmed()));
        const StaffUser &user = (*found)->user;
        if (!user.active)
            return makeError(Error::Code::InvalidInput,
                             tr("%1 is already deactivated.").arg(user.fullName));
        if (user.role == Role::Administrator) {
            if (Status kept = keepsAnAdministrator(db, user); !kept)
                return kept;
        }
        auto updated = sql::run(db,
                                QStringLiteral("UPDATE staff_users SET active = 0, "
                                               "version = version + 1, updated_at = "
                                               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                               "WHERE id = ?"),
                                {user.id});
        if (!updated)
            return updated.error();
        return AuditTrail::append(db,
                                  session.audit(QStringLiteral("deactivate"), StaffEntity, user.id,
                                                std::nullopt,
                                                {{QStringLiteral("username"), user.username}}));
    });
}

Status Accounts::setRole(Session &session, const QString &username, Role role)
{
    if (Status allowed = requirePermission(session.user(), Permission::ManageUsers); !allowed)
        return allowed;
    const QString target = username.trimmed();
    std::optional<StaffUser> changed;
    const Status saved = session.database().write([&](QSqlDatabase &db) -> Status {
        auto found = findStored(db, target);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(Error::Code::NotFound,
                             tr("There is no staff user called \"%1\".").arg(target));
        const StaffUser &user = (*found)->user;
        if (!user.active)
            return makeError(Error::Code::InvalidInput,
                             tr("%1 is deactivated. Only an active user's role can be changed.")
                                 .arg(user.fullName));
        if (user.role == role)
            return makeError(Error::Code::InvalidInput,
                             tr("%1 already has the role %2.").arg(user.fullName, roleName(role)));
        if (user.role == Role::Administrator) {
            if (Status kept = keepsAnAdministrator(db, user); !kept)
                return kept;
        }
        auto updated = sql::run(db,
                                QStringLiteral("UPDATE staff_users SET role = ?, "
                                               "version = version + 1, updated_at = "
                                               "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                               "WHERE id = ?"),
                                {roleKey(role), user.id});
        if (!updated)
            return updated.error();
        changed = user;
        return AuditTrail::append(db,
                                  session.audit(QStringLiteral("set_role"), StaffEntity, user.id,
                                                std::nullopt,
                                                {{QStringLiteral("username"), user.username},
                                                 {QStringLiteral("old_role"), roleKey(user.role)},
                                                 {QStringLiteral("new_role"), roleKey(role)}}));
    });
    if (!saved)
        return saved;
    // The acting user's own role: this session follows at once (other sessions do not).
    if (changed->id == session.user().id)
        return session.switchUser(changed->username);
    return Ok{};
}

} // namespace fremdrift
