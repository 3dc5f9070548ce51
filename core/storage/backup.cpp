#include "storage/backup.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/presence.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fremdrift {

namespace {

constexpr int VacuumAttempts = 3;
constexpr int StalePartialSeconds = 60 * 60;

const QString partialSuffix = QStringLiteral(".partial");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

std::filesystem::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// Makes the file's bytes durable before its rename makes it count.
void syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        ::fsync(file.handle());
#else
    Q_UNUSED(path);
#endif
}

// Makes a rename in `folder` durable.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Renames over an existing file (QFile::rename refuses to): atomic on one file system.
bool renameReplacing(const QString &from, const QString &to, QString *why)
{
    std::error_code error;
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error && why)
        *why = QString::fromLocal8Bit(error.message().c_str());
    return !error;
}

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^fremdrift-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$)"));
    return pattern;
}

struct Listed
{
    BackupInfo info;
    int sequence = 1;
};

QList<Listed> listFinished(const QString &folder)
{
    QList<Listed> found;
    const QDir dir(folder);
    if (!dir.exists())
        return found;
    const QDateTime staleBefore = QDateTime::currentDateTime().addSecs(-StalePartialSeconds);
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (name.startsWith(u'.') && name.endsWith(partialSuffix)) {
            // Left by a backup that was killed or failed its check: never a backup.
            if (entry.lastModified() < staleBefore)
                QFile::remove(entry.absoluteFilePath());
            continue;
        }
        const QRegularExpressionMatch match = backupName().match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime madeAt
            = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!madeAt.isValid())
            continue;
        Listed listed;
        listed.info.path = entry.absoluteFilePath();
        listed.info.madeAt = madeAt;
        listed.info.size = entry.size();
        listed.info.verified = true; // only a verified copy is ever given this name
        listed.sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        found << listed;
    }
    std::sort(found.begin(), found.end(), [](const Listed &a, const Listed &b) {
        if (a.info.madeAt != b.info.madeAt)
            return a.info.madeAt > b.info.madeAt;
        return a.sequence > b.sequence;
    });
    return found;
}

Status vacuumInto(Database &database, const QString &partial)
{
    Status result = Ok{};
    for (int attempt = 1; attempt <= VacuumAttempts; ++attempt) {
        QFile::remove(partial);
        // A consistent snapshot: VACUUM INTO reads in one transaction, so writers that commit
        // meanwhile wait for it (busy timeout) and are in the next backup.
        auto vacuum = sql::run(database.connection(),
                               QStringLiteral("VACUUM INTO ?"),
                               {QDir::toNativeSeparators(partial)});
        if (vacuum)
            return Ok{};
        result = vacuum.error();
        if (result.error().code != Error::Code::Busy)
            break;
        QThread::msleep(100 * attempt);
    }
    QFile::remove(partial);
    return result;
}

// Integrity and foreign keys only: for a backup made by an older Fremdrift, whose schema the
// full check would call out of date (it is upgraded when opened after the restore).
QStringList basicProblems(const Database &database)
{
    QStringList problems;
    const QSqlDatabase db = database.connection();
    if (auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check")); !integrity) {
        problems << integrity.error().message;
    } else {
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    if (auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check")); !keys)
        problems << keys.error().message;
    else if (keys->next())
        problems << Backups::tr("Some rows point to rows that are missing.");
    return problems;
}

} // namespace

QString defaultBackupFolder(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(data).filePath(QStringLiteral("backups/")
                               + (base.isEmpty() ? QStringLiteral("fremdrift") : base));
}

Status verifyBackup(const QString &path)
{
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened) {
        Error error = opened.error();
        error.message
            = Backups::tr("The backup %1 cannot be used. %2").arg(native(path), error.message);
        return error;
    }
    const Database &database = **opened;
    if (database.schemaVersion() > latestSchemaVersion()) {
        return makeError(Error::Code::NewerSchema,
                         Backups::tr("The backup %1 was made by a newer version of Fremdrift "
                                     "(schema %2). Update Fremdrift to use it.")
                             .arg(native(path))
                             .arg(database.schemaVersion()));
    }
    const QStringList problems = database.schemaVersion() == latestSchemaVersion()
                                     ? database.check().problems
                                     : basicProblems(database);
    if (!problems.isEmpty()) {
        return makeError(Error::Code::Corrupt,
                         Backups::tr("The backup %1 failed its check: %2")
                             .arg(native(path), problems.join(u' ')));
    }
    return Ok{};
}

Result<BackupInfo> makeBackup(Database &database, const QString &folder, int keep)
{
    if (keep < 1) {
        return makeError(Error::Code::InvalidInput,
                         Backups::tr("At least one backup must be kept."));
    }
    if (folder.trimmed().isEmpty() || !QDir().mkpath(folder)) {
        return makeError(
            Error::Code::Io,
            Backups::tr("The backup folder %1 cannot be created.").arg(native(folder)));
    }
    const QDir dir(folder);
    const QDateTime now = QDateTime::currentDateTime();
    const QString stem
        = QStringLiteral("fremdrift-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Hidden and with its own suffix: until it is checked and renamed, nothing takes the copy
    // for a backup.
    const QString partial = dir.filePath(QStringLiteral(".%1-%2%3")
                                             .arg(stem)
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(partialSuffix));

    if (Status copied = vacuumInto(database, partial); !copied) {
        Error error = copied.error();
        error.message = Backups::tr("The backup could not be made. %1").arg(error.message);
        return error;
    }
    syncFile(partial);
    if (Status verified = verifyBackup(partial); !verified) {
        QFile::remove(partial);
        Error error = verified.error();
        error.message = Backups::tr("The backup was made but failed its check, so it was "
                                    "discarded. %1")
                            .arg(error.message);
        return error;
    }

    // The final name; a later backup in the same second gets "-2", "-3" … numbered past every
    // one of that second still there, so that the newest always sorts first.
    int first = 1;
    for (const Listed &listed : listFinished(folder)) {
        if (QFileInfo(listed.info.path).fileName().startsWith(stem))
            first = std::max(first, listed.sequence + 1);
    }
    QString finalPath;
    for (int sequence = first; sequence < first + 1000 && finalPath.isEmpty(); ++sequence) {
        const QString candidate
            = dir.filePath(sequence == 1 ? stem + QStringLiteral(".sqlite")
                                         : QStringLiteral("%1-%2.sqlite").arg(stem).arg(sequence));
        // QFile::rename never replaces an existing file: a name taken meanwhile is skipped.
        if (!QFileInfo::exists(candidate) && QFile::rename(partial, candidate))
            finalPath = candidate;
    }
    if (finalPath.isEmpty()) {
        QFile::remove(partial);
        return makeError(
            Error::Code::Io,
            Backups::tr("The backup could not be given its name in %1.").arg(native(folder)));
    }
    syncFolder(dir.absolutePath());

    BackupInfo made;
    made.path = QFileInfo(finalPath).absoluteFilePath();
    made.madeAt = QDateTime::fromString(stem.mid(10), QStringLiteral("yyyyMMdd-HHmmss"));
    made.size = QFileInfo(finalPath).size();
    made.verified = true;

    // Keep the newest `keep`; the one just made is never pruned, even if the clock went back.
    const QList<Listed> all = listFinished(folder);
    int kept = 1;
    for (const Listed &listed : all) {
        if (listed.info.path == made.path)
            continue;
        if (kept < keep)
            ++kept;
        else
            QFile::remove(listed.info.path);
    }
    return made;
}

QList<BackupInfo> listBackups(const QString &folder)
{
    QList<BackupInfo> backups;
    for (const Listed &listed : listFinished(folder))
        backups << listed.info;
    return backups;
}

Result<std::optional<BackupInfo>>
backupIfDueToday(Database &database, const QString &folder, int keep)
{
    const QList<BackupInfo> existing = listBackups(folder);
    if (!existing.isEmpty() && existing.constFirst().madeAt.date() == QDate::currentDate())
        return std::optional<BackupInfo>();
    auto made = makeBackup(database, folder, keep);
    if (!made)
        return made.error();
    return std::optional<BackupInfo>(std::move(made).value());
}

Result<QString> restoreBackup(const QString &backup, const QString &target)
{
    const QFileInfo backupFile(backup);
    const QFileInfo targetFile(target);
    if (!backupFile.isFile()) {
        return makeError(Error::Code::NotFound,
                         Backups::tr("There is no backup %1.").arg(native(backup)));
    }
    if (targetFile.exists() && backupFile.canonicalFilePath() == targetFile.canonicalFilePath()) {
        return makeError(Error::Code::InvalidInput,
                         Backups::tr("The backup and the database are the same file."));
    }
    if (!targetFile.absoluteDir().exists()) {
        return makeError(
            Error::Code::FolderMissing,
            Backups::tr("The folder %1 does not exist.").arg(native(targetFile.absolutePath())));
    }
    if (Status verified = verifyBackup(backup); !verified)
        return verified.error();

    if (targetFile.exists()) {
        // Replacing a file that others have open would pull it from under their feet.
        auto current = Database::open(target, Database::Access::ReadOnly);
        if (current) {
            auto others = othersConnected(**current);
            if (!others)
                return others.error();
            if (!others->isEmpty()) {
                return makeError(Error::Code::Conflict,
                                 Backups::tr("The database is in use: %1. Ask them to close "
                                             "Fremdrift, then restore again. Nothing was "
                                             "replaced.")
                                     .arg(Presence::describe(*others)));
            }
        } else if (current.error().code == Error::Code::NotOurs) {
            // A damaged Fremdrift file is what a restore is for; someone else's database is not.
            return makeError(Error::Code::NotOurs,
                             Backups::tr("%1 is not a Fremdrift database, so it was not "
                                         "replaced.")
                                 .arg(native(target)));
        }
    }

    const QString targetPath = targetFile.absoluteFilePath();
    const QString temporary = targetFile.absoluteDir().filePath(
        QStringLiteral(".%1.restoring").arg(targetFile.fileName()));
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary)) {
        QFile::remove(temporary);
        return makeError(Error::Code::Io,
                         Backups::tr("The backup could not be copied to %1. Nothing was "
                                     "replaced.")
                             .arg(native(targetFile.absolutePath())));
    }
    QFile::setPermissions(temporary,
                          QFile::permissions(temporary) | QFile::WriteOwner | QFile::ReadOwner);
    {
        // Who had the database open when the backup was made is not who has it open now.
        auto restored = Database::open(temporary);
        if (restored) {
            [[maybe_unused]] const Status cleared
                = (*restored)->write([](QSqlDatabase &db) -> Status {
                      if (auto q = sql::run(db, QStringLiteral("DELETE FROM presence")); !q)
                          return q.error();
                      return Ok{};
                  });
        }
    }
    syncFile(temporary);

    QString keptAs;
    const QString journal = targetPath + QStringLiteral("-journal");
    if (targetFile.exists()) {
        keptAs = targetPath + QStringLiteral(".before-restore");
        for (int n = 2; QFileInfo::exists(keptAs); ++n)
            keptAs = targetPath + QStringLiteral(".before-restore-%1").arg(n);
        if (!QFile::copy(targetPath, keptAs)) {
            QFile::remove(temporary);
            return makeError(Error::Code::Io,
                             Backups::tr("The current database could not be kept as %1, so it "
                                         "was not replaced.")
                                 .arg(native(keptAs)));
        }
        // A journal left by a crashed writer belongs to the replaced file: SQLite would
        // otherwise "roll it back" into the restored one.
        if (QFileInfo::exists(journal))
            QFile::rename(journal, keptAs + QStringLiteral("-journal"));
    }
    QString why;
    if (!renameReplacing(temporary, targetPath, &why)) {
        if (!keptAs.isEmpty() && QFileInfo::exists(keptAs + QStringLiteral("-journal")))
            QFile::rename(keptAs + QStringLiteral("-journal"), journal);
        QFile::remove(temporary);
        return makeError(Error::Code::Io,
                         Backups::tr("The database %1 could not be replaced: %2. It was left as "
                                     "it was.")
                             .arg(native(targetPath), why));
    }
    syncFolder(targetFile.absolutePath());
    return keptAs;
}

} // namespace fremdrift
