#pragma once

#include "jurisdiction/jurisdictioncode.h"
#include "storage/filelocation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace fremdrift {

class BusyWait;

// One open Fremdrift database file. Opening checks the file before SQLite touches it (header,
// application_id, schema version), asserts the pragmas a shared file on a network drive needs,
// and runs pending migrations. Every write goes through write(): one short BEGIN IMMEDIATE
// transaction, rolled back on any error.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Database)

public:
    // 'FRMD': marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x46524D44;

    struct CreateOptions
    {
        JurisdictionCode jurisdiction = JurisdictionCode::Norway;
        bool testData = false; // accepts synthetic national IDs (test databases only)
        QString officeName;
        // The first staff user, an administrator; default: the computer login name.
        QString administratorUsername;
        QString administratorName;
    };

    enum class Access { ReadWrite, ReadOnly };

    struct Check
    {
        bool sound = false;
        QStringList problems; // translated, one line each
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new database at `path`. Refuses an existing non-empty file or a missing folder.
    static Result<std::unique_ptr<Database>> create(const QString &path,
                                                    const CreateOptions &options);
    // Opens an existing Fremdrift database. Falls back to read-only (see readOnlyReason()) for
    // a read-only file or folder, or a file made by a newer Fremdrift.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Access access = Access::ReadWrite);

    // The default location: the user's data folder, created on demand.
    static QString defaultPath();
    // The computer's login name, for the first administrator and the default acting user.
    static QString computerLogin();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Why the file itself cannot be written (read-only file or folder, newer schema), whatever
    // access was asked for; empty when it can be.
    QString fileReadOnlyReason() const { return m_fileReadOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    JurisdictionCode jurisdiction() const { return m_jurisdiction; }
    bool isTestDatabase() const;
    // Where the file lives. open() and create() refuse a cloud-sync folder; a network drive is
    // fine with the rollback journal, which journalMode() confirms ("delete", never "wal").
    StorageKind storageKind() const { return m_storageKind; }
    bool isOnNetworkDrive() const { return m_storageKind == StorageKind::Network; }
    QString journalMode() const;

    // The connection, for repositories in this thread. Do not BEGIN on it: use write().
    QSqlDatabase connection() const;

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT. If `work` fails or COMMIT fails, the
    // transaction is rolled back and nothing of it remains. A busy database is retried, so
    // `work` may run more than once: it must only touch the database. Called inside another
    // write() (an import saving many records), it runs in a savepoint of the outer
    // transaction, and the outer one decides whether anything is kept.
    Status write(const std::function<Status(QSqlDatabase &)> &work);

    // Called by write() just before it retries because another process held the write lock
    // past the busy timeout (`retry` is 1 for the first retry), so that the UI can say "busy,
    // retrying" calmly instead of showing an error. Empty: nobody is told.
    void setBusyListener(std::function<void(int retry)> listener)
    {
        m_busyListener = std::move(listener);
    }

    Result<QString> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

    Result<QMap<QString, qint64>> rowCounts() const;

    // Full integrity check (reads every page): PRAGMA integrity_check, foreign keys, the
    // application id, schema version and tables. For `fremdrift-cli check` and backups.
    Check check() const;

private:
    Database(QString path, QString connectionName);

    static Result<std::unique_ptr<Database>> connect(const QString &path, bool readOnly);
    Status applyPragmas();
    Status verifyReadable();
    Status migrate();
    Status loadSettings();
    Status writeNested(QSqlDatabase &db, const std::function<Status(QSqlDatabase &)> &work);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_fileReadOnlyReason;
    Access m_access = Access::ReadWrite;
    int m_writeDepth = 0;
    std::unique_ptr<BusyWait> m_busyWait; // destroyed after ~Database closed the connection
    std::function<void(int)> m_busyListener;
    int m_schemaVersion = 0;
    JurisdictionCode m_jurisdiction = JurisdictionCode::Norway;
    StorageKind m_storageKind = StorageKind::Local;
};

} // namespace fremdrift
