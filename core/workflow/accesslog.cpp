#include "workflow/accesslog.h"

#include "domain/nationalid.h"
#include "repository/clientrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QDateTime>
#include <QMap>

namespace fremdrift {

namespace {

const QString ViewAction = QStringLiteral("view");
const QString ClientEntity = QStringLiteral("client");

} // namespace

Status AccessLog::logRecordOpened(Session &session, qint64 clientId)
{
    // A read-only database cannot be written: the opening goes unlogged and the file itself
    // is left exactly as it was.
    if (session.database().isReadOnly() || clientId <= 0)
        return Ok{};
    const StaffUser &user = session.user();
    const QString since = QDateTime::currentDateTimeUtc()
                              .addSecs(-60 * RepeatMinutes)
                              .toString(Qt::ISODateWithMs);
    return session.database().write([&](QSqlDatabase &db) -> Status {
        // Checked inside the write transaction, so two windows on one PC cannot both log.
        auto recent = sql::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                 "client_id = ? AND action = ? AND entity = ? "
                                                 "AND user_id IS ? AND at >= ?"),
                                  {clientId, ViewAction, ClientEntity,
                                   user.id ? QVariant(user.id)
                                           : QVariant(QMetaType::fromType<qint64>()),
                                   since});
        if (!recent)
            return recent.error();
        if (recent->toLongLong() > 0)
            return Ok{};
        return AuditTrail::append(db, session.audit(ViewAction, ClientEntity, clientId,
                                                    clientId));
    });
}

Status AccessLog::requireAuditAccess(const Session &session)
{
    const StaffUser &user = session.user();
    if (user.active && roleAllows(user.role, Permission::ManageUsers))
        return Ok{};
    return makeError(Error::Code::PermissionDenied,
                     tr("%1 (%2) may not see the audit log: only an administrator may.")
                         .arg(user.fullName, roleName(user.role)));
}

Result<QList<AuditRecord>> AccessLog::search(Session &session, const AuditFilter &filter)
{
    if (Status allowed = requireAuditAccess(session); !allowed)
        return allowed.error();
    return AuditTrail::search(session.database().connection(), filter);
}

Result<AccessReport> AccessLog::accessReport(Session &session, qint64 clientId)
{
    if (Status allowed = requireAuditAccess(session); !allowed)
        return allowed.error();
    auto client = ClientRepository(session).get(clientId);
    if (!client)
        return client.error();
    auto users = session.users();
    if (!users)
        return users.error();
    QMap<qint64, StaffUser> staff;
    for (const StaffUser &user : std::as_const(*users))
        staff.insert(user.id, user);

    auto rows = sql::run(session.database().connection(),
                         QStringLiteral("SELECT user_id, user_name, host, action, at "
                                        "FROM audit_log WHERE client_id = ? ORDER BY id"),
                         {clientId});
    if (!rows)
        return rows.error();
    AccessReport report;
    report.clientId = clientId;
    report.clientName = client->fullName();
    report.nationalId = client->nationalId.isEmpty()
                            ? QString()
                            : formatNationalId(session.database().jurisdiction(),
                                               client->nationalId);
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    report.generatedBy = session.user().fullName;
    QMap<QString, qsizetype> index; // person key → position in report.people
    while (rows->next()) {
        const bool known = !rows->value(0).isNull();
        const qint64 userId = rows->value(0).toLongLong();
        const QString name = rows->value(1).toString();
        const QString key = known ? QString::number(userId) : u'?' + name;
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            AccessReportPerson person;
            person.name = name;
            if (known) {
                person.userId = userId;
                if (auto user = staff.constFind(userId); user != staff.constEnd()) {
                    person.username = user->username;
                    person.role = user->role;
                    person.title = user->title;
                }
            }
            found = index.insert(key, report.people.size());
            report.people << person;
        }
        AccessReportPerson &person = report.people[*found];
        const QString host = rows->value(2).toString();
        if (!host.isEmpty() && !person.hosts.contains(host))
            person.hosts << host;
        const QString at = rows->value(4).toString();
        if (person.firstAccess.isEmpty())
            person.firstAccess = at;
        person.lastAccess = at;
        if (rows->value(3).toString() == ViewAction)
            ++person.openings;
        else
            ++person.changes;
        if (report.firstAccess.isEmpty())
            report.firstAccess = at;
        report.lastAccess = at;
    }
    return report;
}

} // namespace fremdrift
