#include "users/usersdialog.h"

#include "login/passworddialog.h"
#include "messagebar.h"
#include "messagebox.h"
#include "security/accounts.h"
#include "security/passwords.h"
#include "storage/database.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

enum Column { NameColumn, UsernameColumn, RoleColumn, TitleColumn, ActiveColumn, PasswordColumn };

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The four roles, each with its Role as data.
QComboBox *roleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("role"));
    for (Role role : {Role::Caseworker, Role::Leader, Role::Administrator, Role::ReadOnly})
        combo->addItem(roleName(role), QVariant::fromValue(int(role)));
    return combo;
}

} // namespace

// ---- UsersDialog

UsersDialog::UsersDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_bar(new MessageBar(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_add(new QPushButton(tr("&Add user…"), this))
    , m_password(new QPushButton(tr("Set &password…"), this))
    , m_role(new QPushButton(tr("Change &role…"), this))
    , m_deactivate(new QPushButton(tr("&Deactivate…"), this))
    , m_intro(new QLabel(this))
{
    setWindowTitle(tr("Staff users"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_password->setObjectName(QStringLiteral("setPassword"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_deactivate->setObjectName(QStringLiteral("deactivateUser"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("User name"), tr("Role"), tr("Title"), tr("Active"), tr("Has password")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_intro->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_password);
    actions->addWidget(m_role);
    actions->addWidget(m_deactivate);
    actions->addStretch(1);
    for (QPushButton *button : {m_add, m_password, m_role, m_deactivate})
        button->setAutoDefault(false);
    applyPermissions();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersDialog::deactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateActions);

    reload();
    resize(760, 420);
}

bool UsersDialog::ask(QWidget *parent, Session &session)
{
    UsersDialog dialog(session, parent);
    run(dialog);
    return dialog.changed();
}

void UsersDialog::reload()
{
    const QString selected = selectedUsername();
    m_table->setRowCount(0);
    auto users = m_session.users();
    if (!users) {
        showMessage(users.error().message, true);
        updateActions();
        return;
    }
    auto withPassword = Accounts::usersWithPassword(m_session.database());
    if (!withPassword)
        showMessage(withPassword.error().message, true);
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const StaffUser &user = users->at(row);
        auto *name = cell(user.fullName);
        name->setData(Qt::UserRole, user.username);
        name->setData(Qt::UserRole + 1, user.active);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, UsernameColumn, cell(user.username));
        m_table->setItem(row, RoleColumn, cell(roleName(user.role)));
        m_table->setItem(row, TitleColumn, cell(user.title));
        m_table->setItem(row, ActiveColumn, cell(user.active ? tr("Yes") : tr("No, deactivated")));
        const bool hasPassword = withPassword.ok() && withPassword->contains(user.id);
        m_table->setItem(row, PasswordColumn, cell(hasPassword ? tr("Yes") : tr("No")));
        if (!user.active) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::PlaceholderText));
        }
    }
    m_table->resizeColumnsToContents();
    if (selected.isEmpty() || !selectUser(selected))
        updateActions();
}

bool UsersDialog::selectUser(const QString &username)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)
                ->data(Qt::UserRole)
                .toString()
                .compare(username, Qt::CaseInsensitive)
            == 0) {
            m_table->selectRow(row);
            updateActions();
            return true;
        }
    }
    return false;
}

QString UsersDialog::selectedUsername() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == NameColumn)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

std::optional<StaffUser> UsersDialog::selectedUser()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return std::nullopt;
    auto users = m_session.users();
    if (!users) {
        showMessage(users.error().message, true);
        return std::nullopt;
    }
    const auto user = std::find_if(users->cbegin(), users->cend(), [&](const StaffUser &u) {
        return u.username.compare(username, Qt::CaseInsensitive) == 0;
    });
    if (user == users->cend())
        return std::nullopt;
    return *user;
}

void UsersDialog::applyPermissions()
{
    m_canManage = roleAllows(m_session.user().role, Permission::ManageUsers);
    m_intro->setText(m_canManage
                         ? tr("Deactivated users keep their history but can no longer log in or "
                              "act. A new role applies on other PCs when the user next starts "
                              "Fremdrift.")
                         : tr("Only an administrator may add users, set their passwords, change "
                              "their roles or deactivate them."));
    for (QPushButton *button : {m_add, m_password, m_role, m_deactivate})
        button->setVisible(m_canManage);
}

void UsersDialog::updateActions()
{
    const bool writable = !m_session.database().isReadOnly();
    bool active = false;
    for (QTableWidgetItem *item : m_table->selectedItems()) {
        if (item->column() == NameColumn)
            active = item->data(Qt::UserRole + 1).toBool();
    }
    m_add->setEnabled(writable);
    m_password->setEnabled(writable && active);
    m_role->setEnabled(m_canManage && writable && active);
    m_deactivate->setEnabled(writable && active);
}

void UsersDialog::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_bar->showMessage(text, error ? MessageBar::Kind::Error : MessageBar::Kind::Information);
}

void UsersDialog::addUser()
{
    // Core decides; asking first spares a refused user filling in the form.
    if (Status allowed = requirePermission(m_session.user(), Permission::ManageUsers); !allowed) {
        showMessage(allowed.error().message, true);
        return;
    }
    const std::optional<StaffUser> added = NewUserDialog::ask(this, m_session);
    if (!added)
        return;
    m_changed = true;
    reload();
    selectUser(added->username);
    showMessage(tr("%1 is added as %2.").arg(added->fullName, roleName(added->role)), false);
}

void UsersDialog::setPassword()
{
    const std::optional<StaffUser> user = selectedUser();
    if (!user)
        return;
    bool set = false;
    if (user->id == m_session.user().id) {
        // One's own password needs the current one: the dialog for that.
        set = PasswordDialog::ask(this, m_session);
    } else {
        if (Status allowed = requirePermission(m_session.user(), Permission::ManageUsers);
            !allowed) {
            showMessage(allowed.error().message, true);
            return;
        }
        set = StaffPasswordDialog::ask(this, m_session, *user);
    }
    if (!set)
        return;
    m_changed = true;
    reload();
    showMessage(tr("The password of %1 is set.").arg(user->fullName), false);
}

void UsersDialog::changeRole()
{
    if (selectedUsername().isEmpty())
        return;
    // Core decides; asking first spares a refused user picking a role.
    if (Status allowed = requirePermission(m_session.user(), Permission::ManageUsers); !allowed) {
        showMessage(allowed.error().message, true);
        return;
    }
    const std::optional<StaffUser> user = selectedUser();
    if (!user)
        return;
    const std::optional<Role> role = RoleDialog::ask(this, *user);
    if (!role)
        return;
    if (Status done = Accounts::setRole(m_session, user->username, *role); !done) {
        showMessage(done.error().message, true);
        return;
    }
    m_changed = true;
    applyPermissions(); // one's own role may have changed
    reload();
    showMessage(tr("%1 is now %2.").arg(user->fullName, roleName(*role)), false);
}

void UsersDialog::deactivate()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    QString name = username;
    for (QTableWidgetItem *item : m_table->selectedItems()) {
        if (item->column() == NameColumn)
            name = item->text();
    }
    const auto answer = MessageBox::question(
        this,
        tr("Deactivate user"),
        tr("Deactivate %1? They can no longer log in or act. Nothing they did is deleted, "
           "and their history stays.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status done = Accounts::deactivate(m_session, username); !done) {
        showMessage(done.error().message, true);
        return;
    }
    m_changed = true;
    reload();
    showMessage(tr("%1 is deactivated.").arg(name), false);
}

// ---- NewUserDialog

NewUserDialog::NewUserDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(roleCombo(this))
    , m_title(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_bar(new MessageBar(this))
{
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_title->setObjectName(QStringLiteral("title"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_title->setPlaceholderText(tr("e.g. Social worker"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&peat it:"), m_repeat);
    form->addRow(hintLabel(
        tr("A password needs at least %n characters.", nullptr, Passwords::MinimumLength), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

std::optional<StaffUser> NewUserDialog::ask(QWidget *parent, Session &session)
{
    NewUserDialog dialog(session, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.added();
}

void NewUserDialog::accept()
{
    QString problem;
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ. Type the same one twice.");
    } else {
        Accounts::NewUser user;
        user.username = m_username->text().trimmed();
        user.fullName = m_fullName->text().trimmed();
        user.role = Role(m_role->currentData().toInt());
        user.title = m_title->text().trimmed();
        user.password = m_password->text();
        auto added = Accounts::addUser(m_session, user);
        if (added)
            m_added = *added;
        else
            problem = added.error().message;
    }
    if (!problem.isEmpty()) {
        m_message = problem;
        m_bar->showMessage(problem, MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}

// ---- StaffPasswordDialog

StaffPasswordDialog::StaffPasswordDialog(Session &session, const StaffUser &user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_user(user)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_bar(new MessageBar(this))
{
    setWindowTitle(tr("Set password"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(tr("A new password for %1 (%2). Tell it to them in person; they "
                                "can change it themselves later.")
                                 .arg(user.fullName, user.username),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(hintLabel(
        tr("A password needs at least %n characters.", nullptr, Passwords::MinimumLength), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffPasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool StaffPasswordDialog::ask(QWidget *parent, Session &session, const StaffUser &user)
{
    StaffPasswordDialog dialog(session, user, parent);
    return run(dialog);
}

void StaffPasswordDialog::accept()
{
    QString problem;
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ. Type the same one twice.");
    } else if (Status set
               = Accounts::setPassword(m_session, m_user.username, {}, m_password->text());
               !set) {
        problem = set.error().message;
    }
    if (!problem.isEmpty()) {
        m_message = problem;
        m_bar->showMessage(problem, MessageBar::Kind::Error);
        return;
    }
    QDialog::accept();
}

// ---- RoleDialog

RoleDialog::RoleDialog(const StaffUser &user, QWidget *parent)
    : QDialog(parent)
    , m_role(roleCombo(this))
{
    setWindowTitle(tr("Change role"));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    auto *intro = new QLabel(
        tr("The role of %1 (%2) decides what they may do.").arg(user.fullName, user.username),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

std::optional<Role> RoleDialog::ask(QWidget *parent, const StaffUser &user)
{
    RoleDialog dialog(user, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.role();
}

Role RoleDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

} // namespace fremdrift
