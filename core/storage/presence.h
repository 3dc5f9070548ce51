#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace fremdrift {

class Database;

// Who has a database open, on which PC: each running Fremdrift (application or CLI) that can
// write keeps one row (host + process id) fresh. A restore refuses while others are present.
// A PC that dies leaves a row that simply stops being fresh.
struct PresenceRow
{
    QString host;
    qint64 pid = 0;
    QString userName;
    QDateTime openedAt; // UTC
    QDateTime seenAt;   // UTC
};

class Presence final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Presence)

public:
    // This computer's name, as rows are keyed.
    static QString host();
    // "Inger on PC-12 (since 10:32), Ola on PC-3 (since 08:05)", in local time.
    static QString describe(const QList<PresenceRow> &rows);
    // The name fremdrift-cli registers under: "kari via fremdrift-cli" ("fremdrift-cli" when
    // acting as nobody in particular), so a refused restore says which program to wait for.
    static QString commandLineName(const QString &username);
};

// Upserts this host and process with the current time; nothing on a read-only database or one
// too old to have the table. `userName` defaults to the computer login.
Status announce(Database &database, const QString &userName = {});
// Removes this host and process's row (on close).
Status leave(Database &database);
// Rows of other hosts or processes seen within `freshSeconds`.
Result<QList<PresenceRow>> othersConnected(Database &database, int freshSeconds = 120);

// Keeps this process's row fresh while a database is open: start() announces now and every
// minute after; the row is removed when the heartbeat is destroyed. The database must outlive
// the heartbeat.
class PresenceHeartbeat final : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 60 * 1000;

    PresenceHeartbeat(Database &database, QString userName, QObject *parent = nullptr);
    ~PresenceHeartbeat() override;

    void start();

signals:
    // A heartbeat could not be written (busy for long, disk full): for a calm status line.
    void failed(const QString &message);

private:
    void beat();

    Database &m_database;
    QString m_userName;
    QTimer *m_timer;
};

// The same for a process without an event loop (fremdrift-cli, while a command writes): it
// announces at once, keeps the row fresh from a thread of its own with a connection of its own
// (a Qt SQL connection belongs to the thread that made it), however long the command takes, and
// removes the row when destroyed. The database must outlive the keeper.
class PresenceKeeper final
{
public:
    PresenceKeeper(Database &database,
                   QString userName,
                   std::chrono::milliseconds interval
                   = std::chrono::milliseconds(PresenceHeartbeat::IntervalMs));
    ~PresenceKeeper();
    PresenceKeeper(const PresenceKeeper &) = delete;
    PresenceKeeper &operator=(const PresenceKeeper &) = delete;

    // The first announcement: when it failed (the file busy for long), the row is missing until
    // the next refresh succeeds.
    const Status &announced() const { return m_announced; }

private:
    void keepFresh();

    Database &m_database;
    const QString m_path;
    const QString m_userName;
    const std::chrono::milliseconds m_interval;
    Status m_announced;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false; // guarded by m_mutex
    std::unique_ptr<QThread> m_thread;
};

} // namespace fremdrift
