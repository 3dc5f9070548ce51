#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace fremdrift {

// One line of the audit trail: who did what to which record, from which PC, with the old and
// new values in `detail` ({"field": [old, new], ...}).
struct AuditEntry
{
    std::optional<qint64> userId;
    QString userName;
    QString host;
    QString action; // "create", "update", "submit", "approve", ...
    QString entity; // "client", "decision", ...
    std::optional<qint64> entityId;
    std::optional<qint64> clientId;
    QJsonObject detail;
};

// A row of the audit trail as read back.
struct AuditRecord
{
    qint64 id = 0;
    QString at; // ISO 8601, UTC
    QString userName;
    QString host;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QJsonObject detail;
    std::optional<qint64> userId;
    std::optional<qint64> clientId;
};

// Which rows search() returns; unset fields do not filter. Dates are local calendar days.
struct AuditFilter
{
    std::optional<qint64> userId;
    std::optional<qint64> clientId;
    QDate from;
    QDate to; // inclusive
    int limit = 1000;
};

struct AuditChainCheck
{
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0; // the first row whose hash or link does not hold
};

class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::AuditTrail)

public:
    // Appends inside the caller's write transaction, so that the change and its record commit
    // or vanish together. Each row's hash covers its content and the previous row's hash.
    static Status append(const QSqlDatabase &db, const AuditEntry &entry);

    // What was done to one client's record, newest first.
    static Result<QList<AuditRecord>> forClient(const QSqlDatabase &db, qint64 clientId,
                                                int limit = 500);

    // Rows matching `filter`, newest first.
    static Result<QList<AuditRecord>> search(const QSqlDatabase &db, const AuditFilter &filter);

    // Recomputes the chain: an edited, inserted or removed row breaks it.
    static Result<AuditChainCheck> verify(const QSqlDatabase &db);

    // {"field": [old, new]} for the fields that differ; unchanged fields are left out.
    static QJsonObject changes(const QJsonObject &before, const QJsonObject &after);
};

} // namespace fremdrift
