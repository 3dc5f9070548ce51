#include "storage/busywait.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace fremdrift {

bool BusyWait::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_busy_handler(connection, &BusyWait::onBusy, this) == SQLITE_OK;
}

int BusyWait::onBusy(void *self, int attempt)
{
    auto *wait = static_cast<BusyWait *>(self);
    if (attempt == 0)
        wait->m_waiting.start();
    if (wait->m_waiting.elapsed() >= wait->m_timeoutMs)
        return 0; // give up: SQLITE_BUSY, which write() retries with its own back-off
    QThread::usleep(1000 + QRandomGenerator::global()->bounded(4000u));
    return 1;
}

} // namespace fremdrift
