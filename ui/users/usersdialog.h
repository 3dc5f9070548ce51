#pragma once

#include "domain/staffuser.h"
#include "widgets/testabledialog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fremdrift {

class MessageBar;
class Session;

// The staff users of the open database: who they are, their role, whether they are active and
// have a password. Administrators add users, set anyone's password, change roles and deactivate
// users (who keep their history). Every rule is checked in core; a refusal shows in the message
// bar.
class UsersDialog final : public QDialog, public TestableDialog<UsersDialog>
{
    Q_OBJECT

public:
    // Shows the dialog; true when a user was added, changed or deactivated (or a role changed).
    static bool ask(QWidget *parent, Session &session);

    explicit UsersDialog(Session &session, QWidget *parent = nullptr);

    // The table's rows are read again from the database.
    void reload();
    // Selects the row of `username`; false when there is none.
    bool selectUser(const QString &username);
    // The actions on the selected user, also what the buttons do.
    void addUser();
    void setPassword();
    void changeRole();
    void deactivate();

    // The message bar's text, shown or not (tests read it without showing the dialog).
    QString message() const { return m_message; }
    bool changed() const { return m_changed; }

private:
    QString selectedUsername() const;
    // The selected user as stored now; nothing (a message shown if reading failed) if none.
    std::optional<StaffUser> selectedUser();
    // Shows or hides the actions by the acting user's role, which a role change may alter.
    void applyPermissions();
    void updateActions();
    void showMessage(const QString &text, bool error);

    Session &m_session;
    MessageBar *m_bar;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_password;
    QPushButton *m_role;
    QPushButton *m_deactivate;
    QLabel *m_intro;
    QString m_message;
    bool m_canManage = false;
    bool m_changed = false;
};

// A new staff user: user name, full name, role, title and the first password twice. OK asks
// core to add the user; a refusal shows in the dialog, which stays open.
class NewUserDialog final : public QDialog, public TestableDialog<NewUserDialog>
{
    Q_OBJECT

public:
    // The user added, or nothing when cancelled.
    static std::optional<StaffUser> ask(QWidget *parent, Session &session);

    explicit NewUserDialog(Session &session, QWidget *parent = nullptr);

    QString message() const { return m_message; }
    std::optional<StaffUser> added() const { return m_added; }

    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_username;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_title;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    MessageBar *m_bar;
    QString m_message;
    std::optional<StaffUser> m_added;
};

// An administrator sets another user's password (no old password needed): the new one twice.
class StaffPasswordDialog final : public QDialog, public TestableDialog<StaffPasswordDialog>
{
    Q_OBJECT

public:
    // True when the password was set.
    static bool ask(QWidget *parent, Session &session, const StaffUser &user);

    StaffPasswordDialog(Session &session, const StaffUser &user, QWidget *parent = nullptr);

    QString message() const { return m_message; }

    void accept() override;

private:
    Session &m_session;
    StaffUser m_user;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    MessageBar *m_bar;
    QString m_message;
};

// Picks another role for a user, the current one chosen to begin with. Only picks: the users
// dialog asks core to change it and shows a refusal in its own message bar.
class RoleDialog final : public QDialog, public TestableDialog<RoleDialog>
{
    Q_OBJECT

public:
    // The role picked, or nothing when cancelled.
    static std::optional<Role> ask(QWidget *parent, const StaffUser &user);

    explicit RoleDialog(const StaffUser &user, QWidget *parent = nullptr);

    Role role() const;

private:
    QComboBox *m_role;
};

} // namespace fremdrift
