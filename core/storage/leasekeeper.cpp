#include "storage/leasekeeper.h"

#include "workflow/session.h"

#include <QTimer>

#include <algorithm>

namespace fremdrift {

LeaseKeeper::LeaseKeeper(Session &session, QString entity, qint64 id, std::chrono::seconds ttl,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_entity(std::move(entity))
    , m_id(id)
    , m_ttl(ttl)
    , m_timer(new QTimer(this))
{
    const auto interval = std::chrono::duration_cast<std::chrono::milliseconds>(m_ttl) / 3;
    m_timer->setInterval(std::max(interval, std::chrono::milliseconds(100)));
    connect(m_timer, &QTimer::timeout, this, &LeaseKeeper::renew);
}

LeaseKeeper::~LeaseKeeper()
{
    release();
}

Result<Lease> LeaseKeeper::start()
{
    auto lease = Leases::acquire(m_session, m_entity, m_id, m_ttl);
    if (lease)
        keep();
    return lease;
}

Result<Lease> LeaseKeeper::takeOver()
{
    auto lease = Leases::takeOver(m_session, m_entity, m_id, m_ttl);
    if (lease)
        keep();
    return lease;
}

void LeaseKeeper::release()
{
    m_timer->stop();
    if (!m_held)
        return;
    m_held = false;
    [[maybe_unused]] const Status released
        = Leases::release(m_session.database(), m_entity, m_id, m_userId);
}

void LeaseKeeper::keep()
{
    m_held = true;
    m_userId = m_session.user().id;
    m_timer->start();
}

void LeaseKeeper::renew()
{
    const Status status = Leases::renew(m_session, m_entity, m_id, m_ttl);
    // Someone else has it now, or it was given up. Anything else (the file busy for long, a
    // network drive gone for a moment) is tried again at the next tick, while it still lives.
    if (!status
        && (status.error().code == Error::Code::Conflict
            || status.error().code == Error::Code::NotFound)) {
        m_timer->stop();
        m_held = false;
        emit lost(status.error().message);
    }
}

} // namespace fremdrift
