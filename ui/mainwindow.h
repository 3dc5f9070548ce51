#pragma once

#include "navigationmodel.h"
#include "storage/database.h"
#include "workflow/session.h"

#include <QMainWindow>
#include <QPointer>

#include <map>
#include <set>
#include <memory>
#include <optional>

class QLabel;
class QThread;
class QListView;
class QMenu;
class QStackedWidget;

namespace fremdrift {

class ChangeWatcher;
class MessageBar;
class NewDatabaseDialog;
class PresenceHeartbeat;
class Page;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, replacing the open database; on failure keeps the current one and says why
    // in the message bar.
    bool openDatabase(const QString &path);
    // Creates a database, optionally filled with invented demo data, and opens it.
    bool createDatabase(const QString &path,
                        const Database::CreateOptions &options,
                        bool fillWithDemoData);
    // First start: offers to create the default database (with demo data).
    void offerFirstDatabase(const QString &path);

    Database *database() const { return m_database.get(); }
    Session *session() const { return m_session.get(); }
    // Polls the open database for other PCs' commits; nullptr when none is open.
    ChangeWatcher *changeWatcher() const { return m_changeWatcher.get(); }
    void showPage(PageId page);
    PageId currentPage() const;
    MessageBar *messageBar() const { return m_messageBar; }
    NavigationModel *navigationModel() const { return m_navigationModel; }
    Page *page(PageId page) const;
    void setCurrentLanguage(const QString &code);
    // The database opened most recently, in any window; empty if none.
    static QString lastDatabasePath();

signals:
    void languageChangeRequested(const QString &code);
    // The day's backup, made on its own thread after opening, has finished (or failed).
    void dailyBackupFinished(bool made, const QString &failure);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPages();
    void createStatusBar();
    void newDatabase();
    void createFromDialog(NewDatabaseDialog &dialog);
    // Where file dialogs start: the open database's folder, else the default one's.
    QString currentFolder() const;
    void chooseDatabaseToOpen();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void about();
    // The user to act as in `database`: empty when it needs no login (Session::start picks),
    // the logged-in user's name, or nothing when the login was cancelled.
    std::optional<QString> logIn(Database &database);
    void changePassword();
    void setDatabase(std::unique_ptr<Database> database);
    // A writable database just opened: today's backup if due, and this PC's presence.
    void startBackupAndPresence();
    void restoreFromBackup();
    void refreshPages();
    void startDailyBackup();
    void showBackupResult(bool made, const QString &failure);
    void bringUpToDate(Page *page);
    void refreshAfterOutsideChange();
    void showSharedDatabaseHelp();
    void updateStatusBar();
    void showPageMessage(const QString &text, bool isError);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session; // acts on m_database: declared after it, so destroyed first
    std::unique_ptr<ChangeWatcher> m_changeWatcher; // polls m_database: destroyed before it
    NavigationModel *m_navigationModel;
    QListView *m_navigation;
    QStackedWidget *m_stack;
    MessageBar *m_messageBar;
    std::map<PageId, Page *> m_pages;
    // Pages that have not yet seen the current session; each catches up when it is shown.
    std::set<Page *> m_stalePages;
    QPointer<QThread> m_backupThread;
    // Pages that show the current session, but another PC has committed since: each lists
    // again, in place, when it is shown.
    std::set<Page *> m_outdatedPages;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_fileLabel;
    QLabel *m_jurisdictionLabel;
    QLabel *m_accessLabel;
    QLabel *m_userLabel;
    QLabel *m_networkLabel;
    // Keeps this PC's row in `presence` fresh; last, so destroyed before m_database.
    std::unique_ptr<PresenceHeartbeat> m_heartbeat;
};

} // namespace fremdrift
