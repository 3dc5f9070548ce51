#pragma once

#include "domain/staffuser.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "jurisdiction/workingdaycalendar.h"
#include "storage/audittrail.h"
#include "util/result.h"

#include <QCoreApplication>

#include <memory>

namespace fremdrift {

class Database;

// What every repository and rule needs: the open database, the staff user acting, and the
// rules of the database's country. The GUI keeps one per open database; each CLI call makes one.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Session)

public:
    // Acts as `username`; when empty, as the user whose name matches the computer login, else
    // the first active administrator, else the first active user.
    static Result<std::unique_ptr<Session>> start(Database &database, const QString &username = {});

    Database &database() const { return m_database; }
    const StaffUser &user() const { return m_user; }
    const JurisdictionProfile &profile() const { return m_profile; }
    const WorkingDayCalendar &calendar() const { return m_calendar; }
    QString host() const { return m_host; }
    bool isTestDatabase() const { return m_testDatabase; }

    Status switchUser(const QString &username);
    Result<QList<StaffUser>> users() const;

    // An audit entry with who and where filled in.
    AuditEntry audit(const QString &action,
                     const QString &entity,
                     std::optional<qint64> entityId,
                     std::optional<qint64> clientId,
                     const QJsonObject &detail = {}) const;

    // Today, as the rules see it; tests may set it.
    QDate today() const;
    void setToday(const QDate &today) { m_today = today; }

private:
    Session(Database &database, JurisdictionProfile profile);
    Result<StaffUser> findUser(const QString &username) const;

    Database &m_database;
    JurisdictionProfile m_profile;
    WorkingDayCalendar m_calendar;
    StaffUser m_user;
    QString m_host;
    bool m_testDatabase = false;
    QDate m_today;
};

} // namespace fremdrift
