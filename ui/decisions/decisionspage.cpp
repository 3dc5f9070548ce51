#include "decisions/decisionspage.h"

#include "decisions/decisioneditor.h"
#include "decisions/decisionformat.h"
#include "decisions/decisionlistmodel.h"
#include "decisions/newdecisiondialog.h"
#include "letters/letterdialog.h"
#include "repository/clientrepository.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/session.h"
#include "widgets/windowhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int DefaultDueWeeks = 8; // DK: planning starts at least 8 weeks before (seed 004)

// The letter tells of an approved decision; once sent, it can be issued again as a copy.
bool hasDecisionLetter(DecisionStatus status)
{
    return status == DecisionStatus::Approved || status == DecisionStatus::Sent
           || status == DecisionStatus::InForce;
}

QList<DecisionStatus> allStatuses()
{
    return {DecisionStatus::Draft,
            DecisionStatus::Submitted,
            DecisionStatus::Approved,
            DecisionStatus::Sent,
            DecisionStatus::InForce,
            DecisionStatus::Replaced,
            DecisionStatus::Ended};
}

// Citations differ at their end ("... nr. 6 bokstav a", "... bokstav b"): elide the middle.
class MiddleElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

// Columns whose texts can be long get a width the user can change, at most this to start
// with, so that the client's name keeps room beside the navigation at 1100 pixels.
const std::pair<int, int> longColumns[] = {
    {DecisionListModel::UnitColumn, 110},
    {DecisionListModel::StatusColumn, 105},
    {DecisionListModel::LegalBasisColumn, 150},
};

template<typename T> std::optional<T> chosen(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<T>(data.value<T>()) : std::nullopt;
}

void choose(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value)) : 0);
}

} // namespace

DecisionsPage::DecisionsPage(QWidget *parent)
    : Page(parent)
    , m_model(new DecisionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DecisionListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view->setObjectName(QStringLiteral("decisionsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DecisionListModel::EvaluationColumn, Qt::AscendingOrder);
    setUpReadOnlyList(m_view);
    m_view->setItemDelegateForColumn(DecisionListModel::LegalBasisColumn,
                                     new MiddleElidingDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionListModel::ClientColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : longColumns)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QTableView::activated, this, &DecisionsPage::openCurrent);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DecisionsPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(createFilters());
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons());
    setSession(nullptr);
}

QWidget *DecisionsPage::createFilters()
{
    auto *row = new QWidget(this);
    m_status = new QComboBox(row);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_unit = new QComboBox(row);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_caseworker = new QComboBox(row);
    m_caseworker->setObjectName(QStringLiteral("caseworkerFilter"));
    for (QComboBox *combo : {m_status, m_unit, m_caseworker}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_due = new QCheckBox(tr("Evaluation due within"), row);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->setToolTip(tr("Decisions that still apply whose evaluation date falls within this "
                         "many weeks, or has passed."));
    m_dueWeeks = new QSpinBox(row);
    m_dueWeeks->setObjectName(QStringLiteral("dueWeeks"));
    m_dueWeeks->setRange(1, 104);
    m_dueWeeks->setValue(DefaultDueWeeks);
    m_dueWeeks->setEnabled(false);
    auto *weeks = new QLabel(tr("weeks"), row);

    // Two rows: unit names and translated labels do not fit one row beside the navigation.
    auto *who = new QHBoxLayout;
    who->addWidget(buddyLabel(tr("S&tatus:"), m_status, row));
    who->addWidget(m_status);
    who->addSpacing(8);
    who->addWidget(buddyLabel(tr("&Unit:"), m_unit, row));
    who->addWidget(m_unit);
    who->addSpacing(8);
    who->addWidget(buddyLabel(tr("C&aseworker:"), m_caseworker, row));
    who->addWidget(m_caseworker);
    who->addStretch(1);
    auto *when = new QHBoxLayout;
    when->addWidget(m_due);
    when->addWidget(m_dueWeeks);
    when->addWidget(weeks);
    when->addStretch(1);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(who);
    layout->addLayout(when);

    for (QComboBox *combo : {m_status, m_unit, m_caseworker})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_due, &QCheckBox::toggled, m_dueWeeks, &QWidget::setEnabled);
    connect(m_due, &QCheckBox::toggled, this, &DecisionsPage::reload);
    connect(m_dueWeeks, &QSpinBox::valueChanged, this, [this] {
        if (m_due->isChecked())
            reload();
    });
    return row;
}

QWidget *DecisionsPage::createButtons()
{
    auto *row = new QWidget(this);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_new = new QPushButton(tr("&New decision…"), row);
    m_new->setObjectName(QStringLiteral("newButton"));
    m_open = new QPushButton(tr("&Open"), row);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_letter = new QPushButton(tr("Decision &letter…"), row);
    m_letter->setObjectName(QStringLiteral("letterButton"));
    m_letter->setToolTip(tr("Writes the letter for an approved decision and sends it, or "
                            "another copy of the letter for a decision already sent"));
    connect(m_new, &QPushButton::clicked, this, &DecisionsPage::newDecision);
    connect(m_open, &QPushButton::clicked, this, &DecisionsPage::openCurrent);
    connect(m_letter, &QPushButton::clicked, this, &DecisionsPage::writeLetter);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_new);
    layout->addWidget(m_letter);
    layout->addWidget(m_open);
    return row;
}

void DecisionsPage::setSession(Session *session)
{
    // An editor acts through its session: one for another database must not outlive it.
    if (session != m_session)
        closeEditors();
    m_session = session;
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor)
            editor->refresh();
    }
    setEnabled(session != nullptr);
    fillFilterChoices();
    reload();
    fitColumns();
}

void DecisionsPage::refresh(Session *session)
{
    if (session != m_session) {
        setSession(session);
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor)
            editor->refresh();
    }
    // Units and staff may have been added elsewhere; this lists again (reload() keeps the
    // chosen decision by id).
    fillFilterChoices();
    m_view->verticalScrollBar()->setValue(scroll);
}

void DecisionsPage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    for (const auto &[column, widest] : longColumns) {
        m_view->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), widest));
    }
}

void DecisionsPage::fillFilterChoices()
{
    const DecisionFilter previous = filter();
    m_filling = true;
    for (QComboBox *combo : {m_status, m_unit, m_caseworker})
        combo->clear();
    m_status->addItem(tr("All"));
    for (DecisionStatus status : allStatuses())
        m_status->addItem(statusName(status), int(status));
    m_unit->addItem(tr("All units"));
    m_caseworker->addItem(tr("Everyone"));
    if (m_session) {
        if (auto units = ClientRepository(*m_session).units()) {
            for (const Unit &unit : std::as_const(*units))
                m_unit->addItem(unit.name, unit.id);
        }
        if (auto users = m_session->users()) {
            for (const StaffUser &user : std::as_const(*users))
                m_caseworker->addItem(user.fullName, user.id);
        }
    }
    m_filling = false;
    setFilter(previous);
}

DecisionFilter DecisionsPage::filter() const
{
    DecisionFilter result;
    if (const auto status = chosen<int>(m_status))
        result.status = DecisionStatus(*status);
    result.unitId = chosen<qint64>(m_unit);
    result.caseworkerId = chosen<qint64>(m_caseworker);
    if (m_due->isChecked())
        result.evaluationWithinWeeks = m_dueWeeks->value();
    return result;
}

void DecisionsPage::setFilter(const DecisionFilter &filter)
{
    m_filling = true;
    choose(m_status, filter.status ? QVariant(int(*filter.status)) : QVariant());
    choose(m_unit, filter.unitId ? QVariant(*filter.unitId) : QVariant());
    choose(m_caseworker, filter.caseworkerId ? QVariant(*filter.caseworkerId) : QVariant());
    if (filter.evaluationWithinWeeks)
        m_dueWeeks->setValue(*filter.evaluationWithinWeeks);
    m_due->setChecked(filter.evaluationWithinWeeks.has_value());
    m_filling = false;
    reload();
}

void DecisionsPage::reload()
{
    if (m_filling)
        return;
    if (!m_session) {
        m_model->setDecisions({}, {}, {});
        m_count->clear();
        updateButtons();
        return;
    }
    auto decisions = DecisionRepository(*m_session).list(filter());
    if (!decisions) {
        emit message(decisions.error().message, true);
        return;
    }
    const qint64 selected = m_view->currentIndex().data(DecisionListModel::IdRole).toLongLong();
    const int count = int(decisions->size());
    m_model->setDecisions(std::move(decisions).value(),
                          legalBasisCitations(m_session->profile()),
                          m_session->today());
    m_count->setText(tr("%n decision(s)", nullptr, count));
    for (int row = 0; selected && row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(DecisionListModel::IdRole).toLongLong() == selected)
            m_view->selectRow(row);
    }
    updateButtons();
}

void DecisionsPage::updateButtons()
{
    const bool mayEdit = m_session && roleAllows(m_session->user().role, Permission::EditCases)
                         && !m_session->database().isReadOnly();
    m_new->setEnabled(mayEdit);
    m_open->setEnabled(m_view->selectionModel()->hasSelection());
    // A letter needs an approved decision; read-only users may look at it in the dialog.
    const DecisionSummary *chosen = m_view->selectionModel()->hasSelection()
                                        ? m_model->decision(
                                            m_proxy->mapToSource(m_view->currentIndex()).row())
                                        : nullptr;
    m_letter->setEnabled(chosen && hasDecisionLetter(chosen->status));
}

void DecisionsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openDecision(current.data(DecisionListModel::IdRole).toLongLong());
}

void DecisionsPage::writeLetter()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_session || !current.isValid())
        return;
    LetterSubject subject;
    subject.kind = LetterKind::DecisionLetter;
    subject.decisionId = current.data(DecisionListModel::IdRole).toLongLong();
    const auto issued = LetterDialog::write(*m_session, subject, this);
    if (!issued)
        return;
    emit message(tr("%n letter(s) issued and kept in the archive.", nullptr, int(issued->size())),
                 false);
    // Issuing sends an approved decision: the list and an open editor show it as sent (an
    // approved decision is no longer edited, so reading it again loses nothing typed).
    reload();
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor && editor->decision().id == *subject.decisionId)
            editor->reload();
    }
}

void DecisionsPage::openDecision(qint64 id)
{
    if (!m_session)
        return;
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor && editor->decision().id == id) {
            editor->raise();
            editor->activateWindow();
            return;
        }
    }
    auto decision = DecisionRepository(*m_session).get(id);
    if (!decision) {
        emit message(decision.error().message, true);
        return;
    }
    showEditor(std::move(decision).value());
}

void DecisionsPage::newDecision()
{
    if (!m_session)
        return;
    const auto choice = NewDecisionDialog::ask(*m_session, this);
    if (!choice)
        return;
    Decision draft;
    draft.clientId = choice->clientId;
    draft.replacesDecisionId = choice->replacesDecisionId;
    draft.validFrom = m_session->today();
    if (auto client = ClientRepository(*m_session).get(draft.clientId))
        draft.clientName = client->familyName + QStringLiteral(", ") + client->givenName;
    if (draft.replacesDecisionId) {
        // A review starts from what was granted: the same basis and services, whose changes
        // the editor shows against the old decision. The texts are written anew.
        if (auto replaced = DecisionRepository(*m_session).get(*draft.replacesDecisionId)) {
            draft.legalBasis = replaced->legalBasis;
            draft.services = replaced->services;
            for (DecisionService &service : draft.services)
                service.id = 0;
        }
    }
    showEditor(draft);
}

DecisionEditor *DecisionsPage::showEditor(Decision decision)
{
    auto *editor = new DecisionEditor(*m_session, std::move(decision), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DecisionEditor::decisionChanged, this, &DecisionsPage::reload);
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    editor->show();
    return editor;
}

QList<DecisionEditor *> DecisionsPage::openEditors() const
{
    QList<DecisionEditor *> result;
    for (const auto &editor : m_editors) {
        if (editor)
            result << editor.data();
    }
    return result;
}

void DecisionsPage::closeEditors()
{
    // Deleted, not closed: closing would ask about unsaved changes through a session that may
    // already be gone.
    for (const auto &editor : std::as_const(m_editors))
        delete editor.data();
    m_editors.clear();
}

} // namespace fremdrift
