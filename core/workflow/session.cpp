#include "workflow/session.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSysInfo>

namespace fremdrift {

namespace {

StaffUser userFrom(const QSqlQuery &row)
{
    StaffUser user;
    user.id = row.value(0).toLongLong();
    user.username = row.value(1).toString();
    user.fullName = row.value(2).toString();
    user.role = roleFromKey(row.value(3).toString()).value_or(Role::ReadOnly);
    user.title = row.value(4).toString();
    user.active = row.value(5).toBool();
    return user;
}

const QString userColumns = QStringLiteral("id, username, full_name, role, title, active");

} // namespace

Session::Session(Database &database, JurisdictionProfile profile)
    : m_database(database)
    , m_profile(std::move(profile))
    , m_calendar(m_profile)
    , m_host(QSysInfo::machineHostName())
    , m_testDatabase(database.isTestDatabase())
{}

Result<std::unique_ptr<Session>> Session::start(Database &database, const QString &username)
{
    auto profile = JurisdictionProfile::load(database.jurisdiction());
    if (!profile)
        return profile.error();
    std::unique_ptr<Session> session(new Session(database, std::move(profile).value()));
    if (!username.isEmpty()) {
        if (Status switched = session->switchUser(username); !switched)
            return switched.error();
        return session;
    }
    auto all = session->users();
    if (!all)
        return all.error();
    const QString login = Database::computerLogin();
    const StaffUser *chosen = nullptr;
    for (const StaffUser &user : std::as_const(*all)) {
        if (!user.active)
            continue;
        if (user.username.compare(login, Qt::CaseInsensitive) == 0) {
            chosen = &user;
            break;
        }
        if (!chosen || (user.role == Role::Administrator && chosen->role != Role::Administrator))
            chosen = &user;
    }
    if (!chosen) {
        return makeError(Error::Code::NotFound,
                         tr("The database has no active staff user. An administrator must add "
                            "one with fremdrift-cli user add."));
    }
    session->m_user = *chosen;
    return session;
}

Result<StaffUser> Session::findUser(const QString &username) const
{
    auto row = sql::run(m_database.connection(),
                        QStringLiteral("SELECT %1 FROM staff_users WHERE username = ?")
                            .arg(userColumns),
                        {username});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no staff user called \"%1\".").arg(username));
    return userFrom(*row);
}

Status Session::switchUser(const QString &username)
{
    auto user = findUser(username);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(Error::Code::PermissionDenied,
                         tr("%1 is deactivated and cannot work in this database.")
                             .arg(user->fullName));
    m_user = *user;
    return Ok{};
}

Result<QList<StaffUser>> Session::users() const
{
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT %1 FROM staff_users ORDER BY full_name")
                             .arg(userColumns));
    if (!rows)
        return rows.error();
    QList<StaffUser> users;
    while (rows->next())
        users << userFrom(*rows);
    return users;
}

AuditEntry Session::audit(const QString &action,
                          const QString &entity,
                          std::optional<qint64> entityId,
                          std::optional<qint64> clientId,
                          const QJsonObject &detail) const
{
    AuditEntry entry;
    entry.userId = m_user.id ? std::optional<qint64>(m_user.id) : std::nullopt;
    entry.userName = m_user.fullName;
    entry.host = m_host;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.clientId = clientId;
    entry.detail = detail;
    return entry;
}

QDate Session::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

} // namespace fremdrift
