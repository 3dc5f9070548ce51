#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>

namespace fremdrift {

// Waits for another connection's lock up to a time limit, polling every few milliseconds with
// jitter. SQLite's own handler backs off to 100 ms sleeps, so under steady writing from other
// PCs a waiting process sleeps through every gap between their commits and loses each time;
// short, uneven polls give it its turn. Must outlive the connection it is installed on.
class BusyWait final
{
public:
    explicit BusyWait(int timeoutMs) : m_timeoutMs(timeoutMs) {}
    BusyWait(const BusyWait &) = delete;
    BusyWait &operator=(const BusyWait &) = delete;

    // Replaces the connection's busy handler; false if the driver is not SQLite.
    bool install(const QSqlDatabase &db);

private:
    static int onBusy(void *self, int attempt);

    int m_timeoutMs;
    QElapsedTimer m_waiting; // since the first busy answer of the current wait
};

} // namespace fremdrift
