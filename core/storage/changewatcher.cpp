#include "storage/changewatcher.h"

#include "storage/database.h"
#include "storage/sql.h"

namespace fremdrift {

ChangeWatcher::ChangeWatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lastVersion(readDataVersion())
    , m_lastAuditId(readLastAuditId())
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

bool ChangeWatcher::poll()
{
    const qint64 version = readDataVersion();
    if (version < 0)
        return false;
    if (m_lastVersion < 0 || version == m_lastVersion) {
        m_lastVersion = version;
        return false;
    }
    m_lastVersion = version;
    // Every change a caseworker can see writes an audit row; a PC's presence heartbeat does
    // not. Without this, each open PC would refresh every other PC's view once a minute.
    const qint64 auditId = readLastAuditId();
    if (auditId == m_lastAuditId)
        return false;
    m_lastAuditId = auditId;
    emit changedElsewhere();
    return true;
}

qint64 ChangeWatcher::readLastAuditId() const
{
    // Someone merely opening a record (a "view" row) changes nothing to show. Reading back
    // from the newest row stops at the first other one: cheap however long the log grows.
    auto last = sql::scalar(m_database.connection(),
                            QStringLiteral("SELECT id FROM audit_log WHERE action != 'view' "
                                           "ORDER BY id DESC LIMIT 1"));
    return last ? last->toLongLong() : -1;
}

qint64 ChangeWatcher::readDataVersion() const
{
    // The value means nothing on its own and differs between connections; only a change on
    // this connection counts.
    auto version = sql::scalar(m_database.connection(), QStringLiteral("PRAGMA data_version"));
    if (!version)
        return -1;
    return version->toLongLong();
}

} // namespace fremdrift
