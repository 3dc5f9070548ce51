#include "decisions/decisionlistmodel.h"
#include "demo/demodata.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "overview/duestepmodel.h"
#include "overview/upcomingmeetingmodel.h"
#include "overview/workloadmodel.h"
#include "pages/overviewpage.h"
#include "plans/addreviewsdialog.h"
#include "plans/candidatemodel.h"
#include "plans/chooseplandialog.h"
#include "plans/plandialog.h"
#include "plans/planlistmodel.h"
#include "plans/planspage.h"
#include "plans/planstepsmodel.h"
#include "plans/planstyle.h"
#include "plans/plantasksmodel.h"
#include "plans/plantimeline.h"
#include "plans/planview.h"
#include "plans/reviewgridmodel.h"
#include "plans/staffingdialog.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/planrepository.h"
#include "reviews/reviewwindow.h"
#include "support/screenshots.h"
#include "support/testsupport.h"
#include "tablesummarymodel.h"
#include "workflow/planprogress.h"
#include "workflow/session.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

using namespace fremdrift;
using fremdrift::test::Scratch;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A demo office (36 clients, seed 000's plans at their stages) and a session acting as `user`.
struct Office
{
    explicit Office(const QString &user = QStringLiteral("kari.vestheim"))
    {
        database = scratch.createDatabase(QStringLiteral("office.sqlite"));
        REQUIRE(fillWithDemoData(*database).ok());
        auto started = Session::start(*database, user);
        REQUIRE(started.ok());
        session = std::move(started).value();
    }

    QList<PlanSummary> plans(std::optional<PlanKind> kind) const
    {
        PlanFilter filter;
        filter.kind = kind;
        auto list = PlanRepository(*session).list(filter);
        REQUIRE(list.ok());
        return *list;
    }

    PlanView view(qint64 planId) const
    {
        auto view = PlanRepository(*session).view(planId);
        REQUIRE(view.ok());
        return *view;
    }

    Unit unit(int index) const
    {
        auto units = ClientRepository(*session).units();
        REQUIRE(units.ok());
        REQUIRE(units->size() > index);
        return units->at(index);
    }

    qint64 userId(const QString &username) const
    {
        auto users = session->users();
        REQUIRE(users.ok());
        for (const StaffUser &user : *users) {
            if (user.username == username)
                return user.id;
        }
        FAIL("no such user");
        return 0;
    }

    Scratch scratch;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

void check(QListWidget *list, const QString &text, bool checked = true)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(text)) {
            list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    FAIL("no item " << text.toStdString());
}

// Makes a plan through the dialog's widgets, as a caseworker would, on the plans page.
qint64 createPlanThroughDialog(PlansPage &page, const Office &office, PlanKind kind,
                               const QString &title, const QDate &start)
{
    PlanDialog::answerNextWith([&](PlanDialog &dialog) {
        child<QLineEdit>(dialog, "titleEdit")->setText(title);
        child<QPlainTextEdit>(dialog, "goalEdit")->setPlainText(QStringLiteral("Every need seen."));
        child<QDateEdit>(dialog, "startEdit")->setDate(start);
        child<QDateEdit>(dialog, "deadlineEdit")->setDate(start.addMonths(3));
        child<QLineEdit>(dialog, "statusEdit")->setText(QStringLiteral("Meeting held 9 January"));
        if (kind == PlanKind::Review)
            check(child<QListWidget>(dialog, "unitList"), office.unit(0).name);
        auto *caseworkers = child<QListWidget>(dialog, "caseworkerList");
        check(caseworkers, QStringLiteral("Kari Vestheim"));
        check(caseworkers, QStringLiteral("Per Aasgård"));
        return true;
    });
    if (kind == PlanKind::Review)
        page.newProgressPlan();
    else
        page.newTaskPlan();
    REQUIRE(page.isShowingPlan());
    const PlanView &shown = page.planView()->view();
    REQUIRE(shown.plan.title == title);
    return shown.plan.id;
}

// Two reviews of two steps, by hand: one done and one late, one due and one later.
PlanView handMadeView(const QDate &today)
{
    PlanView view;
    view.plan.id = 1;
    view.plan.title = QStringLiteral("By hand");
    view.plan.startOn = today.addDays(-30);
    view.plan.deadline = today.addDays(30);
    view.plan.staffingDueOn = today.addDays(40);
    view.stepIds = {QStringLiteral("pre_notice"), QStringLiteral("meeting_agreed")};
    auto step = [](const QString &id, const QDate &due, const QDate &done = {}) {
        ReviewStep result;
        result.stepId = id;
        result.dueOn = due;
        result.doneOn = done;
        result.responsibleRole = QStringLiteral("caseworker");
        return result;
    };
    Review late;
    late.id = 10;
    late.clientName = QStringLiteral("Late, Lise");
    late.caseworkerName = QStringLiteral("Kari Vestheim");
    late.steps = {step(QStringLiteral("pre_notice"), today.addDays(-20), today.addDays(-21)),
                  step(QStringLiteral("meeting_agreed"), today.addDays(-2))};
    Review onTime;
    onTime.id = 11;
    onTime.clientName = QStringLiteral("Early, Erik");
    onTime.steps = {step(QStringLiteral("pre_notice"), today.addDays(1)),
                    step(QStringLiteral("meeting_agreed"), today.addDays(9))};
    view.reviews = {late, onTime};
    return view;
}

QColor foreground(const QModelIndex &index)
{
    return index.data(Qt::ForegroundRole).value<QBrush>().color();
}

} // namespace

TEST_CASE("The plan and overview models pass the model tester")
{
    Office office;
    const QDate today = office.session->today();
    PlanListModel plans;
    QAbstractItemModelTester plansTester(&plans, Fatal);
    plans.setPlans(office.plans(std::nullopt), today);
    CHECK(plans.rowCount() >= 4);

    const PlanSummary review = office.plans(PlanKind::Review).first();
    const PlanView view = office.view(review.id);
    PlanStepsModel steps;
    QAbstractItemModelTester stepsTester(&steps, Fatal);
    steps.setProgress(planStepProgress(view, office.session->profile(), today), today);
    CHECK(steps.rowCount() == view.stepIds.size() + 1);
    ReviewGridModel grid;
    QAbstractItemModelTester gridTester(&grid, Fatal);
    grid.setView(view, today);
    CHECK(grid.rowCount() == view.reviews.size());
    CHECK(grid.columnCount() == ReviewGridModel::FirstStepColumn + view.stepIds.size());

    PlanTasksModel tasks;
    QAbstractItemModelTester tasksTester(&tasks, Fatal);
    const PlanView taskView = office.view(office.plans(PlanKind::Task).first().id);
    tasks.setTasks(office.session.get(), taskView.plan.id, taskView.tasks, true);
    CHECK(tasks.rowCount() == taskView.tasks.size());

    CandidateModel candidates;
    QAbstractItemModelTester candidatesTester(&candidates, Fatal);
    auto decisions = DecisionRepository(*office.session).list({});
    REQUIRE(decisions.ok());
    candidates.setDecisions(*decisions);
    candidates.setAllChecked(false);
    CHECK(candidates.checkedIds().isEmpty());

    OverviewOptions everyone;
    everyone.includeWorkload = true;
    auto overview = OverviewQueries(*office.session).load(everyone);
    REQUIRE(overview.ok());
    DueStepModel due;
    QAbstractItemModelTester dueTester(&due, Fatal);
    due.setSteps(overview->late + overview->dueThisWeek, today);
    UpcomingMeetingModel meetings;
    QAbstractItemModelTester meetingsTester(&meetings, Fatal);
    meetings.setMeetings(overview->meetings);
    WorkloadModel workload;
    QAbstractItemModelTester workloadTester(&workload, Fatal);
    workload.setWorkload(overview->workload);
    CHECK(workload.rowCount() >= 2);
}

TEST_CASE("The grid shows late cells red and done cells green and the step table counts them")
{
    const QDate today(2025, 3, 12);
    const PlanView view = handMadeView(today);
    ReviewGridModel grid;
    grid.setView(view, today);
    const int preNotice = grid.stepColumn(QStringLiteral("pre_notice"));
    const int agreed = grid.stepColumn(QStringLiteral("meeting_agreed"));
    REQUIRE(preNotice == ReviewGridModel::FirstStepColumn);

    const QModelIndex lateCell = grid.index(0, agreed);
    CHECK(lateCell.data(ReviewGridModel::LateRole).toBool());
    CHECK(foreground(lateCell) == planstyle::lateColor());
    CHECK(lateCell.data(Qt::BackgroundRole).value<QBrush>().color()
          == planstyle::lateBackgroundColor());
    CHECK(lateCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("late")));
    const QModelIndex doneCell = grid.index(0, preNotice);
    CHECK(doneCell.data().toString().startsWith(QStringLiteral("✓")));
    CHECK(foreground(doneCell) == planstyle::doneColor());
    const QModelIndex openCell = grid.index(1, preNotice);
    CHECK_FALSE(openCell.data(ReviewGridModel::LateRole).toBool());
    CHECK_FALSE(openCell.data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(openCell.data(Qt::BackgroundRole).isValid());
    CHECK(foreground(grid.index(0, ReviewGridModel::ClientColumn)) == planstyle::lateColor());
    CHECK(grid.index(1, ReviewGridModel::CaseworkerColumn).data().toString() == u"(nobody)");

    const JurisdictionProfile profile = *JurisdictionProfile::load(JurisdictionCode::Norway);
    PlanStepsModel steps;
    steps.setProgress(planStepProgress(view, profile, today), today);
    REQUIRE(steps.rowCount() == 3);
    // Pre-notice: one of two done, the other due tomorrow, none late.
    CHECK(steps.index(0, PlanStepsModel::DoneColumn).data().toString() == u"1 of 2");
    CHECK(steps.index(0, PlanStepsModel::LateColumn).data().toInt() == 0);
    CHECK(steps.index(0, PlanStepsModel::DeadlineColumn).data().toDate() == QDate());
    CHECK_FALSE(steps.index(0, 0).data(PlanStepsModel::LateRole).toBool());
    // Meeting agreed: none done, the earliest open due two days ago, one late, red.
    CHECK(steps.index(1, PlanStepsModel::DoneColumn).data().toString() == u"0 of 2");
    CHECK(steps.index(1, PlanStepsModel::LateColumn).data().toInt() == 1);
    CHECK(steps.progress(1)->nextDue == today.addDays(-2));
    CHECK(foreground(steps.index(1, PlanStepsModel::LateColumn)) == planstyle::lateColor());
    CHECK(steps.index(1, PlanStepsModel::StepColumn).data(Qt::BackgroundRole).value<QBrush>().color()
          == planstyle::lateBackgroundColor());
    // The plan's own step, once for the plan.
    CHECK(steps.progress(2)->isPlanStep);
    CHECK(steps.index(2, PlanStepsModel::DoneColumn).data().toString() == u"Open");

    // The timeline puts a marker per step, late ones marked, on the rows of their reviews.
    PlanTimeline timeline;
    timeline.resize(900, 300);
    timeline.setView(view, today);
    const auto markers = timeline.timeline()->markers(QRectF(0, 0, 900, 300),
                                                      QFontMetricsF(timeline.font()));
    CHECK(markers.size() == 5);
    CHECK(std::count_if(markers.cbegin(), markers.cend(), [](const auto &m) { return m.late; })
          == 1);
    CHECK(timeline.timeline()->firstDay().dayOfWeek() == Qt::Monday);
    CHECK(timeline.timeline()->lastDay().dayOfWeek() == Qt::Sunday);
    CHECK_FALSE(timeline.grab().isNull());
}

TEST_CASE("A progress plan is made in the dialog and decisions are added by unit and by date")
{
    Office office;
    PlansPage page;
    page.resize(1000, 650);
    page.setSession(office.session.get());
    const int before = page.model()->rowCount();
    const QDate today = office.session->today();
    const qint64 planId = createPlanThroughDialog(page, office, PlanKind::Review,
                                                  QStringLiteral("Review of decisions at one unit"),
                                                  today);
    CHECK(page.model()->rowCount() == before + 1);
    PlanViewWidget *view = page.planView();
    CHECK(view->view().plan.caseworkers.size() == 2);
    CHECK(view->view().plan.unitIds == QList<qint64>{office.unit(0).id});
    CHECK(view->view().reviews.isEmpty());

    // By unit: every candidate is of the unit; one is left unticked.
    const Unit unit = office.unit(0);
    int byUnit = 0;
    AddReviewsDialog::answerNextWith([&](AddReviewsDialog &dialog) {
        ReviewPick pick;
        pick.unitIds = {unit.id};
        dialog.setPick(pick);
        CandidateModel *candidates = dialog.candidates();
        REQUIRE(candidates->rowCount() >= 2);
        for (int row = 0; row < candidates->rowCount(); ++row)
            CHECK(candidates->index(row, CandidateModel::UnitColumn).data().toString() == unit.name);
        candidates->setData(candidates->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
        byUnit = candidates->rowCount() - 1;
        return true;
    });
    view->addReviews();
    REQUIRE(view->view().reviews.size() == byUnit);
    for (const Review &review : view->view().reviews) {
        CHECK(review.unitName == unit.name);
        REQUIRE(review.caseworkerId.has_value());
        CHECK((review.caseworkerName == u"Kari Vestheim" || review.caseworkerName == u"Per Aasgård"));
    }
    CHECK(view->gridModel()->rowCount() == byUnit);
    CHECK(view->stepsModel()->index(0, PlanStepsModel::DoneColumn).data().toString()
          == QStringLiteral("0 of %1").arg(byUnit));

    // By evaluation date: all decisions to evaluate within a year, none already in the plan.
    const QDate evaluatedBefore = today.addYears(1);
    int byDate = 0;
    AddReviewsDialog::answerNextWith([&](AddReviewsDialog &dialog) {
        ReviewPick pick;
        pick.evaluationBefore = evaluatedBefore;
        dialog.setPick(pick);
        CandidateModel *candidates = dialog.candidates();
        REQUIRE(candidates->rowCount() > 0);
        for (int row = 0; row < candidates->rowCount(); ++row) {
            const qint64 id = candidates->index(row, 0).data(CandidateModel::IdRole).toLongLong();
            auto decision = DecisionRepository(*office.session).get(id);
            REQUIRE(decision.ok());
            CHECK(decision->evaluationDate < evaluatedBefore);
            for (const Review &review : page.planView()->view().reviews)
                CHECK(review.decisionId != id);
        }
        byDate = candidates->rowCount();
        return true;
    });
    view->addReviews();
    CHECK(view->view().reviews.size() == byUnit + byDate);

    // Another caseworker takes a review.
    const Review first = view->view().reviews.first();
    const qint64 other = first.caseworkerName == u"Kari Vestheim"
                             ? office.userId(QStringLiteral("per.aasgård"))
                             : office.userId(QStringLiteral("kari.vestheim"));
    REQUIRE(view->reassign(first.id, other));
    auto reread = PlanRepository(*office.session).review(first.id);
    REQUIRE(reread.ok());
    CHECK(reread->caseworkerId == other);
    CHECK(view->gridModel()->review(0)->caseworkerId == other);

    // A plan without a title is not saved and the dialog says so.
    PlanDialog::answerNextWith([&](PlanDialog &dialog) {
        dialog.setTitle(QString());
        return true;
    });
    view->editPlan();
    CHECK(PlanRepository(*office.session).get(planId)->title
          == u"Review of decisions at one unit");
    page.showList();
    CHECK_FALSE(page.isShowingPlan());
}

TEST_CASE("A task plan's tasks are added edited done and removed with late ones red")
{
    Office office;
    PlansPage page;
    page.setSession(office.session.get());
    const QDate today = office.session->today();
    createPlanThroughDialog(page, office, PlanKind::Task, QStringLiteral("Unit leader's plan"),
                            today.addMonths(-2));
    PlanViewWidget *view = page.planView();
    CHECK(view->tabs()->currentWidget() == view->tab(PlanViewWidget::TasksTab));
    CHECK_FALSE(view->tabs()->isTabVisible(PlanViewWidget::StepsTab));
    PlanTasksModel *tasks = view->tasksModel();
    QAbstractItemModelTester tester(tasks, Fatal);

    const int row = tasks->addTask(QStringLiteral("New allocation criteria"), today.addDays(-3));
    REQUIRE(row == 0);
    const QModelIndex deadline = tasks->index(row, PlanTasksModel::DeadlineColumn);
    CHECK(deadline.data(PlanTasksModel::LateRole).toBool());
    CHECK(foreground(deadline) == planstyle::lateColor());
    CHECK(tasks->setData(tasks->index(row, PlanTasksModel::ResponsibleColumn),
                         QStringLiteral("Unit leader")));
    CHECK(tasks->setData(tasks->index(row, PlanTasksModel::StatusColumn),
                         QStringLiteral("Put before the council")));
    CHECK(tasks->setData(tasks->index(row, PlanTasksModel::DoneColumn), Qt::Checked,
                         Qt::CheckStateRole));
    CHECK_FALSE(tasks->index(row, 0).data(PlanTasksModel::LateRole).toBool());
    CHECK(tasks->task(row)->doneOn == today);
    CHECK(tasks->setData(tasks->index(row, PlanTasksModel::DoneColumn), today.addDays(-1)));

    auto stored = PlanRepository(*office.session).tasks(view->planId());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().responsible == u"Unit leader");
    CHECK(stored->first().statusNote == u"Put before the council");
    CHECK(stored->first().doneOn == today.addDays(-1));

    tasks->addTask(QStringLiteral("Templates"), today.addDays(20));
    CHECK(tasks->rowCount() == 2);
    CHECK(tasks->removeTask(1));
    CHECK(PlanRepository(*office.session).tasks(view->planId())->size() == 1);
    CHECK(page.model()->rowCount() >= 1);
}

TEST_CASE("The plan view exports its report as a PDF and the plan's own step is completed")
{
    Office office;
    PlansPage page;
    page.setSession(office.session.get());
    const PlanSummary plan = office.plans(PlanKind::Review).first();
    page.openPlan(plan.id);
    REQUIRE(page.isShowingPlan());
    PlanViewWidget *view = page.planView();
    CHECK(view->tabs()->isTabVisible(PlanViewWidget::TimelineTab));
    CHECK_FALSE(view->tabs()->isTabVisible(PlanViewWidget::TasksTab));
    const QString path = office.scratch.path(QStringLiteral("export.pdf"));
    REQUIRE(view->exportPdf(path));
    CHECK(QFileInfo(path).size() > 1000);
    CHECK(test::readAll(path).startsWith("%PDF"));

    // Staffing cannot be reviewed before every decision of the plan is in force: core says why.
    QString said;
    QObject::connect(view, &PlanViewWidget::message, view,
                     [&](const QString &text, bool) { said = text; });
    StaffingDialog::answerNextWith([](StaffingDialog &dialog) {
        dialog.setNotes(QStringLiteral("Rotas adjusted"));
        return true;
    });
    const bool allInForce = std::all_of(view->view().reviews.cbegin(), view->view().reviews.cend(),
                                        [](const Review &r) { return r.isFinished(); });
    view->completeStaffing();
    if (allInForce) {
        CHECK(view->view().plan.staffingDoneOn.isValid());
    } else {
        CHECK_FALSE(said.isEmpty());
        CHECK_FALSE(view->view().plan.staffingDoneOn.isValid());
    }
}

TEST_CASE("The overview lists a late step and a decision in no plan until it is added")
{
    Office office;
    const QDate today = office.session->today();
    PlansPage plans;
    plans.setSession(office.session.get());
    // A plan that started long ago, with one review: its first steps are late now.
    const qint64 planId = createPlanThroughDialog(plans, office, PlanKind::Review,
                                                  QStringLiteral("Started long ago"),
                                                  today.addMonths(-2));

    OverviewPage page;
    page.resize(1000, 700);
    page.setSession(office.session.get());
    page.setEvaluationWeeks(104);
    const QList<DecisionSummary> unplanned = page.overview().unplannedDecisions;
    REQUIRE_FALSE(unplanned.isEmpty());
    const DecisionSummary chosen = unplanned.first();
    CHECK(page.unplannedModel()->rowCount() == unplanned.size());

    // Add it to the plan from the overview: it leaves the list.
    QTableView *list = page.unplannedView();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(DecisionListModel::IdRole).toLongLong() == chosen.id)
            list->selectRow(row);
    }
    ChoosePlanDialog::answerNextWith([&](ChoosePlanDialog &dialog) {
        dialog.setPlan(planId);
        return dialog.planId() == planId;
    });
    page.addToPlan();
    const auto still = page.overview().unplannedDecisions;
    CHECK(std::none_of(still.cbegin(), still.cend(),
                       [&](const DecisionSummary &d) { return d.id == chosen.id; }));
    CHECK(still.size() == unplanned.size() - 1);

    // Its first step was due weeks ago: late, for whoever took it.
    const PlanView view = office.view(planId);
    REQUIRE(view.reviews.size() == 1);
    page.setCaseworker(view.reviews.first().caseworkerId);
    const auto late = page.overview().late;
    const auto found = std::find_if(late.cbegin(), late.cend(), [&](const DueStep &step) {
        return step.reviewId == view.reviews.first().id;
    });
    REQUIRE(found != late.cend());
    CHECK(found->dueOn < today);
    bool shown = false;
    for (int row = 0; row < page.lateModel()->rowCount(); ++row) {
        const QModelIndex index = page.lateModel()->index(row, DueStepModel::DueColumn);
        if (index.data(DueStepModel::ReviewIdRole).toLongLong() == found->reviewId) {
            shown = true;
            CHECK(foreground(index) == planstyle::lateColor());
        }
    }
    CHECK(shown);
    // The plan shows among the open plans, with its progress.
    bool planListed = false;
    for (int row = 0; row < page.planModel()->rowCount(); ++row)
        planListed |= page.planModel()->plan(row)->id == planId;
    CHECK(planListed);
    // The database summary is still there.
    CHECK(page.summaryModel()->rowCount() > 0);
}

TEST_CASE("A leader's overview shows everyone and each caseworker's load")
{
    Office office(QStringLiteral("liv.tangen"));
    OverviewPage page;
    page.setSession(office.session.get());
    CHECK_FALSE(page.caseworker().has_value());
    CHECK(page.workloadModel()->rowCount() >= 2);
    CHECK(page.planModel()->rowCount() >= 3);
    page.setCaseworker(office.userId(QStringLiteral("kari.vestheim")));
    CHECK(page.caseworker() == office.userId(QStringLiteral("kari.vestheim")));
    for (const DueStep &step : page.overview().late + page.overview().dueThisWeek)
        CHECK(step.caseworkerName == u"Kari Vestheim");
}

TEST_CASE("The main window opens a plan from the overview in the plans page")
{
    Scratch scratch;
    {
        auto db = scratch.createDatabase(QStringLiteral("demo.sqlite"));
        REQUIRE(fillWithDemoData(*db).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(scratch.path(QStringLiteral("demo.sqlite"))));
    auto *overview = static_cast<OverviewPage *>(window.page(PageId::Overview));
    auto *plans = static_cast<PlansPage *>(window.page(PageId::Plans));
    REQUIRE(overview->planModel()->rowCount() > 0);
    const qint64 planId = overview->planModel()->plan(0)->id;
    emit overview->openPlanRequested(planId);
    CHECK(window.currentPage() == PageId::Plans);
    CHECK(plans->isShowingPlan());
    CHECK(plans->planView()->planId() == planId);

    const PlanView &view = plans->planView()->view();
    REQUIRE_FALSE(view.reviews.isEmpty());
    emit overview->openReviewRequested(view.reviews.first().id, view.stepIds.first());
    REQUIRE(plans->openReviews().size() == 1);
    CHECK(plans->openReviews().first()->review().id == view.reviews.first().id);
    // Opening it again brings the same window forward.
    plans->openReview(view.reviews.first().id);
    CHECK(plans->openReviews().size() == 1);
}

// Not run by CTest (hidden tag): the plans page, the plan view's tabs, the dialogs and the
// overview in every language, for a person to look at, and the plan report as a PDF.
// FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_plans_ui "[.screenshots]"
TEST_CASE("Screenshots of the plans and overview pages", "[.screenshots]")
{
    test::forEveryLanguage([](const QString &language, const QString &path, const QString &folder) {
        MainWindow window;
        test::showForScreenshots(window, language, path);
        auto shot = [&](QWidget *widget, const QString &what) {
            test::saveShot(widget, folder, language, what);
        };
        shot(&window, QStringLiteral("overview"));
        auto *overview = static_cast<OverviewPage *>(window.page(PageId::Overview));
        auto *scroll = overview->findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        shot(&window, QStringLiteral("overview-bottom"));

        window.showPage(PageId::Plans);
        shot(&window, QStringLiteral("plans-page"));
        auto *plans = static_cast<PlansPage *>(window.page(PageId::Plans));
        Session &session = *window.session();
        PlanFilter filter;
        auto all = PlanRepository(session).list(filter);
        REQUIRE(all.ok());
        const auto late = std::max_element(all->cbegin(), all->cend(),
                                           [](const PlanSummary &a, const PlanSummary &b) {
                                               return a.kind == PlanKind::Task
                                                      || (b.kind == PlanKind::Review
                                                          && a.lateCount < b.lateCount);
                                           });
        plans->openPlan(late->id);
        PlanViewWidget *view = plans->planView();
        const std::pair<PlanViewWidget::Tab, const char *> tabs[] = {
            {PlanViewWidget::StepsTab, "plan-steps"},
            {PlanViewWidget::ReviewsTab, "plan-reviews"},
            {PlanViewWidget::TimelineTab, "plan-timeline"}};
        for (const auto &[tab, name] : tabs) {
            view->tabs()->setCurrentIndex(tab);
            shot(&window, QString::fromLatin1(name));
        }
        view->exportPdf(QStringLiteral("%1/%2-plan-report.pdf").arg(folder, language));

        PlanDialog::answerNextWith([&](PlanDialog &dialog) {
            dialog.show();
            shot(&dialog, QStringLiteral("plan-dialog"));
            return false;
        });
        view->editPlan();
        AddReviewsDialog::answerNextWith([&](AddReviewsDialog &dialog) {
            ReviewPick pick;
            pick.evaluationBefore = session.today().addYears(1);
            dialog.setPick(pick);
            dialog.show();
            shot(&dialog, QStringLiteral("add-reviews"));
            return false;
        });
        view->addReviews();
        StaffingDialog staffing(session.today());
        staffing.show();
        shot(&staffing, QStringLiteral("staffing-dialog"));

        for (const PlanSummary &plan : *all) {
            if (plan.kind == PlanKind::Task) {
                plans->openPlan(plan.id);
                shot(&window, QStringLiteral("plan-tasks"));
                view->exportPdf(QStringLiteral("%1/%2-task-report.pdf").arg(folder, language));
                break;
            }
        }
    });
}
