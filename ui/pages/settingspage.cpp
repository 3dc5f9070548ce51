#include "pages/settingspage.h"

#include "i18n/language.h"
#include "jurisdictionnames.h"
#include "login/logindialog.h"
#include "security/accounts.h"
#include "storage/database.h"
#include "users/usersdialog.h"
#include "workflow/session.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent)
    , m_language(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_officeName(new QLineEdit(this))
    , m_saveOffice(new QPushButton(tr("Save"), this))
    , m_path(selectableLabel(this))
    , m_jurisdiction(selectableLabel(this))
    , m_schema(selectableLabel(this))
    , m_access(selectableLabel(this))
    , m_check(new QPushButton(tr("Check the database"), this))
    , m_users(new QPushButton(tr("Staff users…"), this))
{
    for (const QString &code : supportedLanguages())
        m_language->addItem(languageNativeName(code), code);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    languageForm->addRow(tr("Interface language:"), languageRow);
    auto *languageHint = new QLabel(tr("The language of menus and messages. The country's rules "
                                       "and legal terms follow the database."),
                                    languageBox);
    languageHint->setWordWrap(true);
    languageForm->addRow(languageHint);

    auto *officeRow = new QHBoxLayout;
    officeRow->addWidget(m_officeName, 1);
    officeRow->addWidget(m_saveOffice);
    m_officeName->setPlaceholderText(tr("e.g. Nordby municipality, care services office"));

    auto *databaseBox = new QGroupBox(tr("Database"), this);
    auto *databaseForm = new QFormLayout(databaseBox);
    databaseForm->addRow(tr("Office name:"), officeRow);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_user);
    m_users->setObjectName(QStringLiteral("staffUsers"));
    userRow->addWidget(m_users);
    userRow->addStretch(1);
    databaseForm->addRow(tr("Working as:"), userRow);
    databaseForm->addRow(tr("File:"), m_path);
    databaseForm->addRow(tr("Country's rules:"), m_jurisdiction);
    databaseForm->addRow(tr("Schema version:"), m_schema);
    databaseForm->addRow(tr("Access:"), m_access);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    databaseForm->addRow(QString(), checkRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(languageBox);
    layout->addWidget(databaseBox);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        emit languageChangeRequested(m_language->currentData().toString());
    });
    connect(m_saveOffice, &QPushButton::clicked, this, &SettingsPage::saveOfficeName);
    connect(m_officeName, &QLineEdit::returnPressed, this, &SettingsPage::saveOfficeName);
    connect(m_check, &QPushButton::clicked, this, &SettingsPage::checkDatabase);
    connect(m_user, &QComboBox::activated, this, &SettingsPage::switchUser);
    connect(m_users, &QPushButton::clicked, this, &SettingsPage::manageUsers);
}

void SettingsPage::setCurrentLanguage(const QString &code)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(m_language->findData(code));
}

void SettingsPage::setSession(Session *session)
{
    m_session = session;
    Database *database = session ? &session->database() : nullptr;
    m_database = database;
    const bool open = database != nullptr;
    m_user->clear();
    m_user->setEnabled(open);
    if (open) {
        if (auto users = session->users()) {
            for (const StaffUser &user : std::as_const(*users)) {
                if (!user.active)
                    continue;
                m_user->addItem(QStringLiteral("%1 (%2)").arg(user.fullName, roleName(user.role)),
                                user.username);
            }
        }
        m_user->setCurrentIndex(m_user->findData(session->user().username));
    }
    const bool writable = open && !database->isReadOnly();
    m_officeName->setEnabled(writable);
    m_saveOffice->setEnabled(writable);
    m_check->setEnabled(open);
    m_users->setEnabled(open);
    if (!open) {
        m_officeName->clear();
        for (QLabel *label : {m_path, m_jurisdiction, m_schema, m_access})
            label->setText(tr("No database is open"));
        return;
    }
    const auto office = database->setting(QStringLiteral("office_name"));
    m_officeName->setText(office ? *office : QString());
    m_path->setText(QDir::toNativeSeparators(database->path()));
    m_jurisdiction->setText(jurisdictionName(database->jurisdiction()));
    m_schema->setText(QString::number(database->schemaVersion()));
    m_access->setText(database->isReadOnly() ? tr("Read-only: %1").arg(database->readOnlyReason())
                                             : tr("Can be changed"));
}

void SettingsPage::switchUser()
{
    if (!m_session)
        return;
    const QString username = m_user->currentData().toString();
    if (username.compare(m_session->user().username, Qt::CaseInsensitive) == 0)
        return;
    // In an office with logins, working as someone else takes their password.
    const auto required = Accounts::loginRequired(m_session->database());
    if (!required || (*required && !LoginDialog::ask(this, m_session->database(), username))) {
        if (!required)
            emit message(required.error().message, true);
        m_user->setCurrentIndex(m_user->findData(m_session->user().username));
        return;
    }
    const Status switched = m_session->switchUser(username);
    if (!switched) {
        emit message(switched.error().message, true);
        m_user->setCurrentIndex(m_user->findData(m_session->user().username));
        return;
    }
    emit userChanged();
}

void SettingsPage::manageUsers()
{
    if (!m_session)
        return;
    // New and deactivated users change who one can work as.
    if (UsersDialog::ask(this, *m_session))
        setSession(m_session);
}

void SettingsPage::saveOfficeName()
{
    if (!m_database)
        return;
    const QString name = m_officeName->text().trimmed();
    const Status saved = m_database->setSetting(QStringLiteral("office_name"), name);
    if (!saved)
        emit message(saved.error().message, true);
    else
        emit message(tr("The office name is saved."), false);
}

void SettingsPage::checkDatabase()
{
    if (!m_database)
        return;
    const Database::Check check = m_database->check();
    if (check.sound)
        emit message(tr("The database is sound: the whole file was read and every rule holds."),
                     false);
    else
        emit message(tr("The database has problems:") + u'\n' + check.problems.join(u'\n'), true);
}

} // namespace fremdrift
