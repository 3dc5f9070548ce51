#pragma once

#include "storage/backup.h"
#include "widgets/testabledialog.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace fremdrift {

class Database;

// File > Restore from backup…: the database's backups (date, size), newest first. Choosing
// one refuses while other PCs have the database open (naming who and where), and asks before
// anything is replaced. The caller does the restore (restoreBackup) and reopens.
class RestoreDialog final : public QDialog, public TestableDialog<RestoreDialog>
{
    Q_OBJECT

public:
    // The backup to restore, once the user has confirmed; nothing when cancelled or refused.
    static std::optional<QString> ask(QWidget *parent, const QString &folder, Database &database);

    RestoreDialog(const QString &folder, Database &database, QWidget *parent = nullptr);

    int backupCount() const;
    void selectBackup(int row);
    QString selectedBackup() const;
    // Why the last attempt was refused; empty when it was not.
    QString message() const;

    void accept() override;

private:
    Database &m_database;
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace fremdrift
