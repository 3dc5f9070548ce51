#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

#include <chrono>
#include <future>
#include <thread>

#include <unistd.h>

using namespace fremdrift;
using fremdrift::test::readAll;
using fremdrift::test::Scratch;

namespace {

QVariant pragma(const Database &db, const char *name)
{
    auto value = sql::scalar(db.connection(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(value.ok());
    return *value;
}

qint64 count(const Database &db, const QString &table)
{
    auto value = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(value.ok());
    return value->toLongLong();
}

// Opening must fail with `code` and leave the file exactly as it was.
void requireRefusedUnchanged(const QString &path, Error::Code code)
{
    const QByteArray before = readAll(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == code);
    CHECK_FALSE(opened.error().message.isEmpty());
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("A new database is ours at the latest schema with the pragmas asserted")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("new.sqlite"), JurisdictionCode::Sweden);

    CHECK(pragma(*db, "application_id").toLongLong() == Database::ApplicationId);
    CHECK(pragma(*db, "user_version").toInt() == latestSchemaVersion());
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "journal_mode").toString() == u"delete");
    CHECK(pragma(*db, "synchronous").toInt() == 2);
    CHECK(db->jurisdiction() == JurisdictionCode::Sweden);
    CHECK_FALSE(db->isReadOnly());

    const QStringList tables = db->connection().tables();
    for (const QString &table : expectedTables())
        CHECK(tables.contains(table));

    const Database::Check check = db->check();
    INFO(check.problems.join(u'\n').toStdString());
    CHECK(check.sound);
}

TEST_CASE("Reopening a database reads its jurisdiction and schema back")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("reopen.sqlite"));
    scratch.createDatabase(QStringLiteral("reopen.sqlite"), JurisdictionCode::Denmark).reset();

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->jurisdiction() == JurisdictionCode::Denmark);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    CHECK((*db)->path() == path);
    CHECK_FALSE((*db)->isTestDatabase());
}

TEST_CASE("Creating refuses an existing file and a missing folder and changes nothing")
{
    Scratch scratch;
    const QString existing = scratch.path(QStringLiteral("letter.txt"));
    test::writeAll(existing, "Dear caseworker");
    auto overExisting = Database::create(existing, {});
    REQUIRE_FALSE(overExisting.ok());
    CHECK(overExisting.error().code == Error::Code::AlreadyExists);
    CHECK(readAll(existing) == "Dear caseworker");

    const QString inMissingFolder = scratch.path(QStringLiteral("no/such/folder/db.sqlite"));
    auto created = Database::create(inMissingFolder, {});
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == Error::Code::FolderMissing);
    CHECK(created.error().message.contains(QStringLiteral("folder")));
    CHECK_FALSE(QFile::exists(inMissingFolder));

    auto opened = Database::open(inMissingFolder);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::FolderMissing);
}

TEST_CASE("Opening a missing file says so and creates nothing")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("missing.sqlite"));
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::NotFound);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A file that is not SQLite is refused and left byte for byte")
{
    Scratch scratch;
    const QString text = scratch.path(QStringLiteral("minutes.docx"));
    test::writeAll(text, QByteArray("PK\x03\x04 not a database at all, a zipped document", 48)
                             .repeated(50));
    requireRefusedUnchanged(text, Error::Code::NotSQLite);

    const QString empty = scratch.path(QStringLiteral("empty.sqlite"));
    test::writeAll(empty, QByteArray());
    requireRefusedUnchanged(empty, Error::Code::NotSQLite);

    const QString shortHeader = scratch.path(QStringLiteral("short.sqlite"));
    test::writeAll(shortHeader, QByteArray("SQLite format 3\0", 16));
    requireRefusedUnchanged(shortHeader, Error::Code::NotSQLite);
}

TEST_CASE("An SQLite file that is not ours is refused and left byte for byte")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("other-app.sqlite"));
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("CREATE TABLE songs (title TEXT)"));
        test::rawExec(db, QStringLiteral("INSERT INTO songs VALUES ('Vem kan segla')"));
    });
    requireRefusedUnchanged(path, Error::Code::NotOurs);
}

TEST_CASE("A damaged database is refused with a clear message and left byte for byte")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("damaged.sqlite"));
    scratch.createDatabase(QStringLiteral("damaged.sqlite")).reset();

    // Keep the valid header but overwrite every page after the first (the tables' pages).
    QByteArray bytes = readAll(path);
    const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    REQUIRE(bytes.size() > 2 * pageSize);
    for (qsizetype i = pageSize; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i * 31));
    test::writeAll(path, bytes);

    requireRefusedUnchanged(path, Error::Code::Corrupt);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("A database from a newer Fremdrift opens read-only and refuses writes")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("newer.sqlite"));
    scratch.createDatabase(QStringLiteral("newer.sqlite")).reset();
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    });
    const QByteArray before = readAll(path);

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->isReadOnly());
    CHECK((*db)->readOnlyReason().contains(QStringLiteral("newer version")));
    const Status write = (*db)->setSetting(QStringLiteral("office_name"), QStringLiteral("X"));
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().code == Error::Code::ReadOnly);
    db->reset();
    CHECK(readAll(path) == before);
}

TEST_CASE("A read-only request or a read-only file opens read-only and writes nothing")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("ro.sqlite"));
    scratch.createDatabase(QStringLiteral("ro.sqlite")).reset();
    const QByteArray before = readAll(path);

    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(db.ok());
        CHECK((*db)->isReadOnly());
        CHECK((*db)->setSetting(QStringLiteral("office_name"), QStringLiteral("X")).error().code
              == Error::Code::ReadOnly);
        CHECK(count(**db, QStringLiteral("clients")) == 0);
    }
    CHECK(readAll(path) == before);

    // Root ignores permission bits; test_cli runs the same case as an unprivileged user.
    if (geteuid() != 0) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->isReadOnly());
        CHECK((*db)->readOnlyReason().contains(QStringLiteral("read-only")));
        db->reset();
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("A database found in WAL mode is switched back to a rollback journal")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("wal.sqlite"));
    scratch.createDatabase(QStringLiteral("wal.sqlite")).reset();
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    });
    REQUIRE(readAll(path).at(18) == 2); // WAL is recorded in the file header

    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(pragma(**db, "journal_mode").toString() == u"delete");
    db->reset();
    CHECK(readAll(path).at(18) == 1);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("write() commits all of a change or none of it")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("tx.sqlite"));
    const QString insertUnit = QStringLiteral("INSERT INTO units(name) VALUES (?)");

    const Status failed = db->write([&](QSqlDatabase &c) -> Status {
        REQUIRE(sql::run(c, insertUnit, {QStringLiteral("Lindegården")}).ok());
        return makeError(Error::Code::InvalidInput, QStringLiteral("changed my mind"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(count(*db, QStringLiteral("units")) == 0);

    // A constraint failure half-way rolls back the first insert too.
    const Status constraint = db->write([&](QSqlDatabase &c) -> Status {
        REQUIRE(sql::run(c, insertUnit, {QStringLiteral("Solbakken")}).ok());
        auto duplicate = sql::run(c, insertUnit, {QStringLiteral("Solbakken")});
        return duplicate ? Status(Ok{}) : Status(duplicate.error());
    });
    REQUIRE_FALSE(constraint.ok());
    CHECK(constraint.error().code == Error::Code::InvalidInput);
    CHECK(count(*db, QStringLiteral("units")) == 0);

    const Status committed = db->write([&](QSqlDatabase &c) -> Status {
        auto inserted = sql::run(c, insertUnit, {QStringLiteral("Solbakken")});
        return inserted ? Status(Ok{}) : Status(inserted.error());
    });
    CHECK(committed.ok());
    CHECK(count(*db, QStringLiteral("units")) == 1);
}

TEST_CASE("A write waits for another connection's lock and then succeeds")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("busy.sqlite"));
    const QString path = db->path();

    // Another writer (its own thread and connection, as another PC would be) holds the write
    // lock for a moment; our write must wait for it rather than fail.
    std::promise<void> locked;
    std::thread holder([&] {
        const QString name = QStringLiteral("lock-holder");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            other.open();
            QSqlQuery query(other);
            query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            locked.set_value();
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
            query.exec(QStringLiteral("COMMIT"));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    locked.get_future().wait();
    const auto started = std::chrono::steady_clock::now();
    const Status saved = db->setSetting(QStringLiteral("office_name"), QStringLiteral("Nordby"));
    const auto waited = std::chrono::steady_clock::now() - started;
    holder.join();

    INFO((saved ? QString() : saved.error().message).toStdString());
    CHECK(saved.ok());
    CHECK(waited >= std::chrono::milliseconds(300)); // it really did wait for the lock
    auto name = db->setting(QStringLiteral("office_name"));
    REQUIRE(name.ok());
    CHECK(*name == u"Nordby");
}

TEST_CASE("An older schema is migrated on open in a transaction")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("old.sqlite"));
    // A Fremdrift file interrupted before its first schema: ours, but at version 0.
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        test::rawExec(db, QStringLiteral("CREATE TABLE placeholder (x)"));
    });

    // With no jurisdiction recorded the open fails, but the migration itself has run.
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == Error::Code::NotFound);
    test::withRawConnection(path, [](QSqlDatabase &db) {
        QSqlQuery query(QStringLiteral("PRAGMA user_version"), db);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == latestSchemaVersion());
        test::rawExec(db, QStringLiteral("INSERT INTO settings VALUES ('jurisdiction', 'SE')"));
    });
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->jurisdiction() == JurisdictionCode::Sweden);
}

TEST_CASE("The audit log and issued letters cannot be changed or deleted")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("audit.sqlite"));
    const QSqlDatabase c = db->connection();
    REQUIRE(sql::run(c,
                     QStringLiteral("INSERT INTO audit_log(at, action, entity) VALUES "
                                    "('2026-11-22T08:00:00Z', 'create', 'client')"))
                .ok());

    auto update = sql::run(c, QStringLiteral("UPDATE audit_log SET action = 'nothing'"));
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().detail.contains(QStringLiteral("append-only")));
    CHECK_FALSE(sql::run(c, QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(count(*db, QStringLiteral("audit_log")) == 1);

    REQUIRE(sql::run(c,
                     QStringLiteral("INSERT INTO templates(kind, jurisdiction, language, "
                                    "version_no, body) VALUES ('decision', 'NO', 'nb', 1, 'x')"))
                .ok());
    REQUIRE(sql::run(c,
                     QStringLiteral("INSERT INTO letters(kind, template_id, language, "
                                    "recipient_name, issued_at, pdf, sha256) VALUES "
                                    "('decision', 1, 'nb', 'Kari', '2026-11-22', x'25504446', ?)"),
                     {QString(64, u'a')})
                .ok());
    CHECK_FALSE(sql::run(c, QStringLiteral("UPDATE letters SET recipient_name = 'Ola'")).ok());
    CHECK_FALSE(sql::run(c, QStringLiteral("DELETE FROM letters")).ok());
}

TEST_CASE("check() finds a broken foreign key that a raw tool left behind")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("fk.sqlite"));
    scratch.createDatabase(QStringLiteral("fk.sqlite")).reset();
    test::withRawConnection(path, [](QSqlDatabase &db) {
        test::rawExec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        test::rawExec(db, QStringLiteral("INSERT INTO clients(given_name, family_name, unit_id) "
                                         "VALUES ('Åse', 'Berg', 4711)"));
    });
    auto db = Database::open(path);
    REQUIRE(db.ok());
    const Database::Check check = (*db)->check();
    CHECK_FALSE(check.sound);
    CHECK(check.problems.join(u'\n').contains(QStringLiteral("clients")));
}
