#include "decisions/decisioneditor.h"

#include "decisions/commentdialog.h"
#include "decisions/decisiondatesform.h"
#include "decisions/decisionformat.h"
#include "decisions/decisionheader.h"
#include "decisions/decisionsectionstab.h"
#include "decisions/decisionservicesmodel.h"
#include "decisions/decisionservicespanel.h"
#include "decisions/senddialog.h"
#include "domain/json.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "messagebar.h"
#include "messagebox.h"
#include "repository/decisionrepository.h"
#include "storage/database.h"
#include "storage/leasekeeper.h"
#include "widgets/mergedialog.h"
#include "widgets/windowhelpers.h"
#include "workflow/permissions.h"
#include "workflow/recordmerge.h"
#include "workflow/session.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fremdrift {

DecisionEditor::DecisionEditor(Session &session, Decision decision, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_decision(std::move(decision))
{
    setObjectName(QStringLiteral("decisionEditor"));
    setSizeGripEnabled(true);
    setMinimumSize(760, 520);
    if (auto previous = DecisionRepository(m_session).previous(m_decision))
        m_previous = std::move(previous).value();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createDecisionTab(), tr("Basis, dates and services"));
    m_sectionsTab = new DecisionSectionsTab(this);
    m_tabs->addTab(m_sectionsTab, tr("Text sections"));
    m_header = new DecisionHeader(this);
    connect(m_header->reloadButton(), &QPushButton::clicked, this, &DecisionEditor::reload);
    // While someone else edits, look now and then whether they still do.
    m_leaseCheck = new QTimer(this);
    m_leaseCheck->setInterval(10 * 1000);
    connect(m_leaseCheck, &QTimer::timeout, this, &DecisionEditor::checkLease);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createButtons());
    registerFields();
    load(m_decision);

    // Large enough for the services and the comparison side by side with the form, within
    // the 1100×720 the main window starts at.
    resizeWithinScreen(this, QSize(1040, 690));
}

DecisionEditor::~DecisionEditor() = default;

// The services are made first: the order of the Tab key follows.
QWidget *DecisionEditor::createDecisionTab()
{
    auto *tab = new QWidget(this);
    m_servicesPanel = new DecisionServicesPanel(
        m_session.profile(), [this] { return m_datesForm->legalBasis(); }, tab);
    m_servicesPanel->setPrevious(m_previous);
    m_datesForm = new DecisionDatesForm(m_session.profile(), tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_datesForm);
    layout->addWidget(m_servicesPanel, 1);
    return tab;
}

QWidget *DecisionEditor::createButtons()
{
    auto *row = new QWidget(this);
    m_saveButton = new QPushButton(tr("&Save draft"), row);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &DecisionEditor::save);
    m_takeOverButton = new QPushButton(tr("&Take over"), row);
    m_takeOverButton->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOverButton->hide();
    connect(m_takeOverButton, &QPushButton::clicked, this, &DecisionEditor::takeOver);
    m_mergeButton = MergeDialog::createButton(row);
    connect(m_mergeButton, &QPushButton::clicked, this, &DecisionEditor::compareAndMerge);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isVisible() && m_saveButton->isEnabled())
            save();
    });
    m_actionsArea = new QWidget(row);
    auto *actions = new QHBoxLayout(m_actionsArea);
    actions->setContentsMargins(0, 0, 0, 0);
    auto *close = new QPushButton(tr("&Close"), row);
    connect(close, &QPushButton::clicked, this, &DecisionEditor::reject);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_saveButton);
    layout->addWidget(m_takeOverButton);
    layout->addWidget(m_mergeButton);
    layout->addWidget(m_actionsArea);
    layout->addStretch(1);
    layout->addWidget(close);
    return row;
}

void DecisionEditor::registerFields()
{
    m_marker.add(QStringLiteral("client_id"), m_header->clientLabel());
    m_datesForm->addFields(m_marker);
    QWidget *services = m_servicesPanel->servicesView();
    m_marker.add(QStringLiteral("services"), services);
    m_sectionsTab->addFields(m_marker);
    // Editing the services takes away their mark: the user is dealing with it.
    connect(servicesModel(), &DecisionServicesModel::servicesChanged, this, [this, services] {
        m_marker.clear(services);
    });
}

void DecisionEditor::load(Decision decision)
{
    m_decision = std::move(decision);
    clearProblems();
    showContent(m_decision);
    updateLease();
    updateHeader();
    updateEditability();
    updateActionButtons();
    showLease();
}

// What the form shows of `decision`: what its author writes.
void DecisionEditor::showContent(const Decision &decision)
{
    m_datesForm->load(decision);
    m_sectionsTab->load(decision);
    m_servicesPanel->setServices(decision.services);
}

// A saved draft that this user may change is leased while the editor is open: if someone else
// holds the lease, the editor stays read-only and says who.
void DecisionEditor::updateLease()
{
    if (m_decision.id == 0 || !mayEdit()) {
        delete m_lease;
        m_lease = nullptr;
        m_heldBy.reset();
    } else if (!m_lease || !m_lease->isHeld()) {
        if (!m_lease) {
            m_lease = new LeaseKeeper(
                m_session, QStringLiteral("decision"), m_decision.id, Leases::DefaultTtl, this);
            connect(this, &QDialog::finished, m_lease, &LeaseKeeper::release);
            // Someone took it over (this PC stopped renewing for a while): what the form holds
            // stays, for copying, but it can no longer be saved.
            connect(m_lease, &LeaseKeeper::lost, this, [this](const QString &message) {
                m_leaseLost = true;
                m_saveButton->setEnabled(false);
                for (const auto &[action, button] : m_actionButtons)
                    button->setEnabled(false);
                showMessage(message, true);
            });
        }
        m_heldBy.reset();
        m_leaseGone = false;
        m_leaseLost = false;
        if (auto taken = m_lease->start(); !taken && taken.error().code == Error::Code::Conflict) {
            auto holder
                = Leases::current(m_session.database(), QStringLiteral("decision"), m_decision.id);
            if (holder && *holder)
                m_heldBy = **holder;
        }
        // Any other failure (a busy or full disk) leaves the editor editable: saving still
        // refuses to overwrite someone else's changes.
    }
    m_saveButton->setEnabled(!m_leaseLost);
    if (m_heldBy)
        m_leaseCheck->start();
    else
        m_leaseCheck->stop();
}

void DecisionEditor::checkLease()
{
    if (!m_heldBy)
        return;
    auto holder = Leases::current(m_session.database(), QStringLiteral("decision"), m_decision.id);
    if (!holder)
        return;
    m_leaseGone = !*holder || (*holder)->stale() || Leases::isOurs(m_session, **holder);
    if (*holder && !Leases::isOurs(m_session, **holder))
        m_heldBy = **holder;
    showLease();
}

void DecisionEditor::showLease()
{
    m_takeOverButton->setVisible(m_heldBy && m_leaseGone);
    if (!m_heldBy)
        return;
    const QString text = m_leaseGone ? tr("%1 They are no longer editing it: you can take over.")
                                           .arg(Leases::describe(*m_heldBy))
                                     : Leases::describe(*m_heldBy);
    m_messageText = text;
    m_header->messageBar()->showMessage(text, MessageBar::Kind::Warning);
}

void DecisionEditor::takeOver()
{
    if (!m_lease)
        return;
    auto taken = m_lease->takeOver();
    if (!taken) {
        showError(taken.error());
        return;
    }
    m_heldBy.reset();
    m_leaseGone = false;
    // What they saved meanwhile is read before this user changes anything.
    reload();
}

Decision DecisionEditor::decisionFromForm() const
{
    Decision decision = m_decision;
    m_datesForm->apply(decision);
    m_sectionsTab->apply(decision);
    decision.services = m_servicesPanel->services();
    return decision;
}

bool DecisionEditor::isModified() const
{
    return canEdit() && toJson(decisionFromForm()) != toJson(m_decision);
}

bool DecisionEditor::canEdit() const
{
    return mayEdit() && !m_heldBy;
}

bool DecisionEditor::mayEdit() const
{
    const StaffUser &user = m_session.user();
    return isEditable(m_decision.status) && user.active
           && roleAllows(user.role, Permission::EditCases) && !m_session.database().isReadOnly();
}

QString DecisionEditor::statusDetails() const
{
    return DecisionHeader::statusDetails(m_decision, m_session.profile());
}

QPushButton *DecisionEditor::reloadButton() const
{
    return m_header->reloadButton();
}

DecisionServicesModel *DecisionEditor::servicesModel() const
{
    return m_servicesPanel->servicesModel();
}

ServiceComparisonModel *DecisionEditor::comparisonModel() const
{
    return m_servicesPanel->comparisonModel();
}

void DecisionEditor::updateHeader()
{
    m_header->showDecision(m_decision, m_session.profile());
    setWindowTitle(QStringLiteral("%1 – %2").arg(m_header->referenceText(), m_decision.clientName));
}

void DecisionEditor::updateEditability()
{
    const bool editable = canEdit();
    m_datesForm->setEditable(editable);
    m_sectionsTab->setEditable(editable);
    m_servicesPanel->setEditable(editable);
    m_saveButton->setVisible(editable);
}

void DecisionEditor::updateActionButtons()
{
    for (const auto &[action, button] : m_actionButtons)
        delete button;
    m_actionButtons.clear();
    const bool readOnly = m_session.database().isReadOnly();
    // While someone else edits it, they are the ones to act on it.
    const bool leasedElsewhere = m_heldBy.has_value() || m_leaseLost;
    for (DecisionAction action : availableActions(m_decision, m_session.user())) {
        auto *button = new QPushButton(actionName(action), m_actionsArea);
        button->setObjectName(QStringLiteral("action_") + actionKey(action));
        button->setEnabled(!readOnly && !leasedElsewhere);
        if (readOnly)
            button->setToolTip(m_session.database().readOnlyReason());
        else if (m_heldBy)
            button->setToolTip(Leases::describe(*m_heldBy));
        connect(button, &QPushButton::clicked, this, [this, action] { perform(action); });
        m_actionsArea->layout()->addWidget(button);
        m_actionButtons[action] = button;
    }
}

QPushButton *DecisionEditor::actionButton(DecisionAction action) const
{
    const auto it = m_actionButtons.find(action);
    return it == m_actionButtons.end() ? nullptr : it->second;
}

void DecisionEditor::refresh()
{
    // The lease was taken as the user acting before: give it up and lease as the one now.
    delete m_lease;
    m_lease = nullptr;
    updateLease();
    updateEditability();
    updateActionButtons();
    showLease();
}

void DecisionEditor::reload()
{
    if (m_decision.id == 0) {
        clearProblems();
        return;
    }
    auto stored = DecisionRepository(m_session).get(m_decision.id);
    if (!stored) {
        showError(stored.error());
        return;
    }
    load(std::move(stored).value());
}

bool DecisionEditor::save()
{
    clearProblems();
    auto saved = DecisionRepository(m_session).saveDraft(decisionFromForm());
    if (!saved) {
        showError(saved.error());
        return false;
    }
    load(std::move(saved).value());
    showMessage(tr("Saved."), false);
    emit decisionChanged(m_decision.id);
    return true;
}

bool DecisionEditor::compareAndMerge()
{
    auto theirs = DecisionRepository(m_session).get(m_decision.id);
    if (!theirs) {
        showError(theirs.error());
        return false;
    }
    if (!isEditable(theirs->status)) {
        showMessage(tr("The decision was moved on to \"%1\" meanwhile and can no longer be "
                       "merged. Reload it to see it as saved.")
                        .arg(statusName(theirs->status)),
                    true);
        reloadButton()->show();
        m_mergeButton->hide();
        return false;
    }
    const MergeDialog::Presentation presentation{
        [this](const QString &field) { return fieldLabel(field); },
        [this](const QString &field, const QJsonValue &value) {
            return fieldValue(field, value);
        }};
    const auto mergedJson
        = MergeDialog::merge(this,
                             m_conflict,
                             toJson(m_decision),
                             toJson(decisionFromForm()),
                             toJson(*theirs),
                             presentation,
                             {QStringLiteral("client"), QStringLiteral("caseworker")});
    if (!mergedJson)
        return false;
    auto content = decisionFromJson(*mergedJson);
    if (!content) {
        showError(content.error());
        return false;
    }
    // Theirs is what is stored now: the merged content is saved over it and, should someone
    // save yet again meanwhile, compared with it.
    load(std::move(theirs).value());
    showContent(*content);
    if (!save())
        return false;
    showMessage(MergeDialog::mergedText(), false);
    return true;
}

QString DecisionEditor::fieldLabel(const QString &field) const
{
    for (DecisionSection section : allDecisionSections()) {
        if (sectionKey(section) == field)
            return sectionTitle(section);
    }
    static const std::pair<const char *, const char *> labels[] = {
        {"reference", QT_TR_NOOP("Reference")},
        {"legal_basis", QT_TR_NOOP("Legal basis")},
        {"valid_from", QT_TR_NOOP("Valid from")},
        {"valid_to", QT_TR_NOOP("Valid until")},
        {"evaluation_date", QT_TR_NOOP("Evaluation date")},
        {"replaces_decision_id", QT_TR_NOOP("Replaces decision")},
        {"services", QT_TR_NOOP("Services and hours")},
    };
    for (const auto &[key, label] : labels) {
        if (field == QLatin1String(key))
            return tr(label);
    }
    return field;
}

// A value as the editor shows it: the legal basis as cited, dates in the interface's format,
// each service on a line with its hours.
QString DecisionEditor::fieldValue(const QString &field, const QJsonValue &value) const
{
    const JurisdictionProfile &profile = m_session.profile();
    if (field == u"legal_basis" && !value.toString().isEmpty())
        return citeLegalBasis(legalBasisCitations(profile), value.toString());
    if (value.isString() && dateFromIso(value.toString()).isValid())
        return formatDate(dateFromIso(value.toString()));
    if (field != u"services" || !value.isArray())
        return MergeDialog::plainValue(value);
    QStringList lines;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject service = item.toObject();
        const QString code = service.value(QLatin1String("service_code")).toString();
        const ServiceType *type = profile.service(code);
        const double own = service.value(QLatin1String("own_hours_per_week")).toDouble();
        const double shared = service.value(QLatin1String("shared_hours_per_week")).toDouble();
        QString line = tr("%1: own %2 h, shared %3 h a week")
                           .arg(type ? type->name.text(profile.language) : code,
                                formatHours(own),
                                formatHours(shared));
        if (const QString description = service.value(QLatin1String("description")).toString();
            !description.isEmpty())
            line += QStringLiteral(" – ") + description;
        lines << line;
    }
    return lines.isEmpty() ? MergeDialog::plainValue(QJsonValue()) : lines.join(u'\n');
}

std::optional<ActionInput> DecisionEditor::askInput(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Refuse:
        return askComment(action,
                          tr("Why is it refused? The caseworker sees your comment above the "
                             "draft."));
    case DecisionAction::ReturnToDraft:
        return askComment(action, tr("Why does it go back to draft? The reason is recorded."));
    case DecisionAction::Send:
        return SendDialog::ask(m_session, this);
    case DecisionAction::End:
        return askEnd(action);
    case DecisionAction::Submit:
    case DecisionAction::Approve:
    case DecisionAction::PutInForce:
        return ActionInput{};
    }
    return std::nullopt;
}

std::optional<ActionInput> DecisionEditor::askEnd(DecisionAction action)
{
    const auto answer
        = MessageBox::question(this,
                               actionName(action),
                               tr("End the decision today, %1?").arg(formatDate(m_session.today())),
                               QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return std::nullopt;
    ActionInput input;
    input.date = m_session.today();
    return input;
}

std::optional<ActionInput> DecisionEditor::askComment(DecisionAction action, const QString &prompt)
{
    const auto comment = CommentDialog::ask(this, actionName(action), prompt);
    return comment ? std::optional<ActionInput>(ActionInput{*comment, {}, {}, {}, {}})
                   : std::nullopt;
}

// Checks the form as it stands before saving anything, so that a draft that cannot go for
// approval is neither half-saved nor submitted; then saves what changed.
bool DecisionEditor::submitChecked(const ActionInput &input)
{
    const QList<FieldProblem> problems = checkAction(decisionFromForm(),
                                                     DecisionAction::Submit,
                                                     input,
                                                     m_session.user(),
                                                     m_session.profile(),
                                                     m_session.today());
    if (!problems.isEmpty()) {
        showProblems(problems, tr("Before it can go for approval:"));
        return false;
    }
    return (m_decision.id != 0 && !isModified()) || save();
}

bool DecisionEditor::perform(DecisionAction action)
{
    clearProblems();
    const std::optional<ActionInput> input = askInput(action);
    if (!input)
        return false;
    if (action == DecisionAction::Submit && !submitChecked(*input))
        return false;
    auto result
        = DecisionRepository(m_session).perform(m_decision.id, m_decision.version, action, *input);
    if (!result) {
        showError(result.error());
        return false;
    }
    load(std::move(result).value());
    showMessage(tr("%1: the decision is now \"%2\".")
                    .arg(actionName(action), statusName(m_decision.status)),
                false);
    emit decisionChanged(m_decision.id);
    return true;
}

void DecisionEditor::showError(const Error &error)
{
    if (error.code == Error::Code::InvalidInput && !error.problems.isEmpty()) {
        showProblems(error.problems, tr("Not saved:"));
        return;
    }
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += u'\n' + error.detail;
    showMessage(text, true);
    // Someone saved first: the way on is to read theirs, or to merge with it.
    const bool conflict = error.code == Error::Code::Conflict && m_decision.id != 0;
    reloadButton()->setVisible(conflict);
    m_mergeButton->setVisible(conflict);
    if (conflict)
        m_conflict = error.message;
}

void DecisionEditor::showProblems(const QList<FieldProblem> &problems, const QString &intro)
{
    QStringList lines = {intro};
    for (const FieldProblem &problem : problems) {
        lines << QStringLiteral("• ") + problem.message;
        markField(problem);
    }
    showMessage(lines.join(u'\n'), true);
}

void DecisionEditor::markField(const FieldProblem &problem)
{
    static const QRegularExpression serviceField(QStringLiteral("^services\\[(\\d+)\\]\\.(\\w+)$"));
    QWidget *field = nullptr;
    if (const auto match = serviceField.match(problem.field); match.hasMatch())
        field = m_servicesPanel->markProblem(
            match.captured(1).toInt(), match.captured(2), problem.message);
    else
        field = m_marker.mark(problem);
    markTabOf(field);
}

// A mark on a tab out of sight shows on the tab.
void DecisionEditor::markTabOf(QWidget *field)
{
    for (int tab = 0; field && tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(field))
            m_tabs->setTabIcon(tab, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void DecisionEditor::clearProblems()
{
    m_marker.clear();
    m_servicesPanel->clearProblems();
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, QIcon());
    m_header->messageBar()->hide();
    m_messageText.clear();
    m_header->reloadButton()->hide();
    m_mergeButton->hide();
}

void DecisionEditor::showMessage(const QString &text, bool isError)
{
    m_messageText = text;
    m_header->messageBar()->showMessage(
        text, isError ? MessageBar::Kind::Error : MessageBar::Kind::Information);
}

void DecisionEditor::reject()
{
    if (isModified()) {
        const auto answer
            = MessageBox::question(this,
                                   tr("Unsaved changes"),
                                   tr("Save the changes to this draft?"),
                                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                   QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace fremdrift
