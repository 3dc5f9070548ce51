// Who is editing (issue 6): edit leases on clients and decisions. In core, two sessions on two
// connections to one file, as two PCs would have; and test 4 of the issue as processes: a lease
// holder (fremdrift-stress lease) is killed, and the lease is seen until it expires, then taken
// over.
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/leasekeeper.h"
#include "storage/leases.h"
#include "storage/presence.h"
#include "storage/sql.h"
#include "support/casefixture.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace fremdrift;
using namespace fremdrift::test;
using namespace std::chrono_literals;

namespace {

const QString ClientEntity = QStringLiteral("client");

struct TwoPcs
{
    CaseFixture fixture;                 // kari on the first connection
    std::unique_ptr<Database> otherDb;   // a second connection, as another PC
    std::unique_ptr<Session> other;      // liv on it

    TwoPcs()
    {
        otherDb = fixture.openAgain();
        auto started = Session::start(*otherDb, QStringLiteral("liv"));
        REQUIRE(started.ok());
        other = std::move(started).value();
    }

    Session &kari() { return *fixture.session; }
    qint64 clientId() const { return fixture.clientId; }
};

void expireLease(Database &db, const QString &entity, qint64 id)
{
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs);
    REQUIRE(sql::run(db.connection(),
                     QStringLiteral("UPDATE edit_leases SET expires_at = ? "
                                    "WHERE entity = ? AND entity_id = ?"),
                     {past, entity, id})
                .ok());
}

QList<QJsonObject> takeOverDetails(Database &db)
{
    auto rows = sql::run(db.connection(),
                         QStringLiteral("SELECT detail FROM audit_log WHERE action = ? "
                                        "ORDER BY id"),
                         {QStringLiteral("take_over_lease")});
    REQUIRE(rows.ok());
    QList<QJsonObject> details;
    while (rows->next())
        details << QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object();
    return details;
}

void processEventsFor(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

} // namespace

TEST_CASE("A lease is taken renewed and released by its holder")
{
    CaseFixture fixture;
    Session &session = *fixture.session;

    auto taken = Leases::acquire(session, ClientEntity, fixture.clientId, 10s);
    REQUIRE(taken.ok());
    CHECK(taken->userName == QStringLiteral("Kari Caseworker"));
    CHECK(taken->host == Presence::host());
    CHECK(taken->pid == QCoreApplication::applicationPid());
    CHECK_FALSE(taken->stale());

    auto held = Leases::current(*fixture.db, ClientEntity, fixture.clientId);
    REQUIRE(held.ok());
    REQUIRE(held->has_value());
    const Lease lease = **held;
    CHECK(lease.userId == session.user().id);
    CHECK(lease.userName == QStringLiteral("Kari Caseworker"));
    CHECK(lease.host == Presence::host());
    CHECK(lease.pid == QCoreApplication::applicationPid());
    CHECK(Leases::isOurs(session, lease));
    const qint64 ttl = lease.acquiredAt.secsTo(lease.expiresAt);
    CHECK(ttl >= 9);
    CHECK(ttl <= 11);

    // Ours again: renewed, not refused; acquired_at stays.
    auto again = Leases::acquire(session, ClientEntity, fixture.clientId, 10s);
    REQUIRE(again.ok());
    CHECK(again->acquiredAt == lease.acquiredAt);

    REQUIRE(Leases::renew(session, ClientEntity, fixture.clientId, 300s).ok());
    auto renewed = Leases::current(*fixture.db, ClientEntity, fixture.clientId);
    REQUIRE(renewed.ok());
    REQUIRE(renewed->has_value());
    CHECK((*renewed)->expiresAt > lease.expiresAt.addSecs(200));
    CHECK((*renewed)->acquiredAt == lease.acquiredAt);

    REQUIRE(Leases::release(session, ClientEntity, fixture.clientId).ok());
    auto gone = Leases::current(*fixture.db, ClientEntity, fixture.clientId);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    // Renewing a lease given up says so.
    auto renewGone = Leases::renew(session, ClientEntity, fixture.clientId);
    REQUIRE_FALSE(renewGone.ok());
    CHECK(renewGone.error().code == Error::Code::NotFound);
    // Nothing of this is audited: only taking over is.
    CHECK(takeOverDetails(*fixture.db).isEmpty());
}

TEST_CASE("A second session is refused with the holder name and PC")
{
    TwoPcs pcs;
    REQUIRE(Leases::acquire(pcs.kari(), ClientEntity, pcs.clientId()).ok());

    auto refused = Leases::acquire(*pcs.other, ClientEntity, pcs.clientId());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    const QString message = refused.error().message;
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Kari Caseworker is editing this on ")));
    CHECK(message.contains(QStringLiteral(" on ") + Presence::host() + QStringLiteral(" since ")));
    // The process id is for telling programs apart, not for people.
    CHECK_FALSE(message.contains(QString::number(QCoreApplication::applicationPid())));

    // The other PC sees who holds it.
    auto seen = Leases::current(*pcs.otherDb, ClientEntity, pcs.clientId());
    REQUIRE(seen.ok());
    REQUIRE(seen->has_value());
    CHECK((*seen)->userName == QStringLiteral("Kari Caseworker"));
    CHECK_FALSE(Leases::isOurs(*pcs.other, **seen));

    // It can neither renew nor release someone else's lease.
    auto renew = Leases::renew(*pcs.other, ClientEntity, pcs.clientId());
    REQUIRE_FALSE(renew.ok());
    CHECK(renew.error().code == Error::Code::Conflict);
    REQUIRE(Leases::release(*pcs.other, ClientEntity, pcs.clientId()).ok());
    auto still = Leases::current(*pcs.fixture.db, ClientEntity, pcs.clientId());
    REQUIRE(still.ok());
    REQUIRE(still->has_value());
    CHECK((*still)->userId == pcs.kari().user().id);

    // Another record is free.
    const qint64 decisionId = 4711;
    CHECK(Leases::acquire(*pcs.other, QStringLiteral("decision"), decisionId).ok());
    // So is this one, once given up.
    REQUIRE(Leases::release(pcs.kari(), ClientEntity, pcs.clientId()).ok());
    CHECK(Leases::acquire(*pcs.other, ClientEntity, pcs.clientId()).ok());
}

TEST_CASE("A live lease cannot be taken over")
{
    TwoPcs pcs;
    REQUIRE(Leases::acquire(pcs.kari(), ClientEntity, pcs.clientId()).ok());
    auto taken = Leases::takeOver(*pcs.other, ClientEntity, pcs.clientId());
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == Error::Code::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("Kari Caseworker")));
    auto held = Leases::current(*pcs.otherDb, ClientEntity, pcs.clientId());
    REQUIRE(held.ok());
    REQUIRE(held->has_value());
    CHECK((*held)->userId == pcs.kari().user().id);
    CHECK(takeOverDetails(*pcs.fixture.db).isEmpty());
}

TEST_CASE("An expired lease is taken over and that is audited")
{
    TwoPcs pcs;
    REQUIRE(Leases::acquire(pcs.kari(), ClientEntity, pcs.clientId()).ok());
    expireLease(*pcs.fixture.db, ClientEntity, pcs.clientId());

    auto stale = Leases::current(*pcs.otherDb, ClientEntity, pcs.clientId());
    REQUIRE(stale.ok());
    REQUIRE(stale->has_value());
    CHECK((*stale)->stale());

    auto taken = Leases::takeOver(*pcs.other, ClientEntity, pcs.clientId());
    REQUIRE(taken.ok());
    CHECK(taken->userName == QStringLiteral("Liv Leader"));
    auto held = Leases::current(*pcs.fixture.db, ClientEntity, pcs.clientId());
    REQUIRE(held.ok());
    REQUIRE(held->has_value());
    CHECK((*held)->userId == pcs.other->user().id);
    CHECK_FALSE((*held)->stale());

    const QList<QJsonObject> details = takeOverDetails(*pcs.fixture.db);
    REQUIRE(details.size() == 1);
    CHECK(details.first().value(QStringLiteral("previous_user")).toString()
          == QStringLiteral("Kari Caseworker"));
    CHECK(details.first().value(QStringLiteral("previous_host")).toString() == Presence::host());
    CHECK(details.first().value(QStringLiteral("explicit")).toBool());
    auto who = sql::scalar(pcs.fixture.db->connection(),
                           QStringLiteral("SELECT user_name FROM audit_log WHERE action = ?"),
                           {QStringLiteral("take_over_lease")});
    REQUIRE(who.ok());
    CHECK(who->toString() == QStringLiteral("Liv Leader"));
    auto chain = AuditTrail::verify(pcs.fixture.db->connection());
    REQUIRE(chain.ok());
    CHECK(chain->intact);

    // The first holder has lost it: renewing says who has it now.
    auto renew = Leases::renew(pcs.kari(), ClientEntity, pcs.clientId());
    REQUIRE_FALSE(renew.ok());
    CHECK(renew.error().code == Error::Code::Conflict);
    CHECK(renew.error().message.contains(QStringLiteral("Liv Leader")));
}

TEST_CASE("Opening a record whose lease expired takes it over and audits that")
{
    TwoPcs pcs;
    REQUIRE(Leases::acquire(pcs.kari(), ClientEntity, pcs.clientId(), 1s).ok());
    QThread::msleep(1200);
    auto taken = Leases::acquire(*pcs.other, ClientEntity, pcs.clientId());
    REQUIRE(taken.ok());
    const QList<QJsonObject> details = takeOverDetails(*pcs.fixture.db);
    REQUIRE(details.size() == 1);
    CHECK_FALSE(details.first().value(QStringLiteral("explicit")).toBool());
}

TEST_CASE("A lease keeper renews while it lives and releases when destroyed")
{
    TwoPcs pcs;
    {
        LeaseKeeper keeper(pcs.kari(), ClientEntity, pcs.clientId(), 1s);
        QStringList lost;
        QObject::connect(&keeper, &LeaseKeeper::lost, &keeper,
                         [&lost](const QString &message) { lost << message; });
        REQUIRE(keeper.start().ok());
        CHECK(keeper.isHeld());
        // Three times the time to live: only renewal keeps it live.
        processEventsFor(3000);
        CHECK(lost.isEmpty());
        auto held = Leases::current(*pcs.otherDb, ClientEntity, pcs.clientId());
        REQUIRE(held.ok());
        REQUIRE(held->has_value());
        CHECK_FALSE((*held)->stale());
        CHECK_FALSE(Leases::acquire(*pcs.other, ClientEntity, pcs.clientId()).ok());
    }
    auto gone = Leases::current(*pcs.otherDb, ClientEntity, pcs.clientId());
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
}

TEST_CASE("A lease keeper says so when its lease was taken over")
{
    TwoPcs pcs;
    LeaseKeeper keeper(pcs.kari(), ClientEntity, pcs.clientId(), 3s);
    QStringList lost;
    QObject::connect(&keeper, &LeaseKeeper::lost, &keeper,
                     [&lost](const QString &message) { lost << message; });
    REQUIRE(keeper.start().ok());
    expireLease(*pcs.fixture.db, ClientEntity, pcs.clientId());
    REQUIRE(Leases::takeOver(*pcs.other, ClientEntity, pcs.clientId()).ok());
    QElapsedTimer timer;
    timer.start();
    while (lost.isEmpty() && timer.elapsed() < 5000)
        processEventsFor(50);
    REQUIRE(lost.size() == 1);
    CHECK(lost.first().contains(QStringLiteral("Liv Leader")));
    CHECK_FALSE(keeper.isHeld());
}

// Issue 6, test 4.
TEST_CASE("A killed lease holder keeps the lease until it expires and then it can be taken over")
{
    CaseFixture fixture;
    Session &session = *fixture.session;
    constexpr int TtlSeconds = 3;

    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    holder.setProcessEnvironment(environment);
    holder.start(QStringLiteral(FREMDRIFT_STRESS_PATH),
                 {QStringLiteral("lease"), QStringLiteral("--db"), fixture.db->path(),
                  QStringLiteral("--entity"), ClientEntity, QStringLiteral("--id"),
                  QString::number(fixture.clientId), QStringLiteral("--ttl"),
                  QString::number(TtlSeconds), QStringLiteral("--user"), QStringLiteral("liv")});
    REQUIRE(holder.waitForStarted(10000));
    QByteArray printed;
    QElapsedTimer started;
    started.start();
    while (!printed.contains("leased\n")) {
        REQUIRE(started.elapsed() < 20000);
        if (!holder.waitForReadyRead(100))
            REQUIRE(holder.state() == QProcess::Running);
        printed += holder.readAllStandardOutput();
    }

    // Alive: it keeps renewing, so after more than its time to live it still holds the lease.
    QThread::msleep(TtlSeconds * 1000 + 500);
    auto refusedAlive = Leases::acquire(session, ClientEntity, fixture.clientId);
    REQUIRE_FALSE(refusedAlive.ok());
    CHECK(refusedAlive.error().code == Error::Code::Conflict);
    CHECK(refusedAlive.error().message.startsWith(QStringLiteral("Liv Leader is editing this on ")
                                                  + Presence::host()));
    CHECK_FALSE(Leases::takeOver(session, ClientEntity, fixture.clientId).ok());

    const qint64 holderPid = holder.processId();
    REQUIRE(::kill(static_cast<pid_t>(holderPid), SIGKILL) == 0);
    REQUIRE(holder.waitForFinished(10000));
    CHECK(holder.exitStatus() == QProcess::CrashExit);

    // Dead: the lease is still seen, and refuses, until it expires; then it is taken over.
    auto seen = Leases::current(*fixture.db, ClientEntity, fixture.clientId);
    REQUIRE(seen.ok());
    REQUIRE(seen->has_value());
    const Lease dead = **seen;
    CHECK(dead.userName == QStringLiteral("Liv Leader"));
    CHECK(dead.pid == holderPid);
    int refusals = 0;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        REQUIRE(waited.elapsed() < (TtlSeconds + 10) * 1000);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto taken = Leases::takeOver(session, ClientEntity, fixture.clientId);
        if (taken.ok()) {
            // Never before it expired.
            CHECK(dead.expiresAt <= QDateTime::currentDateTimeUtc());
            CHECK(taken->userName == QStringLiteral("Kari Caseworker"));
            break;
        }
        CHECK(taken.error().code == Error::Code::Conflict);
        CHECK(taken.error().message.contains(QStringLiteral("Liv Leader")));
        CHECK(before < dead.expiresAt);
        ++refusals;
        QThread::msleep(200);
    }
    CHECK(refusals > 0);
    const QList<QJsonObject> details = takeOverDetails(*fixture.db);
    REQUIRE(details.size() == 1);
    CHECK(details.first().value(QStringLiteral("previous_user")).toString()
          == QStringLiteral("Liv Leader"));
    CHECK(details.first().value(QStringLiteral("previous_pid")).toInteger() == holderPid);
}
