#pragma once

#include "pages/page.h"

#include <QByteArray>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fremdrift {

class Database;

// Language, the open database's facts and check, and the office's letterhead: name, postal
// address, contact, organisation number and logo, as every letter prints them. Only an
// administrator changes the letterhead (OfficeDetailsStore::save checks ManageOffice in core);
// others see it read-only with the reason.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;

    // Selects `code` in the language list without emitting languageChangeRequested.
    void setCurrentLanguage(const QString &code);

    // The logo from an image file (scaled down to what a letter prints); false, with a
    // message, when the file is not an image. Saved with the letterhead.
    bool setLogoFromFile(const QString &path);
    // Saves the letterhead as the fields show it; false when refused (the message says why).
    bool saveLetterhead();
    QGroupBox *letterheadBox() const { return m_letterheadBox; }

signals:
    void languageChangeRequested(const QString &code);
    // The acting staff user changed: pages show what this user may do.
    void userChanged();

private:
    QGroupBox *createLetterheadBox();
    void loadLetterhead();
    void updateLetterheadAccess();
    void chooseLogo();
    void showLogo();
    void checkDatabase();

    void switchUser();
    void manageUsers();

    Session *m_session = nullptr;
    Database *m_database = nullptr;
    QComboBox *m_language;
    QComboBox *m_user;
    QGroupBox *m_letterheadBox = nullptr;
    QLineEdit *m_officeName = nullptr;
    QPlainTextEdit *m_officeAddress = nullptr;
    QLineEdit *m_officePhone = nullptr;
    QLineEdit *m_officeEmail = nullptr;
    QLineEdit *m_officeWeb = nullptr;
    QLineEdit *m_officeOrgNumber = nullptr;
    QLabel *m_logo = nullptr;
    QByteArray m_logoPng;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QPushButton *m_saveOffice = nullptr;
    QLabel *m_letterheadAccess = nullptr;
    QLabel *m_path;
    QLabel *m_jurisdiction;
    QLabel *m_schema;
    QLabel *m_access;
    QPushButton *m_check;
    QPushButton *m_users;
};

} // namespace fremdrift
