#include "plans/planview.h"

#include "decisions/decisionformat.h"
#include "documents/planreport.h"
#include "letters/batchdialog.h"
#include "messagebox.h"
#include "plans/addreviewsdialog.h"
#include "plans/plandialog.h"
#include "plans/planstepsmodel.h"
#include "plans/plantasksmodel.h"
#include "plans/plantimeline.h"
#include "plans/reviewgridmodel.h"
#include "plans/staffingdialog.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "widgets/readonlylist.h"
#include "workflow/permissions.h"
#include "workflow/planprogress.h"
#include "workflow/session.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QString fact(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString red(const QString &html)
{
    return QStringLiteral("<span style=\"color:#c62828\"><b>%1</b></span>").arg(html);
}

// A file name from the plan's title: letters, digits and dashes.
QString fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : u'-';
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    return name.left(60) + QStringLiteral(".pdf");
}

} // namespace

PlanViewWidget::PlanViewWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_goal(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(new PlanStepsModel(this))
    , m_grid(new ReviewGridModel(this))
    , m_tasks(new PlanTasksModel(this))
{
    setObjectName(QStringLiteral("planView"));
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(createStepsTab(), tr("Steps"));
    m_tabs->addTab(createReviewsTab(), tr("Reviews"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    m_tabs->addTab(createTasksTab(), tr("Tasks"));
    connect(m_tasks, &PlanTasksModel::errorOccurred, this,
            [this](const QString &text) { emit message(text, true); });
    // Not a reload: the model holds the tasks as saved, and resetting it while the table
    // commits an edit would pull the row from under the editor.
    connect(m_tasks, &PlanTasksModel::tasksChanged, this, [this] {
        m_view.tasks = m_tasks->tasks();
        emit planChanged(m_view.plan.id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(createActions());
    layout->addWidget(m_tabs, 1);
}

QWidget *PlanViewWidget::createHeader()
{
    auto *header = new QWidget(this);
    auto *back = new QPushButton(tr("← &Plans"), header);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the list of plans"));
    connect(back, &QPushButton::clicked, this, &PlanViewWidget::backRequested);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("planFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_goal->setObjectName(QStringLiteral("planGoal"));
    m_goal->setWordWrap(true);
    m_goal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long goal is summed up in three lines; the tooltip has it all.
    m_goal->setMaximumHeight(m_goal->fontMetrics().lineSpacing() * 3 + 4);

    auto *top = new QHBoxLayout;
    top->addWidget(back, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_facts);
    layout->addWidget(m_goal);
    return header;
}

QWidget *PlanViewWidget::createActions()
{
    auto *row = new QWidget(this);
    auto button = [row](const QString &text, const char *name) {
        auto *result = new QPushButton(text, row);
        result->setObjectName(QString::fromLatin1(name));
        return result;
    };
    m_addReviews = button(tr("&Add decisions…"), "addReviewsButton");
    m_edit = button(tr("&Edit plan…"), "editPlanButton");
    m_staffing = button(tr("&Staffing reviewed…"), "staffingButton");
    m_staffing->setToolTip(stepTitle(planStepId()));
    m_close = button(tr("Close p&lan…"), "closePlanButton");
    m_preNotices = button(tr("Send pre-&notices…"), "preNoticesButton");
    m_preNotices->setToolTip(tr("Issues the pre-notice letters of every review that still "
                                "lacks one"));
    m_print = button(tr("P&rint…"), "printButton");
    m_export = button(tr("E&xport PDF…"), "exportButton");
    connect(m_addReviews, &QPushButton::clicked, this, &PlanViewWidget::addReviews);
    connect(m_edit, &QPushButton::clicked, this, &PlanViewWidget::editPlan);
    connect(m_staffing, &QPushButton::clicked, this, &PlanViewWidget::completeStaffing);
    connect(m_close, &QPushButton::clicked, this, &PlanViewWidget::closePlan);
    connect(m_preNotices, &QPushButton::clicked, this, &PlanViewWidget::sendPreNotices);
    connect(m_print, &QPushButton::clicked, this, &PlanViewWidget::print);
    connect(m_export, &QPushButton::clicked, this, &PlanViewWidget::chooseAndExportPdf);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *each : {m_addReviews, m_preNotices, m_edit, m_staffing, m_close})
        layout->addWidget(each);
    layout->addStretch(1);
    layout->addWidget(m_print);
    layout->addWidget(m_export);
    return row;
}

QWidget *PlanViewWidget::createStepsTab()
{
    m_stepsView = new QTableView(this);
    m_stepsView->setObjectName(QStringLiteral("stepsView"));
    m_stepsView->setModel(m_steps);
    setUpReadOnlyList(m_stepsView);
    m_stepsView->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *header = m_stepsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanStepsModel::StepColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return m_stepsView;
}

QWidget *PlanViewWidget::createReviewsTab()
{
    auto *tab = new QWidget(this);
    m_gridView = new QTableView(tab);
    m_gridView->setObjectName(QStringLiteral("reviewGrid"));
    m_gridView->setModel(m_grid);
    setUpReadOnlyList(m_gridView);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_gridView, &QTableView::activated, this, &PlanViewWidget::openCurrentReview);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanViewWidget::updateActions);

    m_openReview = new QPushButton(tr("&Open review"), tab);
    m_openReview->setObjectName(QStringLiteral("openReviewButton"));
    connect(m_openReview, &QPushButton::clicked, this, &PlanViewWidget::openCurrentReview);
    m_reassign = new QToolButton(tab);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_reassign->setText(tr("&Give to"));
    m_reassign->setToolTip(tr("Give the chosen review to another of the plan's caseworkers"));
    m_reassign->setPopupMode(QToolButton::InstantPopup);
    m_reassign->setMenu(new QMenu(m_reassign));
    connect(m_reassign->menu(), &QMenu::aboutToShow, this, &PlanViewWidget::fillReassignMenu);
    auto *legend = new QLabel(tr("✓ done on the date shown · otherwise due · red: late · "
                                 "bold: the step the review is at"), tab);
    legend->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openReview);
    buttons->addWidget(m_reassign);
    buttons->addWidget(legend, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_gridView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *PlanViewWidget::createTimelineTab()
{
    m_timeline = new PlanTimeline(this);
    connect(m_timeline, &PlanTimeline::reviewActivated, this,
            &PlanViewWidget::openReviewRequested);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScroll"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget *PlanViewWidget::createTasksTab()
{
    auto *tab = new QWidget(this);
    m_tasksView = new QTableView(tab);
    m_tasksView->setObjectName(QStringLiteral("tasksView"));
    m_tasksView->setModel(m_tasks);
    m_tasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasksView->setAlternatingRowColors(true);
    m_tasksView->setWordWrap(true);
    m_tasksView->verticalHeader()->hide();
    m_tasksView->setEditTriggers(QAbstractItemView::DoubleClicked
                                 | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_tasksView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Tasks are sentences (seed 000): the task gets the room, the others a width that wraps.
    header->setSectionResizeMode(PlanTasksModel::TaskColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair{int(PlanTasksModel::ResponsibleColumn), 190},
                                        std::pair{int(PlanTasksModel::StatusColumn), 190}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Rows as tall as their wrapped text.
    m_tasksView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_tasksView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanViewWidget::updateActions);

    m_addTask = new QPushButton(tr("Add &task"), tab);
    m_addTask->setObjectName(QStringLiteral("addTaskButton"));
    m_removeTask = new QPushButton(tr("&Remove task"), tab);
    m_removeTask->setObjectName(QStringLiteral("removeTaskButton"));
    connect(m_addTask, &QPushButton::clicked, this, &PlanViewWidget::addTask);
    connect(m_removeTask, &QPushButton::clicked, this, &PlanViewWidget::removeCurrentTask);
    auto *hint = new QLabel(tr("Double-click a cell to change it; tick Done when a task is "
                               "done."), tab);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTask);
    buttons->addWidget(m_removeTask);
    buttons->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_tasksView, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget *PlanViewWidget::tab(Tab which) const
{
    return m_tabs->widget(int(which));
}

bool PlanViewWidget::showPlan(Session *session, qint64 planId)
{
    m_session = session;
    if (!session)
        return false;
    auto view = PlanRepository(*session).view(planId);
    if (!view) {
        emit message(view.error().message, true);
        return false;
    }
    const bool otherPlan = view->plan.id != m_view.plan.id;
    m_view = std::move(view).value();
    showView();
    if (otherPlan)
        m_tabs->setCurrentIndex(m_view.plan.kind == PlanKind::Task ? TasksTab : StepsTab);
    return true;
}

void PlanViewWidget::reload()
{
    if (m_session && m_view.plan.id)
        showPlan(m_session, m_view.plan.id);
}

void PlanViewWidget::showView()
{
    const QDate today = m_session->today();
    const bool task = m_view.plan.kind == PlanKind::Task;
    m_title->setText(m_view.plan.title);
    showFacts();
    m_steps->setProgress(planStepProgress(m_view, m_session->profile(), today), today);
    m_grid->setView(m_view, today);
    fitGridColumns();
    m_timeline->setView(m_view, today);
    m_tasks->setTasks(m_session, m_view.plan.id, m_view.tasks, mayEdit());
    for (Tab each : {StepsTab, ReviewsTab, TimelineTab})
        m_tabs->setTabVisible(each, !task);
    m_tabs->setTabVisible(TasksTab, task);
    m_tabs->setTabText(ReviewsTab, tr("Reviews (%1)").arg(m_view.reviews.size()));
    updateActions();
}

void PlanViewWidget::fitGridColumns()
{
    // Names as wide as they are; the steps share the rest, so that seven to nine of them fit
    // without scrolling (headers elide; their tooltips name the step in full).
    QHeaderView *header = m_gridView->horizontalHeader();
    header->setMinimumSectionSize(64);
    for (int column = 0; column < m_grid->columnCount(); ++column) {
        header->setSectionResizeMode(column, column < ReviewGridModel::FirstStepColumn
                                                 ? QHeaderView::ResizeToContents
                                                 : QHeaderView::Stretch);
    }
}

void PlanViewWidget::showFacts()
{
    const ReviewPlan &plan = m_view.plan;
    const QDate today = m_session->today();
    QStringList parts;
    QString deadline = fact(tr("Deadline:"), formatDate(plan.deadline));
    if (!plan.isClosed() && plan.deadline.isValid() && plan.deadline < today)
        deadline = red(deadline);
    parts << fact(tr("Period:"), tr("%1 to %2").arg(formatDate(plan.startOn),
                                                    formatDate(plan.deadline)));
    parts << deadline;
    if (!plan.unitNames.isEmpty())
        parts << fact(tr("Units:"), plan.unitNames.join(QStringLiteral(", ")));
    QStringList responsible;
    for (const PlanCaseworker &caseworker : plan.caseworkers)
        responsible << (plan.kind == PlanKind::Review
                            ? tr("%1 (%2)").arg(caseworker.name).arg(caseworker.reviewCount)
                            : caseworker.name);
    if (!responsible.isEmpty())
        parts << fact(tr("Responsible:"), responsible.join(QStringLiteral(", ")));
    if (!plan.statusNote.isEmpty())
        parts << fact(tr("Status:"), plan.statusNote);
    if (plan.isClosed())
        parts << red(fact(tr("Closed:"), formatDate(plan.closedOn)));
    if (plan.kind == PlanKind::Review) {
        const QString staffing = plan.staffingDoneOn.isValid()
                                     ? tr("done %1").arg(formatDate(plan.staffingDoneOn))
                                     : tr("due %1").arg(formatDate(plan.staffingDueOn));
        const QString text = fact(stepShortTitle(planStepId()) + u':', staffing);
        parts << (isStaffingLate(plan, today) ? red(text) : text);
    }
    m_facts->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_goal->setText(plan.goal);
    m_goal->setToolTip(plan.goal);
    m_goal->setVisible(!plan.goal.isEmpty());
}

bool PlanViewWidget::mayEdit() const
{
    return m_session && roleAllows(m_session->user().role, Permission::EditCases)
           && !m_session->database().isReadOnly() && !m_view.plan.isClosed();
}

void PlanViewWidget::updateActions()
{
    const bool edit = mayEdit();
    const bool review = m_view.plan.kind == PlanKind::Review;
    m_addReviews->setVisible(review);
    m_staffing->setVisible(review);
    m_preNotices->setVisible(review);
    m_preNotices->setEnabled(edit && !m_view.reviews.isEmpty());
    m_addReviews->setEnabled(edit);
    m_edit->setEnabled(edit);
    m_staffing->setEnabled(edit && !m_view.plan.staffingDoneOn.isValid()
                           && !m_view.reviews.isEmpty());
    m_close->setEnabled(edit);
    const bool reviewChosen = m_gridView->selectionModel()->hasSelection();
    m_openReview->setEnabled(reviewChosen);
    m_reassign->setEnabled(edit && reviewChosen && m_view.plan.caseworkers.size() > 0);
    m_addTask->setEnabled(edit);
    m_removeTask->setEnabled(edit && m_tasksView->selectionModel()->hasSelection());
}

void PlanViewWidget::changed()
{
    reload();
    emit planChanged(m_view.plan.id);
}

void PlanViewWidget::addReviews()
{
    if (!m_session)
        return;
    const auto added = AddReviewsDialog::ask(*m_session, m_view.plan, this);
    if (!added)
        return;
    emit message(tr("%n review(s) added to the plan.", nullptr, int(added->size())), false);
    changed();
}

void PlanViewWidget::editPlan()
{
    if (!m_session)
        return;
    if (PlanDialog::ask(*m_session, m_view.plan, this))
        changed();
}

void PlanViewWidget::completeStaffing()
{
    if (!m_session)
        return;
    const auto answer = StaffingDialog::ask(m_session->today(), this);
    if (!answer)
        return;
    auto done = PlanRepository(*m_session)
                    .completeStaffing(m_view.plan.id, m_view.plan.version, answer->doneOn,
                                      answer->notes);
    if (!done) {
        QString text = done.error().message;
        for (const FieldProblem &problem : done.error().problems)
            text += u'\n' + problem.message;
        emit message(text, true);
        return;
    }
    changed();
}

void PlanViewWidget::closePlan()
{
    if (!m_session)
        return;
    const auto answer = MessageBox::question(
        this, tr("Close plan"),
        tr("Close “%1”? A closed plan is kept and can be printed, but no longer changed.")
            .arg(m_view.plan.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Status closed = PlanRepository(*m_session)
                              .close(m_view.plan.id, m_view.plan.version, m_session->today());
    if (!closed) {
        emit message(closed.error().message, true);
        return;
    }
    changed();
}

void PlanViewWidget::sendPreNotices()
{
    if (!m_session)
        return;
    if (BatchDialog::send(*m_session, m_view.plan.id, this))
        changed();
}

void PlanViewWidget::print()
{
    if (!m_session)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(planReportPageLayout());
    printer.setDocName(m_view.plan.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print plan"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        const Status printed = printPlanReport(m_view, *m_session, *target);
        if (!printed)
            emit message(printed.error().message, true);
    });
    preview.resize(900, 700);
    preview.exec();
}

void PlanViewWidget::chooseAndExportPdf()
{
    if (!m_session)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export plan as PDF"), QDir(folder).filePath(fileNameFor(m_view.plan.title)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool PlanViewWidget::exportPdf(const QString &path)
{
    if (!m_session)
        return false;
    const Status written = writePlanReport(m_view, *m_session, path);
    if (!written) {
        emit message(written.error().message, true);
        return false;
    }
    emit message(tr("The plan is saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void PlanViewWidget::fillReassignMenu()
{
    QMenu *menu = m_reassign->menu();
    menu->clear();
    const QModelIndex current = m_gridView->currentIndex();
    const qint64 reviewId = current.data(ReviewGridModel::ReviewIdRole).toLongLong();
    const Review *review = m_grid->review(current.row());
    for (const PlanCaseworker &caseworker : std::as_const(m_view.plan.caseworkers)) {
        QAction *action = menu->addAction(caseworker.name, this, [this, reviewId, caseworker] {
            reassign(reviewId, caseworker.userId);
        });
        action->setCheckable(true);
        action->setChecked(review && review->caseworkerId == caseworker.userId);
    }
}

bool PlanViewWidget::reassign(qint64 reviewId, qint64 userId)
{
    if (!m_session)
        return false;
    const auto found = std::find_if(m_view.reviews.cbegin(), m_view.reviews.cend(),
                                    [reviewId](const Review &r) { return r.id == reviewId; });
    if (found == m_view.reviews.cend())
        return false;
    const Status given = PlanRepository(*m_session).assignCaseworker(reviewId, found->version,
                                                                     userId);
    if (!given) {
        emit message(given.error().message, true);
        return false;
    }
    changed();
    return true;
}

void PlanViewWidget::openCurrentReview()
{
    const qint64 id = m_gridView->currentIndex().data(ReviewGridModel::ReviewIdRole).toLongLong();
    if (id)
        emit openReviewRequested(id);
}

void PlanViewWidget::addTask()
{
    const QDate deadline = m_view.plan.deadline.isValid() ? m_view.plan.deadline
                                                          : m_session->today().addMonths(1);
    const int row = m_tasks->addTask(tr("New task"), deadline);
    if (row < 0)
        return;
    // The title is a placeholder: the user types the real one straight away.
    const QModelIndex title = m_tasks->index(row, PlanTasksModel::TaskColumn);
    m_tasksView->setCurrentIndex(title);
    m_tasksView->edit(title);
}

void PlanViewWidget::removeCurrentTask()
{
    const int row = m_tasksView->currentIndex().row();
    const PlanTask *task = m_tasks->task(row);
    if (!task)
        return;
    const auto answer = MessageBox::question(this, tr("Remove task"),
                                             tr("Remove the task “%1”?").arg(task->title),
                                             QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_tasks->removeTask(row);
}

} // namespace fremdrift
