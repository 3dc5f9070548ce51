#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace fremdrift {

// Where a database file lives, as far as its safety is concerned.
enum class StorageKind {
    Local,     // a disk in this computer
    Network,   // a network drive (NFS, SMB/CIFS, sshfs…): fine with the rollback journal
    CloudSync, // a folder a sync client copies (Dropbox, OneDrive…): refused, it loses commits
};

// The file system a path is on, as the operating system reports it.
struct FileSystemType
{
    quint32 magic = 0;   // Linux: statfs f_type (0x6969 NFS, 0xFF534D42 CIFS…)
    QString name;        // Linux: the mount's type ("nfs4", "fuse.sshfs"); macOS: f_fstypename
    bool remote = false; // Windows: a UNC path (\\server\share) or a mapped network drive
};

// Asks the operating system which file system `path` (or, for a file not yet made, its
// folder) is on.
FileSystemType fileSystemTypeOf(const QString &path);

// Windows paths, in native form, read as plain text so that they are tested on every system.
// A UNC path: \\server\share\… or \\?\UNC\server\share\…, not \\?\C:\… (a long local path)
// nor a device (\\.\pipe).
bool isWindowsUncPath(const QString &native);
// The root of a path's drive letter ("Z:\\" for Z:\office\db.sqlite or \\?\z:\…), which
// GetDriveType asks about; empty for a UNC path or a relative one.
QString windowsDriveRoot(const QString &native);

// Whether `type` is a network file system. FUSE counts as one (sshfs, rclone, davfs…), except
// fuseblk, which is a local disk (ntfs-3g).
bool isNetworkFileSystem(const FileSystemType &type);

// The folder of a cloud-sync service (Dropbox, OneDrive, Google Drive, iCloud Drive, Box,
// pCloud, MEGA, Nextcloud, ownCloud, Sync.com…) that holds `path`, from the path alone; empty
// when there is none. "Box", "MEGA", "Sync" and "My Drive" must match exactly, the others
// ignore case and may go on ("OneDrive - Contoso", "Dropbox (Personal)").
QString cloudSyncFolderOf(const QString &path);

// Cloud sync first (a synced folder on a network drive is still synced), then the file
// system. The second form takes the file system as given, for tests.
StorageKind storageKindOf(const QString &path);
StorageKind storageKindOf(const QString &path, const FileSystemType &fileSystem);

// Tests: makes storageKindOf(path) and fileSystemTypeOf() report `probe`'s answer instead of
// asking the operating system; an empty function restores the real probe.
void setFileSystemProbeForTests(std::function<FileSystemType(const QString &path)> probe);

} // namespace fremdrift
