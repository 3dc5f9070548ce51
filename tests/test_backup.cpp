#include "storage/backup.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/presence.h"
#include "storage/sql.h"
#include "support/process.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

qint64 countUnits(const Database &db)
{
    auto value = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM units"));
    INFO((value ? QString() : value.error().message + u' ' + value.error().detail).toStdString());
    REQUIRE(value.ok());
    return value->toLongLong();
}

qint64 countUnitsIn(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(db.ok());
    return countUnits(**db);
}

void addUnits(Database &db, int count, int padding = 0)
{
    const qint64 first = countUnits(db);
    const Status written = db.write([&](QSqlDatabase &connection) -> Status {
        for (int i = 0; i < count; ++i) {
            auto q = sql::run(connection,
                              QStringLiteral("INSERT INTO units(name, address) VALUES (?, ?)"),
                              {QStringLiteral("unit %1").arg(first + i), QString(padding, u'x')});
            if (!q)
                return q.error();
        }
        return Ok{};
    });
    REQUIRE(written.ok());
}

void addPresence(
    Database &db, const QString &host, qint64 pid, const QString &user, const QDateTime &seen)
{
    const QString at = seen.toUTC().toString(Qt::ISODate);
    const Status written = db.write([&](QSqlDatabase &connection) -> Status {
        auto q = sql::run(connection,
                          QStringLiteral("INSERT INTO presence(host, pid, user_name, opened_at, "
                                         "seen_at) VALUES (?, ?, ?, ?, ?)"),
                          {host, pid, user, at, at});
        if (!q)
            return q.error();
        return Ok{};
    });
    REQUIRE(written.ok());
}

QStringList partials(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
}

test::ProcessRun cliOn(const QString &db, const QStringList &arguments)
{
    return test::runProcess(QStringLiteral(FREMDRIFT_CLI_PATH),
                            QStringList{QStringLiteral("--db"), db} + arguments);
}

} // namespace

TEST_CASE("A backup is verified and opens with the same rows")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    addUnits(*db, 25);
    const QString folder = scratch.path(QStringLiteral("backups"));

    auto made = makeBackup(*db, folder, 3);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    CHECK(made->verified);
    CHECK(QFileInfo(made->path).fileName().startsWith(u"fremdrift-"));
    CHECK(QFileInfo(made->path).fileName().endsWith(u".sqlite"));
    CHECK(made->size == QFileInfo(made->path).size());
    CHECK(made->madeAt.date() == QDate::currentDate());
    CHECK(partials(folder).isEmpty());

    auto copy = Database::open(made->path, Database::Access::ReadOnly);
    REQUIRE(copy.ok());
    CHECK((*copy)->check().sound);
    CHECK(countUnits(**copy) == 25);
    CHECK(verifyBackup(made->path).ok());

    const QList<BackupInfo> listed = listBackups(folder);
    REQUIRE(listed.size() == 1);
    CHECK(listed.constFirst().path == made->path);
}

TEST_CASE("Keeping N backups prunes the oldest")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString folder = scratch.path(QStringLiteral("backups"));
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        addUnits(*db, 1);
        auto backup = makeBackup(*db, folder, 2);
        REQUIRE(backup.ok());
        made << backup->path;
    }
    const QList<BackupInfo> listed = listBackups(folder);
    REQUIRE(listed.size() == 2);
    // Newest first, and the newest holds every unit.
    CHECK(listed.at(0).path == made.at(3));
    CHECK(listed.at(1).path == made.at(2));
    CHECK(countUnitsIn(listed.at(0).path) == 4);
    CHECK_FALSE(QFile::exists(made.at(0)));
    CHECK_FALSE(QFile::exists(made.at(1)));

    CHECK_FALSE(makeBackup(*db, folder, 0).ok());
}

TEST_CASE("A backup made while another connection writes continuously is consistent")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    addUnits(*db, 50, 500);
    const QString folder = scratch.path(QStringLiteral("backups"));

    std::atomic<bool> stop = false;
    std::atomic<int> commits = 0;
    std::atomic<int> failures = 0;
    std::thread writer([&] {
        // Its own connection, as another PC would have.
        auto other = Database::open(path);
        if (!other) {
            ++failures;
            return;
        }
        int n = 0;
        while (!stop) {
            const Status written = (*other)->write([&](QSqlDatabase &connection) -> Status {
                // Several rows per transaction: a backup must hold all of them or none.
                for (int i = 0; i < 5; ++i) {
                    auto q = sql::run(connection,
                                      QStringLiteral("INSERT INTO units(name, address) "
                                                     "VALUES (?, ?)"),
                                      {QStringLiteral("writer %1").arg(n++), QString(300, u'y')});
                    if (!q)
                        return q.error();
                }
                return Ok{};
            });
            if (written)
                ++commits;
            else
                ++failures;
            // A rollback journal lets a writer that never pauses starve readers (the backup
            // among them); even eight busy caseworkers leave gaps far longer than this.
            QThread::msleep(2);
        }
    });
    // Let the writer get going.
    while (commits < 5 && failures == 0)
        QThread::msleep(1);

    QList<std::pair<qint64, qint64>> bounds;
    QStringList backups;
    for (int i = 0; i < 3; ++i) {
        const qint64 before = countUnits(*db);
        auto made = makeBackup(*db, folder, 10);
        const qint64 after = countUnits(*db);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
        bounds.append({before, after});
        backups << made->path;
    }
    stop = true;
    writer.join();
    CHECK(failures == 0);
    CHECK(commits > 5);

    for (qsizetype i = 0; i < backups.size(); ++i) {
        INFO(backups.at(i).toStdString());
        CHECK(verifyBackup(backups.at(i)).ok());
        const qint64 inBackup = countUnitsIn(backups.at(i));
        CHECK(inBackup >= bounds.at(i).first);
        CHECK(inBackup <= bounds.at(i).second);
        CHECK((inBackup - 50) % 5 == 0); // whole transactions only
    }
    CHECK(partials(folder).isEmpty());
}

TEST_CASE("A partial backup is never listed and a stale one is cleaned up")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString folder = scratch.path(QStringLiteral("backups"));
    auto made = makeBackup(*db, folder, 5);
    REQUIRE(made.ok());

    // What a backup killed mid-way leaves: a hidden .partial, newer than the last backup.
    const QString fresh
        = QDir(folder).filePath(QStringLiteral(".fremdrift-29991231-235959-1.partial"));
    const QString stale
        = QDir(folder).filePath(QStringLiteral(".fremdrift-20200101-000000-2.partial"));
    test::writeAll(fresh, QByteArray("SQLite format 3\0 half a copy", 28));
    test::writeAll(stale, QByteArray("SQLite format 3\0 half a copy", 28));
    {
        QFile file(stale);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600),
                                 QFileDevice::FileModificationTime));
    }

    const QList<BackupInfo> listed = listBackups(folder);
    REQUIRE(listed.size() == 1);
    CHECK(listed.constFirst().path == made->path);
    CHECK(QFile::exists(fresh)); // may be another process's backup in progress
    CHECK_FALSE(QFile::exists(stale));
    CHECK_FALSE(verifyBackup(fresh).ok());

    auto due = backupIfDueToday(*db, folder, 5);
    REQUIRE(due.ok());
    CHECK_FALSE(due->has_value());
}

TEST_CASE("A backup process killed mid-way never becomes the latest")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    {
        auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
        addUnits(*db, 8000, 2000); // ~20 MB: a backup takes a moment
    }
    const QString folder = scratch.path(QStringLiteral("backups"));
    int killedMidway = 0;
    for (const int delayMs : {30, 80, 150, 250, 400}) {
        QProcess backup;
        backup.start(QStringLiteral(FREMDRIFT_CLI_PATH),
                     {QStringLiteral("--db"),
                      path,
                      QStringLiteral("backup"),
                      QStringLiteral("--folder"),
                      folder});
        REQUIRE(backup.waitForStarted());
        QThread::msleep(delayMs);
        const bool wasRunning = backup.state() == QProcess::Running;
        backup.kill(); // SIGKILL
        backup.waitForFinished();
        if (wasRunning && backup.exitStatus() == QProcess::CrashExit)
            ++killedMidway;

        // Whatever was listed is a whole, verified copy; nothing half-made is.
        for (const BackupInfo &listed : listBackups(folder)) {
            INFO(listed.path.toStdString());
            CHECK_FALSE(listed.path.endsWith(u".partial"));
            CHECK(verifyBackup(listed.path).ok());
        }
    }
    CHECK(killedMidway > 0);
    // The database itself is untouched.
    auto db = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(db.ok());
    CHECK((*db)->check().sound);
}

TEST_CASE("A backup is made on the first open of the day only")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString folder = scratch.path(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    // Yesterday's backup does not count for today.
    const QString yesterday = QDir(folder).filePath(
        QStringLiteral("fremdrift-%1-120000.sqlite")
            .arg(QDate::currentDate().addDays(-1).toString(QStringLiteral("yyyyMMdd"))));
    REQUIRE(QFile::copy(db->path(), yesterday));

    auto first = backupIfDueToday(*db, folder, 14);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->madeAt.date() == QDate::currentDate());
    auto second = backupIfDueToday(*db, folder, 14);
    REQUIRE(second.ok());
    CHECK_FALSE(second->has_value());
    CHECK(listBackups(folder).size() == 2);
    CHECK(listBackups(folder).constFirst().path == (*first)->path);
}

TEST_CASE("The default backup folder is local and per database")
{
    const QString folder
        = defaultBackupFolder(QStringLiteral("/mnt/office/Fremdrift kontor.sqlite"));
    CHECK(folder.endsWith(u"/backups/Fremdrift kontor"));
    CHECK_FALSE(folder.startsWith(u"/mnt/office"));
}

TEST_CASE("Presence lists other PCs that are fresh and never this process")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    REQUIRE(announce(*db, QStringLiteral("me")).ok());
    auto others = othersConnected(*db);
    REQUIRE(others.ok());
    CHECK(others->isEmpty());

    addPresence(*db,
                QStringLiteral("PC-12"),
                4242,
                QStringLiteral("inger"),
                QDateTime::currentDateTimeUtc());
    addPresence(*db,
                QStringLiteral("PC-3"),
                77,
                QStringLiteral("ola"),
                QDateTime::currentDateTimeUtc().addSecs(-600)); // gone quiet
    others = othersConnected(*db);
    REQUIRE(others.ok());
    REQUIRE(others->size() == 1);
    CHECK(others->constFirst().host == u"PC-12");
    CHECK(others->constFirst().userName == u"inger");
    CHECK(Presence::describe(*others).contains(u"inger"));

    REQUIRE(leave(*db).ok());
    auto own = sql::scalar(db->connection(),
                           QStringLiteral("SELECT count(*) FROM presence WHERE pid = ?"),
                           {QCoreApplication::applicationPid()});
    REQUIRE(own.ok());
    CHECK(own->toInt() == 0);
}

namespace {

// This process's presence row: its user name and when it was last seen; nothing when absent.
std::optional<std::pair<QString, QDateTime>> ownPresence(const Database &db)
{
    auto row = sql::run(db.connection(),
                        QStringLiteral("SELECT user_name, seen_at FROM presence "
                                       "WHERE host = ? AND pid = ?"),
                        {Presence::host(), QCoreApplication::applicationPid()});
    REQUIRE(row.ok());
    if (!row->next())
        return std::nullopt;
    return std::make_pair(row->value(0).toString(),
                          QDateTime::fromString(row->value(1).toString(), Qt::ISODate));
}

} // namespace

TEST_CASE("The CLI's presence names the program and the staff user")
{
    CHECK(Presence::commandLineName(QStringLiteral("kari")) == u"kari via fremdrift-cli");
    CHECK(Presence::commandLineName({}) == u"fremdrift-cli");
    PresenceRow row;
    row.host = QStringLiteral("PC-12");
    row.userName = Presence::commandLineName(QStringLiteral("kari"));
    row.openedAt = QDateTime::currentDateTimeUtc();
    CHECK(Presence::describe({row}).startsWith(u"kari via fremdrift-cli on PC-12 (since "));
}

TEST_CASE("A presence keeper announces at once and keeps its row fresh until it is destroyed")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    {
        PresenceKeeper keeper(*db, QStringLiteral("kari via fremdrift-cli"),
                              std::chrono::milliseconds(20));
        REQUIRE(keeper.announced().ok());
        const auto announced = ownPresence(*db);
        REQUIRE(announced);
        CHECK(announced->first == u"kari via fremdrift-cli");

        // Gone quiet as far as anyone can tell: the keeper's thread makes the row fresh again.
        const QString longAgo = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        REQUIRE(db->write([&](QSqlDatabase &connection) -> Status {
                      auto q = sql::run(connection,
                                        QStringLiteral("UPDATE presence SET seen_at = ?"),
                                        {longAgo});
                      if (!q)
                          return q.error();
                      return Ok{};
                  })
                    .ok());
        const QDateTime recently = QDateTime::currentDateTimeUtc().addSecs(-60);
        bool refreshed = false;
        for (int attempt = 0; attempt < 500 && !refreshed; ++attempt) {
            QThread::msleep(20);
            const auto row = ownPresence(*db);
            refreshed = row && row->second >= recently;
        }
        CHECK(refreshed);
    }
    CHECK_FALSE(ownPresence(*db));

    // Read-only: nothing announced, nothing kept.
    const QString path = db->path();
    db.reset();
    auto readOnly = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    PresenceKeeper looking(**readOnly, QStringLiteral("rolf via fremdrift-cli"));
    CHECK(looking.announced().ok());
    CHECK_FALSE(ownPresence(**readOnly));
}

TEST_CASE("Restore refuses while another PC has the database open")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString path = db->path();
    auto made = makeBackup(*db, scratch.path(QStringLiteral("backups")), 5);
    REQUIRE(made.ok());
    addUnits(*db, 3);
    addPresence(*db,
                QStringLiteral("PC-12"),
                4242,
                QStringLiteral("inger"),
                QDateTime::currentDateTimeUtc());
    db.reset();
    const QByteArray before = test::readAll(path);

    auto refused = restoreBackup(made->path, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(u"PC-12"));
    CHECK(refused.error().message.contains(u"inger"));
    CHECK(test::readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".before-restore")));
}

TEST_CASE("Restore replaces the database and keeps the replaced file")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString path = db->path();
    addUnits(*db, 4);
    auto made = makeBackup(*db, scratch.path(QStringLiteral("backups")), 5);
    REQUIRE(made.ok());
    addUnits(*db, 6);
    // Someone who had it open when the backup was made, but left long ago.
    addPresence(*db,
                QStringLiteral("PC-3"),
                77,
                QStringLiteral("ola"),
                QDateTime::currentDateTimeUtc().addSecs(-3600));
    db.reset();

    auto restored = restoreBackup(made->path, path);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored.ok());
    CHECK(*restored == path + QStringLiteral(".before-restore"));
    CHECK(countUnitsIn(path) == 4);
    CHECK(countUnitsIn(*restored) == 10);
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->check().sound);
    reopened->reset();

    // A second restore keeps the first's file too.
    auto again = restoreBackup(made->path, path);
    REQUIRE(again.ok());
    CHECK(*again == path + QStringLiteral(".before-restore-2"));
    CHECK(QFile::exists(path + QStringLiteral(".before-restore")));
}

TEST_CASE("A damaged backup is never restored")
{
    Scratch scratch;
    auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
    const QString path = db->path();
    addUnits(*db, 200, 200);
    auto made = makeBackup(*db, scratch.path(QStringLiteral("backups")), 5);
    REQUIRE(made.ok());
    db.reset();
    QByteArray bytes = test::readAll(made->path);
    for (qsizetype i = 4096 * 2; i < bytes.size(); i += 97)
        bytes[i] = char(0x5A);
    const QString damaged = scratch.path(QStringLiteral("damaged.sqlite"));
    test::writeAll(damaged, bytes);
    const QByteArray before = test::readAll(path);

    CHECK_FALSE(verifyBackup(damaged).ok());
    CHECK_FALSE(restoreBackup(damaged, path).ok());
    CHECK(test::readAll(path) == before);
}

// A file as Fremdrift's first release wrote it: schema 1 with the settings of a real database,
// and one review step numbered the old way.
void writeVersionOneFile(Scratch &scratch, const QString &path)
{
    QList<std::pair<QString, QString>> settings;
    scratch.createDatabase(QStringLiteral("settings.sqlite")).reset();
    test::withRawConnection(scratch.path(QStringLiteral("settings.sqlite")), [&](QSqlDatabase &raw) {
        QSqlQuery rows(QStringLiteral("SELECT key, value FROM settings"), raw);
        while (rows.next())
            settings.append({rows.value(0).toString(), rows.value(1).toString()});
    });
    test::withRawConnection(path, [&](QSqlDatabase &raw) {
        test::rawExec(raw, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
        for (const QString &statement : migrations().front().statements)
            test::rawExec(raw, statement);
        for (const auto &[key, value] : settings)
            test::rawExec(raw, QStringLiteral("INSERT INTO settings(key, value) VALUES ('%1', '%2')")
                                   .arg(key, QString(value).replace(u'\'', QStringLiteral("''"))));
        test::rawExec(raw, QStringLiteral(
            "INSERT INTO review_plans(id, title) VALUES (1, 'Old plan');"));
        test::rawExec(raw, QStringLiteral("INSERT INTO units(id, name) VALUES (1, 'Lyngtunet')"));
        test::rawExec(raw, QStringLiteral("INSERT INTO clients(id, given_name, family_name) "
                                          "VALUES (1, 'Åse', 'Berg')"));
        test::rawExec(raw, QStringLiteral("INSERT INTO reviews(id, plan_id, client_id) VALUES (1, 1, 1)"));
        test::rawExec(raw, QStringLiteral("INSERT INTO review_steps(review_id, step_no, due_on) "
                                          "VALUES (1, 3, '2026-05-06')"));
        test::rawExec(raw, QStringLiteral("PRAGMA user_version = 1"));
    });
}

TEST_CASE("Migrations bring a version 1 file up to date and keep its review steps")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("old.sqlite"));
    writeVersionOneFile(scratch, path);

    // A backup of the old file verifies (its schema is upgraded after a restore).
    {
        auto old = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(old.ok());
        CHECK((*old)->schemaVersion() == 1);
        auto others = othersConnected(**old);
        REQUIRE(others.ok());
        CHECK(others->isEmpty());
        auto made = makeBackup(**old, scratch.path(QStringLiteral("backups")), 5);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
    }

    auto db = Database::open(path);
    INFO((db ? QString() : db.error().message + db.error().detail).toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    CHECK((*db)->connection().tables().contains(QStringLiteral("presence")));
    CHECK((*db)->connection().tables().contains(QStringLiteral("assessments")));
    // Step 3 of the old numbering is the meeting held, keyed by the profile's step id now.
    auto step = sql::scalar((*db)->connection(),
                            QStringLiteral("SELECT step_id || ' ' || due_on FROM review_steps"));
    REQUIRE(step.ok());
    CHECK(step->toString() == u"meeting_held 2026-05-06");
    CHECK((*db)->check().sound);
}

TEST_CASE("The CLI makes lists and restores backups")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("office.sqlite"));
    const QString folder = scratch.path(QStringLiteral("backups"));
    {
        auto db = scratch.createDatabase(QStringLiteral("office.sqlite"));
        addUnits(*db, 2);
    }

    auto backup = cliOn(path,
                        {QStringLiteral("backup"),
                         QStringLiteral("--folder"),
                         folder,
                         QStringLiteral("--keep"),
                         QStringLiteral("3")});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const QString made = backup.json().value(u"path").toString();
    CHECK(QFile::exists(made));
    CHECK(backup.json().value(u"integrity_ok").toBool());
    CHECK(backup.json().value(u"size").toInteger() == QFileInfo(made).size());

    auto list = cliOn(
        path,
        {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--folder"), folder});
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().value(u"backups").toArray().size() == 1);

    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        addUnits(**db, 5);
    }
    const QByteArray before = test::readAll(path);
    auto unconfirmed = cliOn(path, {QStringLiteral("restore"), made});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.err.contains(u"--yes"));
    CHECK(unconfirmed.err.contains(QFileInfo(path).fileName()));
    CHECK(test::readAll(path) == before);

    // Only an administrator restores: it replaces everyone's work since the backup.
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(sql::run((*db)->connection(),
                         QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                                        "VALUES ('kari', 'Kari Caseworker', 'caseworker')"))
                    .ok());
    }
    const QByteArray withKari = test::readAll(path);
    auto notAdmin = cliOn(path, {QStringLiteral("--user"), QStringLiteral("kari"),
                                 QStringLiteral("restore"), made, QStringLiteral("--yes")});
    CHECK(notAdmin.exitCode == 1);
    CHECK(notAdmin.err.contains(u"administrator"));
    CHECK(test::readAll(path) == withKari);

    auto restored = cliOn(path, {QStringLiteral("restore"), made, QStringLiteral("--yes")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(QFile::exists(restored.json().value(u"kept_as").toString()));
    CHECK(countUnitsIn(path) == 2);

    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        addPresence(**db,
                    QStringLiteral("PC-12"),
                    4242,
                    QStringLiteral("inger"),
                    QDateTime::currentDateTimeUtc());
    }
    auto refused = cliOn(path, {QStringLiteral("restore"), made, QStringLiteral("--yes")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"PC-12"));
}
