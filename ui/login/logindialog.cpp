#include "login/logindialog.h"
#include "ui_logindialog.h"

#include "security/accounts.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QPushButton>

namespace fremdrift {

LoginDialog::LoginDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Several people work in %1. Log in with your user name and "
                                 "password.")
                                  .arg(QFileInfo(database.path()).fileName()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->messageLabel->setObjectName(QStringLiteral("loginMessage"));
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->usernameEdit->setText(Database::computerLogin());
    m_ui->passwordEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

std::optional<StaffUser> LoginDialog::ask(QWidget *parent,
                                          Database &database,
                                          const QString &username)
{
    LoginDialog dialog(database, parent);
    if (!username.isEmpty())
        dialog.setFixedUsername(username);
    if (!run(dialog))
        return std::nullopt;
    return dialog.user();
}

void LoginDialog::setFixedUsername(const QString &username)
{
    setUsername(username);
    m_ui->usernameEdit->setReadOnly(true);
    setWindowTitle(tr("Password for %1").arg(username));
}

void LoginDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
}

void LoginDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QString LoginDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void LoginDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void LoginDialog::accept()
{
    const QString username = m_ui->usernameEdit->text().trimmed();
    if (username.isEmpty()) {
        showMessage(tr("Type your user name."));
        m_ui->usernameEdit->setFocus();
        return;
    }
    auto user = Accounts::login(m_database, username, m_ui->passwordEdit->text());
    if (!user) {
        showMessage(user.error().message);
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_user = *user;
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace fremdrift
