#pragma once

#include "storage/leases.h"

#include <QObject>

#include <chrono>

class QTimer;

namespace fremdrift {

class Session;

// Holds the lease on one record while an editor is open: start() takes it, a timer renews it
// every third of its time to live, and it is given up when the keeper is destroyed. If a
// renewal finds the lease gone (it expired and someone took it over), the keeper stops and says
// so with lost(); a renewal that merely could not be written is tried again at the next tick.
// The session must outlive the keeper.
class LeaseKeeper final : public QObject
{
    Q_OBJECT

public:
    LeaseKeeper(Session &session, QString entity, qint64 id,
                std::chrono::seconds ttl = Leases::DefaultTtl, QObject *parent = nullptr);
    ~LeaseKeeper() override;

    // Takes the lease (see Leases::acquire); on success it is kept until destruction.
    Result<Lease> start();
    // Takes over a stale lease of someone else (see Leases::takeOver), then keeps it.
    Result<Lease> takeOver();
    // Gives the lease up now and stops renewing.
    void release();

    bool isHeld() const { return m_held; }

signals:
    // The lease could not be renewed: the editor should stop letting changes be made.
    void lost(const QString &message);

private:
    void keep();
    void renew();

    Session &m_session;
    QString m_entity;
    qint64 m_id;
    qint64 m_userId = 0; // who took it: the session may switch user while it is held
    std::chrono::seconds m_ttl;
    QTimer *m_timer;
    bool m_held = false;
};

} // namespace fremdrift
