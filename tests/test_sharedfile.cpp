// One database file shared by several PCs: noticing their commits (issue 6, test 5) and
// refusing the places where a shared file is not safe.

#include "repository/clientrepository.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/filelocation.h"
#include "storage/presence.h"
#include "support/process.h"
#include "support/testsupport.h"
#include "workflow/accesslog.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

// Makes every path look as if it were on `type`'s file system while it lives.
struct FakeFileSystem
{
    explicit FakeFileSystem(const FileSystemType &type)
    {
        setFileSystemProbeForTests([type](const QString &) { return type; });
    }
    ~FakeFileSystem() { setFileSystemProbeForTests({}); }
    FakeFileSystem(const FakeFileSystem &) = delete;
    FakeFileSystem &operator=(const FakeFileSystem &) = delete;
};

FileSystemType nfs()
{
    return {0x6969, QStringLiteral("nfs4"), false};
}

// Another process commits to `path` through Fremdrift's own write path, as another PC would.
void addClientFromAnotherProcess(const QString &path, const QString &name)
{
    test::addClientFromAnotherProcess(QStringLiteral(FREMDRIFT_CLI_PATH), path, name);
}

} // namespace

TEST_CASE("Another process commits: the watcher fires but our own commits do not", "[shared]")
{
    Scratch scratch;
    auto database = scratch.createDatabase(QStringLiteral("shared.sqlite"));
    REQUIRE(database);
    ChangeWatcher watcher(*database);
    CHECK(watcher.interval() == ChangeWatcher::DefaultIntervalMs);
    watcher.setInterval(50);
    QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);
    REQUIRE(spy.isValid());

    // Our own commits change nothing that data_version reports.
    for (int i = 0; i < 5; ++i) {
        REQUIRE(
            database->setSetting(QStringLiteral("office_name"), QStringLiteral("Office %1").arg(i))
                .ok());
        CHECK_FALSE(watcher.poll());
    }
    QTest::qWait(300);
    CHECK(spy.isEmpty());

    // Another process's commit is noticed within a second.
    addClientFromAnotherProcess(scratch.path(QStringLiteral("shared.sqlite")),
                                QStringLiteral("Ada Lovelace"));
    CHECK((!spy.isEmpty() || spy.wait(1000)));
    CHECK(spy.count() == 1);

    // Nothing more until someone else commits again: not our own writes, not time passing.
    REQUIRE(database->setSetting(QStringLiteral("office_name"), QStringLiteral("Again")).ok());
    QTest::qWait(300);
    CHECK(spy.count() == 1);
}

TEST_CASE("A change on a second connection counts as elsewhere but a heartbeat does not",
          "[shared]")
{
    Scratch scratch;
    auto database = scratch.createDatabase(QStringLiteral("shared.sqlite"));
    REQUIRE(database);
    ChangeWatcher watcher(*database);
    CHECK_FALSE(watcher.poll());
    QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);

    // Another PC's presence heartbeat commits, but changes nothing a caseworker sees.
    auto other = Database::open(database->path());
    REQUIRE(other.ok());
    REQUIRE(announce(**other, QStringLiteral("Other PC user")).ok());
    CHECK_FALSE(watcher.poll());
    CHECK(spy.isEmpty());

    // Another PC saves a client: audited, so every open view should show it.
    auto session = Session::start(**other);
    REQUIRE(session.ok());
    Client client;
    client.givenName = QStringLiteral("Eli");
    client.familyName = QStringLiteral("Elsewhere");
    auto saved = ClientRepository(**session).save(client);
    REQUIRE(saved.ok());
    CHECK(watcher.poll());
    CHECK(spy.count() == 1);
    CHECK_FALSE(watcher.poll());

    // Someone there opening the record is logged, but shows nothing new here.
    REQUIRE(AccessLog::logRecordOpened(**session, saved->id).ok());
    CHECK_FALSE(watcher.poll());
    CHECK(spy.count() == 1);
}

TEST_CASE("Cloud-sync folders are recognised from the path", "[shared]")
{
    const FileSystemType local;
    const QStringList synced = {
        QStringLiteral("/home/inger/Dropbox/office/fremdrift.sqlite"),
        QStringLiteral("/home/inger/Dropbox (Contoso)/fremdrift.sqlite"),
        QStringLiteral("/c/Users/inger/OneDrive - Contoso/Fremdrift/office.sqlite"),
        QStringLiteral("/Users/inger/Library/CloudStorage/OneDrive-Contoso/office.sqlite"),
        QStringLiteral("/home/inger/Google Drive/office.sqlite"),
        QStringLiteral("/Users/inger/Library/CloudStorage/GoogleDrive-inger@example.com/"
                       "My Drive/office.sqlite"),
        QStringLiteral("/Users/inger/Library/Mobile Documents/com~apple~CloudDocs/office.sqlite"),
        QStringLiteral("/c/Users/inger/iCloudDrive/office.sqlite"),
        QStringLiteral("/home/inger/Box/office.sqlite"),
        QStringLiteral("/home/inger/pCloud Drive/office.sqlite"),
        QStringLiteral("/home/inger/MEGA/office.sqlite"),
        QStringLiteral("/home/inger/Nextcloud/Kontor/office.sqlite"),
        QStringLiteral("/home/inger/ownCloud/office.sqlite"),
        QStringLiteral("/home/inger/Sync/office.sqlite"),
    };
    for (const QString &path : synced) {
        INFO(path.toStdString());
        CHECK(storageKindOf(path, local) == StorageKind::CloudSync);
        // Even on a network drive: a synced folder is still synced.
        CHECK(storageKindOf(path, nfs()) == StorageKind::CloudSync);
    }
    CHECK(cloudSyncFolderOf(QStringLiteral("/home/inger/Dropbox/office/fremdrift.sqlite"))
          == QDir::toNativeSeparators(QStringLiteral("/home/inger/Dropbox")));
    CHECK(cloudSyncFolderOf(QStringLiteral("/c/Users/inger/OneDrive - Contoso/a/b.sqlite"))
          == QDir::toNativeSeparators(QStringLiteral("/c/Users/inger/OneDrive - Contoso")));

    const QStringList ordinary = {
        QStringLiteral("/home/inger/Documents/office.sqlite"),
        QStringLiteral("/home/inger/inbox/office.sqlite"),
        QStringLiteral("/home/inger/boxes/office.sqlite"),
        QStringLiteral("/srv/Synchronised/office.sqlite"),
        QStringLiteral("/srv/mega-files/office.sqlite"),
    };
    for (const QString &path : ordinary) {
        INFO(path.toStdString());
        CHECK(storageKindOf(path, local) == StorageKind::Local);
        CHECK(storageKindOf(path, nfs()) == StorageKind::Network);
        CHECK(cloudSyncFolderOf(path).isEmpty());
    }

    // The real probe on the temporary folder of this machine: a local disk.
    CHECK(storageKindOf(QDir::temp().filePath(QStringLiteral("office.sqlite")))
          == StorageKind::Local);
}

TEST_CASE("Windows UNC paths and drive letters are told apart from the path", "[shared]")
{
    // A UNC path is a network share whatever the drive: no need to ask Windows.
    CHECK(isWindowsUncPath(QStringLiteral("\\\\fil01\\felles\\Fremdrift\\kontor.sqlite")));
    CHECK(isWindowsUncPath(QStringLiteral("\\\\?\\UNC\\fil01\\felles\\kontor.sqlite")));
    CHECK(isWindowsUncPath(QStringLiteral("\\\\?\\unc\\fil01\\felles\\kontor.sqlite")));
    CHECK_FALSE(isWindowsUncPath(QStringLiteral("\\\\?\\C:\\Users\\inger\\kontor.sqlite")));
    CHECK_FALSE(isWindowsUncPath(QStringLiteral("\\\\.\\pipe\\fremdrift")));
    CHECK_FALSE(isWindowsUncPath(QStringLiteral("Z:\\Fremdrift\\kontor.sqlite")));
    CHECK_FALSE(isWindowsUncPath(QStringLiteral("C:\\Users\\inger\\kontor.sqlite")));

    // A drive letter is asked about by its root: a mapped drive (Z: for \\fil01\felles) says
    // it is remote.
    CHECK(windowsDriveRoot(QStringLiteral("Z:\\Fremdrift\\kontor.sqlite")) == u"Z:\\");
    CHECK(windowsDriveRoot(QStringLiteral("z:\\kontor.sqlite")) == u"Z:\\");
    CHECK(windowsDriveRoot(QStringLiteral("\\\\?\\h:\\Fremdrift\\kontor.sqlite")) == u"H:\\");
    CHECK(windowsDriveRoot(QStringLiteral("\\\\fil01\\felles\\kontor.sqlite")).isEmpty());
    CHECK(windowsDriveRoot(QStringLiteral("\\\\?\\UNC\\fil01\\felles\\kontor.sqlite")).isEmpty());
    CHECK(windowsDriveRoot(QStringLiteral("kontor.sqlite")).isEmpty());
    CHECK(windowsDriveRoot(QStringLiteral("Ø:\\kontor.sqlite")).isEmpty());
}

TEST_CASE("Network file systems are recognised by their type", "[shared]")
{
    CHECK(isNetworkFileSystem({0x6969, QStringLiteral("nfs"), false}));
    CHECK(isNetworkFileSystem({0x517B, QString(), false}));
    CHECK(isNetworkFileSystem({0xFF534D42, QStringLiteral("cifs"), false}));
    CHECK(isNetworkFileSystem({0xFE534D42, QStringLiteral("smb3"), false}));
    CHECK(isNetworkFileSystem({0x01021997, QStringLiteral("9p"), false}));
    CHECK(isNetworkFileSystem({0x65735546, QStringLiteral("fuse.sshfs"), false}));
    CHECK(isNetworkFileSystem({0x65735546, QStringLiteral("fuse.rclone"), false}));
    CHECK_FALSE(isNetworkFileSystem({0x65735546, QStringLiteral("fuseblk"), false}));
    CHECK(isNetworkFileSystem({0, QStringLiteral("smbfs"), false}));  // macOS
    CHECK(isNetworkFileSystem({0, QStringLiteral("afpfs"), false}));  // macOS
    CHECK(isNetworkFileSystem({0, QStringLiteral("webdav"), false})); // macOS
    CHECK(isNetworkFileSystem({0, QStringLiteral("NTFS"), true}));    // Windows mapped drive
    CHECK_FALSE(isNetworkFileSystem({0xEF53, QStringLiteral("ext4"), false}));
    CHECK_FALSE(isNetworkFileSystem({0x01021994, QStringLiteral("tmpfs"), false}));
    CHECK_FALSE(isNetworkFileSystem({0, QStringLiteral("apfs"), false}));
    CHECK_FALSE(isNetworkFileSystem({0, QStringLiteral("NTFS"), false}));
}

TEST_CASE("Database create refuses a cloud-sync folder and creates nothing", "[shared]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("Dropbox")));
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("Dropbox"));
    const QString path = QDir(folder).filePath(QStringLiteral("office.sqlite"));

    auto created = Database::create(path, {});
    REQUIRE_FALSE(created.ok());
    const QString message = created.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("cloud-sync folder")));
    CHECK(message.contains(QDir::toNativeSeparators(folder)));
    CHECK(message.contains(QStringLiteral("Move the database")));
    CHECK(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot));
}

TEST_CASE("Database open refuses a file in a cloud-sync folder and leaves it as it was", "[shared]")
{
    Scratch scratch;
    const QString original = scratch.path(QStringLiteral("office.sqlite"));
    scratch.createDatabase(QStringLiteral("office.sqlite")).reset();
    REQUIRE(QFileInfo(original).absoluteDir().mkdir(QStringLiteral("OneDrive - Contoso")));
    const QString synced = scratch.path(QStringLiteral("OneDrive - Contoso/office.sqlite"));
    REQUIRE(QFile::copy(original, synced));
    const QByteArray before = test::readAll(synced);

    auto opened = Database::open(synced);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("cloud-sync folder")));
    CHECK(test::readAll(synced) == before);
    CHECK_FALSE(QFile::exists(synced + QStringLiteral("-journal")));
}

TEST_CASE("A database on a network drive opens with the rollback journal", "[shared]")
{
    Scratch scratch;
    {
        FakeFileSystem onNfs(nfs());
        auto created = Database::create(scratch.path(QStringLiteral("office.sqlite")), {});
        REQUIRE(created.ok());
        CHECK((*created)->isOnNetworkDrive());
        CHECK((*created)->storageKind() == StorageKind::Network);
        CHECK((*created)->journalMode() == QStringLiteral("delete"));
        created->reset();

        auto opened = Database::open(scratch.path(QStringLiteral("office.sqlite")));
        REQUIRE(opened.ok());
        CHECK((*opened)->isOnNetworkDrive());
        CHECK((*opened)->journalMode() == QStringLiteral("delete"));
    }
    auto local = Database::open(scratch.path(QStringLiteral("office.sqlite")));
    REQUIRE(local.ok());
    CHECK_FALSE((*local)->isOnNetworkDrive());
    CHECK((*local)->storageKind() == StorageKind::Local);
}
