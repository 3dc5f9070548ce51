#include "plans/planspage.h"

#include "plans/plandialog.h"
#include "plans/planlistmodel.h"
#include "plans/planview.h"
#include "plans/progressdelegate.h"
#include "reviews/reviewwindow.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fremdrift {

PlansPage::PlansPage(QWidget *parent)
    : Page(parent)
    , m_stack(new QStackedWidget(this))
    , m_model(new PlanListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_planView(new PlanViewWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_stack->addWidget(createListPage());
    m_stack->addWidget(m_planView);
    connect(m_planView, &PlanViewWidget::backRequested, this, &PlansPage::showList);
    connect(m_planView, &PlanViewWidget::message, this, &Page::message);
    connect(m_planView, &PlanViewWidget::planChanged, this, &PlansPage::reload);
    connect(m_planView, &PlanViewWidget::openReviewRequested, this,
            [this](qint64 id) { openReview(id); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_stack);
    setSession(nullptr);
}

QWidget *PlansPage::createListPage()
{
    auto *page = new QWidget(this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("plansView"));
    m_view->setModel(m_proxy);
    setUpReadOnlyList(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlanListModel::DeadlineColumn, Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(PlanListModel::ProgressColumn,
                                     new ProgressDelegate(PlanListModel::ProgressRole, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PlanListModel::StatusColumn, QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_view, &QTableView::activated, this, &PlansPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansPage::updateButtons);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilters(page));
    layout->addWidget(m_view, 1);
    layout->addWidget(createButtons(page));
    return page;
}

QWidget *PlansPage::createFilters(QWidget *parent)
{
    auto *row = new QWidget(parent);
    m_show = new QComboBox(row);
    m_show->setObjectName(QStringLiteral("showFilter"));
    m_show->addItem(tr("Open plans"), int(Show::Open));
    m_show->addItem(tr("Closed plans"), int(Show::Closed));
    m_show->addItem(tr("All plans"), int(Show::All));
    m_mine = new QCheckBox(tr("Only plans I am &responsible for"), row);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    auto *label = new QLabel(tr("S&how:"), row);
    label->setBuddy(m_show);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_show);
    layout->addSpacing(12);
    layout->addWidget(m_mine);
    layout->addStretch(1);
    connect(m_show, &QComboBox::currentIndexChanged, this, &PlansPage::reload);
    connect(m_mine, &QCheckBox::toggled, this, &PlansPage::reload);
    return row;
}

QWidget *PlansPage::createButtons(QWidget *parent)
{
    auto *row = new QWidget(parent);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_newProgress = new QPushButton(tr("New &progress plan…"), row);
    m_newProgress->setObjectName(QStringLiteral("newProgressPlanButton"));
    m_newTask = new QPushButton(tr("New &task plan…"), row);
    m_newTask->setObjectName(QStringLiteral("newTaskPlanButton"));
    m_open = new QPushButton(tr("&Open"), row);
    m_open->setObjectName(QStringLiteral("openButton"));
    connect(m_newProgress, &QPushButton::clicked, this, &PlansPage::newProgressPlan);
    connect(m_newTask, &QPushButton::clicked, this, &PlansPage::newTaskPlan);
    connect(m_open, &QPushButton::clicked, this, &PlansPage::openCurrent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_count, 1);
    layout->addWidget(m_newProgress);
    layout->addWidget(m_newTask);
    layout->addWidget(m_open);
    return row;
}

void PlansPage::setSession(Session *session)
{
    // A review window acts through its session: one for another database must not outlive it.
    if (session != m_session)
        closeReviews();
    m_session = session;
    setEnabled(session != nullptr);
    showList();
    reload();
}

void PlansPage::refresh(Session *session)
{
    if (session != m_session) {
        setSession(session);
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    reload();
    m_view->verticalScrollBar()->setValue(scroll);
    if (isShowingPlan())
        m_planView->reload();
}

void PlansPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void PlansPage::setMineOnly(bool mine)
{
    m_mine->setChecked(mine);
}

bool PlansPage::isShowingPlan() const
{
    return m_stack->currentWidget() == m_planView;
}

PlanFilter PlansPage::filter() const
{
    PlanFilter result;
    result.includeClosed = Show(m_show->currentData().toInt()) != Show::Open;
    if (m_mine->isChecked() && m_session)
        result.caseworkerId = m_session->user().id;
    return result;
}

void PlansPage::reload()
{
    if (!m_session) {
        m_model->setPlans({}, QDate::currentDate());
        m_count->clear();
        updateButtons();
        return;
    }
    auto plans = PlanRepository(*m_session).list(filter());
    if (!plans) {
        emit message(plans.error().message, true);
        return;
    }
    // Closed only: the repository lists open and closed together.
    if (Show(m_show->currentData().toInt()) == Show::Closed)
        plans->removeIf([](const PlanSummary &plan) { return !plan.closedOn.isValid(); });
    const qint64 selected = m_view->currentIndex().data(PlanListModel::IdRole).toLongLong();
    const int count = int(plans->size());
    m_model->setPlans(std::move(plans).value(), m_session->today());
    m_count->setText(tr("%n plan(s)", nullptr, count));
    for (int row = 0; selected && row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(PlanListModel::IdRole).toLongLong() == selected)
            m_view->selectRow(row);
    }
    updateButtons();
}

void PlansPage::updateButtons()
{
    const bool mayEdit = m_session && roleAllows(m_session->user().role, Permission::EditCases)
                         && !m_session->database().isReadOnly();
    m_newProgress->setEnabled(mayEdit);
    m_newTask->setEnabled(mayEdit);
    m_open->setEnabled(m_view->selectionModel()->hasSelection());
}

void PlansPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openPlan(current.data(PlanListModel::IdRole).toLongLong());
}

void PlansPage::openPlan(qint64 planId)
{
    if (m_session && m_planView->showPlan(m_session, planId))
        m_stack->setCurrentWidget(m_planView);
}

void PlansPage::showList()
{
    m_stack->setCurrentIndex(0);
}

void PlansPage::newProgressPlan()
{
    newPlan(PlanKind::Review);
}

void PlansPage::newTaskPlan()
{
    newPlan(PlanKind::Task);
}

void PlansPage::newPlan(PlanKind kind)
{
    if (!m_session)
        return;
    ReviewPlan plan;
    plan.kind = kind;
    const auto saved = PlanDialog::ask(*m_session, plan, this);
    if (!saved)
        return;
    reload();
    openPlan(saved->id);
}

void PlansPage::openReview(qint64 reviewId, const QString &stepId)
{
    if (!m_session)
        return;
    m_reviews.removeAll(nullptr);
    for (const auto &window : std::as_const(m_reviews)) {
        if (window->review().id == reviewId) {
            if (!stepId.isEmpty())
                window->showStep(stepId);
            window->raise();
            window->activateWindow();
            return;
        }
    }
    auto *window = new ReviewWindow(*m_session, reviewId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ReviewWindow::reviewChanged, this, &PlansPage::reviewChanged);
    connect(window, &ReviewWindow::openDecisionRequested, this, &PlansPage::openDecisionRequested);
    m_reviews.append(window);
    if (!stepId.isEmpty())
        window->showStep(stepId);
    window->show();
}

QList<ReviewWindow *> PlansPage::openReviews() const
{
    QList<ReviewWindow *> result;
    for (const auto &window : m_reviews) {
        if (window)
            result << window.data();
    }
    return result;
}

void PlansPage::reviewChanged()
{
    reload();
    if (isShowingPlan())
        m_planView->reload();
}

void PlansPage::closeReviews()
{
    // Deleted, not closed: closing would ask about unsaved steps through a session that may
    // already be gone.
    for (const auto &window : std::as_const(m_reviews))
        delete window.data();
    m_reviews.clear();
}

} // namespace fremdrift
