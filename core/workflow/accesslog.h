#pragma once

#include "domain/staffuser.h"
#include "storage/audittrail.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fremdrift {

class Session;

// One staff member's dealings with one client's record, for the access report.
struct AccessReportPerson
{
    std::optional<qint64> userId;
    QString name;     // as logged
    QString username; // empty when the user is unknown
    std::optional<Role> role;
    QString title;
    QStringList hosts;  // the PCs, in the order first used
    QString firstAccess; // ISO 8601, UTC
    QString lastAccess;
    int openings = 0;
    int changes = 0;
};

// "Who has accessed this client's record": the report a person is entitled to.
struct AccessReport
{
    qint64 clientId = 0;
    QString clientName;
    QString nationalId; // formatted; empty when unknown
    QString firstAccess; // the period the log covers for this client, ISO 8601 UTC
    QString lastAccess;
    QString generatedAt;
    QString generatedBy;
    QList<AccessReportPerson> people; // by first access
};

// Openings of client records, and the administrator's view of the audit trail.
class AccessLog final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::AccessLog)

public:
    // A second opening by the same user within this many minutes is not logged again.
    static constexpr int RepeatMinutes = 10;

    // Logs that the session's user opened the client's record (action "view", entity
    // "client"). Ok without writing when the same user opened it within RepeatMinutes, and
    // when the database is read-only: nothing can be written, and the file stays unchanged.
    static Status logRecordOpened(Session &session, qint64 clientId);

    // Ok for an active administrator; PermissionDenied otherwise.
    static Status requireAuditAccess(const Session &session);

    // The audit trail filtered; administrators only.
    static Result<QList<AuditRecord>> search(Session &session, const AuditFilter &filter);

    // Who opened or changed the client's record, when and from which PC; administrators only.
    static Result<AccessReport> accessReport(Session &session, qint64 clientId);
};

} // namespace fremdrift
