#include "storage/database.h"

#include "storage/audittrail.h"
#include "storage/busywait.h"
#include "storage/filelocation.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

namespace fremdrift {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr int WriteAttempts = 4;

// The first 100 bytes of an SQLite file, read directly so that a file that is not ours is
// refused before SQLite has a chance to touch it (https://www.sqlite.org/fileformat.html).
struct FileHeader
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    bool walMode = false;
};

constexpr int SqliteHeaderSize = 100;

Result<FileHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         Database::tr("The file %1 cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray bytes = file.read(SqliteHeaderSize);
    FileHeader header;
    static const QByteArray magic("SQLite format 3\0", 16);
    header.isSqlite = bytes.size() == SqliteHeaderSize && bytes.startsWith(magic);
    if (!header.isSqlite)
        return header;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    header.walMode = data[18] == 2 || data[19] == 2;
    header.userVersion = qFromBigEndian<qint32>(data + 60);
    header.applicationId = qFromBigEndian<quint32>(data + 68);
    return header;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fremdrift-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

QString Database::computerLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    return login.isEmpty() ? QStringLiteral("admin") : login;
}

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Status folderMustExist(const QFileInfo &file)
{
    if (file.absoluteDir().exists())
        return Ok{};
    return makeError(Error::Code::FolderMissing,
                     Database::tr("The folder %1 does not exist. Choose an existing folder or "
                                  "create it first.")
                         .arg(QDir::toNativeSeparators(file.absolutePath())));
}

// Where the file lives, refusing a cloud-sync folder: the sync client copies the file while
// SQLite writes it, and uploads one PC's copy over another's commits.
Result<StorageKind> safeLocation(const QString &path)
{
    const StorageKind kind = storageKindOf(path);
    if (kind != StorageKind::CloudSync)
        return kind;
    return makeError(Error::Code::InvalidInput,
                     Database::tr("%1 is in a cloud-sync folder (%2). Fremdrift does not use a "
                                  "database there: the sync program copies the file while it is "
                                  "being written, so changes are lost and the file can be "
                                  "damaged. Nothing was changed. Move the database to a folder "
                                  "on this computer or to the office's network drive.")
                         .arg(nativePath(path), cloudSyncFolderOf(path)));
}

// What open() and create() both ask of a path before anything else: that there is one, that
// its folder exists, and that it is not in a cloud-sync folder.
Result<StorageKind> checkPlace(const QString &path, const QFileInfo &file)
{
    if (path.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, Database::tr("No database file was given."));
    if (Status folder = folderMustExist(file); !folder)
        return folder.error();
    return safeLocation(path);
}

// Why an existing file must be opened read-only, or an empty string when it can be written.
QString readOnlyReasonFor(const QFileInfo &file, const FileHeader &header)
{
    if (header.userVersion > latestSchemaVersion()) {
        return Database::tr("This database was made by a newer version of Fremdrift (schema %1; "
                            "this version knows up to %2). It is open read-only: update "
                            "Fremdrift to make changes.")
            .arg(header.userVersion)
            .arg(latestSchemaVersion());
    }
    if (!file.isWritable())
        return Database::tr("The file is read-only, so the database was opened for reading "
                            "only.");
    // The rollback journal is written beside the file, so the folder must be writable too.
    if (!QFileInfo(file.absolutePath()).isWritable())
        return Database::tr("The folder %1 is read-only, so the database was opened for "
                            "reading only.")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    return {};
}

// Runs one migration's statements and records its version, inside the caller's transaction.
Status runMigration(const QSqlDatabase &db, const Migration &migration)
{
    for (const QString &statement : migration.statements) {
        if (auto q = sql::run(db, statement); !q)
            return q.error();
    }
    if (auto q = sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        !q)
        return q.error();
    return Ok{};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("fremdrift.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool readOnly)
{
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(),
                                                    nextConnectionName()));
    database->m_readOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                database->m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        Error error = sql::fromSqlError(db.lastError());
        error.message = tr("The database %1 cannot be opened. %2").arg(nativePath(path),
                                                                        error.message);
        return error;
    }
    database->m_busyWait = std::make_unique<BusyWait>(BusyTimeoutMs);
    if (!database->m_busyWait->install(db))
        return makeError(Error::Code::Generic,
                         tr("The database %1 cannot be opened: the SQLite driver did not give "
                            "access to its connection.")
                             .arg(nativePath(path)));
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    const QFileInfo file(path);
    const auto location = checkPlace(path, file);
    if (!location)
        return location.error();
    if (!file.exists()) {
        return makeError(Error::Code::NotFound,
                         tr("There is no file %1. Check the name, or create a new database.")
                             .arg(nativePath(path)));
    }
    if (file.isDir()) {
        return makeError(Error::Code::NotSQLite,
                         tr("%1 is a folder, not a Fremdrift database.").arg(nativePath(path)));
    }

    auto header = readHeader(path);
    if (!header)
        return header.error();
    if (!header->isSqlite) {
        return makeError(Error::Code::NotSQLite,
                         tr("%1 is not a Fremdrift database: it is not an SQLite database file "
                            "at all. Nothing was changed.")
                             .arg(nativePath(path)));
    }
    if (header->applicationId != quint32(ApplicationId)) {
        return makeError(Error::Code::NotOurs,
                         tr("%1 is an SQLite database, but not one made by Fremdrift. Nothing "
                            "was changed.")
                             .arg(nativePath(path)));
    }

    const QString fileReason = readOnlyReasonFor(file, *header);
    QString reason = fileReason;
    if (reason.isEmpty() && access == Access::ReadOnly)
        reason = tr("The database is open read-only, as asked.");

    auto database = connect(path, !reason.isEmpty());
    if (!database)
        return database.error();
    (*database)->m_readOnlyReason = reason;
    (*database)->m_fileReadOnlyReason = fileReason;
    (*database)->m_access = access;
    (*database)->m_schemaVersion = header->userVersion;
    (*database)->m_storageKind = *location;

    if (Status status = (*database)->verifyReadable(); !status)
        return status.error();
    if (Status status = (*database)->applyPragmas(); !status)
        return status.error();
    if (Status status = (*database)->migrate(); !status)
        return status.error();
    if (Status status = (*database)->loadSettings(); !status)
        return status.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const CreateOptions &options)
{
    const QFileInfo file(path);
    const auto location = checkPlace(path, file);
    if (!location)
        return location.error();
    const bool existed = file.exists();
    if (existed && (file.isDir() || file.size() > 0)) {
        return makeError(Error::Code::AlreadyExists,
                         tr("The file %1 already exists. Open it, or choose another name for the "
                            "new database.")
                             .arg(nativePath(path)));
    }

    auto database = connect(path, false);
    if (!database)
        return database.error();

    Database &db = **database;
    db.m_storageKind = *location;
    Status created = db.applyPragmas();
    if (created) {
        const auto code = jurisdictionCodeText(options.jurisdiction);
        const QString testData = options.testData ? QStringLiteral("1") : QStringLiteral("0");
        created = db.write([&](QSqlDatabase &connection) -> Status {
            // The application id goes in with the first schema: a file interrupted before this
            // commits is not taken for ours.
            if (auto q = sql::run(connection,
                                  QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
                !q)
                return q.error();
            const std::initializer_list<std::pair<QString, QString>> settings = {
                {QStringLiteral("jurisdiction"), code},
                {QStringLiteral("test_data"), testData},
                {QStringLiteral("office_name"), options.officeName.trimmed()},
                {QStringLiteral("created_at"), nowUtc()},
                {QStringLiteral("created_with"), QCoreApplication::applicationVersion()},
            };
            // A new file gets every migration in this one transaction.
            for (const Migration &migration : migrations()) {
                if (Status status = runMigration(connection, migration); !status)
                    return status;
            }
            // A database starts with one local administrator: a caseworker alone on a laptop
            // is that user and is never asked to log in.
            const QString login = !options.administratorUsername.isEmpty()
                                      ? options.administratorUsername
                                      : computerLogin();
            const QString name = !options.administratorName.isEmpty() ? options.administratorName
                                                                       : login;
            if (auto q = sql::run(connection,
                                  QStringLiteral("INSERT INTO staff_users(username, full_name, "
                                                 "role) VALUES (?, ?, 'administrator')"),
                                  {login, name});
                !q)
                return q.error();
            for (const auto &[key, value] : settings) {
                if (auto q = sql::run(connection,
                                      QStringLiteral("INSERT INTO settings(key, value) "
                                                     "VALUES (?, ?)"),
                                      {key, sql::text(value)});
                    !q)
                    return q.error();
            }
            return Ok{};
        });
    }
    if (created) {
        db.m_schemaVersion = latestSchemaVersion();
        created = db.loadSettings();
    }
    if (!created) {
        // Leave nothing half made behind: the file is ours to remove only if we made it.
        Error error = created.error();
        database->reset();
        if (!existed)
            QFile::remove(path);
        error.message = tr("The database %1 could not be created. %2").arg(nativePath(path),
                                                                           error.message);
        return error;
    }
    return database;
}

Status Database::verifyReadable()
{
    // Reads the schema and the first page of every table: cheap, and it catches a damaged
    // header or table root before the user meets it deep in a page. `check` reads everything.
    auto tables = sql::run(connection(),
                           QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    if (tables) {
        while (tables->next())
            names << tables->value(0).toString();
        if (tables->lastError().isValid())
            tables = sql::fromSqlError(tables->lastError());
    }
    for (const QString &name : std::as_const(names)) {
        if (!tables)
            break;
        tables = sql::run(connection(), QStringLiteral("SELECT * FROM \"%1\" LIMIT 1").arg(name));
    }
    if (!tables) {
        Error error = tables.error();
        if (error.code == Error::Code::Corrupt || error.code == Error::Code::Generic) {
            error.code = Error::Code::Corrupt;
            error.message = tr("The database %1 is damaged and cannot be opened. Nothing was "
                               "changed. Restore it from a backup.")
                                .arg(nativePath(m_path));
        }
        return error;
    }
    return Ok{};
}

Status Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    QStringList statements = {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!m_readOnly) {
        // DELETE, never WAL: WAL needs shared memory that network drives do not provide, and it
        // sticks to the file. A file found in WAL mode is switched back here. On a network
        // drive the rollback journal is what makes sharing the file safe: it is read back below.
        statements << QStringLiteral("PRAGMA journal_mode = DELETE")
                   << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &statement : std::as_const(statements)) {
        if (auto q = sql::run(db, statement); !q)
            return q.error();
    }

    // Read the settings back: a pragma that silently did not take is a bug we want to see.
    struct Expected
    {
        const char *pragma;
        QVariant value;
    };
    QList<Expected> expected = {
        {"foreign_keys", 1},
    };
    if (!m_readOnly) {
        expected.append({"journal_mode", QStringLiteral("delete")});
        expected.append({"synchronous", 2});
    }
    for (const auto &[pragma, value] : std::as_const(expected)) {
        auto actual = sql::scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma)));
        if (!actual)
            return actual.error();
        if (actual->toString() != value.toString()) {
            return makeError(Error::Code::Generic,
                             tr("The database setting %1 could not be set (it is %2, expected "
                                "%3).")
                                 .arg(QLatin1String(pragma), actual->toString(), value.toString()));
        }
    }
    return Ok{};
}

Status Database::migrate()
{
    if (m_schemaVersion >= latestSchemaVersion())
        return Ok{};
    // Asked to only look (info, check): describe the file as it is, older schema and all.
    if (m_access == Access::ReadOnly)
        return Ok{};
    if (m_readOnly) {
        return makeError(Error::Code::ReadOnly,
                         tr("The database %1 must be upgraded to this version of Fremdrift, but "
                            "it is read-only. Open it where it can be written, or with the "
                            "version of Fremdrift that made it.")
                             .arg(nativePath(m_path)));
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        Status status = write(
            [&](QSqlDatabase &db) { return runMigration(db, migration); });
        if (!status) {
            Error error = status.error();
            error.message = tr("The database could not be upgraded to schema %1; it was left "
                               "as it was. %2")
                                .arg(migration.version)
                                .arg(error.message);
            return error;
        }
        m_schemaVersion = migration.version;
    }
    return Ok{};
}

Status Database::loadSettings()
{
    auto code = setting(QStringLiteral("jurisdiction"));
    if (!code)
        return code.error();
    const auto jurisdiction = parseJurisdictionCode(*code);
    if (!jurisdiction) {
        return makeError(Error::Code::Corrupt,
                         tr("The database does not say which country's rules it follows (found "
                            "\"%1\"; expected NO, SE or DK).")
                             .arg(*code));
    }
    m_jurisdiction = *jurisdiction;
    return Ok{};
}

bool Database::isTestDatabase() const
{
    const auto value = setting(QStringLiteral("test_data"));
    return value && *value == u"1";
}

QString Database::journalMode() const
{
    const auto mode = sql::scalar(connection(), QStringLiteral("PRAGMA journal_mode"));
    return mode ? mode->toString() : QString();
}

Status Database::write(const std::function<Status(QSqlDatabase &)> &work)
{
    if (m_readOnly) {
        return makeError(Error::Code::ReadOnly,
                         m_readOnlyReason.isEmpty() ? tr("The database is open read-only.")
                                                    : m_readOnlyReason);
    }
    QSqlDatabase db = connection();
    if (m_writeDepth > 0)
        return writeNested(db, work);
    struct Depth
    {
        int &depth;
        explicit Depth(int &d) : depth(d) { ++depth; }
        ~Depth() { --depth; }
    } depth(m_writeDepth);
    Status result = Ok{};
    for (int attempt = 1; attempt <= WriteAttempts; ++attempt) {
        // IMMEDIATE takes the write lock up front. A deferred BEGIN would fail with
        // SQLITE_BUSY when it upgrades from reading to writing, after work was done.
        auto begin = sql::run(db, QStringLiteral("BEGIN IMMEDIATE"));
        if (begin) {
            result = work(db);
            if (result) {
                auto commit = sql::run(db, QStringLiteral("COMMIT"));
                if (commit)
                    return Ok{};
                result = commit.error();
            }
            // If even ROLLBACK fails, SQLite has already rolled back (it does on I/O errors).
            [[maybe_unused]] const auto rolledBack = sql::run(db, QStringLiteral("ROLLBACK"));
        } else {
            result = begin.error();
        }
        if (result.error().code != Error::Code::Busy || attempt == WriteAttempts)
            return result;
        if (m_busyListener)
            m_busyListener(attempt);
        // Another PC holds the lock past the busy timeout: back off with jitter so that
        // waiting writers do not retry in step.
        QThread::msleep(50 + QRandomGenerator::global()->bounded(200u) * attempt);
    }
    return result;
}

Status Database::writeNested(QSqlDatabase &db, const std::function<Status(QSqlDatabase &)> &work)
{
    const QString name = QStringLiteral("nested%1").arg(m_writeDepth);
    if (auto begin = sql::run(db, QStringLiteral("SAVEPOINT ") + name); !begin)
        return begin.error();
    ++m_writeDepth;
    Status result = work(db);
    --m_writeDepth;
    if (!result) {
        [[maybe_unused]] const auto undone = sql::run(db, QStringLiteral("ROLLBACK TO ") + name);
        [[maybe_unused]] const auto released = sql::run(db, QStringLiteral("RELEASE ") + name);
        return result;
    }
    if (auto released = sql::run(db, QStringLiteral("RELEASE ") + name); !released)
        return released.error();
    return Ok{};
}

Result<QString> Database::setting(const QString &key) const
{
    auto query = sql::run(connection(),
                          QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                          {key});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(Error::Code::NotFound, tr("The setting %1 is not in the database.")
                                                    .arg(key));
    return query->value(0).toString();
}

Status Database::setSetting(const QString &key, const QString &value)
{
    return write([&](QSqlDatabase &db) -> Status {
        auto query = sql::run(db,
                              QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                              {key, value});
        if (!query)
            return query.error();
        return Ok{};
    });
}

Result<QMap<QString, qint64>> Database::rowCounts() const
{
    QMap<QString, qint64> counts;
    for (const QString &table : expectedTables()) {
        auto count = sql::scalar(connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        counts.insert(table, count->toLongLong());
    }
    return counts;
}

Database::Check Database::check() const
{
    Check result;
    const QSqlDatabase db = connection();
    auto addProblem = [&](const QString &problem) { result.problems << problem; };

    if (auto id = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
        !id || id->toLongLong() != ApplicationId)
        addProblem(tr("The file is not marked as a Fremdrift database."));

    if (auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version")); !version)
        addProblem(version.error().message);
    else if (version->toInt() != latestSchemaVersion())
        addProblem(tr("The schema version is %1; this version of Fremdrift expects %2.")
                       .arg(version->toInt())
                       .arg(latestSchemaVersion()));

    if (auto integrity = sql::run(db, QStringLiteral("PRAGMA integrity_check")); !integrity) {
        addProblem(integrity.error().message);
    } else {
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line != u"ok")
                addProblem(tr("Integrity: %1").arg(line));
        }
    }

    if (auto keys = sql::run(db, QStringLiteral("PRAGMA foreign_key_check")); !keys) {
        addProblem(keys.error().message);
    } else {
        while (keys->next())
            addProblem(tr("A row in %1 (row %2) points to a missing row in %3.")
                           .arg(keys->value(0).toString(),
                                keys->value(1).toString(),
                                keys->value(2).toString()));
    }

    const QStringList present = db.tables();
    for (const QString &table : expectedTables()) {
        if (!present.contains(table))
            addProblem(tr("The table %1 is missing.").arg(table));
    }

    if (auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode"));
        mode && mode->toString() == u"wal")
        addProblem(tr("The file is in WAL mode, which is unsafe on network drives."));

    // The triggers that make the audit log, issued letters and template versions unchangeable:
    // one missing means someone went around Fremdrift, even before a row was touched.
    for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete",
                                "letters_are_immutable", "letters_are_kept",
                                "templates_are_immutable", "templates_are_kept"}) {
        auto found = sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                "WHERE type = 'trigger' AND name = ?"),
                                 {QString::fromLatin1(trigger)});
        if (!found || found->toInt() != 1)
            addProblem(tr("The protection %1 has been removed from the database.")
                           .arg(QString::fromLatin1(trigger)));
    }

    if (auto chain = AuditTrail::verify(db); !chain)
        addProblem(chain.error().message);
    else if (!chain->intact)
        addProblem(tr("The audit log has been tampered with: row %1 was changed, or a row "
                      "before it was removed.")
                       .arg(chain->firstBrokenId));

    if (auto code = setting(QStringLiteral("jurisdiction")); !code || !parseJurisdictionCode(*code))
        addProblem(tr("The database does not say which country's rules it follows."));

    result.sound = result.problems.isEmpty();
    return result;
}

} // namespace fremdrift
