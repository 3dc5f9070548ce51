#include "storage/filelocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QStringList>

#include <array>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#endif

namespace fremdrift {

namespace {

std::function<FileSystemType(const QString &)> &probeForTests()
{
    static std::function<FileSystemType(const QString &)> probe;
    return probe;
}

// The deepest existing folder or file on the way to `path`: a new database's file does not
// exist yet, but its folder does.
QString existingPart(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

// Linux statfs magic numbers of network file systems (linux/magic.h and the file systems'
// own headers). FUSE is judged by name (see isNetworkFileSystem).
constexpr std::array<quint32, 13> NetworkMagics = {
    0x6969,     // NFS
    0x517B,     // SMB (smbfs)
    0xFF534D42, // CIFS
    0xFE534D42, // SMB2/3
    0x01021997, // 9p (v9fs; WSL's Windows drives)
    0x6B414653, // kAFS
    0x5346414F, // OpenAFS
    0x73757245, // Coda
    0x564C,     // NCP (NetWare)
    0x00C36400, // Ceph
    0x01161970, // GFS2
    0x0BD00BD0, // Lustre
    0x65735546, // FUSE (sshfs, rclone, davfs…), unless its name says fuseblk
};
constexpr quint32 FuseMagic = 0x65735546;

struct SyncFolder
{
    const char *name;
    bool exact; // must match the whole folder name, case and all
};

constexpr std::array<SyncFolder, 17> SyncFolders = {{
    {"Dropbox", false},  // also "Dropbox (Personal)", "Dropbox (Contoso)"
    {"OneDrive", false}, // also "OneDrive - Contoso", macOS "OneDrive-Contoso"
    {"Google Drive", false},
    {"GoogleDrive", false}, // macOS ~/Library/CloudStorage/GoogleDrive-name@example.com
    {"My Drive", true},     // Google Drive for desktop on Windows: G:\My Drive
    {"iCloud Drive", false},
    {"iCloudDrive", false},      // iCloud for Windows
    {"Mobile Documents", false}, // macOS ~/Library/Mobile Documents (iCloud Drive)
    {"CloudStorage", true},      // macOS ~/Library/CloudStorage: every File Provider service
    {"Box", true},
    {"Box Sync", true},
    {"pCloud", false}, // "pCloud Drive", "pCloudDrive"
    {"MEGA", true},
    {"MEGAsync", false},
    {"Nextcloud", false},
    {"ownCloud", false},
    {"Sync", true}, // Sync.com (and Syncthing's default folder)
}};

bool isSyncFolderName(const QString &segment)
{
    for (const SyncFolder &folder : SyncFolders) {
        const QString name = QString::fromLatin1(folder.name);
        if (folder.exact ? segment == name : segment.startsWith(name, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString syncFolderIn(const QString &path)
{
    const QString normal = QDir::fromNativeSeparators(path);
    const QStringList segments = normal.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (isSyncFolderName(segments.at(i)))
            return QDir::toNativeSeparators(segments.mid(0, i + 1).join(u'/'));
    }
    return {};
}

} // namespace

bool isWindowsUncPath(const QString &native)
{
    if (native.startsWith(u"\\\\?\\UNC\\", Qt::CaseInsensitive))
        return true;
    return native.startsWith(u"\\\\") && !native.startsWith(u"\\\\?\\")
           && !native.startsWith(u"\\\\.\\");
}

QString windowsDriveRoot(const QString &native)
{
    const QString path = native.startsWith(u"\\\\?\\") ? native.mid(4) : native;
    if (path.size() < 2 || path.at(1) != u':' || !path.at(0).isLetter()
        || path.at(0).unicode() > 0x7f)
        return {};
    return path.left(1).toUpper() + QStringLiteral(":\\");
}

FileSystemType fileSystemTypeOf(const QString &path)
{
    if (const auto &probe = probeForTests())
        return probe(path);
    FileSystemType type;
    const QString existing = existingPart(path);
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(existing);
    if (isWindowsUncPath(native)) {
        type.remote = true;
    } else if (const QString root = windowsDriveRoot(native); !root.isEmpty()) {
        // A mapped network drive (Z: for \\server\share) reports itself as remote.
        type.remote = GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16())) == DRIVE_REMOTE;
    }
    type.name = QString::fromUtf8(QStorageInfo(existing).fileSystemType());
#elif defined(Q_OS_LINUX)
    struct statfs info = {};
    if (statfs(QFile::encodeName(existing).constData(), &info) == 0)
        type.magic = static_cast<quint32>(info.f_type);
    // The mount's name tells FUSE file systems apart (fuse.sshfs, fuseblk).
    type.name = QString::fromUtf8(QStorageInfo(existing).fileSystemType());
#elif defined(Q_OS_MACOS)
    struct statfs info = {};
    if (statfs(QFile::encodeName(existing).constData(), &info) == 0)
        type.name = QString::fromUtf8(info.f_fstypename);
#else
    type.name = QString::fromUtf8(QStorageInfo(existing).fileSystemType());
#endif
    return type;
}

bool isNetworkFileSystem(const FileSystemType &type)
{
    if (type.remote)
        return true;
    const QString name = type.name.toLower();
    if (type.magic == FuseMagic || name.startsWith(u"fuse")) {
        // fuseblk is a FUSE driver for a local disk (ntfs-3g, exfat-fuse).
        return name != u"fuseblk";
    }
    for (quint32 magic : NetworkMagics) {
        if (type.magic == magic)
            return true;
    }
    static const QStringList networkNames = {
        QStringLiteral("nfs"),
        QStringLiteral("nfs4"),
        QStringLiteral("smbfs"),
        QStringLiteral("smb3"),
        QStringLiteral("cifs"),
        QStringLiteral("afpfs"),
        QStringLiteral("webdav"),
        QStringLiteral("davfs"),
        QStringLiteral("9p"),
        QStringLiteral("afs"),
        QStringLiteral("ceph"),
        QStringLiteral("glusterfs"),
        QStringLiteral("lustre"),
        QStringLiteral("gfs2"),
        QStringLiteral("ncpfs"),
        QStringLiteral("coda"),
        QStringLiteral("sshfs"),
    };
    return networkNames.contains(name);
}

QString cloudSyncFolderOf(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QString found = syncFolderIn(absolute); !found.isEmpty())
        return found;
    // A link from an ordinary folder into a synced one is still synced.
    const QString canonical = QFileInfo(existingPart(absolute)).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != absolute)
        return syncFolderIn(canonical);
    return {};
}

StorageKind storageKindOf(const QString &path, const FileSystemType &fileSystem)
{
    if (!cloudSyncFolderOf(path).isEmpty())
        return StorageKind::CloudSync;
    return isNetworkFileSystem(fileSystem) ? StorageKind::Network : StorageKind::Local;
}

StorageKind storageKindOf(const QString &path)
{
    if (!cloudSyncFolderOf(path).isEmpty())
        return StorageKind::CloudSync;
    return storageKindOf(path, fileSystemTypeOf(path));
}

void setFileSystemProbeForTests(std::function<FileSystemType(const QString &path)> probe)
{
    probeForTests() = std::move(probe);
}

} // namespace fremdrift
