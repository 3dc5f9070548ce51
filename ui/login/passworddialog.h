#pragma once

#include "widgets/testabledialog.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fremdrift {

class Session;

// Changes the session user's own password: the current one (when there is one), the new one
// twice. Core checks the old password and the password rule; a refusal shows in the dialog.
class PasswordDialog final : public QDialog, public TestableDialog<PasswordDialog>
{
    Q_OBJECT

public:
    // True when the password was changed.
    static bool ask(QWidget *parent, Session &session);

    PasswordDialog(Session &session, QWidget *parent = nullptr);

    void setOldPassword(const QString &password);
    void setNewPassword(const QString &password, const QString &repeated);
    QString message() const;

    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace fremdrift
