#include "mainwindow.h"

#include "backup/restoredialog.h"
#include "clients/clientspage.h"
#include "decisions/decisionspage.h"
#include "demo/demodata.h"
#include "jurisdictionnames.h"
#include "login/logindialog.h"
#include "login/passworddialog.h"
#include "meetings/meetingspage.h"
#include "messagebar.h"
#include "messagebox.h"
#include "newdatabasedialog.h"
#include "pages/overviewpage.h"
#include "pages/settingspage.h"
#include "plans/planspage.h"
#include "reports/reportspage.h"
#include "security/accounts.h"
#include "storage/backup.h"
#include "storage/changewatcher.h"
#include "storage/presence.h"
#include "templates/templatespage.h"
#include "util/settingvalue.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>

namespace fremdrift {

namespace {

constexpr int MaxRecentFiles = 8;

SettingValue<QByteArray> savedWindowGeometry(QStringLiteral("window/geometry"));
SettingValue<QByteArray> savedWindowState(QStringLiteral("window/state"));
SettingValue<QStringList> recentFiles(QStringLiteral("database/recent"));

QString databaseFileFilter()
{
    return MainWindow::tr("Fremdrift databases (*.sqlite *.fremdrift *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigationModel(new NavigationModel(this))
    , m_navigation(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_messageBar(new MessageBar(this))
    , m_fileLabel(new QLabel(this))
    , m_jurisdictionLabel(new QLabel(this))
    , m_accessLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_networkLabel(new QLabel(this))
{
    setWindowTitle(QStringLiteral("Fremdrift"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fremdrift.svg")));
    setMinimumSize(760, 480);

    m_navigation->setModel(m_navigationModel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(200);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 0);
    contentLayout->addWidget(m_messageBar);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    createPages();
    createMenus();
    createStatusBar();

    connect(m_navigation->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showPage(PageId(current.data(NavigationModel::PageIdRole).toInt()));
            });

    if (!restoreGeometry(savedWindowGeometry.get()))
        resize(1100, 720);
    restoreState(savedWindowState.get());
    showPage(PageId::Overview);
    refreshPages();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    // The backup thread reports back to this window: let it finish first.
    if (m_backupThread)
        m_backupThread->wait();
}

void MainWindow::createPages()
{
    auto addPage = [this](PageId id, Page *page) {
        m_pages[id] = page;
        m_stack->addWidget(page);
        connect(page, &Page::message, this, &MainWindow::showPageMessage);
    };
    auto *overview = new OverviewPage(this);
    auto *plans = new PlansPage(this);
    addPage(PageId::Overview, overview);
    addPage(PageId::Plans, plans);
    auto *clients = new ClientsPage(this);
    auto *decisions = new DecisionsPage(this);
    addPage(PageId::Clients, clients);
    addPage(PageId::Decisions, decisions);
    // A decision opened from a client's record opens in the decisions area's editor.
    connect(clients, &ClientsPage::openDecisionRequested, decisions, [this, decisions](qint64 id) {
        bringUpToDate(decisions);
        decisions->openDecision(id);
    });
    // The overview's steps open their review windows, its plans the plans page, its
    // decisions the decision editor; a review window's decision opens in the editor too.
    connect(overview, &OverviewPage::openReviewRequested, plans,
            [this, plans](qint64 id, const QString &stepId) {
                bringUpToDate(plans);
                plans->openReview(id, stepId);
            });
    connect(overview, &OverviewPage::openPlanRequested, plans, [this, plans](qint64 id) {
        showPage(PageId::Plans);
        plans->openPlan(id);
    });
    const auto openDecision = [this, decisions](qint64 id) {
        bringUpToDate(decisions);
        decisions->openDecision(id);
    };
    connect(overview, &OverviewPage::openDecisionRequested, decisions, openDecision);
    connect(plans, &PlansPage::openDecisionRequested, decisions, openDecision);
    addPage(PageId::Meetings, new MeetingsPage(this));
    addPage(PageId::Templates, new TemplatesPage(this));
    addPage(PageId::Reports, new ReportsPage(this));
    auto *settings = new SettingsPage(this);
    addPage(PageId::Settings, settings);
    connect(settings,
            &SettingsPage::languageChangeRequested,
            this,
            &MainWindow::languageChangeRequested);
    connect(settings, &SettingsPage::userChanged, this, [this] {
        refreshPages();
        updateStatusBar();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open database…"),
                                          this,
                                          &MainWindow::chooseDatabaseToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(tr("Restore from &backup…"), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreFromBackup"));
    file->addSeparator();
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    int number = 1;
    for (PageId id : NavigationModel::pages()) {
        QAction *action = go->addAction(NavigationModel::icon(id),
                                        NavigationModel::title(id),
                                        this,
                                        [this, id] { showPage(id); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Shared databases…"), this, &MainWindow::showSharedDatabaseHelp);
    help->addSeparator();
    QAction *aboutAction = help->addAction(tr("&About Fremdrift"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_fileLabel->setObjectName(QStringLiteral("statusFile"));
    m_jurisdictionLabel->setObjectName(QStringLiteral("statusJurisdiction"));
    m_accessLabel->setObjectName(QStringLiteral("statusAccess"));
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_jurisdictionLabel);
    statusBar()->addPermanentWidget(m_accessLabel);
    m_networkLabel->setObjectName(QStringLiteral("statusNetwork"));
    statusBar()->addPermanentWidget(m_networkLabel);
}

Page *MainWindow::page(PageId id) const
{
    const auto it = m_pages.find(id);
    return it == m_pages.end() ? nullptr : it->second;
}

void MainWindow::showPage(PageId id)
{
    Page *target = page(id);
    if (!target)
        return;
    // Unsaved template edits are asked about first; "stay" keeps the Templates page in view.
    if (auto *templates = qobject_cast<TemplatesPage *>(m_stack->currentWidget());
        templates && target != templates && !templates->confirmLeave()) {
        id = PageId::Templates;
        target = templates;
    }
    bringUpToDate(target);
    m_stack->setCurrentWidget(target);
    const QModelIndex index = m_navigationModel->index(int(NavigationModel::pages().indexOf(id)));
    if (m_navigation->currentIndex() != index)
        m_navigation->setCurrentIndex(index);
}

PageId MainWindow::currentPage() const
{
    for (const auto &[id, page] : m_pages) {
        if (page == m_stack->currentWidget())
            return id;
    }
    return PageId::Overview;
}

QString MainWindow::lastDatabasePath()
{
    return recentFiles.get().value(0);
}

void MainWindow::setCurrentLanguage(const QString &code)
{
    static_cast<SettingsPage *>(page(PageId::Settings))->setCurrentLanguage(code);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        m_messageBar->showMessage(opened.error().message, MessageBar::Kind::Error);
        return false;
    }
    const Database *candidate = opened->get();
    setDatabase(std::move(opened).value());
    // Not kept when the session could not start or the login was cancelled.
    return m_database.get() == candidate;
}

std::optional<QString> MainWindow::logIn(Database &database)
{
    const auto required = Accounts::loginRequired(database);
    if (!required) {
        m_messageBar->showMessage(required.error().message, MessageBar::Kind::Error);
        return std::nullopt;
    }
    if (!*required)
        return QString(); // Session::start's default user: a lone caseworker never logs in
    const auto user = LoginDialog::ask(this, database);
    if (!user) {
        m_messageBar->showMessage(tr("Not logged in, so %1 was not opened.")
                                      .arg(QFileInfo(database.path()).fileName()),
                                  MessageBar::Kind::Information);
        return std::nullopt;
    }
    return user->username;
}

void MainWindow::changePassword()
{
    if (!m_session) {
        m_messageBar->showMessage(tr("Open a database first."), MessageBar::Kind::Information);
        return;
    }
    if (PasswordDialog::ask(this, *m_session))
        m_messageBar->showMessage(tr("Your password has been changed."),
                                  MessageBar::Kind::Information);
}

bool MainWindow::createDatabase(const QString &path,
                                const Database::CreateOptions &options,
                                bool fillWithDemoData)
{
    // Demo data carries test ID numbers, which only a test database accepts.
    Database::CreateOptions effective = options;
    effective.testData = options.testData || fillWithDemoData;
    auto created = Database::create(path, effective);
    if (!created) {
        m_messageBar->showMessage(created.error().message, MessageBar::Kind::Error);
        return false;
    }
    std::unique_ptr<Database> database = std::move(created).value();
    if (fillWithDemoData) {
        if (const Status filled = fremdrift::fillWithDemoData(*database); !filled) {
            m_messageBar->showMessage(tr("The database was created, but the demo data could not "
                                         "be added: %1")
                                          .arg(filled.error().message),
                                      MessageBar::Kind::Warning);
        }
    }
    setDatabase(std::move(database));
    return true;
}

void MainWindow::offerFirstDatabase(const QString &path)
{
    NewDatabaseDialog dialog(this);
    dialog.setWindowTitle(tr("Welcome to Fremdrift"));
    dialog.setPath(path);
    dialog.setFillWithDemoData(true);
    const QString language = QLocale().name().left(2);
    if (language == u"sv")
        dialog.setJurisdiction(JurisdictionCode::Sweden);
    else if (language == u"da")
        dialog.setJurisdiction(JurisdictionCode::Denmark);
    createFromDialog(dialog);
}

void MainWindow::newDatabase()
{
    NewDatabaseDialog dialog(this);
    dialog.setPath(QDir(currentFolder()).filePath(tr("new-database") + QStringLiteral(".sqlite")));
    if (m_database)
        dialog.setJurisdiction(m_database->jurisdiction());
    createFromDialog(dialog);
}

void MainWindow::createFromDialog(NewDatabaseDialog &dialog)
{
    if (dialog.exec() == QDialog::Accepted)
        createDatabase(dialog.path(), dialog.createOptions(), dialog.fillWithDemoData());
}

QString MainWindow::currentFolder() const
{
    return QFileInfo(m_database ? m_database->path() : Database::defaultPath()).absolutePath();
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open database"),
                                                      currentFolder(),
                                                      databaseFileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList files = recentFiles.get();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    recentFiles.set(files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles.get();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path),
                                                  this,
                                                  [this, path] { openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            recentFiles.set({});
            rebuildRecentMenu();
        });
    }
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    if (database) {
        // A shared database with several users: who is working here. Cancel: not opened.
        const std::optional<QString> username = logIn(*database);
        if (!username)
            return;
        auto session = Session::start(*database, *username);
        if (!session) {
            m_messageBar->showMessage(session.error().message, MessageBar::Kind::Error);
            return;
        }
        m_heartbeat.reset();
        m_changeWatcher.reset();
        m_session.reset();
        m_database = std::move(database);
        m_session = std::move(session).value();
        // Another PC holding the lock is normal on a shared file: say so calmly while write()
        // retries (it is blocking this thread, so paint now).
        m_database->setBusyListener([this](int) {
            statusBar()->showMessage(
                tr("The database is busy: another PC is saving. Retrying…"), 3000);
            statusBar()->repaint();
        });
    } else {
        m_heartbeat.reset();
        m_changeWatcher.reset();
        m_session.reset();
        m_database.reset();
    }
    if (m_database) {
        m_changeWatcher = std::make_unique<ChangeWatcher>(*m_database);
        connect(m_changeWatcher.get(),
                &ChangeWatcher::changedElsewhere,
                this,
                &MainWindow::refreshAfterOutsideChange);
    }
    m_messageBar->hide();
    if (m_database) {
        rememberRecent(m_database->path());
        if (m_database->isReadOnly())
            m_messageBar->showMessage(m_database->readOnlyReason(), MessageBar::Kind::Warning);
        else
            startBackupAndPresence();
    }
    refreshPages();
    updateStatusBar();
}

void MainWindow::startBackupAndPresence()
{
    m_heartbeat = std::make_unique<PresenceHeartbeat>(
        *m_database, m_session ? m_session->user().username : QString());
    connect(m_heartbeat.get(), &PresenceHeartbeat::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });
    m_heartbeat->start();

    startDailyBackup();
}

void MainWindow::startDailyBackup()
{
    if (m_backupThread)
        return; // one at a time; the next open of the day catches up
    // The first open of the day. Copying and checking a large file takes seconds (more on a
    // network drive), so it runs on a thread of its own, with a connection of its own: a Qt
    // SQL connection belongs to the thread that made it. A failed backup stops nobody.
    const QString path = m_database->path();
    const QString folder = defaultBackupFolder(path);
    m_backupThread = QThread::create([this, path, folder] {
        QString failure;
        bool made = false;
        if (auto db = Database::open(path, Database::Access::ReadOnly)) {
            const auto result = backupIfDueToday(**db, folder, 14);
            made = result && result->has_value();
            if (!result)
                failure = result.error().message;
        } else {
            failure = db.error().message;
        }
        QMetaObject::invokeMethod(this, [this, made, failure] {
            showBackupResult(made, failure);
        }, Qt::QueuedConnection);
    });
    connect(m_backupThread, &QThread::finished, m_backupThread, &QObject::deleteLater);
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::showBackupResult(bool made, const QString &failure)
{
    if (!failure.isEmpty())
        m_messageBar->showMessage(tr("Today's backup could not be made. You can keep working. %1")
                                      .arg(failure),
                                  MessageBar::Kind::Warning);
    else if (made)
        statusBar()->showMessage(tr("Backup made"), 8000);
    emit dailyBackupFinished(made, failure);
}

void MainWindow::restoreFromBackup()
{
    if (!m_database || !m_session)
        return;
    if (Status allowed = requirePermission(m_session->user(), Permission::RestoreBackups);
        !allowed) {
        m_messageBar->showMessage(allowed.error().message, MessageBar::Kind::Error);
        return;
    }
    if (m_backupThread)
        m_backupThread->wait(); // today's backup first: it reads the file being replaced
    const QString path = m_database->path();
    const auto backup = RestoreDialog::ask(this, defaultBackupFolder(path), *m_database);
    if (!backup)
        return;
    // Close first: the file is replaced under its name, and reopened afterwards either way.
    setDatabase(nullptr);
    const auto restored = restoreBackup(*backup, path);
    openDatabase(path);
    if (!restored) {
        m_messageBar->showMessage(restored.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(
        tr("The database was restored from the backup. The replaced file was kept as %1.")
            .arg(QDir::toNativeSeparators(*restored)),
        MessageBar::Kind::Information);
}

void MainWindow::refreshPages()
{
    // Only the page in view loads now; opening a large database should not wait for every
    // list in the window.
    for (const auto &[id, page] : m_pages)
        m_stalePages.insert(page);
    bringUpToDate(static_cast<Page *>(m_stack->currentWidget()));
}

void MainWindow::bringUpToDate(Page *page)
{
    if (!page)
        return;
    if (m_stalePages.erase(page) > 0) {
        m_outdatedPages.erase(page);
        page->setSession(m_session.get());
    } else if (m_outdatedPages.erase(page) > 0) {
        page->refresh(m_session.get());
    }
}

void MainWindow::refreshAfterOutsideChange()
{
    // Another PC committed. The page in view lists again, keeping the user's place; the others
    // catch up when they are shown.
    for (const auto &[id, page] : m_pages)
        m_outdatedPages.insert(page);
    bringUpToDate(static_cast<Page *>(m_stack->currentWidget()));
}

void MainWindow::updateStatusBar()
{
    if (!m_database) {
        setWindowTitle(QStringLiteral("Fremdrift"));
        m_fileLabel->setText(tr("No database is open"));
        m_jurisdictionLabel->clear();
        m_accessLabel->clear();
        m_userLabel->clear();
        m_networkLabel->hide();
        return;
    }
    const QString name = QFileInfo(m_database->path()).fileName();
    setWindowTitle(tr("%1 – Fremdrift").arg(name));
    m_fileLabel->setText(QDir::toNativeSeparators(m_database->path()));
    m_fileLabel->setToolTip(m_fileLabel->text());
    m_jurisdictionLabel->setText(tr("Rules: %1").arg(jurisdictionName(m_database->jurisdiction())));
    m_accessLabel->setText(m_database->isReadOnly() ? tr("Read-only") : tr("Editable"));
    m_networkLabel->setVisible(m_database->isOnNetworkDrive());
    if (m_database->isOnNetworkDrive()) {
        m_networkLabel->setText(tr("Network drive"));
        // The rollback journal is what makes a shared file safe; say so only when it is in force.
        m_networkLabel->setToolTip(
            m_database->journalMode() == u"delete"
                ? tr("Safe with Fremdrift's rollback journal; see Help > Shared databases")
                : tr("The database is not using the rollback journal (journal mode: %1); see "
                     "Help > Shared databases")
                      .arg(m_database->journalMode()));
    }
    m_userLabel->setText(QStringLiteral("%1 (%2)").arg(m_session->user().fullName,
                                                        roleName(m_session->user().role)));
}

void MainWindow::showPageMessage(const QString &text, bool isError)
{
    m_messageBar->showMessage(text, isError ? MessageBar::Kind::Error
                                            : MessageBar::Kind::Information);
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About Fremdrift"),
                       tr("<h3>Fremdrift %1</h3>"
                          "<p>Progress plans and reviews of care decisions for municipal care "
                          "offices in Norway, Sweden and Denmark.</p>"
                          "<p>Built with Qt %2 and SQLite.</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::showSharedDatabaseHelp()
{
    QString where;
    if (m_database) {
        where = m_database->isOnNetworkDrive()
                    ? tr("<p>The open database is on a network drive, with the rollback journal "
                         "(journal mode: %1).</p>")
                          .arg(m_database->journalMode().toHtmlEscaped())
                    : tr("<p>The open database is on this computer's own disk.</p>");
    }
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("Shared databases"),
                                tr("<h3>One database file for the office</h3>"
                                   "<p>One Fremdrift file on a network drive works well when "
                                   "2–8 people in one office share it over a reliable wired "
                                   "network, with daily backups. Fremdrift uses SQLite's "
                                   "rollback journal there (never WAL), waits its turn when "
                                   "another PC is saving, and refreshes open lists when someone "
                                   "else saves.</p>"
                                   "<p><b>Avoid</b> cloud-sync folders (Dropbox, OneDrive, "
                                   "Google Drive and the like: Fremdrift refuses them, because "
                                   "they copy the file while it is being written and lose "
                                   "changes), Wi-Fi between the PCs and the file server, and "
                                   "VPN connections over slow links.</p>"
                                   "<p><b>Move to a database server</b> when more than about 8 "
                                   "people work at the same time, when the office has several "
                                   "locations, when \"busy\" messages come often, or when the "
                                   "network drive's file locking is unreliable. PostgreSQL is "
                                   "the planned server engine for Fremdrift.</p>")
                                    + where,
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("sharedDatabaseHelp"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!static_cast<TemplatesPage *>(page(PageId::Templates))->confirmLeave()) {
        event->ignore();
        return;
    }
    savedWindowGeometry.set(saveGeometry());
    savedWindowState.set(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace fremdrift
