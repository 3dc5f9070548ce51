#include "storage/presence.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

namespace fremdrift {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

qint64 ownPid()
{
    return QCoreApplication::applicationPid();
}

bool hasPresenceTable(const Database &database)
{
    return database.connection().tables().contains(QStringLiteral("presence"));
}

// Rows not seen for a day belong to PCs that died long ago: tidied away on announce.
constexpr int ForgetAfterSeconds = 24 * 60 * 60;

} // namespace

QString Presence::host()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

QString Presence::describe(const QList<PresenceRow> &rows)
{
    QStringList parts;
    const QLocale locale;
    for (const PresenceRow &row : rows) {
        const QString who = row.userName.isEmpty() ? tr("someone") : row.userName;
        parts << tr("%1 on %2 (since %3)")
                     .arg(who,
                          row.host,
                          locale.toString(row.openedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral(", "));
}

QString Presence::commandLineName(const QString &username)
{
    // Stored for every PC to read, whatever its language: a name, not a translated phrase.
    const QString program = QStringLiteral("fremdrift-cli");
    return username.isEmpty() ? program : QStringLiteral("%1 via %2").arg(username, program);
}

Status announce(Database &database, const QString &userName)
{
    if (database.isReadOnly() || !hasPresenceTable(database))
        return Ok{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString user = userName.isEmpty() ? Database::computerLogin() : userName;
    return database.write([&](QSqlDatabase &db) -> Status {
        if (auto q = sql::run(db,
                              QStringLiteral("INSERT INTO presence(host, pid, user_name, "
                                             "opened_at, seen_at) VALUES (?, ?, ?, ?, ?) "
                                             "ON CONFLICT(host, pid) DO UPDATE SET "
                                             "user_name = excluded.user_name, "
                                             "seen_at = excluded.seen_at"),
                              {Presence::host(), ownPid(), user, isoUtc(now), isoUtc(now)});
            !q)
            return q.error();
        if (auto q = sql::run(db,
                              QStringLiteral("DELETE FROM presence WHERE seen_at < ?"),
                              {isoUtc(now.addSecs(-ForgetAfterSeconds))});
            !q)
            return q.error();
        return Ok{};
    });
}

Status leave(Database &database)
{
    if (database.isReadOnly() || !hasPresenceTable(database))
        return Ok{};
    return database.write([&](QSqlDatabase &db) -> Status {
        if (auto q = sql::run(db,
                              QStringLiteral("DELETE FROM presence WHERE host = ? AND pid = ?"),
                              {Presence::host(), ownPid()});
            !q)
            return q.error();
        return Ok{};
    });
}

Result<QList<PresenceRow>> othersConnected(Database &database, int freshSeconds)
{
    QList<PresenceRow> rows;
    if (!hasPresenceTable(database))
        return rows;
    const QString cutoff = isoUtc(QDateTime::currentDateTimeUtc().addSecs(-freshSeconds));
    auto query = sql::run(database.connection(),
                          QStringLiteral("SELECT host, pid, user_name, opened_at, seen_at "
                                         "FROM presence WHERE seen_at >= ? "
                                         "AND NOT (host = ? AND pid = ?) "
                                         "ORDER BY opened_at"),
                          {cutoff, Presence::host(), ownPid()});
    if (!query)
        return query.error();
    while (query->next()) {
        PresenceRow row;
        row.host = query->value(0).toString();
        row.pid = query->value(1).toLongLong();
        row.userName = query->value(2).toString();
        row.openedAt = QDateTime::fromString(query->value(3).toString(), Qt::ISODate);
        row.seenAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODate);
        rows << row;
    }
    if (query->lastError().isValid())
        return sql::fromSqlError(query->lastError());
    return rows;
}

PresenceHeartbeat::PresenceHeartbeat(Database &database, QString userName, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_userName(std::move(userName))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PresenceHeartbeat::beat);
}

void PresenceHeartbeat::start()
{
    beat();
    m_timer->start();
}

PresenceHeartbeat::~PresenceHeartbeat()
{
    [[maybe_unused]] const Status left = leave(m_database);
}

void PresenceHeartbeat::beat()
{
    if (const Status status = announce(m_database, m_userName); !status)
        emit failed(status.error().message);
}

PresenceKeeper::PresenceKeeper(Database &database,
                               QString userName,
                               std::chrono::milliseconds interval)
    : m_database(database)
    , m_path(database.path())
    , m_userName(std::move(userName))
    , m_interval(interval)
    , m_announced(announce(database, m_userName))
{
    if (database.isReadOnly())
        return; // nothing to announce, nothing to keep fresh
    m_thread.reset(QThread::create([this] { keepFresh(); }));
    m_thread->start();
}

PresenceKeeper::~PresenceKeeper()
{
    if (m_thread) {
        {
            QMutexLocker locker(&m_mutex);
            m_stopping = true;
        }
        m_wake.wakeAll();
        m_thread->wait();
    }
    [[maybe_unused]] const Status left = leave(m_database);
}

void PresenceKeeper::keepFresh()
{
    std::unique_ptr<Database> own;
    QMutexLocker locker(&m_mutex);
    while (!m_stopping) {
        m_wake.wait(&m_mutex, QDeadlineTimer(m_interval));
        if (m_stopping)
            break;
        locker.unlock();
        // Opened on first use, on this thread; a failed open or refresh is tried again next
        // time (the row only goes stale while the file stays out of reach).
        if (!own) {
            if (auto opened = Database::open(m_path))
                own = std::move(opened).value();
        }
        if (own) {
            [[maybe_unused]] const Status refreshed = announce(*own, m_userName);
        }
        locker.relock();
    }
}

} // namespace fremdrift
