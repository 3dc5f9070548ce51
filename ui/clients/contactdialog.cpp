#include "clients/contactdialog.h"
#include "ui_contactdialog.h"

#include "domain/json.h"
#include "widgets/mergedialog.h"

#include <QPushButton>

namespace fremdrift {

ContactDialog::ContactDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_repository(session)
    , m_ui(std::make_unique<Ui::ContactDialog>())
{
    m_ui->setupUi(this);
    for (ContactRelation relation : {ContactRelation::Guardian,
                                     ContactRelation::Relative,
                                     ContactRelation::PrimaryContact,
                                     ContactRelation::Gp,
                                     ContactRelation::Specialist,
                                     ContactRelation::Supplier,
                                     ContactRelation::Other})
        m_ui->relationCombo->addItem(relationName(relation), int(relation));
    m_ui->postalCodeEdit->setAccessibleName(tr("Postal code"));
    m_ui->cityEdit->setAccessibleName(tr("City"));
    m_ui->receivesLettersCheck->setToolTip(tr("Copies of letters to the client go to this "
                                              "person too."));
    registerFields();
    // Only a member of the group can coordinate it.
    connect(m_ui->groupCheck, &QCheckBox::toggled, m_ui->coordinatorCheck, [this](bool member) {
        m_ui->coordinatorCheck->setEnabled(member);
        if (!member)
            m_ui->coordinatorCheck->setChecked(false);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(m_ui->messagePanel, &FormMessagePanel::reloadRequested, this, &ContactDialog::reload);
    m_mergeButton = MergeDialog::createButton(this);
    m_ui->buttonBox->addButton(m_mergeButton, QDialogButtonBox::ActionRole);
    m_mergeButton->hide(); // until a save meets a conflict
    connect(m_mergeButton, &QPushButton::clicked, this, &ContactDialog::compareAndMerge);
    showContact(m_contact);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::registerFields()
{
    const std::pair<const char *, QWidget *> fields[] = {
        {"relation", m_ui->relationCombo},
        {"name", m_ui->nameEdit},
        {"organisation", m_ui->organisationEdit},
        {"address_line", m_ui->addressEdit},
        {"postal_code", m_ui->postalCodeEdit},
        {"city", m_ui->cityEdit},
        {"phone", m_ui->phoneEdit},
        {"email", m_ui->emailEdit},
        {"nearest_relative", m_ui->nearestRelativeCheck},
        {"receives_letters", m_ui->receivesLettersCheck},
        {"in_responsibility_group", m_ui->groupCheck},
        {"group_coordinator", m_ui->coordinatorCheck},
    };
    for (const auto &[field, widget] : fields)
        m_marker.add(QString::fromLatin1(field), widget);
}

void ContactDialog::setContact(const Contact &contact)
{
    m_contact = contact;
    showContact(contact);
}

void ContactDialog::showContact(const Contact &contact)
{
    m_marker.clear();
    m_ui->messagePanel->clear();
    setWindowTitle(contact.id == 0 ? tr("New contact") : tr("Contact: %1").arg(contact.name));
    m_ui->relationCombo->setCurrentIndex(m_ui->relationCombo->findData(int(contact.relation)));
    m_ui->nameEdit->setText(contact.name);
    m_ui->organisationEdit->setText(contact.organisation);
    m_ui->addressEdit->setText(contact.addressLine);
    m_ui->postalCodeEdit->setText(contact.postalCode);
    m_ui->cityEdit->setText(contact.city);
    m_ui->phoneEdit->setText(contact.phone);
    m_ui->emailEdit->setText(contact.email);
    m_ui->nearestRelativeCheck->setChecked(contact.nearestRelative);
    m_ui->receivesLettersCheck->setChecked(contact.receivesLetters);
    m_ui->groupCheck->setChecked(contact.inResponsibilityGroup);
    m_ui->coordinatorCheck->setChecked(contact.groupCoordinator);
    m_ui->coordinatorCheck->setEnabled(contact.inResponsibilityGroup);
}

Contact ContactDialog::contactFromForm() const
{
    Contact contact = m_contact;
    contact.relation = ContactRelation(m_ui->relationCombo->currentData().toInt());
    contact.name = m_ui->nameEdit->text().trimmed();
    contact.organisation = m_ui->organisationEdit->text().trimmed();
    contact.addressLine = m_ui->addressEdit->text().trimmed();
    contact.postalCode = m_ui->postalCodeEdit->text().trimmed();
    contact.city = m_ui->cityEdit->text().trimmed();
    contact.phone = m_ui->phoneEdit->text().trimmed();
    contact.email = m_ui->emailEdit->text().trimmed();
    contact.nearestRelative = m_ui->nearestRelativeCheck->isChecked();
    contact.receivesLetters = m_ui->receivesLettersCheck->isChecked();
    contact.inResponsibilityGroup = m_ui->groupCheck->isChecked();
    contact.groupCoordinator = contact.inResponsibilityGroup && m_ui->coordinatorCheck->isChecked();
    return contact;
}

bool ContactDialog::save()
{
    m_marker.clear();
    m_ui->messagePanel->clear();
    m_mergeButton->hide();
    auto saved = m_repository.saveContact(contactFromForm());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_contact = *saved;
    return true;
}

void ContactDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ContactDialog::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty()) {
        m_marker.mark(error.problems);
        m_ui->messagePanel->showProblems(tr("The contact was not saved:"), error.problems);
        if (QWidget *first = m_marker.firstMarked())
            first->setFocus();
        return;
    }
    const bool conflict = error.code == Error::Code::Conflict && m_contact.id != 0;
    if (conflict)
        m_conflict = error.message;
    m_ui->messagePanel->showError(error.message, conflict);
    m_mergeButton->setVisible(conflict);
}

Result<Contact> ContactDialog::stored() const
{
    auto all = m_repository.contacts(m_contact.clientId);
    if (!all)
        return all.error();
    for (const Contact &contact : std::as_const(*all)) {
        if (contact.id == m_contact.id)
            return contact;
    }
    return makeError(Error::Code::NotFound,
                     tr("Someone has removed this contact in the meantime."));
}

void ContactDialog::reload()
{
    auto fresh = stored();
    if (!fresh) {
        m_ui->messagePanel->showError(fresh.error().message);
        m_mergeButton->hide();
        return;
    }
    setContact(*fresh);
    m_ui->messagePanel->showWarning(tr("This is the contact as now saved. Make your "
                                       "changes again and save."));
}

bool ContactDialog::compareAndMerge()
{
    auto theirs = stored();
    if (!theirs) {
        showError(theirs.error());
        m_mergeButton->hide();
        return false;
    }
    const MergeDialog::Presentation presentation{
        [this](const QString &field) {
            const QString label = m_marker.label(field);
            return label.isEmpty() ? field : label;
        },
        [](const QString &field, const QJsonValue &value) {
            const QString choice = choiceName(field, value.toString());
            return choice.isEmpty() ? MergeDialog::plainValue(value) : choice;
        }};
    const auto mergedJson = MergeDialog::merge(this,
                                               m_conflict,
                                               toJson(m_contact),
                                               toJson(contactFromForm()),
                                               toJson(*theirs),
                                               presentation);
    if (!mergedJson)
        return false;
    auto merged = contactFromJson(*mergedJson);
    if (!merged) {
        showError(merged.error());
        return false;
    }
    // Theirs is what is stored now: the merge is saved over it and, should someone save yet
    // again meanwhile, compared with it.
    m_contact = *theirs;
    showContact(*merged);
    if (!save())
        return false;
    showContact(m_contact);
    m_ui->messagePanel->showWarning(MergeDialog::mergedText());
    return true;
}

} // namespace fremdrift
