#pragma once

#include <QObject>
#include <QTimer>

namespace fremdrift {

class Database;

// Notices commits made by other connections to the open database file, from other PCs or
// other processes, by polling PRAGMA data_version on the Database's own connection.
//
// SQLite changes data_version only for commits by OTHER connections: our own writes through
// Database::write() never emit changedElsewhere(), so the window does not reload after every
// save it made itself. Of the others' commits, only those that wrote an audit row count: every
// change a caseworker can see is audited, while a PC's presence heartbeat is not, and neither
// it nor someone merely opening a record (an audited "view") should make every PC reload. Polling costs one tiny read per interval (a shared lock, no
// I/O beyond the header check SQLite does anyway).
//
// The watcher must not outlive the Database it was given.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 2000;

    explicit ChangeWatcher(const Database &database, QObject *parent = nullptr);

    // How often to poll; tests use a short interval.
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }

    // Polls now (the timer calls this): emits changedElsewhere() and returns true when another
    // connection has committed since the last poll. A poll that cannot read (another PC is in
    // the middle of its commit) is skipped; the next one sees the change.
    bool poll();

signals:
    void changedElsewhere();

private:
    qint64 readDataVersion() const;
    qint64 readLastAuditId() const;

    const Database &m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    qint64 m_lastAuditId = -1;
};

} // namespace fremdrift
