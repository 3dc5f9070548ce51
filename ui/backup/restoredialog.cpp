#include "backup/restoredialog.h"

#include "messagebox.h"
#include "storage/database.h"
#include "storage/presence.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fremdrift {

std::optional<QString>
RestoreDialog::ask(QWidget *parent, const QString &folder, Database &database)
{
    RestoreDialog dialog(folder, database, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.selectedBackup();
}

RestoreDialog::RestoreDialog(const QString &folder, Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_backups(listBackups(folder))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore from backup"));
    auto *intro = new QLabel(
        tr("Backups of %1 in %2, newest first. Restoring replaces the database with the backup "
           "you choose; the current file is kept beside it, ending in “.before-restore”.")
            .arg(QFileInfo(database.path()).fileName(), QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    for (const BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list,
                                         {locale.toString(backup.madeAt, QLocale::LongFormat),
                                          locale.formattedDataSize(backup.size)});
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_backups.isEmpty())
        m_list->setEnabled(false);

    m_message->setObjectName(QStringLiteral("restoreMessage"));
    m_message->setWordWrap(true);
    m_message->setText(m_backups.isEmpty() ? tr("There are no backups of this database yet.")
                                           : QString());
    m_message->setVisible(m_backups.isEmpty());

    QPushButton *restore = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, restore] {
        restore->setEnabled(m_list->currentItem() != nullptr);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 360);
}

int RestoreDialog::backupCount() const
{
    return int(m_backups.size());
}

void RestoreDialog::selectBackup(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

QString RestoreDialog::selectedBackup() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

QString RestoreDialog::message() const
{
    return m_message->text();
}

void RestoreDialog::accept()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_backups.size())
        return;
    const auto showRefusal = [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
    };
    // Replacing the file under other PCs would lose what they save next.
    auto others = othersConnected(m_database);
    if (!others)
        return showRefusal(others.error().message);
    if (!others->isEmpty()) {
        return showRefusal(tr("The database cannot be restored while others use it: %1. Ask "
                              "them to close Fremdrift, then try again.")
                               .arg(Presence::describe(*others)));
    }
    const BackupInfo &backup = m_backups.at(row);
    const QString question
        = tr("Replace %1 with the backup made %2?\n\nEverything saved since then is no longer "
             "in the database. The current file is kept as %3.")
              .arg(QFileInfo(m_database.path()).fileName(),
                   QLocale().toString(backup.madeAt, QLocale::LongFormat),
                   QFileInfo(m_database.path()).fileName() + QStringLiteral(".before-restore"));
    if (MessageBox::question(this,
                             tr("Restore from backup"),
                             question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace fremdrift
