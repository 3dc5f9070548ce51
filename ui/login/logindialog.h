#pragma once

#include "domain/staffuser.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace fremdrift {

class Database;

// User name and password for a database with several users (Accounts::loginRequired). OK
// checks them in core; a refusal or a wait after repeated wrong passwords shows in the
// message line and the dialog stays open.
class LoginDialog final : public QDialog, public TestableDialog<LoginDialog>
{
    Q_OBJECT

public:
    // Asks until the login succeeds (the user) or the user cancels (nothing). With `username`,
    // asks for that user's password only (switching the acting user).
    static std::optional<StaffUser> ask(QWidget *parent,
                                        Database &database,
                                        const QString &username = {});

    LoginDialog(Database &database, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Fixes the user name: only the password is asked.
    void setFixedUsername(const QString &username);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    QString message() const;
    std::optional<StaffUser> user() const { return m_user; }

    void accept() override;

private:
    void showMessage(const QString &text);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database &m_database;
    std::optional<StaffUser> m_user;
};

} // namespace fremdrift
