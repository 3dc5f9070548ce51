#include "storage/leases.h"

#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/presence.h"
#include "storage/sql.h"
#include "workflow/session.h"

#include <QJsonObject>
#include <QLocale>

namespace fremdrift {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

// "PC-12:4711" -> ("PC-12", 4711); a value without a numeric suffix is all host.
void splitHolder(const QString &value, QString &host, qint64 &pid)
{
    const qsizetype colon = value.lastIndexOf(u':');
    bool numeric = false;
    const qint64 parsed = colon > 0 ? value.mid(colon + 1).toLongLong(&numeric) : 0;
    if (numeric) {
        host = value.left(colon);
        pid = parsed;
    } else {
        host = value;
        pid = 0;
    }
}

Result<std::optional<Lease>> readLease(const QSqlDatabase &db, const QString &entity, qint64 id)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT l.user_id, COALESCE(NULLIF(u.full_name, ''), "
                                         "u.username, ''), l.host, l.acquired_at, l.expires_at "
                                         "FROM edit_leases l "
                                         "LEFT JOIN staff_users u ON u.id = l.user_id "
                                         "WHERE l.entity = ? AND l.entity_id = ?"),
                          {entity, id});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return sql::fromSqlError(query->lastError());
        return std::optional<Lease>();
    }
    Lease lease;
    lease.entity = entity;
    lease.entityId = id;
    lease.userId = query->value(0).toLongLong();
    lease.userName = query->value(1).toString();
    splitHolder(query->value(2).toString(), lease.host, lease.pid);
    lease.acquiredAt = fromIso(query->value(3).toString());
    lease.expiresAt = fromIso(query->value(4).toString());
    return std::optional<Lease>(lease);
}

Error heldBy(const Lease &lease)
{
    return makeError(Error::Code::Conflict, Leases::describe(lease));
}

enum class Mode { Acquire, TakeOver };

Result<Lease> take(Session &session, const QString &entity, qint64 id, std::chrono::seconds ttl,
                   Mode mode)
{
    Lease taken;
    const Status status = session.database().write([&](QSqlDatabase &db) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto existing = readLease(db, entity, id);
        if (!existing)
            return existing.error();
        const std::optional<Lease> &held = *existing;
        const bool ours = held && Leases::isOurs(session, *held);
        if (held && !ours && !held->stale(now))
            return heldBy(*held);

        taken.entity = entity;
        taken.entityId = id;
        taken.userId = session.user().id;
        taken.userName = session.user().fullName.isEmpty() ? session.user().username
                                                            : session.user().fullName;
        taken.host = Presence::host();
        taken.pid = QCoreApplication::applicationPid();
        taken.acquiredAt = ours ? held->acquiredAt : now;
        taken.expiresAt = now.addSecs(ttl.count());

        if (auto q = sql::run(db,
                              QStringLiteral("INSERT INTO edit_leases(entity, entity_id, user_id, "
                                             "host, acquired_at, expires_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT(entity, entity_id) DO UPDATE SET "
                                             "user_id = excluded.user_id, "
                                             "host = excluded.host, "
                                             "acquired_at = excluded.acquired_at, "
                                             "expires_at = excluded.expires_at"),
                              {entity, id, sql::nullable(taken.userId ? std::optional(taken.userId)
                                                                      : std::nullopt),
                               Leases::holderKey(), isoUtc(taken.acquiredAt),
                               isoUtc(taken.expiresAt)});
            !q)
            return q.error();

        // Someone else's stale lease: taking it over is audited, whether asked for or done on
        // opening the record.
        if (held && !ours) {
            QJsonObject detail;
            detail.insert(QStringLiteral("previous_user_id"), held->userId);
            detail.insert(QStringLiteral("previous_user"), held->userName);
            detail.insert(QStringLiteral("previous_host"), held->host);
            detail.insert(QStringLiteral("previous_pid"), held->pid);
            detail.insert(QStringLiteral("previous_acquired_at"), isoUtc(held->acquiredAt));
            detail.insert(QStringLiteral("previous_expires_at"), isoUtc(held->expiresAt));
            detail.insert(QStringLiteral("explicit"), mode == Mode::TakeOver);
            const std::optional<qint64> clientId = entity == u"client" ? std::optional(id)
                                                                       : std::nullopt;
            if (Status s = AuditTrail::append(db, session.audit(QStringLiteral("take_over_lease"),
                                                                entity, id, clientId, detail));
                !s)
                return s;
        }
        return Ok{};
    });
    if (!status)
        return status.error();
    return taken;
}

} // namespace

QString Leases::holderKey()
{
    return Presence::host() + u':' + QString::number(QCoreApplication::applicationPid());
}

bool Leases::isOurs(const Session &session, const Lease &lease)
{
    return lease.userId == session.user().id && lease.host == Presence::host()
           && lease.pid == QCoreApplication::applicationPid();
}

QString Leases::describe(const Lease &lease)
{
    const QLocale locale;
    const QDateTime local = lease.acquiredAt.toLocalTime();
    const QString since = local.date() == QDate::currentDate()
                              ? locale.toString(local.time(), QLocale::ShortFormat)
                              : locale.toString(local, QLocale::ShortFormat);
    const QString who = lease.userName.isEmpty() ? tr("Someone") : lease.userName;
    return tr("%1 is editing this on %2 since %3.").arg(who, lease.host, since);
}

Result<Lease> Leases::acquire(Session &session, const QString &entity, qint64 id,
                              std::chrono::seconds ttl)
{
    return take(session, entity, id, ttl, Mode::Acquire);
}

Result<Lease> Leases::takeOver(Session &session, const QString &entity, qint64 id,
                               std::chrono::seconds ttl)
{
    return take(session, entity, id, ttl, Mode::TakeOver);
}

Status Leases::renew(Session &session, const QString &entity, qint64 id, std::chrono::seconds ttl)
{
    return session.database().write([&](QSqlDatabase &db) -> Status {
        auto existing = readLease(db, entity, id);
        if (!existing)
            return existing.error();
        if (!*existing)
            return makeError(Error::Code::NotFound,
                             tr("The lease on this record has been given up."));
        if (!isOurs(session, **existing))
            return heldBy(**existing);
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(ttl.count());
        if (auto q = sql::run(db,
                              QStringLiteral("UPDATE edit_leases SET expires_at = ? "
                                             "WHERE entity = ? AND entity_id = ? AND host = ?"),
                              {isoUtc(expires), entity, id, holderKey()});
            !q)
            return q.error();
        return Ok{};
    });
}

Status Leases::release(Session &session, const QString &entity, qint64 id)
{
    return release(session.database(), entity, id, session.user().id);
}

Status Leases::release(Database &database, const QString &entity, qint64 id, qint64 userId)
{
    if (database.isReadOnly())
        return Ok{};
    return database.write([&](QSqlDatabase &db) -> Status {
        if (auto q = sql::run(db,
                              QStringLiteral("DELETE FROM edit_leases WHERE entity = ? AND "
                                             "entity_id = ? AND user_id IS ? AND host = ?"),
                              {entity, id,
                               sql::nullable(userId ? std::optional(userId) : std::nullopt),
                               holderKey()});
            !q)
            return q.error();
        return Ok{};
    });
}

Result<std::optional<Lease>> Leases::current(Database &database, const QString &entity, qint64 id)
{
    return readLease(database.connection(), entity, id);
}

} // namespace fremdrift
