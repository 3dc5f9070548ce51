#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace fremdrift {

class Database;
class Session;

// Who is editing a record: one row of edit_leases. A lease is held by one running Fremdrift
// (user, PC and process); it must be renewed before it expires, so a PC that dies simply stops
// renewing and its lease goes stale. The table's host column holds "host:pid", so that two
// programs of one user on one PC are told apart; `host` here is the PC name alone, for people.
struct Lease
{
    QString entity; // "client", "decision", ...
    qint64 entityId = 0;
    qint64 userId = 0;
    QString userName; // full name of the holder, or their username
    QString host;     // the PC, without the process id
    qint64 pid = 0;
    QDateTime acquiredAt; // UTC
    QDateTime expiresAt;  // UTC

    bool stale(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt <= now;
    }
};

class Leases final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Leases)

public:
    static constexpr std::chrono::seconds DefaultTtl{90};

    // Takes the lease on `entity` `id`, or renews it when it is already ours (same user, PC and
    // process). Someone else's lease that has expired is taken over, and that is audited.
    // Someone else's live lease: Error::Code::Conflict, "Inger is editing this on PC-12 since
    // 10:32."
    static Result<Lease> acquire(Session &session, const QString &entity, qint64 id,
                                 std::chrono::seconds ttl = DefaultTtl);
    // Moves our lease's expiry to now + ttl. Conflict when it is no longer ours (it expired and
    // someone took it over) and NotFound when there is none.
    static Status renew(Session &session, const QString &entity, qint64 id,
                        std::chrono::seconds ttl = DefaultTtl);
    // Gives our lease up; someone else's is left alone.
    static Status release(Session &session, const QString &entity, qint64 id);
    // The same for the user `userId` in this process (a lease taken before a switch of user).
    static Status release(Database &database, const QString &entity, qint64 id, qint64 userId);
    // Who holds the lease now, stale or not; nullopt when nobody does.
    static Result<std::optional<Lease>> current(Database &database, const QString &entity,
                                                qint64 id);
    // Takes over someone else's expired lease, audited as "take_over_lease" naming the previous
    // holder. A live lease of someone else cannot be taken over (Conflict). With no lease, or
    // our own, the same as acquire().
    static Result<Lease> takeOver(Session &session, const QString &entity, qint64 id,
                                  std::chrono::seconds ttl = DefaultTtl);

    // "Inger Hansen is editing this on PC-12 since 10:32." in local time.
    static QString describe(const Lease &lease);
    // True when `lease` is held by this session's user in this process.
    static bool isOurs(const Session &session, const Lease &lease);
    // The value of edit_leases.host for this process: "host:pid".
    static QString holderKey();
};

} // namespace fremdrift
