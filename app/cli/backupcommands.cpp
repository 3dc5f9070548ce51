// backup, backup list, restore: verified copies of the database on the local disk.
#include "commands.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "workflow/permissions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace fremdrift::cli {

namespace {

constexpr int DefaultKeep = 14;

QCommandLineOption folderOption()
{
    return QCommandLineOption(QStringLiteral("folder"),
                              Cli::tr("The backup folder (default: a folder for this database "
                                      "in the user's local data folder)."),
                              QStringLiteral("dir"));
}

QString folderFor(const Context &context,
                  const QCommandLineParser &parser,
                  const QCommandLineOption &option)
{
    return parser.isSet(option) ? parser.value(option) : defaultBackupFolder(context.databasePath);
}

QJsonObject describe(const BackupInfo &backup)
{
    QJsonObject object;
    object[u"path"] = QDir::toNativeSeparators(backup.path);
    object[u"size"] = backup.size;
    object[u"made_at"] = backup.madeAt.toString(Qt::ISODate);
    return object;
}

int runBackupList(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption folder = folderOption();
    parser.addOption(folder);
    if (!parseCommand(parser, args))
        return UsageError;
    const QString dir = folderFor(context, parser, folder);
    QJsonArray backups;
    for (const BackupInfo &backup : listBackups(dir))
        backups.append(describe(backup));
    QJsonObject result;
    result[u"folder"] = QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath());
    result[u"backups"] = backups;
    printJson(result);
    return Success;
}

int runBackupMake(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption folder = folderOption();
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        Cli::tr("How many backups to keep (default %1).").arg(DefaultKeep),
        QStringLiteral("count"));
    parser.addOptions({folder, keepOption});
    if (!parseCommand(parser, args))
        return UsageError;
    const auto keep = numberOption(parser, keepOption, 1, 10000, DefaultKeep);
    if (!keep)
        return UsageError;
    // A backup only reads: the database is not upgraded or otherwise changed by it.
    auto db = Database::open(context.databasePath, Database::Access::ReadOnly);
    if (!db) {
        printError(db.error());
        return Failure;
    }
    const QString dir = folderFor(context, parser, folder);
    auto made = makeBackup(**db, dir, *keep);
    if (!made) {
        printError(made.error());
        return Failure;
    }
    QJsonObject result = describe(*made);
    result[u"database"] = QDir::toNativeSeparators((*db)->path());
    result[u"integrity_ok"] = made->verified;
    result[u"kept"] = int(listBackups(dir).size());
    printJson(result);
    return Success;
}

// Restoring replaces everyone's work since the backup: an administrator's call, when the
// database opens and knows its users. A file that no longer opens is restored by whoever can
// reach it, as the file system allows: that is what backups are for.
bool mayRestore(const Context &context)
{
    if (!QFileInfo::exists(context.databasePath)
        || !Database::open(context.databasePath, Database::Access::ReadOnly))
        return true;
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return false;
    if (Status allowed = requirePermission(workspace->session->user(), Permission::RestoreBackups);
        !allowed) {
        printError(allowed.error());
        return false;
    }
    return true;
}

} // namespace

int runBackup(const Context &context, const QStringList &args)
{
    if (args.size() > 1 && args.at(1) == u"list")
        return runBackupList(context, args.mid(1));
    return runBackupMake(context, args);
}

int runRestore(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       Cli::tr("Replace the database without asking."));
    parser.addOption(yesOption);
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The backup to restore."));
    if (!parseCommand(parser, args, 1))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        printError(Cli::tr("Which backup? Give its file (see \"backup list\")."));
        return UsageError;
    }
    QString backup = parser.positionalArguments().constFirst();
    // A bare name from "backup list" is looked up in the default backup folder.
    if (!QFileInfo::exists(backup) && !backup.contains(u'/') && !backup.contains(u'\\')) {
        const QString inDefault = QDir(defaultBackupFolder(context.databasePath)).filePath(backup);
        if (QFileInfo::exists(inDefault))
            backup = inDefault;
    }
    const QFileInfo target(context.databasePath);
    if (!mayRestore(context))
        return Failure;
    if (!parser.isSet(yesOption)) {
        const QString what
            = target.exists()
                  ? Cli::tr("This replaces %1 (last changed %2) with the backup %3; the current "
                            "file is kept as %1.before-restore.")
                        .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                             QLocale().toString(target.lastModified(), QLocale::ShortFormat),
                             QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath()))
                  : Cli::tr("This puts the backup %1 in place as %2.")
                        .arg(QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath()),
                             QDir::toNativeSeparators(target.absoluteFilePath()));
        printError(what + u' ' + Cli::tr("Nothing was changed: run again with --yes to do it."));
        return UsageError;
    }
    auto restored = restoreBackup(backup, context.databasePath);
    if (!restored) {
        printError(restored.error());
        return Failure;
    }
    QJsonObject result;
    result[u"database"] = QDir::toNativeSeparators(target.absoluteFilePath());
    result[u"restored_from"] = QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath());
    result[u"kept_as"]
        = restored->isEmpty() ? QJsonValue() : QJsonValue(QDir::toNativeSeparators(*restored));
    printJson(result);
    return Success;
}

} // namespace fremdrift::cli
