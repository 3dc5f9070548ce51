// Who is who: password hashes, logins and their throttle, and the administration of users,
// all in core (issue "a small office on one shared database file", tests 10 and 11).
#include "repository/clientrepository.h"
#include "security/accounts.h"
#include "security/passwords.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "support/testsupport.h"
#include "workflow/permissions.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fremdrift;
using fremdrift::test::CaseFixture;
using fremdrift::test::Scratch;

namespace {

const QString AdminPassword = QStringLiteral("admin-secret-1");
const QString KariPassword = QStringLiteral("kari-secret-1");

// A new office file: its administrator ("admin") with a password, and caseworker "kari".
struct Office
{
    Office()
    {
        db = scratch.createDatabase(QStringLiteral("office.sqlite"));
        auto started = Session::start(*db, QStringLiteral("admin"));
        REQUIRE(started.ok());
        session = std::move(started).value();
        REQUIRE(Accounts::setPassword(*session, {}, {}, AdminPassword).ok());
        Accounts::NewUser kari{QStringLiteral("kari"), QStringLiteral("Kari Nordmann"),
                               Role::Caseworker, KariPassword, {}};
        REQUIRE(Accounts::addUser(*session, kari).ok());
    }

    int failedLogins(const QString &username) const
    {
        auto count = sql::scalar(db->connection(),
                                 QStringLiteral("SELECT failed_logins FROM staff_users "
                                                "WHERE username = ?"),
                                 {username});
        REQUIRE(count.ok());
        return count->toInt();
    }

    int auditCount(const QString &action) const
    {
        auto count = sql::scalar(db->connection(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                                 {action});
        REQUIRE(count.ok());
        return count->toInt();
    }

    Scratch scratch;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

} // namespace

TEST_CASE("A password is hashed with Argon2id and only the right one verifies")
{
    const auto hash = Passwords::hash(QStringLiteral("rett hest batteri"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK(Passwords::verify(*hash, QStringLiteral("rett hest batteri")));
    CHECK_FALSE(Passwords::verify(*hash, QStringLiteral("rett hest batteri ")));
    CHECK_FALSE(Passwords::verify(*hash, QString()));
    CHECK_FALSE(Passwords::verify(QString(), QStringLiteral("rett hest batteri")));
    CHECK_FALSE(Passwords::needsRehash(*hash));
    CHECK(Passwords::needsRehash(QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")));

    // A fresh salt each time; the same password in composed or decomposed form is one password.
    const auto decomposed = Passwords::hash(QStringLiteral("blåbærsyltetøy")
                                                .normalized(QString::NormalizationForm_D));
    REQUIRE(decomposed.ok());
    CHECK(*decomposed != *hash);
    CHECK(Passwords::verify(*decomposed, QStringLiteral("blåbærsyltetøy")));
}

TEST_CASE("A password needs at least eight characters")
{
    CHECK(Passwords::checkRule(QStringLiteral("1234567")).error().code
          == Error::Code::InvalidInput);
    CHECK(Passwords::checkRule(QStringLiteral("1234567")).error().message.contains(u'8'));
    CHECK(Passwords::checkRule(QStringLiteral("        ")).error().code
          == Error::Code::InvalidInput);
    CHECK(Passwords::checkRule(QStringLiteral("12345678")).ok());
    CHECK(Passwords::checkRule(QStringLiteral("æøåæøåæø")).ok());
}

TEST_CASE("A lone user never logs in and a second user with a password makes logins required")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("laptop.sqlite"));
    CHECK_FALSE(*Accounts::loginRequired(*db));

    // Several users, nobody with a password (an office before it set up logins, the demo).
    CaseFixture fixture;
    CHECK_FALSE(*Accounts::loginRequired(*fixture.db));

    // The administrator alone with a password still works without logging in.
    auto session = Session::start(*db);
    REQUIRE(session.ok());
    REQUIRE(Accounts::setPassword(**session, {}, {}, AdminPassword).ok());
    CHECK_FALSE(*Accounts::loginRequired(*db));
    REQUIRE(Accounts::addUser(**session,
                              {QStringLiteral("kari"), QStringLiteral("Kari Nordmann"),
                               Role::Caseworker, KariPassword, {}})
                .ok());
    CHECK(*Accounts::loginRequired(*db));
}

TEST_CASE("An administrator without a password of their own cannot add users")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    auto session = Session::start(*db);
    REQUIRE(session.ok());
    auto added = Accounts::addUser(**session,
                                   {QStringLiteral("kari"), QStringLiteral("Kari Nordmann"),
                                    Role::Caseworker, KariPassword, {}});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::PermissionDenied);
    CHECK(added.error().message.contains(QStringLiteral("password")));
}

TEST_CASE("A wrong password is refused and the right one logs in and both are audited")
{
    Office office;
    auto wrong = Accounts::login(*office.db, QStringLiteral("kari"), QStringLiteral("wrong-one"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == Error::Code::PermissionDenied);
    CHECK(office.failedLogins(QStringLiteral("kari")) == 1);
    CHECK(office.auditCount(QStringLiteral("login_failed")) == 1);

    // An unknown user gets the same answer, and is audited too.
    auto unknown = Accounts::login(*office.db, QStringLiteral("nobody"), KariPassword);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == wrong.error().message);
    CHECK(office.auditCount(QStringLiteral("login_failed")) == 2);

    // User names ignore case, as the table does.
    auto right = Accounts::login(*office.db, QStringLiteral("Kari"), KariPassword);
    REQUIRE(right.ok());
    CHECK(right->username == u"kari");
    CHECK(right->role == Role::Caseworker);
    CHECK(office.failedLogins(QStringLiteral("kari")) == 0);
    CHECK(office.auditCount(QStringLiteral("login")) == 1);

    // The stored hash is Argon2id, and never appears in the audit trail.
    auto stored = sql::scalar(office.db->connection(),
                              QStringLiteral("SELECT password_hash FROM staff_users "
                                             "WHERE username = 'kari'"));
    REQUIRE(stored.ok());
    CHECK(stored->toString().startsWith(QStringLiteral("$argon2id$")));
    auto leaked = sql::scalar(office.db->connection(),
                              QStringLiteral("SELECT count(*) FROM audit_log "
                                             "WHERE detail LIKE '%argon2%'"));
    CHECK(leaked->toInt() == 0);
    CHECK(AuditTrail::verify(office.db->connection())->intact);
}

TEST_CASE("Repeated failed logins slow down and a success resets the count")
{
    CHECK(Accounts::waitSeconds(0) == 0);
    CHECK(Accounts::waitSeconds(2) == 0);
    CHECK(Accounts::waitSeconds(3) == 1);
    CHECK(Accounts::waitSeconds(4) == 2);
    CHECK(Accounts::waitSeconds(6) == 8);
    CHECK(Accounts::waitSeconds(12) == 300);
    CHECK(Accounts::waitSeconds(1000) == 300);

    Office office;
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < Accounts::FreeAttempts; ++i) {
        auto attempt = Accounts::login(*office.db, QStringLiteral("kari"),
                                       QStringLiteral("guess-%1").arg(i), start);
        CHECK(attempt.error().code == Error::Code::PermissionDenied);
    }
    CHECK(office.failedLogins(QStringLiteral("kari")) == 3);

    // Too early: refused without looking at the password, even the right one, not counted.
    auto early = Accounts::login(*office.db, QStringLiteral("kari"), KariPassword,
                                 start.addMSecs(400));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == Error::Code::Busy);
    CHECK(early.error().message.contains(QStringLiteral("1 second")));
    CHECK(office.failedLogins(QStringLiteral("kari")) == 3);

    // Another wrong one after the wait doubles it.
    CHECK(Accounts::login(*office.db, QStringLiteral("kari"), QStringLiteral("guess-3"),
                          start.addSecs(1))
              .error()
              .code
          == Error::Code::PermissionDenied);
    CHECK(office.failedLogins(QStringLiteral("kari")) == 4);
    CHECK(Accounts::login(*office.db, QStringLiteral("kari"), KariPassword,
                          start.addMSecs(2500))
              .error()
              .message.contains(QStringLiteral("1 second")));

    // Someone who has been guessing for a long time waits minutes (set as another PC would).
    REQUIRE(sql::run(office.db->connection(),
                     QStringLiteral("UPDATE staff_users SET failed_logins = 15, "
                                    "last_failed_login_at = ? WHERE username = 'kari'"),
                     {start.toString(Qt::ISODate)})
                .ok());
    auto blocked = Accounts::login(*office.db, QStringLiteral("kari"), KariPassword,
                                   start.addSecs(60));
    CHECK(blocked.error().code == Error::Code::Busy);
    CHECK(blocked.error().message.contains(QStringLiteral("4 minute")));

    auto later = Accounts::login(*office.db, QStringLiteral("kari"), KariPassword,
                                 start.addSecs(Accounts::MaxWaitSeconds));
    REQUIRE(later.ok());
    CHECK(office.failedLogins(QStringLiteral("kari")) == 0);
}

TEST_CASE("Users change their own password and an administrator resets anyone's")
{
    Office office;
    REQUIRE(office.session->switchUser(QStringLiteral("kari")).ok());
    const QString newPassword = QStringLiteral("kari-secret-2");

    auto wrongOld = Accounts::setPassword(*office.session, {}, QStringLiteral("not-it-at-all"),
                                          newPassword);
    CHECK(wrongOld.error().code == Error::Code::PermissionDenied);
    auto tooShort = Accounts::setPassword(*office.session, {}, KariPassword,
                                          QStringLiteral("short"));
    CHECK(tooShort.error().code == Error::Code::InvalidInput);
    CHECK(Accounts::login(*office.db, QStringLiteral("kari"), KariPassword).ok());

    REQUIRE(Accounts::setPassword(*office.session, QStringLiteral("kari"), KariPassword,
                                  newPassword)
                .ok());
    CHECK_FALSE(Accounts::login(*office.db, QStringLiteral("kari"), KariPassword).ok());

    // A caseworker may not set someone else's password.
    auto others = Accounts::setPassword(*office.session, QStringLiteral("admin"), {},
                                        QStringLiteral("taken-over-1"));
    CHECK(others.error().code == Error::Code::PermissionDenied);

    // The administrator resets Kari's without knowing it.
    REQUIRE(office.session->switchUser(QStringLiteral("admin")).ok());
    REQUIRE(Accounts::setPassword(*office.session, QStringLiteral("kari"), {}, KariPassword)
                .ok());
    CHECK(Accounts::login(*office.db, QStringLiteral("kari"), KariPassword).ok());
    CHECK(office.auditCount(QStringLiteral("set_password")) == 3);
}

TEST_CASE("A deactivated user keeps their history but cannot log in or act")
{
    Office office;
    REQUIRE(office.session->switchUser(QStringLiteral("kari")).ok());
    Client client;
    client.givenName = QStringLiteral("Åsmund");
    client.familyName = QStringLiteral("Ødegård");
    auto saved = ClientRepository(*office.session).save(client);
    REQUIRE(saved.ok());

    // Only an administrator deactivates.
    CHECK(Accounts::deactivate(*office.session, QStringLiteral("admin")).error().code
          == Error::Code::PermissionDenied);
    REQUIRE(office.session->switchUser(QStringLiteral("admin")).ok());
    // The last active administrator stays.
    CHECK(Accounts::deactivate(*office.session, QStringLiteral("admin")).error().code
          == Error::Code::InvalidInput);
    REQUIRE(Accounts::deactivate(*office.session, QStringLiteral("kari")).ok());
    CHECK(Accounts::deactivate(*office.session, QStringLiteral("kari")).error().code
          == Error::Code::InvalidInput);

    auto login = Accounts::login(*office.db, QStringLiteral("kari"), KariPassword);
    REQUIRE_FALSE(login.ok());
    CHECK(login.error().message.contains(QStringLiteral("deactivated")));
    CHECK_FALSE(Session::start(*office.db, QStringLiteral("kari")).ok());
    // A lone active user again: nobody needs to log in.
    CHECK_FALSE(*Accounts::loginRequired(*office.db));

    // Her record and what she did remain.
    auto users = office.session->users();
    REQUIRE(users.ok());
    CHECK(std::any_of(users->cbegin(), users->cend(), [](const StaffUser &user) {
        return user.username == u"kari" && !user.active;
    }));
    auto history = AuditTrail::forClient(office.db->connection(), saved->id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->constLast().userName == u"Kari Nordmann");
}

TEST_CASE("A caseworker cannot add users and a read-only user cannot write")
{
    CaseFixture fixture;
    auto added = Accounts::addUser(*fixture.session,
                                   {QStringLiteral("mallory"), QStringLiteral("Mallory"),
                                    Role::Administrator, QStringLiteral("mallory-secret"), {}});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == Error::Code::PermissionDenied);
    CHECK(Accounts::deactivate(*fixture.session, QStringLiteral("liv")).error().code
          == Error::Code::PermissionDenied);

    fixture.actAs(QStringLiteral("rolf"));
    Client client;
    client.givenName = QStringLiteral("Ola");
    client.familyName = QStringLiteral("Nordmann");
    auto saved = ClientRepository(*fixture.session).save(client);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == Error::Code::PermissionDenied);
    CHECK(Accounts::addUser(*fixture.session,
                            {QStringLiteral("mallory"), QStringLiteral("Mallory"),
                             Role::Administrator, QStringLiteral("mallory-secret"), {}})
              .error()
              .code
          == Error::Code::PermissionDenied);
}

namespace {

qint64 userVersion(const Database &db, const QString &username)
{
    auto version = sql::scalar(db.connection(),
                               QStringLiteral("SELECT version FROM staff_users WHERE username = ?"),
                               {username});
    REQUIRE(version.ok());
    return version->toLongLong();
}

Role storedRole(const Session &session, const QString &username)
{
    auto users = session.users();
    REQUIRE(users.ok());
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.username == username)
            return user.role;
    }
    FAIL("no staff user " << username.toStdString());
    return Role::ReadOnly;
}

} // namespace

TEST_CASE("An administrator changes a role which is audited with the old and the new role")
{
    Office office;
    // Kari works on another PC: her session read her user when it started.
    auto elsewhere = Session::start(*office.db, QStringLiteral("kari"));
    REQUIRE(elsewhere.ok());
    const qint64 versionBefore = userVersion(*office.db, QStringLiteral("kari"));

    REQUIRE(Accounts::setRole(*office.session, QStringLiteral("kari"), Role::Leader).ok());
    CHECK(storedRole(*office.session, QStringLiteral("kari")) == Role::Leader);
    CHECK(userVersion(*office.db, QStringLiteral("kari")) == versionBefore + 1);

    AuditFilter filter;
    filter.userId = office.session->user().id;
    auto audit = AuditTrail::search(office.db->connection(), filter);
    REQUIRE(audit.ok());
    const auto changed = std::find_if(audit->cbegin(), audit->cend(), [](const AuditRecord &row) {
        return row.action == u"set_role";
    });
    REQUIRE(changed != audit->cend());
    CHECK(changed->entity == u"staff_user");
    CHECK(changed->detail.value(u"username").toString() == u"kari");
    CHECK(changed->detail.value(u"old_role").toString() == u"caseworker");
    CHECK(changed->detail.value(u"new_role").toString() == u"leader");
    CHECK(office.auditCount(QStringLiteral("set_role")) == 1);
    CHECK(AuditTrail::verify(office.db->connection())->intact);

    // The running session keeps the role it read until it reads its user again.
    CHECK((*elsewhere)->user().role == Role::Caseworker);
    CHECK_FALSE(roleAllows((*elsewhere)->user().role, Permission::ApproveDecisions));
    REQUIRE((*elsewhere)->switchUser(QStringLiteral("kari")).ok());
    CHECK((*elsewhere)->user().role == Role::Leader);
    CHECK(requirePermission((*elsewhere)->user(), Permission::ApproveDecisions).ok());
}

TEST_CASE("A role change is refused for non-administrators and unknown or deactivated users")
{
    Office office;
    Accounts::NewUser liv{QStringLiteral("liv"), QStringLiteral("Liv Leder"), Role::Leader,
                          QStringLiteral("liv-secret-1"), {}};
    REQUIRE(Accounts::addUser(*office.session, liv).ok());

    REQUIRE(office.session->switchUser(QStringLiteral("kari")).ok());
    const auto byCaseworker = Accounts::setRole(*office.session, QStringLiteral("kari"),
                                                Role::Administrator);
    CHECK(byCaseworker.error().code == Error::Code::PermissionDenied);
    CHECK(storedRole(*office.session, QStringLiteral("kari")) == Role::Caseworker);

    REQUIRE(office.session->switchUser(QStringLiteral("admin")).ok());
    CHECK(Accounts::setRole(*office.session, QStringLiteral("nobody"), Role::Leader).error().code
          == Error::Code::NotFound);

    const qint64 versionBefore = userVersion(*office.db, QStringLiteral("kari"));
    const auto same = Accounts::setRole(*office.session, QStringLiteral("kari"), Role::Caseworker);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == Error::Code::InvalidInput);
    CHECK(same.error().message.contains(QStringLiteral("already")));
    CHECK(userVersion(*office.db, QStringLiteral("kari")) == versionBefore);

    REQUIRE(Accounts::deactivate(*office.session, QStringLiteral("liv")).ok());
    const auto deactivated = Accounts::setRole(*office.session, QStringLiteral("liv"),
                                               Role::Caseworker);
    REQUIRE_FALSE(deactivated.ok());
    CHECK(deactivated.error().message.contains(QStringLiteral("deactivated")));
    CHECK(storedRole(*office.session, QStringLiteral("liv")) == Role::Leader);
    CHECK(office.auditCount(QStringLiteral("set_role")) == 0);
}

TEST_CASE("The last active administrator keeps the role until another administrator exists")
{
    Office office;
    const auto last = Accounts::setRole(*office.session, QStringLiteral("admin"), Role::Caseworker);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == Error::Code::InvalidInput);
    CHECK(last.error().message.contains(QStringLiteral("last active administrator")));
    CHECK(storedRole(*office.session, QStringLiteral("admin")) == Role::Administrator);

    // A deactivated administrator does not count.
    Accounts::NewUser spare{QStringLiteral("spare"), QStringLiteral("Spare Admin"),
                            Role::Administrator, QStringLiteral("spare-secret-1"), {}};
    REQUIRE(Accounts::addUser(*office.session, spare).ok());
    REQUIRE(Accounts::deactivate(*office.session, QStringLiteral("spare")).ok());
    CHECK_FALSE(Accounts::setRole(*office.session, QStringLiteral("admin"), Role::Caseworker).ok());

    // With Kari made an administrator, the first one may step down; the acting session follows
    // its own new role at once and may manage users no more.
    REQUIRE(Accounts::setRole(*office.session, QStringLiteral("kari"), Role::Administrator).ok());
    REQUIRE(Accounts::setRole(*office.session, QStringLiteral("admin"), Role::Leader).ok());
    CHECK(office.session->user().role == Role::Leader);
    CHECK(Accounts::setRole(*office.session, QStringLiteral("kari"), Role::Caseworker).error().code
          == Error::Code::PermissionDenied);
    CHECK(office.auditCount(QStringLiteral("set_role")) == 2);
}
