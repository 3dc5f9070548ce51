#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

class Database;

// One verified backup: a complete database file named fremdrift-YYYYMMDD-HHMMSS.sqlite (local
// time; "-2", "-3" when several are made in one second).
struct BackupInfo
{
    QString path;
    QDateTime madeAt; // local time, from the name
    qint64 size = 0;
    bool verified = false; // integrity, application id, schema and tables checked
};

class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Backups)
};

// The folder for backups of `databasePath`: the user's local data folder, never beside the
// database (which may be on a network drive), one subfolder per database file name.
QString defaultBackupFolder(const QString &databasePath);

// Copies the database with VACUUM INTO to a hidden ".….partial" file in `folder` (created on
// demand), checks the copy (integrity, application id, schema, tables), and only then renames
// it to its final name; then keeps the newest `keep` backups. A copy that is interrupted or
// fails its check stays a .partial: never listed, never restored, and cleaned up later.
Result<BackupInfo> makeBackup(Database &database, const QString &folder, int keep);

// The finished backups in `folder`, newest first. Removes .partial files older than an hour
// (left by a backup that was killed).
QList<BackupInfo> listBackups(const QString &folder);

// The first open of the day: makes a backup unless the newest one in `folder` is from today.
// Nothing is stored in the database. Returns the backup made, or nothing when none was due.
Result<std::optional<BackupInfo>>
backupIfDueToday(Database &database, const QString &folder, int keep);

// Opens `path` read-only and checks it: a Fremdrift database, sound pages and keys, and (when
// it has the current schema) the full check.
Status verifyBackup(const QString &path);

// Replaces `target` with the backup: verifies the backup, refuses while others have the
// target open (see presence.h), copies through a temporary file and a rename, and keeps the
// replaced file as "<target>.before-restore" (or "-2", "-3" … when that exists). Returns where
// the replaced file was kept; empty when there was no file to replace. The caller must not
// hold the target open.
Result<QString> restoreBackup(const QString &backup, const QString &target);

} // namespace fremdrift
