// Logins and user administration through fremdrift-cli, run as a process as scripts run it
// (issue "a small office on one shared database file", tests 10 and 11 through the CLI).
#include "storage/database.h"
#include "storage/presence.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QString AdminPassword = QStringLiteral("admin-secret-1");
const QString KariPassword = QStringLiteral("kari-secret-1");
const QString RolfPassword = QStringLiteral("rolf-secret-1");

// An office file made by `init`, and the CLI run on it with a chosen environment. Stdin is a
// pipe, not a terminal: nothing can be typed, as in a script.
class Office
{
public:
    Office()
    {
        const Run made = run({QStringLiteral("init"), QStringLiteral("--jurisdiction"),
                              QStringLiteral("no"), QStringLiteral("--test-data")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        const Run users = run({QStringLiteral("user"), QStringLiteral("list")});
        REQUIRE(users.exitCode == 0);
        admin = users.json().value(u"users").toArray().at(0).toObject().value(u"username")
                    .toString();
        REQUIRE_FALSE(admin.isEmpty());
    }

    Run run(const QStringList &arguments, const QMap<QString, QString> &env = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *name : {"LANGUAGE", "FREMDRIFT_DB", "FREMDRIFT_PASSWORD",
                                 "FREMDRIFT_PASSWORD_NEW"})
            environment.remove(QString::fromLatin1(name));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(FREMDRIFT_CLI_PATH),
                      QStringList{QStringLiteral("--db"), path()} + arguments);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // As `username` with `password` in FREMDRIFT_PASSWORD.
    Run as(const QString &username, const QString &password, const QStringList &arguments,
           QMap<QString, QString> env = {}) const
    {
        env.insert(QStringLiteral("FREMDRIFT_PASSWORD"), password);
        return run(QStringList{QStringLiteral("--user"), username} + arguments, env);
    }

    // The administrator's password set, and caseworker kari and read-only rolf added.
    void setUpLogins() const
    {
        const Run passwd = run({QStringLiteral("user"), QStringLiteral("passwd")},
                               {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"), AdminPassword}});
        INFO(passwd.err.toStdString());
        REQUIRE(passwd.exitCode == 0);
        REQUIRE(passwd.json().value(u"password_changed").toBool());
        addUser("kari", "Kari Nordmann", "caseworker", KariPassword);
        addUser("rolf", "Rolf Reader", "readonly", RolfPassword);
    }

    void addUser(const char *username, const char *name, const char *role,
                 const QString &password) const
    {
        const Run added = as(admin, AdminPassword,
                             {QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("--username"), QString::fromUtf8(username),
                              QStringLiteral("--name"), QString::fromUtf8(name),
                              QStringLiteral("--role"), QString::fromUtf8(role)},
                             {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"), password}});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        CHECK(added.json().value(u"user").toObject().value(u"role").toString()
              == QString::fromUtf8(role));
    }

    QString path() const { return m_scratch.path(QStringLiteral("office.sqlite")); }

    QString admin;

private:
    Scratch m_scratch;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("The CLI asks for a user and password once the office has logins")
{
    Office office;
    // A lone administrator: no login, as before.
    CHECK(office.run(words("user list")).exitCode == 0);
    office.setUpLogins();

    const Run anonymous = office.run(words("user list"));
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));

    // No FREMDRIFT_PASSWORD and no terminal to type on.
    const Run noPassword = office.run(QStringList{QStringLiteral("--user"), QStringLiteral("kari")}
                                      + words("user list"));
    CHECK(noPassword.exitCode == 1);
    CHECK(noPassword.err.contains(QStringLiteral("FREMDRIFT_PASSWORD")));

    const Run wrong = office.as(QStringLiteral("kari"), QStringLiteral("not-her-password"),
                                words("user list"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("password is wrong")));
    CHECK(wrong.out.isEmpty());

    const Run listed = office.as(QStringLiteral("kari"), KariPassword, words("user list"));
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray users = listed.json().value(u"users").toArray();
    CHECK(users.size() == 3);
    for (const QJsonValue &user : users)
        CHECK(user.toObject().value(u"has_password").toBool());
}

TEST_CASE("Through the CLI a caseworker cannot add users and a read-only user cannot write")
{
    Office office;
    office.setUpLogins();

    const Run byCaseworker = office.as(QStringLiteral("kari"), KariPassword,
                                       words("user add --username eve --name Eve --role "
                                             "administrator"),
                                       {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"),
                                         QStringLiteral("eve-secret-1")}});
    CHECK(byCaseworker.exitCode == 1);
    CHECK(byCaseworker.err.contains(QStringLiteral("administrator")));
    CHECK(office.as(QStringLiteral("kari"), KariPassword, words("user deactivate rolf")).exitCode
          == 1);

    const Run byReader = office.as(QStringLiteral("rolf"), RolfPassword,
                                   words("client add --given-name Ola --family-name Nordmann"));
    CHECK(byReader.exitCode == 1);
    CHECK(byReader.err.contains(QStringLiteral("Rolf Reader")));

    const Run byKari = office.as(QStringLiteral("kari"), KariPassword,
                                 words("client add --given-name Ola --family-name Nordmann"));
    INFO(byKari.err.toStdString());
    CHECK(byKari.exitCode == 0);
}

TEST_CASE("Through the CLI users change passwords and an administrator deactivates one")
{
    Office office;
    office.setUpLogins();
    const QString newPassword = QStringLiteral("kari-secret-2");

    // No new password given and nothing to type on: refused, nothing changed.
    const Run missing = office.as(QStringLiteral("kari"), KariPassword, words("user passwd"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("FREMDRIFT_PASSWORD_NEW")));

    const Run changed = office.as(QStringLiteral("kari"), KariPassword, words("user passwd"),
                                  {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"), newPassword}});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(office.as(QStringLiteral("kari"), KariPassword, words("user list")).exitCode == 1);
    CHECK(office.as(QStringLiteral("kari"), newPassword, words("user list")).exitCode == 0);

    // A caseworker may not set another's password; the administrator may.
    CHECK(office.as(QStringLiteral("kari"), newPassword, words("user passwd rolf"),
                    {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"), QStringLiteral("taken-over-1")}})
              .exitCode
          == 1);
    CHECK(office.as(office.admin, AdminPassword, words("user passwd kari"),
                    {{QStringLiteral("FREMDRIFT_PASSWORD_NEW"), KariPassword}})
              .exitCode
          == 0);

    const Run deactivated = office.as(office.admin, AdminPassword, words("user deactivate kari"));
    INFO(deactivated.err.toStdString());
    REQUIRE(deactivated.exitCode == 0);
    const Run refused = office.as(QStringLiteral("kari"), KariPassword, words("user list"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("deactivated")));

    const Run listed = office.as(office.admin, AdminPassword, words("user list"));
    REQUIRE(listed.exitCode == 0);
    bool kariKept = false;
    for (const QJsonValue &user : listed.json().value(u"users").toArray()) {
        if (user.toObject().value(u"username").toString() == u"kari")
            kariKept = !user.toObject().value(u"active").toBool();
    }
    CHECK(kariKept);
}

namespace {

QString roleOf(const Office &office, const QString &username)
{
    const Run listed = office.as(office.admin, AdminPassword, words("user list"));
    REQUIRE(listed.exitCode == 0);
    for (const QJsonValue &user : listed.json().value(u"users").toArray()) {
        if (user.toObject().value(u"username").toString() == username)
            return user.toObject().value(u"role").toString();
    }
    return {};
}

// Reads the process's output until `text` appears; false when it ends or 30 s pass first.
bool waitForOutput(QProcess &process, QByteArray &seen, const QByteArray &text)
{
    while (!seen.contains(text)) {
        if (!process.waitForReadyRead(30000))
            return false;
        seen += process.readAll();
    }
    return true;
}

QList<PresenceRow> presentIn(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(db.ok());
    auto others = othersConnected(**db);
    REQUIRE(others.ok());
    return *others;
}

} // namespace

TEST_CASE("Through the CLI an administrator changes a user's role")
{
    Office office;
    office.setUpLogins();

    const Run changed = office.as(office.admin, AdminPassword, words("user role kari leader"));
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.json().value(u"username").toString() == u"kari");
    CHECK(changed.json().value(u"role").toString() == u"leader");
    CHECK(roleOf(office, QStringLiteral("kari")) == u"leader");

    const Run again = office.as(office.admin, AdminPassword, words("user role kari leader"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already")));

    const Run unknownRole = office.as(office.admin, AdminPassword, words("user role kari boss"));
    CHECK(unknownRole.exitCode == 2);
    CHECK(unknownRole.err.contains(QStringLiteral("Unknown role")));
    CHECK(office.as(office.admin, AdminPassword, words("user role kari")).exitCode == 2);

    // Only administrators; and never the last one.
    const Run byKari = office.as(QStringLiteral("kari"), KariPassword,
                                 words("user role rolf caseworker"));
    CHECK(byKari.exitCode == 1);
    CHECK(byKari.err.contains(QStringLiteral("administrator")));
    CHECK(roleOf(office, QStringLiteral("rolf")) == u"readonly");
    const Run lastAdmin = office.as(office.admin, AdminPassword,
                                    QStringList{QStringLiteral("user"), QStringLiteral("role"),
                                                office.admin, QStringLiteral("caseworker")});
    CHECK(lastAdmin.exitCode == 1);
    CHECK(lastAdmin.err.contains(QStringLiteral("last active administrator")));
    CHECK(roleOf(office, office.admin) == u"administrator");
}

// A command that writes is present for as long as it runs: here `user passwd` waits at its
// prompt on a terminal (script(1) gives it one), while this test looks as another PC would.
TEST_CASE("A CLI command that writes is present while it runs and gone when it ends")
{
    Office office;
    CHECK(presentIn(office.path()).isEmpty());

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"LANGUAGE", "FREMDRIFT_DB", "FREMDRIFT_PASSWORD",
                             "FREMDRIFT_PASSWORD_NEW"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString command = QStringLiteral("'%1' --db '%2' user passwd")
                                .arg(QStringLiteral(FREMDRIFT_CLI_PATH), office.path());
    process.start(QStringLiteral("script"),
                  {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    REQUIRE(process.waitForStarted());
    QByteArray seen;
    REQUIRE(waitForOutput(process, seen, "New password for"));

    const QList<PresenceRow> present = presentIn(office.path());
    REQUIRE(present.size() == 1);
    CHECK(present.constFirst().host == Presence::host());
    CHECK(present.constFirst().userName == Presence::commandLineName(office.admin));
    CHECK(Presence::describe(present).contains(QStringLiteral("fremdrift-cli on ")
                                               + Presence::host()));

    process.write(AdminPassword.toUtf8() + '\n');
    REQUIRE(waitForOutput(process, seen, "same password again"));
    process.write(AdminPassword.toUtf8() + '\n');
    REQUIRE(process.waitForFinished(60000));
    seen += process.readAll();
    INFO(seen.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(seen.contains("password_changed"));
    CHECK(presentIn(office.path()).isEmpty());
}
