#include "decisions/decisioneditor.h"

#include "decisions/commentdialog.h"
#include "decisions/decisionformat.h"
#include "decisions/decisionservicesmodel.h"
#include "decisions/senddialog.h"
#include "decisions/servicecomparisonmodel.h"
#include "decisions/serviceitemdelegate.h"
#include "domain/json.h"
#include "messagebar.h"
#include "messagebox.h"
#include "repository/decisionrepository.h"
#include "storage/database.h"
#include "widgets/optionaldateedit.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

// A date that may be left empty, saying so with `noDateText`.
OptionalDateEdit *createDateEdit(QWidget *parent, const QString &name, const QString &noDateText)
{
    auto *edit = new OptionalDateEdit(parent);
    edit->setObjectName(name);
    edit->setSpecialValueText(noDateText);
    return edit;
}

QString badgeColours(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft:
        return QStringLiteral("background: #eceff1; color: #37474f; border: 1px solid #b0bec5;");
    case DecisionStatus::Submitted:
        return QStringLiteral("background: #fff3cd; color: #6d4c00; border: 1px solid #e3c565;");
    case DecisionStatus::Approved:
        return QStringLiteral("background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9;");
    case DecisionStatus::Sent:
        return QStringLiteral("background: #e0f2f1; color: #004d40; border: 1px solid #80cbc4;");
    case DecisionStatus::InForce:
        return QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;");
    case DecisionStatus::Replaced:
    case DecisionStatus::Ended:
        return QStringLiteral("background: #f5f5f5; color: #616161; border: 1px solid #bdbdbd;");
    }
    return {};
}

QString formatTimestamp(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

DecisionEditor::DecisionEditor(Session &session, Decision decision, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_decision(std::move(decision))
    , m_services(new DecisionServicesModel(session.profile(), this))
    , m_comparison(new ServiceComparisonModel(session.profile(), this))
{
    setObjectName(QStringLiteral("decisionEditor"));
    setSizeGripEnabled(true);
    setMinimumSize(760, 520);
    if (auto previous = DecisionRepository(m_session).previous(m_decision))
        m_previous = std::move(previous).value();

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createDecisionTab(), tr("Basis, dates and services"));
    m_tabs->addTab(createSectionsTab(), tr("Text sections"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(createButtons());
    registerFields();
    watchForChanges();
    load(m_decision);

    // Large enough for the services and the comparison side by side with the form, within
    // the 1100×720 the main window starts at.
    const QSize wanted(1040, 690);
    const QSize available = screen() ? screen()->availableSize() : wanted;
    resize(wanted.boundedTo(available - QSize(40, 60)));
}

DecisionEditor::~DecisionEditor() = default;

QWidget *DecisionEditor::createHeader()
{
    auto *header = new QWidget(this);
    m_clientLabel = new QLabel(header);
    m_clientLabel->setObjectName(QStringLiteral("clientLabel"));
    QFont big = m_clientLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_clientLabel->setFont(big);
    m_clientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referenceLabel = new QLabel(header);
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge = new QLabel(header);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_statusDetails = new QLabel(header);
    m_statusDetails->setObjectName(QStringLiteral("statusDetails"));
    m_statusDetails->setWordWrap(true);
    m_statusDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal = new QLabel(header);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #4e3700; "
                                            "border: 1px solid #e3c565; border-left: 4px solid "
                                            "#d39e00; border-radius: 3px; padding: 6px 8px; }"));
    m_messageBar = new MessageBar(header);
    m_reloadButton = new QPushButton(tr("&Reload"), header);
    m_reloadButton->setToolTip(tr("Read the decision as it is saved now; your changes here are "
                                  "dropped."));
    m_reloadButton->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, &DecisionEditor::reload);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_clientLabel);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_referenceLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_statusBadge);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageBar, 1);
    messageRow->addWidget(m_reloadButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_statusDetails);
    layout->addWidget(m_refusal);
    layout->addLayout(messageRow);
    return header;
}

QWidget *DecisionEditor::createDecisionTab()
{
    auto *tab = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createServicesBox());
    splitter->addWidget(createComparisonBox());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(createDatesForm());
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *DecisionEditor::createDatesForm()
{
    auto *form = new QWidget(this);
    m_legalBasis = new QComboBox(form);
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    // Citations and titles are long; the popup shows them whole, the box elides.
    m_legalBasis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_legalBasis->setMinimumContentsLength(40);
    fillLegalBases();
    m_legalBasisText = new QLineEdit(form);
    m_legalBasisText->setObjectName(QStringLiteral("legalBasisText"));
    m_legalBasisText->setReadOnly(true);
    m_legalBasisText->hide();
    const QString noDate = tr("Not set");
    m_validFrom = createDateEdit(form, QStringLiteral("validFrom"), noDate);
    m_noEndDate = new QCheckBox(tr("&No end date"), form);
    m_noEndDate->setObjectName(QStringLiteral("noEndDate"));
    m_noEndDate->setToolTip(tr("Decisions on long-term services usually have no fixed end date; "
                               "they are evaluated instead."));
    m_validTo = createDateEdit(form, QStringLiteral("validTo"), noDate);
    m_evaluationDate = createDateEdit(form, QStringLiteral("evaluationDate"), noDate);
    m_evaluationDate->setToolTip(tr("Required: the letter must say when the decision will be "
                                    "evaluated."));
    connect(m_noEndDate, &QCheckBox::toggled, this, [this](bool none) {
        m_validTo->setEnabled(!none && canEdit());
    });

    auto label = [form](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, form);
        result->setBuddy(buddy);
        return result;
    };
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(tr("&Legal basis:"), m_legalBasis), 0, 0);
    grid->addWidget(m_legalBasis, 0, 1, 1, 5);
    grid->addWidget(m_legalBasisText, 0, 1, 1, 5);
    grid->addWidget(label(tr("Valid &from:"), m_validFrom), 1, 0);
    grid->addWidget(m_validFrom, 1, 1);
    grid->addWidget(m_noEndDate, 1, 2);
    grid->addWidget(label(tr("&Until:"), m_validTo), 1, 3);
    grid->addWidget(m_validTo, 1, 4);
    grid->addWidget(label(tr("&Evaluation:"), m_evaluationDate), 2, 0);
    grid->addWidget(m_evaluationDate, 2, 1);
    grid->setColumnStretch(5, 1);
    return form;
}

void DecisionEditor::fillLegalBases()
{
    const JurisdictionProfile &profile = m_session.profile();
    m_legalBasis->addItem(tr("Choose the legal basis…"), QString());
    for (const LegalBasis &basis : profile.legalBases) {
        const QString text
            = basis.citation() + QStringLiteral(" – ") + basis.title.text(profile.language);
        m_legalBasis->addItem(text, basis.code);
        m_legalBasis->setItemData(m_legalBasis->count() - 1,
                                  QString(basis.law.text(profile.language) + u' ' + basis.section),
                                  Qt::ToolTipRole);
    }
}

QWidget *DecisionEditor::createServicesBox()
{
    auto *box = new QGroupBox(tr("Services"), this);
    m_servicesView = new QTableView(box);
    m_servicesView->setObjectName(QStringLiteral("servicesView"));
    m_servicesView->setModel(m_services);
    m_servicesView->setItemDelegate(new ServiceItemDelegate(
        m_session.profile(),
        [this] { return m_legalBasis->currentData().toString(); },
        m_servicesView));
    m_servicesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_servicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_servicesView->verticalHeader()->hide();
    m_servicesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    QHeaderView *header = m_servicesView->horizontalHeader();
    header->setSectionResizeMode(DecisionServicesModel::ServiceColumn, QHeaderView::Interactive);
    header->resizeSection(DecisionServicesModel::ServiceColumn, 280);
    header->setSectionResizeMode(DecisionServicesModel::OwnHoursColumn,
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionServicesModel::SharedHoursColumn,
                                 QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    m_addService = new QPushButton(tr("&Add service"), box);
    m_removeService = new QPushButton(tr("Re&move"), box);
    m_totals = new QLabel(box);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    connect(m_addService, &QPushButton::clicked, this, &DecisionEditor::addService);
    connect(m_removeService, &QPushButton::clicked, this, &DecisionEditor::removeService);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addService);
    buttons->addWidget(m_removeService);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_servicesView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *DecisionEditor::createComparisonBox()
{
    m_comparisonBox = new QGroupBox(this);
    m_comparisonBox->setObjectName(QStringLiteral("comparisonBox"));
    auto *view = new QTableView(m_comparisonBox);
    view->setObjectName(QStringLiteral("comparisonView"));
    view->setModel(m_comparison);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setFocusPolicy(Qt::NoFocus);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServiceComparisonModel::ServiceColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(m_comparisonBox);
    layout->addWidget(view);
    return m_comparisonBox;
}

QWidget *DecisionEditor::createSectionsTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    for (DecisionSection section : allDecisionSections()) {
        auto *title = new QLabel(sectionTitle(section), content);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(sectionKey(section));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(96);
        title->setBuddy(edit);
        layout->addWidget(title);
        layout->addWidget(edit, 1);
        m_sections[section] = edit;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *DecisionEditor::createButtons()
{
    auto *row = new QWidget(this);
    m_saveButton = new QPushButton(tr("&Save draft"), row);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &DecisionEditor::save);
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
    layout->addWidget(m_actionsArea);
    layout->addStretch(1);
    layout->addWidget(close);
    return row;
}

void DecisionEditor::registerFields()
{
    m_marker.add(QStringLiteral("client_id"), m_clientLabel);
    m_marker.add(QStringLiteral("legal_basis"), m_legalBasis);
    m_marker.add(QStringLiteral("valid_from"), m_validFrom);
    m_marker.add(QStringLiteral("valid_to"), m_validTo);
    m_marker.add(QStringLiteral("evaluation_date"), m_evaluationDate);
    m_marker.add(QStringLiteral("services"), m_servicesView);
    for (const auto &[section, edit] : m_sections)
        m_marker.add(sectionKey(section), edit);
}

void DecisionEditor::watchForChanges()
{
    // Editing a field takes away its mark: the user is dealing with it.
    auto clearMark = [this](QWidget *field) {
        return [this, field] {
            m_marker.clear(field);
        };
    };
    connect(m_legalBasis, &QComboBox::currentIndexChanged, this, clearMark(m_legalBasis));
    connect(m_validFrom, &QDateEdit::dateChanged, this, clearMark(m_validFrom));
    connect(m_validTo, &QDateEdit::dateChanged, this, clearMark(m_validTo));
    connect(m_noEndDate, &QCheckBox::toggled, this, clearMark(m_validTo));
    connect(m_evaluationDate, &QDateEdit::dateChanged, this, clearMark(m_evaluationDate));
    for (const auto &[section, edit] : m_sections)
        connect(edit, &QPlainTextEdit::textChanged, this, clearMark(edit));
    connect(m_services, &DecisionServicesModel::servicesChanged, this, [this] {
        m_marker.clear(m_servicesView);
        updateTotals();
        updateComparison();
    });
}

void DecisionEditor::load(Decision decision)
{
    m_decision = std::move(decision);
    clearProblems();
    loadForm();
    updateHeader();
    updateEditability();
    updateActionButtons();
    updateTotals();
    updateComparison();
}

void DecisionEditor::loadForm()
{
    const int basis = m_legalBasis->findData(m_decision.legalBasis);
    if (basis < 0 && !m_decision.legalBasis.isEmpty()) // no longer in the catalogue: keep it
        m_legalBasis->addItem(m_decision.legalBasis, m_decision.legalBasis);
    m_legalBasis->setCurrentIndex(std::max(0, m_legalBasis->findData(m_decision.legalBasis)));
    m_legalBasisText->setText(m_decision.legalBasis.isEmpty() ? QString()
                                                              : m_legalBasis->currentText());
    m_legalBasisText->setCursorPosition(0);
    m_validFrom->setOptionalDate(m_decision.validFrom);
    m_noEndDate->setChecked(!m_decision.validTo.isValid());
    m_validTo->setOptionalDate(m_decision.validTo);
    m_evaluationDate->setOptionalDate(m_decision.evaluationDate);
    for (const auto &[section, edit] : m_sections)
        edit->setPlainText(m_decision.section(section));
    m_services->setServices(m_decision.services);
}

Decision DecisionEditor::decisionFromForm() const
{
    Decision decision = m_decision;
    decision.legalBasis = m_legalBasis->currentData().toString();
    decision.validFrom = m_validFrom->optionalDate();
    decision.validTo = m_noEndDate->isChecked() ? QDate() : m_validTo->optionalDate();
    decision.evaluationDate = m_evaluationDate->optionalDate();
    for (const auto &[section, edit] : m_sections)
        decision.setSection(section, edit->toPlainText());
    decision.services = m_services->services();
    return decision;
}

bool DecisionEditor::isModified() const
{
    return canEdit() && toJson(decisionFromForm()) != toJson(m_decision);
}

bool DecisionEditor::canEdit() const
{
    const StaffUser &user = m_session.user();
    return isEditable(m_decision.status) && user.active
           && roleAllows(user.role, Permission::EditCases) && !m_session.database().isReadOnly();
}

QString DecisionEditor::statusDetails() const
{
    const Decision &d = m_decision;
    QStringList parts;
    if (d.status == DecisionStatus::Submitted && !d.submittedAt.isEmpty())
        parts << tr("Submitted for approval %1.").arg(formatTimestamp(d.submittedAt));
    if (d.approvedBy && !d.approvedAt.isEmpty())
        parts << tr("Approved by %1, %2.").arg(d.approvedByName, formatTimestamp(d.approvedAt));
    if (d.sentOn.isValid()) {
        parts << tr("Sent %1 (%2).")
                     .arg(formatDate(d.sentOn),
                          d.sentMethod ? sendMethodName(*d.sentMethod).toLower() : QString());
        parts << (d.receivedAssumed ? tr("Assumed received %1.") : tr("Received %1."))
                     .arg(formatDate(d.receivedOn));
        parts << tr("%1: %2.").arg(
            legalTerm(m_session.profile(), QStringLiteral("complaint_deadline")),
            formatDate(d.complaintDeadline));
        parts << tr("In force from %1.").arg(formatDate(d.inForceOn));
    }
    if (d.endedOn.isValid())
        parts << tr("Ended %1.").arg(formatDate(d.endedOn));
    return parts.join(u' ');
}

void DecisionEditor::updateHeader()
{
    const QString term = legalTerm(m_session.profile(), QStringLiteral("decision"));
    m_clientLabel->setText(m_decision.clientName);
    m_referenceLabel->setText(m_decision.id == 0
                                  ? tr("%1, not saved yet").arg(term)
                                  : QStringLiteral("%1 %2").arg(term, m_decision.reference));
    setWindowTitle(QStringLiteral("%1 – %2").arg(m_referenceLabel->text(), m_decision.clientName));
    m_statusBadge->setText(statusName(m_decision.status));
    m_statusBadge->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 9px; padding: 2px "
                                                "10px; font-weight: bold; }")
                                     .arg(badgeColours(m_decision.status)));
    const QString details = statusDetails();
    m_statusDetails->setText(details);
    m_statusDetails->setVisible(!details.isEmpty());
    const bool refused
        = m_decision.status == DecisionStatus::Draft && !m_decision.refusalComment.isEmpty();
    m_refusal->setText(
        tr("<b>Refused by the leader:</b> %1").arg(m_decision.refusalComment.toHtmlEscaped()));
    m_refusal->setVisible(refused);
    m_comparisonBox->setVisible(m_previous.has_value());
    if (m_previous)
        m_comparisonBox->setTitle(tr("Previous allocation (%1) → new").arg(m_previous->reference));
}

void DecisionEditor::updateEditability()
{
    const bool editable = canEdit();
    m_legalBasis->setVisible(editable);
    m_legalBasisText->setVisible(!editable);
    for (QDateEdit *edit : {m_validFrom, m_evaluationDate})
        edit->setReadOnly(!editable);
    m_validTo->setReadOnly(!editable);
    m_validTo->setEnabled(editable && !m_noEndDate->isChecked());
    m_noEndDate->setEnabled(editable);
    for (const auto &[section, edit] : m_sections)
        edit->setReadOnly(!editable);
    m_services->setEditable(editable);
    m_servicesView->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                             : QAbstractItemView::NoEditTriggers);
    m_addService->setVisible(editable);
    m_removeService->setVisible(editable);
    m_saveButton->setVisible(editable);
}

void DecisionEditor::updateActionButtons()
{
    for (const auto &[action, button] : m_actionButtons)
        delete button;
    m_actionButtons.clear();
    const bool readOnly = m_session.database().isReadOnly();
    for (DecisionAction action : availableActions(m_decision, m_session.user())) {
        auto *button = new QPushButton(actionName(action), m_actionsArea);
        button->setObjectName(QStringLiteral("action_") + actionKey(action));
        button->setEnabled(!readOnly);
        if (readOnly)
            button->setToolTip(m_session.database().readOnlyReason());
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

void DecisionEditor::updateTotals()
{
    double own = 0;
    double shared = 0;
    for (const DecisionService &service : m_services->services()) {
        own += service.ownHours;
        shared += service.sharedHours;
    }
    m_totals->setText(
        tr("Own time %1 h, shared time %2 h a week").arg(formatHours(own), formatHours(shared)));
}

void DecisionEditor::updateComparison()
{
    if (m_previous)
        m_comparison->compare(m_previous->services, m_services->services());
}

void DecisionEditor::refresh()
{
    updateEditability();
    updateActionButtons();
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
    case DecisionAction::End: {
        const auto answer = MessageBox::question(
            this,
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
    case DecisionAction::Submit:
    case DecisionAction::Approve:
    case DecisionAction::PutInForce:
        return ActionInput{};
    }
    return std::nullopt;
}

std::optional<ActionInput> DecisionEditor::askComment(DecisionAction action, const QString &prompt)
{
    const auto comment = CommentDialog::ask(this, actionName(action), prompt);
    return comment ? std::optional<ActionInput>(ActionInput{*comment, {}, {}, {}}) : std::nullopt;
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
    // Someone saved first: the way on is to read theirs.
    m_reloadButton->setVisible(error.code == Error::Code::Conflict && m_decision.id != 0);
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
    if (const auto match = serviceField.match(problem.field); match.hasMatch()) {
        const int column = DecisionServicesModel::columnForField(match.captured(2));
        m_services->setProblem(match.captured(1).toInt(), column, problem.message);
        field = m_servicesView;
    } else {
        field = m_marker.mark(problem);
    }
    // A mark on a tab out of sight shows on the tab.
    for (int tab = 0; field && tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(field))
            m_tabs->setTabIcon(tab, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void DecisionEditor::clearProblems()
{
    m_marker.clear();
    m_services->clearProblems();
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, QIcon());
    m_messageBar->hide();
    m_messageText.clear();
    m_reloadButton->hide();
}

void DecisionEditor::showMessage(const QString &text, bool isError)
{
    m_messageText = text;
    m_messageBar->showMessage(text,
                              isError ? MessageBar::Kind::Error : MessageBar::Kind::Information);
}

void DecisionEditor::addService()
{
    const QStringList allowed = ServiceItemDelegate::allowedServices(
        m_session.profile(), m_legalBasis->currentData().toString());
    const int row = m_services->addService(allowed.value(0));
    const QModelIndex cell = m_services->index(row, DecisionServicesModel::ServiceColumn);
    m_servicesView->setCurrentIndex(cell);
    m_servicesView->edit(cell);
}

void DecisionEditor::removeService()
{
    const QModelIndex current = m_servicesView->currentIndex();
    if (current.isValid())
        m_services->removeService(current.row());
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
