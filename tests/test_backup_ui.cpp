#include "backup/restoredialog.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "messagebox.h"
#include "storage/backup.h"
#include "storage/presence.h"
#include "storage/sql.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

void addOtherPc(Database &db)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const Status written = db.write([&](QSqlDatabase &connection) -> Status {
        auto q = sql::run(connection,
                          QStringLiteral("INSERT INTO presence(host, pid, user_name, opened_at, "
                                         "seen_at) VALUES ('PC-12', 4242, 'inger', ?, ?)"),
                          {now, now});
        if (!q)
            return q.error();
        return Ok{};
    });
    REQUIRE(written.ok());
}

qint64 unitCount(const Database &db)
{
    auto value = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM units"));
    REQUIRE(value.ok());
    return value->toLongLong();
}

void addUnit(Database &db, const QString &name)
{
    const Status written = db.write([&](QSqlDatabase &connection) -> Status {
        auto q = sql::run(connection, QStringLiteral("INSERT INTO units(name) VALUES (?)"), {name});
        if (!q)
            return q.error();
        return Ok{};
    });
    REQUIRE(written.ok());
}

} // namespace

TEST_CASE("Opening a database makes the day's backup and restore brings it back")
{
    Scratch scratch;
    // A name of its own: the backup folder is per database name, in the test data location.
    const QString name
        = QStringLiteral("restore-%1.sqlite").arg(QCoreApplication::applicationPid());
    scratch.createDatabase(name).reset();
    const QString path = scratch.path(name);
    const QString folder = defaultBackupFolder(path);
    QDir(folder).removeRecursively();

    MainWindow window;
    QSignalSpy backupDone(&window, &MainWindow::dailyBackupFinished);
    REQUIRE(window.openDatabase(path));
    // The backup runs on its own thread: the window is usable before it is done.
    REQUIRE((!backupDone.isEmpty() || backupDone.wait(15000)));
    CHECK(backupDone.first().at(0).toBool());
    const QList<BackupInfo> backups = listBackups(folder);
    REQUIRE(backups.size() == 1);
    // This PC is present, and is not "others".
    auto others = othersConnected(*window.database());
    REQUIRE(others.ok());
    CHECK(others->isEmpty());

    addUnit(*window.database(), QStringLiteral("Added after the backup"));
    REQUIRE(unitCount(*window.database()) == 1);

    // Another PC has it open: the dialog refuses and names it.
    addOtherPc(*window.database());
    {
        RestoreDialog dialog(folder, *window.database());
        REQUIRE(dialog.backupCount() == 1);
        dialog.selectBackup(0);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message().contains(u"PC-12"));
        CHECK(dialog.message().contains(u"inger"));
    }
    REQUIRE(sql::run(window.database()->connection(),
                     QStringLiteral("DELETE FROM presence WHERE host = 'PC-12'"))
                .ok());

    auto *action = window.findChild<QAction *>(QStringLiteral("restoreFromBackup"));
    REQUIRE(action);
    // A caseworker may not restore: it replaces everyone's work since the backup.
    const QString administrator = window.session()->user().username;
    REQUIRE(sql::run(window.database()->connection(),
                     QStringLiteral("INSERT INTO staff_users(username, full_name, role) "
                                    "VALUES ('kari', 'Kari Caseworker', 'caseworker')"))
                .ok());
    REQUIRE(window.session()->switchUser(QStringLiteral("kari")).ok());
    bool asked = false;
    RestoreDialog::answerNextWith([&asked](RestoreDialog &) { return asked = true; });
    action->trigger();
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK(unitCount(*window.database()) == 1);
    RestoreDialog::answerNextWith(nullptr);
    REQUIRE(window.session()->switchUser(administrator).ok());

    // Alone: confirmed, restored, reopened.
    RestoreDialog::answerNextWith([](RestoreDialog &dialog) {
        dialog.selectBackup(0);
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation, asked on accept()
        return true;
    });
    action->trigger();
    QApplication::processEvents();
    REQUIRE(window.database());
    CHECK(unitCount(*window.database()) == 0);
    CHECK(QFile::exists(path + QStringLiteral(".before-restore")));
    QDir(folder).removeRecursively();
}
