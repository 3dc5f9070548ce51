#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fremdrift {

class Database;

// Language, the office's name and the open database's facts and check.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;

    // Selects `code` in the language list without emitting languageChangeRequested.
    void setCurrentLanguage(const QString &code);

signals:
    void languageChangeRequested(const QString &code);
    // The acting staff user changed: pages show what this user may do.
    void userChanged();

private:
    void saveOfficeName();
    void checkDatabase();

    void switchUser();
    void manageUsers();

    Session *m_session = nullptr;
    Database *m_database = nullptr;
    QComboBox *m_language;
    QComboBox *m_user;
    QLineEdit *m_officeName;
    QPushButton *m_saveOffice;
    QLabel *m_path;
    QLabel *m_jurisdiction;
    QLabel *m_schema;
    QLabel *m_access;
    QPushButton *m_check;
    QPushButton *m_users;
};

} // namespace fremdrift
