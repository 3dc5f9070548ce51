#include "pages/settingspage.h"

#include "i18n/language.h"
#include "jurisdictionnames.h"
#include "letters/officedetails.h"
#include "login/logindialog.h"
#include "security/accounts.h"
#include "storage/database.h"
#include "users/usersdialog.h"
#include "widgets/windowhelpers.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

// The largest logo a letter prints (60 × 25 mm) at 300 dpi: a larger image only makes the
// database and every PDF bigger.
constexpr QSize LogoPrintPixels(709, 295);
constexpr QSize LogoThumbnail(160, 64);

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

    auto *databaseBox = new QGroupBox(tr("Database"), this);
    auto *databaseForm = new QFormLayout(databaseBox);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The button under the list rather than beside it: the column is half the page wide, and
    // a long name with its role needs the room.
    auto *userRow = new QVBoxLayout;
    userRow->addWidget(m_user, 0, Qt::AlignLeft);
    m_users->setObjectName(QStringLiteral("staffUsers"));
    userRow->addWidget(m_users, 0, Qt::AlignLeft);
    databaseForm->addRow(tr("Working as:"), userRow);
    databaseForm->addRow(tr("File:"), m_path);
    databaseForm->addRow(tr("Country's rules:"), m_jurisdiction);
    databaseForm->addRow(tr("Schema version:"), m_schema);
    databaseForm->addRow(tr("Access:"), m_access);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    databaseForm->addRow(QString(), checkRow);

    // Two columns, scrolled when the window is too small for them.
    auto *leftColumn = new QVBoxLayout;
    leftColumn->setSpacing(16);
    leftColumn->addWidget(languageBox);
    leftColumn->addWidget(databaseBox);
    leftColumn->addStretch(1);
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(createLetterheadBox());
    rightColumn->addStretch(1);
    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(24, 20, 24, 20);
    columns->setSpacing(16);
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        emit languageChangeRequested(m_language->currentData().toString());
    });
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
    m_check->setEnabled(open);
    m_users->setEnabled(open);
    loadLetterhead();
    updateLetterheadAccess();
    if (!open) {
        for (QLabel *label : {m_path, m_jurisdiction, m_schema, m_access})
            label->setText(tr("No database is open"));
        return;
    }
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
    // New and deactivated users change who one can work as, and an administrator who changed
    // their own role now has other rights: the pages enable their actions anew.
    const Role roleBefore = m_session->user().role;
    if (UsersDialog::ask(this, *m_session)) {
        setSession(m_session);
        if (m_session->user().role != roleBefore)
            emit userChanged();
    }
}

QGroupBox *SettingsPage::createLetterheadBox()
{
    m_letterheadBox = new QGroupBox(tr("Letterhead"), this);
    m_letterheadBox->setObjectName(QStringLiteral("letterheadBox"));
    QWidget *box = m_letterheadBox;
    m_officeName = new QLineEdit(box);
    m_officeName->setObjectName(QStringLiteral("officeName"));
    m_officeName->setPlaceholderText(tr("e.g. Nordby municipality, care services office"));
    m_officeAddress = new QPlainTextEdit(box);
    m_officeAddress->setObjectName(QStringLiteral("officeAddress"));
    m_officeAddress->setTabChangesFocus(true);
    m_officeAddress->setPlaceholderText(tr("One line each, e.g.\nPostboks 1234\n9615 Hammerfest"));
    m_officeAddress->setFixedHeight(4 * m_officeAddress->fontMetrics().lineSpacing() + 12);
    m_officePhone = new QLineEdit(box);
    m_officePhone->setObjectName(QStringLiteral("officePhone"));
    m_officeEmail = new QLineEdit(box);
    m_officeEmail->setObjectName(QStringLiteral("officeEmail"));
    m_officeWeb = new QLineEdit(box);
    m_officeWeb->setObjectName(QStringLiteral("officeWeb"));
    m_officeOrgNumber = new QLineEdit(box);
    m_officeOrgNumber->setObjectName(QStringLiteral("officeOrgNumber"));
    m_logo = new QLabel(box);
    m_logo->setObjectName(QStringLiteral("officeLogo"));
    m_logo->setFixedSize(LogoThumbnail + QSize(8, 8));
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton(tr("C&hoose image…"), box);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo = new QPushButton(tr("Re&move"), box);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    m_saveOffice = new QPushButton(tr("&Save letterhead"), box);
    m_saveOffice->setObjectName(QStringLiteral("saveLetterhead"));
    m_letterheadAccess = new QLabel(box);
    m_letterheadAccess->setObjectName(QStringLiteral("letterheadAccess"));
    m_letterheadAccess->setWordWrap(true);

    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveOffice);

    auto *form = new QFormLayout(box);
    form->addRow(m_letterheadAccess);
    form->addRow(buddyLabel(tr("Office &name:"), m_officeName, box), m_officeName);
    form->addRow(buddyLabel(tr("Postal &address:"), m_officeAddress, box), m_officeAddress);
    form->addRow(buddyLabel(tr("&Phone:"), m_officePhone, box), m_officePhone);
    form->addRow(buddyLabel(tr("&Email:"), m_officeEmail, box), m_officeEmail);
    form->addRow(buddyLabel(tr("&Web:"), m_officeWeb, box), m_officeWeb);
    form->addRow(buddyLabel(tr("&Organisation number:"), m_officeOrgNumber, box),
                 m_officeOrgNumber);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(saveRow);

    connect(m_chooseLogo, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    connect(m_saveOffice, &QPushButton::clicked, this, &SettingsPage::saveLetterhead);
    return m_letterheadBox;
}

void SettingsPage::loadLetterhead()
{
    OfficeDetails details;
    if (m_database) {
        auto loaded = OfficeDetailsStore::load(*m_database);
        if (loaded)
            details = std::move(loaded).value();
        else
            emit message(loaded.error().message, true);
    }
    m_officeName->setText(details.name);
    m_officeAddress->setPlainText(details.address.join(u'\n'));
    m_officePhone->setText(details.phone);
    m_officeEmail->setText(details.email);
    m_officeWeb->setText(details.web);
    m_officeOrgNumber->setText(details.orgNumber);
    m_logoPng = details.logoPng;
    showLogo();
}

void SettingsPage::updateLetterheadAccess()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const bool allowed = writable
                         && roleAllows(m_session->user().role, Permission::ManageOffice);
    for (QLineEdit *field :
         {m_officeName, m_officePhone, m_officeEmail, m_officeWeb, m_officeOrgNumber}) {
        field->setReadOnly(!allowed);
    }
    m_officeAddress->setReadOnly(!allowed);
    m_chooseLogo->setEnabled(allowed);
    m_removeLogo->setEnabled(allowed && !m_logoPng.isEmpty());
    m_saveOffice->setEnabled(allowed);
    m_letterheadBox->setEnabled(m_database != nullptr);
    QString reason;
    if (m_database && !writable) {
        reason = tr("The database is read-only: %1").arg(m_database->readOnlyReason());
    } else if (m_database && !allowed) {
        const StaffUser &user = m_session->user();
        reason = tr("Only an administrator can change the letterhead. You are working as %1 "
                    "(%2).")
                     .arg(user.fullName, roleName(user.role));
    }
    m_letterheadAccess->setText(reason);
    m_letterheadAccess->setVisible(!reason.isEmpty());
}

void SettingsPage::showLogo()
{
    QImage logo;
    if (!m_logoPng.isEmpty())
        logo.loadFromData(m_logoPng);
    if (logo.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(
            logo.scaled(LogoThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(m_chooseLogo->isEnabled() && !m_logoPng.isEmpty());
}

void SettingsPage::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the office's logo"), QString(),
        tr("Images (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        setLogoFromFile(path);
}

bool SettingsPage::setLogoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        emit message(tr("%1 is not an image Fremdrift can read: %2")
                         .arg(QDir::toNativeSeparators(path), reader.errorString()),
                     true);
        return false;
    }
    if (image.width() > LogoPrintPixels.width() || image.height() > LogoPrintPixels.height())
        image = image.scaled(LogoPrintPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
    return true;
}

bool SettingsPage::saveLetterhead()
{
    if (!m_session)
        return false;
    OfficeDetails details;
    details.name = m_officeName->text().trimmed();
    for (const QString &line : m_officeAddress->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            details.address << line.trimmed();
    }
    details.phone = m_officePhone->text().trimmed();
    details.email = m_officeEmail->text().trimmed();
    details.web = m_officeWeb->text().trimmed();
    details.orgNumber = m_officeOrgNumber->text().trimmed();
    details.logoPng = m_logoPng;
    const Status saved = OfficeDetailsStore::save(*m_session, details);
    if (!saved) {
        emit message(saved.error().message, true);
        return false;
    }
    emit message(tr("The letterhead is saved. Letters issued from now on print it."), false);
    return true;
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
