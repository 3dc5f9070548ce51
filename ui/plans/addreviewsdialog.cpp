#include "plans/addreviewsdialog.h"

#include "clients/formmessagepanel.h"
#include "plans/candidatemodel.h"
#include "repository/clientrepository.h"
#include "widgets/readonlylist.h"
#include "workflow/session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

AddReviewsDialog::AddReviewsDialog(Session &session, const ReviewPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_plan(plan)
    , m_messages(new FormMessagePanel(this))
    , m_candidates(new CandidateModel(this))
{
    setWindowTitle(tr("Add decisions to review"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddReviewsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddReviewsDialog::reject);
    connect(m_candidates, &CandidateModel::checkedChanged, this, &AddReviewsDialog::updateCount);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createPick(), 2);
    columns->addWidget(createList(), 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // The plan's own units and deadline are what an office usually means.
    ReviewPick initial;
    initial.unitIds = plan.unitIds;
    initial.evaluationBefore = plan.unitIds.isEmpty() && plan.deadline.isValid() ? plan.deadline
                                                                                  : QDate();
    setPick(initial);
    resize(940, 540);
}

QWidget *AddReviewsDialog::createPick()
{
    auto *box = new QWidget(this);
    m_byUnit = new QCheckBox(tr("Decisions for clients at:"), box);
    m_byUnit->setObjectName(QStringLiteral("byUnitCheck"));
    m_units = new QListWidget(box);
    m_units->setObjectName(QStringLiteral("unitList"));
    if (auto units = ClientRepository(m_session).units()) {
        for (const Unit &unit : std::as_const(*units)) {
            auto *item = new QListWidgetItem(unit.name, m_units);
            item->setData(IdRole, unit.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_byDate = new QCheckBox(tr("Evaluation date before:"), box);
    m_byDate->setObjectName(QStringLiteral("byDateCheck"));
    m_before = new QDateEdit(box);
    m_before->setObjectName(QStringLiteral("beforeEdit"));
    m_before->setCalendarPopup(true);
    auto *hint = new QLabel(tr("Only decisions that apply and are in no open review are "
                               "offered."), box);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_byUnit);
    layout->addWidget(m_units, 1);
    layout->addWidget(m_byDate);
    layout->addWidget(m_before);
    layout->addWidget(hint);

    connect(m_byUnit, &QCheckBox::toggled, m_units, &QWidget::setEnabled);
    connect(m_byDate, &QCheckBox::toggled, m_before, &QWidget::setEnabled);
    for (QCheckBox *check : {m_byUnit, m_byDate})
        connect(check, &QCheckBox::toggled, this, &AddReviewsDialog::findCandidates);
    connect(m_units, &QListWidget::itemChanged, this, &AddReviewsDialog::findCandidates);
    connect(m_before, &QDateEdit::dateChanged, this, &AddReviewsDialog::findCandidates);
    return box;
}

QWidget *AddReviewsDialog::createList()
{
    auto *box = new QWidget(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_candidates);
    proxy->setSortRole(CandidateModel::SortRole);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("candidateView"));
    m_table->setModel(proxy);
    setUpReadOnlyList(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateModel::ClientColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateModel::ClientColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("countLabel"));
    auto *all = new QPushButton(tr("Tick &all"), box);
    auto *none = new QPushButton(tr("Tick &none"), box);
    connect(all, &QPushButton::clicked, this, [this] { m_candidates->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_candidates->setAllChecked(false); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    row->addWidget(all);
    row->addWidget(none);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    return box;
}

void AddReviewsDialog::setPick(const ReviewPick &pick)
{
    m_filling = true;
    m_byUnit->setChecked(!pick.unitIds.isEmpty());
    m_units->setEnabled(!pick.unitIds.isEmpty());
    for (int row = 0; row < m_units->count(); ++row) {
        QListWidgetItem *item = m_units->item(row);
        item->setCheckState(pick.unitIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_byDate->setChecked(pick.evaluationBefore.isValid());
    m_before->setEnabled(pick.evaluationBefore.isValid());
    m_before->setDate(pick.evaluationBefore.isValid() ? pick.evaluationBefore
                                                      : m_session.today().addMonths(3));
    m_filling = false;
    findCandidates();
}

ReviewPick AddReviewsDialog::pick() const
{
    ReviewPick result;
    if (m_byUnit->isChecked()) {
        for (int row = 0; row < m_units->count(); ++row) {
            if (m_units->item(row)->checkState() == Qt::Checked)
                result.unitIds << m_units->item(row)->data(IdRole).toLongLong();
        }
    }
    if (m_byDate->isChecked())
        result.evaluationBefore = m_before->date();
    return result;
}

void AddReviewsDialog::findCandidates()
{
    if (m_filling)
        return;
    m_messages->clear();
    const ReviewPick wanted = pick();
    // Nothing picked is not "everything": an office adds a batch, not the whole register.
    if (wanted.unitIds.isEmpty() && !wanted.evaluationBefore.isValid()) {
        m_candidates->setDecisions({});
        return;
    }
    auto found = PlanRepository(m_session).candidates(wanted);
    if (!found) {
        m_messages->showError(found.error().message);
        m_candidates->setDecisions({});
        return;
    }
    m_candidates->setDecisions(std::move(found).value());
}

void AddReviewsDialog::updateCount()
{
    const qsizetype ticked = m_candidates->checkedIds().size();
    if (m_candidates->rowCount() == 0) {
        m_count->setText(pick().unitIds.isEmpty() && !pick().evaluationBefore.isValid()
                             ? tr("Choose units or an evaluation date.")
                             : tr("No decisions to add."));
        return;
    }
    m_count->setText(tr("%1 of %n decision(s) ticked", nullptr, m_candidates->rowCount())
                         .arg(ticked));
}

void AddReviewsDialog::accept()
{
    const QList<qint64> ids = m_candidates->checkedIds();
    if (ids.isEmpty()) {
        m_messages->showError(tr("Tick at least one decision to add."));
        return;
    }
    auto added = PlanRepository(m_session).addReviews(m_plan.id, ids);
    if (!added) {
        m_messages->showError(added.error().message);
        return;
    }
    m_added = std::move(added).value();
    QDialog::accept();
}

std::optional<QList<qint64>> AddReviewsDialog::ask(Session &session, const ReviewPlan &plan,
                                                   QWidget *parent)
{
    AddReviewsDialog dialog(session, plan, parent);
    if (!run(dialog))
        return std::nullopt;
    return dialog.addedReviewIds();
}

} // namespace fremdrift
