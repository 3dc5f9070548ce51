#include "storage/database.h"
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace fremdrift;
using fremdrift::test::readAll;
using fremdrift::test::Scratch;

namespace {

using Run = test::ProcessRun;

Run runProgram(const QString &program, const QStringList &arguments)
{
    return test::runProcess(program, arguments);
}

Run cli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(FREMDRIFT_CLI_PATH), arguments);
}

Run cliOn(const QString &db, const QStringList &arguments)
{
    return cli(QStringList{QStringLiteral("--db"), db} + arguments);
}

} // namespace

TEST_CASE("init creates a database that info describes and check finds sound")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("office.sqlite"));

    const Run init = cliOn(db,
                           {QStringLiteral("init"),
                            QStringLiteral("--jurisdiction"),
                            QStringLiteral("dk"),
                            QStringLiteral("--office-name"),
                            QStringLiteral("Nørreby Kommune")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.json().value(u"jurisdiction").toString() == u"DK");
    CHECK(QFile::exists(db));

    const Run info = cliOn(db, {QStringLiteral("info")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject described = info.json();
    CHECK(described.value(u"application_id").toInteger() == Database::ApplicationId);
    CHECK(described.value(u"schema_version").toInt() >= 1);
    CHECK(described.value(u"jurisdiction").toString() == u"DK");
    CHECK(described.value(u"office_name").toString() == u"Nørreby Kommune");
    CHECK(described.value(u"read_only").toBool() == false);
    CHECK(described.value(u"row_counts").toObject().value(u"clients").toInt() == 0);
    CHECK(described.value(u"row_counts").toObject().contains(u"decisions"));

    const Run check = cliOn(db, {QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.json().value(u"sound").toBool());
}

TEST_CASE("init refuses to overwrite and explains a wrong call")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("office.sqlite"));
    REQUIRE(cliOn(db, {QStringLiteral("init"), QStringLiteral("--jurisdiction"), QStringLiteral("no")})
                .exitCode
            == 0);
    const QByteArray before = readAll(db);

    const Run again = cliOn(db,
                            {QStringLiteral("init"),
                             QStringLiteral("--jurisdiction"),
                             QStringLiteral("se")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(again.out.isEmpty());
    CHECK(readAll(db) == before);

    const Run missingOption = cliOn(scratch.path(QStringLiteral("x.sqlite")),
                                    {QStringLiteral("init")});
    CHECK(missingOption.exitCode == 2);
    CHECK(missingOption.err.contains(QStringLiteral("--jurisdiction")));

    const Run unknownCountry = cliOn(scratch.path(QStringLiteral("x.sqlite")),
                                     {QStringLiteral("init"),
                                      QStringLiteral("--jurisdiction"),
                                      QStringLiteral("fi")});
    CHECK(unknownCountry.exitCode == 2);
    CHECK(unknownCountry.err.contains(QStringLiteral("\"fi\"")));
    CHECK_FALSE(QFile::exists(scratch.path(QStringLiteral("x.sqlite"))));

    const Run unknownCommand = cli({QStringLiteral("frobnicate")});
    CHECK(unknownCommand.exitCode == 2);
    CHECK(unknownCommand.err.contains(QStringLiteral("frobnicate")));

    const Run noCommand = cli({});
    CHECK(noCommand.exitCode == 2);
}

TEST_CASE("Bad files give a clear error on stderr and stay byte for byte")
{
    Scratch scratch;
    const QString text = scratch.path(QStringLiteral("notes.txt"));
    test::writeAll(text, QByteArray("Møtereferat fra evalueringsmøtet\n").repeated(20));

    for (const QString &command : {QStringLiteral("info"), QStringLiteral("check")}) {
        const Run run = cliOn(text, {command});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("not an SQLite")));
        CHECK(run.out.isEmpty());
    }
    CHECK(readAll(text) == QByteArray("Møtereferat fra evalueringsmøtet\n").repeated(20));

    const Run missingFolder = cliOn(scratch.path(QStringLiteral("gone/db.sqlite")),
                                    {QStringLiteral("info")});
    CHECK(missingFolder.exitCode == 1);
    CHECK(missingFolder.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("check fails on a database with a broken rule")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("broken.sqlite"));
    REQUIRE(cliOn(db, {QStringLiteral("init"), QStringLiteral("--jurisdiction"), QStringLiteral("se")})
                .exitCode
            == 0);
    test::withRawConnection(db, [](QSqlDatabase &raw) {
        test::rawExec(raw, QStringLiteral("PRAGMA foreign_keys = OFF"));
        test::rawExec(raw, QStringLiteral("INSERT INTO decisions(client_id, legal_basis) "
                                          "VALUES (999, 'sol-4-1')"));
    });
    const Run check = cliOn(db, {QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK_FALSE(check.json().value(u"sound").toBool(true));
    CHECK(check.err.contains(QStringLiteral("decisions")));
}

TEST_CASE("Messages follow --lang")
{
    Scratch scratch;
    const QString missing = scratch.path(QStringLiteral("missing.sqlite"));
    const Run english = cliOn(missing, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("info")});
    CHECK(english.exitCode == 1);
    CHECK(english.err.contains(QStringLiteral("There is no file")));
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("da")}) {
        const Run translated = cliOn(missing, {QStringLiteral("--lang"), language, QStringLiteral("info")});
        INFO(language.toStdString() << ": " << translated.err.toStdString());
        CHECK(translated.exitCode == 1);
        CHECK_FALSE(translated.err.contains(QStringLiteral("There is no file")));
        CHECK(translated.err.contains(missing));
    }
    CHECK(cliOn(missing, {QStringLiteral("--lang"), QStringLiteral("fi"), QStringLiteral("info")})
              .exitCode
          == 2);
}

TEST_CASE("A read-only file opens read-only for an unprivileged user and is not changed")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("shared.sqlite"));
    REQUIRE(cliOn(db, {QStringLiteral("init"), QStringLiteral("--jurisdiction"), QStringLiteral("no")})
                .exitCode
            == 0);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QByteArray before = readAll(db);

    Run info;
    if (geteuid() == 0) {
        // Root ignores permission bits: run the CLI as 'nobody', as an office PC's user would be.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        REQUIRE_FALSE(setpriv.isEmpty());
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                          | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(scratch.path(QString()), open);
        // A copy of the CLI beside the file: the build folder may sit where 'nobody' cannot
        // go (a clone under /root), which would fail this test for the wrong reason.
        const QString program = scratch.path(QStringLiteral("fremdrift-cli"));
        REQUIRE(QFile::copy(QStringLiteral(FREMDRIFT_CLI_PATH), program));
        QFile::setPermissions(program, open);
        info = runProgram(setpriv,
                          {QStringLiteral("--reuid=65534"),
                           QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"),
                           program,
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("info")});
    } else {
        info = cliOn(db, {QStringLiteral("info")});
    }
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(info.json().value(u"read_only").toBool());
    CHECK(info.json().value(u"read_only_reason").toString().contains(QStringLiteral("read-only")));
    CHECK(readAll(db) == before);
}

TEST_CASE("check catches an audit row removed with the sqlite3 shell")
{
    Scratch scratch;
    const QString db = scratch.path(QStringLiteral("audited.sqlite"));
    REQUIRE(cliOn(db, {QStringLiteral("demo"), QStringLiteral("--jurisdiction"), QStringLiteral("no"),
                       QStringLiteral("--clients"), QStringLiteral("5")})
                .exitCode
            == 0);
    REQUIRE(cliOn(db, {QStringLiteral("check")}).exitCode == 0);

    // Someone with the sqlite3 shell gets past the trigger and removes a line of history.
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(shell.isEmpty());
    const Run removed = runProgram(shell,
                                   {db,
                                    QStringLiteral("DROP TRIGGER audit_log_no_delete; "
                                                   "DELETE FROM audit_log WHERE id = 3;")});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);

    const Run check = cliOn(db, {QStringLiteral("check")});
    CHECK(check.exitCode == 1);
    CHECK_FALSE(check.json().value(u"sound").toBool(true));
    CHECK(check.err.contains(QStringLiteral("audit log")));
    CHECK(check.err.contains(QStringLiteral("audit_log_no_delete")));
}
