#include "clients/clienteditor.h"
#include "ui_clienteditor.h"

#include "domain/json.h"
#include "domain/nationalid.h"
#include "storage/database.h"
#include "storage/leasekeeper.h"
#include "widgets/mergedialog.h"
#include "workflow/clientrules.h"
#include "workflow/permissions.h"
#include "workflow/recordmerge.h"
#include "workflow/session.h"

#include <algorithm>

#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace fremdrift {

ClientEditor::ClientEditor(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_repository(session)
    , m_ui(std::make_unique<Ui::ClientEditor>())
{
    m_ui->setupUi(this);
    m_editable = !session.database().isReadOnly()
                 && roleAllows(session.user().role, Permission::EditCases);
    m_mayEdit = m_editable;
    m_takeOverButton = m_ui->buttonBox->addButton(tr("&Take over"), QDialogButtonBox::ActionRole);
    m_takeOverButton->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOverButton->hide();
    connect(m_takeOverButton, &QPushButton::clicked, this, &ClientEditor::takeOver);
    m_mergeButton = MergeDialog::createButton(this);
    m_ui->buttonBox->addButton(m_mergeButton, QDialogButtonBox::ActionRole);
    m_mergeButton->hide(); // until a save meets a conflict
    connect(m_mergeButton, &QPushButton::clicked, this, &ClientEditor::compareAndMerge);
    // While someone else edits, look now and then whether they still do.
    m_leaseCheck = new QTimer(this);
    m_leaseCheck->setInterval(10 * 1000);
    connect(m_leaseCheck, &QTimer::timeout, this, &ClientEditor::checkLease);
    m_ui->notesEdit->setMaximumHeight(90);
    m_ui->nationalIdEdit->setClearButtonEnabled(true);
    m_ui->postalCodeEdit->setAccessibleName(tr("Postal code"));
    m_ui->cityEdit->setAccessibleName(tr("City"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_editable);
    fillChoices();
    registerFields();
    connect(
        m_ui->nationalIdEdit, &QLineEdit::textChanged, this, &ClientEditor::checkNationalIdAsTyped);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ClientEditor::reject);
    connect(m_ui->messagePanel, &FormMessagePanel::reloadRequested, this, &ClientEditor::reload);
    showClient(m_client);
}

ClientEditor::~ClientEditor() = default;

void ClientEditor::fillChoices()
{
    for (ConsentCompetence value : {ConsentCompetence::NotAssessed,
                                    ConsentCompetence::Full,
                                    ConsentCompetence::Partial,
                                    ConsentCompetence::None})
        m_ui->consentCombo->addItem(consentName(value), int(value));
    for (IndividualPlan value : {IndividualPlan::No, IndividualPlan::Yes, IndividualPlan::Needed})
        m_ui->planCombo->addItem(individualPlanName(value), int(value));
    if (auto units = m_repository.units()) {
        m_units = *units;
        for (const Unit &unit : std::as_const(m_units))
            m_ui->unitCombo->addItem(unit.name, unit.id);
    }
    m_ui->unitCombo->lineEdit()->setPlaceholderText(tr("Choose or type a new unit"));
    fillCaseworkers();
}

void ClientEditor::fillCaseworkers()
{
    m_ui->caseworkerCombo->addItem(tr("(nobody yet)"));
    auto users = m_session.users();
    if (!users)
        return;
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.active && user.role != Role::ReadOnly)
            m_ui->caseworkerCombo->addItem(user.fullName, user.id);
    }
}

void ClientEditor::registerFields()
{
    const std::pair<const char *, QWidget *> fields[] = {
        {"national_id", m_ui->nationalIdEdit},
        {"given_name", m_ui->givenNameEdit},
        {"family_name", m_ui->familyNameEdit},
        {"birth_date", m_ui->birthDateEdit},
        {"address_line", m_ui->addressEdit},
        {"postal_code", m_ui->postalCodeEdit},
        {"city", m_ui->cityEdit},
        {"phone", m_ui->phoneEdit},
        {"email", m_ui->emailEdit},
        {"unit_id", m_ui->unitCombo},
        {"unit", m_ui->unitCombo},
        {"caseworker_id", m_ui->caseworkerCombo},
        {"gp_name", m_ui->gpNameEdit},
        {"gp_practice", m_ui->gpPracticeEdit},
        {"gp_phone", m_ui->gpPhoneEdit},
        {"consent_competence", m_ui->consentCombo},
        {"consent_assessed_on", m_ui->consentDateEdit},
        {"consent_assessed_by", m_ui->consentByEdit},
        {"individual_plan", m_ui->planCombo},
        {"individual_plan_coordinator", m_ui->coordinatorEdit},
        {"notes", m_ui->notesEdit},
    };
    for (const auto &[field, widget] : fields)
        m_marker.add(QString::fromLatin1(field), widget);
}

void ClientEditor::setClient(const Client &client)
{
    m_client = client;
    updateLease();
    showClient(client);
}

// An existing client that this user may change is leased while the editor is open: if
// someone else holds the lease, the form stays read-only and says who.
void ClientEditor::updateLease()
{
    if (m_client.id == 0 || !m_mayEdit) {
        delete m_lease;
        m_lease = nullptr;
        m_heldBy.reset();
    } else if (!m_lease || !m_lease->isHeld()) {
        if (!m_lease) {
            m_lease = new LeaseKeeper(
                m_session, QStringLiteral("client"), m_client.id, Leases::DefaultTtl, this);
            connect(this, &QDialog::finished, m_lease, &LeaseKeeper::release);
            // Someone took it over (this PC stopped renewing for a while): what the form holds
            // stays, for copying, but it can no longer be saved.
            connect(m_lease, &LeaseKeeper::lost, this, [this](const QString &message) {
                m_editable = false;
                m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
                m_ui->messagePanel->showError(message);
            });
        }
        m_heldBy.reset();
        m_leaseGone = false;
        if (auto taken = m_lease->start(); !taken && taken.error().code == Error::Code::Conflict) {
            auto holder
                = Leases::current(m_session.database(), QStringLiteral("client"), m_client.id);
            if (holder && *holder)
                m_heldBy = **holder;
        }
        // Any other failure (a busy or full disk) leaves the form editable: saving still
        // refuses to overwrite someone else's changes.
    }
    m_editable = m_mayEdit && !m_heldBy;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_editable);
    m_takeOverButton->setVisible(m_heldBy && m_leaseGone);
    if (m_heldBy)
        m_leaseCheck->start();
    else
        m_leaseCheck->stop();
}

void ClientEditor::checkLease()
{
    if (!m_heldBy)
        return;
    auto holder = Leases::current(m_session.database(), QStringLiteral("client"), m_client.id);
    if (!holder)
        return;
    m_leaseGone = !*holder || (*holder)->stale() || Leases::isOurs(m_session, **holder);
    if (*holder && !Leases::isOurs(m_session, **holder))
        m_heldBy = **holder;
    m_takeOverButton->setVisible(m_leaseGone);
    m_ui->messagePanel->showWarning(leaseMessage());
}

void ClientEditor::takeOver()
{
    if (!m_lease)
        return;
    auto taken = m_lease->takeOver();
    if (!taken) {
        m_ui->messagePanel->showError(taken.error().message);
        return;
    }
    m_heldBy.reset();
    m_leaseGone = false;
    // What they saved meanwhile is read before this user changes anything.
    auto fresh = m_repository.get(m_client.id);
    setClient(fresh ? *fresh : m_client);
}

QString ClientEditor::leaseMessage() const
{
    if (!m_heldBy)
        return {};
    if (m_leaseGone)
        return tr("%1 They are no longer editing it: you can take over.")
            .arg(Leases::describe(*m_heldBy));
    return Leases::describe(*m_heldBy);
}

QString ClientEditor::messageText() const
{
    return m_ui->messagePanel->text();
}

void ClientEditor::showClient(const Client &client)
{
    m_marker.clear();
    m_ui->messagePanel->clear();
    m_mergeButton->hide();
    const JurisdictionCode jurisdiction = m_session.database().jurisdiction();
    m_ui->nationalIdEdit->setText(formatNationalId(jurisdiction, client.nationalId));
    m_ui->givenNameEdit->setText(client.givenName);
    m_ui->familyNameEdit->setText(client.familyName);
    m_ui->birthDateEdit->setOptionalDate(client.birthDate);
    m_ui->addressEdit->setText(client.addressLine);
    m_ui->postalCodeEdit->setText(client.postalCode);
    m_ui->cityEdit->setText(client.city);
    m_ui->phoneEdit->setText(client.phone);
    m_ui->emailEdit->setText(client.email);
    m_ui->unitCombo->setCurrentText(client.unitName);
    const int caseworker
        = client.caseworkerId ? m_ui->caseworkerCombo->findData(*client.caseworkerId) : 0;
    // Someone no longer active keeps their clients until they are handed over.
    if (caseworker < 0)
        m_ui->caseworkerCombo->addItem(client.caseworkerName, *client.caseworkerId);
    m_ui->caseworkerCombo->setCurrentIndex(caseworker < 0 ? m_ui->caseworkerCombo->count() - 1
                                                          : caseworker);
    m_ui->gpNameEdit->setText(client.gpName);
    m_ui->gpPracticeEdit->setText(client.gpPractice);
    m_ui->gpPhoneEdit->setText(client.gpPhone);
    m_ui->consentCombo->setCurrentIndex(m_ui->consentCombo->findData(int(client.consent)));
    m_ui->consentDateEdit->setOptionalDate(client.consentAssessedOn);
    m_ui->consentByEdit->setText(client.consentAssessedBy);
    m_ui->planCombo->setCurrentIndex(m_ui->planCombo->findData(int(client.individualPlan)));
    m_ui->coordinatorEdit->setText(client.individualPlanCoordinator);
    m_ui->notesEdit->setPlainText(client.notes);
    checkNationalIdAsTyped();
    updateTitle();
    const QList<QWidget *> parts
        = {m_ui->personGroup, m_ui->careGroup, m_ui->gpGroup, m_ui->consentGroup, m_ui->planGroup};
    for (QWidget *part : parts)
        part->setEnabled(m_editable);
    m_ui->notesEdit->setReadOnly(!m_editable);
    if (m_heldBy)
        m_ui->messagePanel->showWarning(leaseMessage());
    else if (!m_editable)
        m_ui->messagePanel->showWarning(tr("You can read this record but not change it."));
}

void ClientEditor::updateTitle()
{
    setWindowTitle(m_client.id == 0 ? tr("New client") : tr("Client: %1").arg(m_client.fullName()));
}

Client ClientEditor::clientFromForm() const
{
    Client client = m_client;
    client.nationalId = m_ui->nationalIdEdit->text().trimmed();
    client.givenName = m_ui->givenNameEdit->text();
    client.familyName = m_ui->familyNameEdit->text();
    client.birthDate = m_ui->birthDateEdit->optionalDate();
    client.addressLine = m_ui->addressEdit->text().trimmed();
    client.postalCode = m_ui->postalCodeEdit->text().trimmed();
    client.city = m_ui->cityEdit->text().trimmed();
    client.phone = m_ui->phoneEdit->text().trimmed();
    client.email = m_ui->emailEdit->text().trimmed();
    // The unit is saved by the name typed (see save()).
    client.unitName = m_ui->unitCombo->currentText().trimmed();
    const QVariant caseworker = m_ui->caseworkerCombo->currentData();
    client.caseworkerId
        = caseworker.isValid() ? std::optional(caseworker.toLongLong()) : std::nullopt;
    client.gpName = m_ui->gpNameEdit->text().trimmed();
    client.gpPractice = m_ui->gpPracticeEdit->text().trimmed();
    client.gpPhone = m_ui->gpPhoneEdit->text().trimmed();
    client.consent = ConsentCompetence(m_ui->consentCombo->currentData().toInt());
    client.consentAssessedOn = m_ui->consentDateEdit->optionalDate();
    client.consentAssessedBy = m_ui->consentByEdit->text().trimmed();
    client.individualPlan = IndividualPlan(m_ui->planCombo->currentData().toInt());
    client.individualPlanCoordinator = m_ui->coordinatorEdit->text().trimmed();
    client.notes = m_ui->notesEdit->toPlainText().trimmed();
    return client;
}

void ClientEditor::checkNationalIdAsTyped()
{
    const QString text = m_ui->nationalIdEdit->text();
    const bool empty = text.trimmed().isEmpty();
    // The birth date follows from a national ID; without one it is typed.
    m_ui->birthDateEdit->setEnabled(empty);
    if (empty) {
        showNationalIdStatus(tr("Optional. Without it, enter the birth date."), QString());
        return;
    }
    NationalIdOptions options;
    options.allowSynthetic = m_session.isTestDatabase();
    options.today = m_session.today();
    const NationalIdCheck check
        = checkNationalId(m_session.database().jurisdiction(), text, options);
    if (check.valid)
        m_ui->birthDateEdit->setOptionalDate(check.birthDate);
    if (!check.valid)
        showNationalIdStatus(QStringLiteral("✗ ") + check.message, QStringLiteral("#b3261e"));
    else if (check.warning)
        showNationalIdStatus(QStringLiteral("⚠ ") + check.message, QStringLiteral("#8a5a00"));
    else
        showNationalIdStatus(QStringLiteral("✓ ") + check.message, QStringLiteral("#1e7b34"));
}

void ClientEditor::showNationalIdStatus(const QString &text, const QString &colour)
{
    m_ui->nationalIdStatus->setText(text);
    m_ui->nationalIdStatus->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("color: %1").arg(colour));
    m_ui->nationalIdEdit->setAccessibleDescription(text);
}

bool ClientEditor::save()
{
    m_marker.clear();
    m_ui->messagePanel->clear();
    m_mergeButton->hide();
    m_warnings.clear();
    Client client = clientFromForm();
    // The unit by the name typed: found regardless of case, or added with the client in one
    // transaction, so a refused form leaves no new unit behind.
    const QString unit = m_ui->unitCombo->currentText().trimmed();
    client.unitId.reset();
    auto saved = m_repository.save(client, unit, &m_warnings);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_client = *saved;
    if (saved->unitId && !unit.isEmpty()
        && std::none_of(m_units.cbegin(), m_units.cend(), [&](const Unit &known) {
               return known.id == *saved->unitId;
           }))
        m_units.append({*saved->unitId, saved->unitName});
    return true;
}

void ClientEditor::accept()
{
    if (m_editable && save())
        QDialog::accept();
}

void ClientEditor::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty())
        showProblems(error.problems);
    else if (error.code == Error::Code::Conflict) {
        m_conflict = error.message;
        m_ui->messagePanel->showError(error.message, m_client.id != 0);
        m_mergeButton->setVisible(m_client.id != 0);
    } else
        m_ui->messagePanel->showError(
            error.detail.isEmpty() ? error.message : error.message + u'\n' + error.detail);
}

void ClientEditor::showProblems(const QList<FieldProblem> &problems)
{
    m_marker.mark(problems);
    m_ui->messagePanel->showProblems(tr("The client was not saved:"), problems);
    if (QWidget *first = m_marker.firstMarked())
        first->setFocus();
}

void ClientEditor::reload()
{
    auto fresh = m_repository.get(m_client.id);
    if (!fresh) {
        m_ui->messagePanel->showError(fresh.error().message);
        return;
    }
    setClient(*fresh);
    m_ui->messagePanel->showWarning(tr("This is the client as now saved. Make your changes "
                                       "again and save."));
}

bool ClientEditor::compareAndMerge()
{
    auto theirs = m_repository.get(m_client.id);
    if (!theirs) {
        showError(theirs.error());
        return false;
    }
    // Mine as it would be stored (the national ID in its storage form), so that a number shown
    // with a space is not taken for a change. What it lacks is said when it is saved.
    Client mine = clientFromForm();
    checkClient(mine, m_session);
    const MergeDialog::Presentation presentation{
        [this](const QString &field) { return fieldLabel(field); },
        [this](const QString &field, const QJsonValue &value) {
            return fieldValue(field, value);
        }};
    // The unit is saved by its name: its id follows from that.
    const QStringList readAlong
        = {QStringLiteral("name"), QStringLiteral("caseworker"), QStringLiteral("unit_id")};
    const auto mergedJson = MergeDialog::merge(
        this, m_conflict, toJson(m_client), toJson(mine), toJson(*theirs), presentation, readAlong);
    if (!mergedJson)
        return false;
    auto merged = clientFromJson(*mergedJson);
    if (!merged) {
        showError(merged.error());
        return false;
    }
    // Theirs is what is stored now: the merge is saved over it and, should someone save yet
    // again meanwhile, compared with it.
    m_client = *theirs;
    showClient(*merged);
    if (!save())
        return false;
    showClient(m_client);
    m_ui->messagePanel->showWarning(MergeDialog::mergedText());
    return true;
}

// The field's label in the form ("Phone"), or its accessible name where one label shows two.
QString ClientEditor::fieldLabel(const QString &field) const
{
    if (field == u"national_id_kind")
        return tr("Kind of national ID");
    const QString label = m_marker.label(field);
    return label.isEmpty() ? field : label;
}

// A value as the form shows it: names for ids and choices, national IDs formatted.
QString ClientEditor::fieldValue(const QString &field, const QJsonValue &value) const
{
    const QString text = value.toString();
    if (field == u"caseworker_id" && value.isDouble()) {
        const int index = m_ui->caseworkerCombo->findData(value.toInteger());
        if (index >= 0)
            return m_ui->caseworkerCombo->itemText(index);
    } else if (field == u"national_id" && !text.isEmpty()) {
        return formatNationalId(m_session.database().jurisdiction(), text);
    } else if (const QString choice = choiceName(field, text); !choice.isEmpty()) {
        return choice;
    }
    return MergeDialog::plainValue(value);
}

} // namespace fremdrift
