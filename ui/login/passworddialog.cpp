#include "login/passworddialog.h"

#include "security/accounts.h"
#include "security/passwords.h"
#include "workflow/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fremdrift {

PasswordDialog::PasswordDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Change password"));
    for (QLineEdit *edit : {m_old, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(tr("A new password for %1. It needs at least %n characters.",
                                nullptr,
                                Passwords::MinimumLength)
                                 .arg(session.user().fullName),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    const auto withPassword = Accounts::usersWithPassword(session.database());
    const bool hasPassword = !withPassword.ok() || withPassword->contains(session.user().id);
    if (hasPassword)
        form->addRow(tr("&Current password:"), m_old);
    else
        m_old->hide();
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool PasswordDialog::ask(QWidget *parent, Session &session)
{
    PasswordDialog dialog(session, parent);
    return run(dialog);
}

void PasswordDialog::setOldPassword(const QString &password)
{
    m_old->setText(password);
}

void PasswordDialog::setNewPassword(const QString &password, const QString &repeated)
{
    m_new->setText(password);
    m_repeat->setText(repeated);
}

QString PasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PasswordDialog::accept()
{
    QString problem;
    if (m_new->text() != m_repeat->text()) {
        problem = tr("The two new passwords differ. Type the same one twice.");
    } else if (Status changed = Accounts::setPassword(m_session, {}, m_old->text(), m_new->text());
               !changed) {
        problem = changed.error().message;
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace fremdrift
