#pragma once

#include "domain/progressplan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace fremdrift {

class PlanStepsModel;
class PlanTasksModel;
class PlanTimeline;
class ReviewGridModel;
class Session;

// One plan at a glance (the class is not called PlanView: core's PlanView is the value it
// shows). Its facts on top; tabs for the step table (seed 000's step × deadline × responsible
// × status), the grid of reviews against steps, the timeline across the plan's weeks, and for
// task plans the editable task table. Late is red everywhere. Print… and Export PDF… give the
// report an office hands to its supervisor (documents/planreport.h).
class PlanViewWidget final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { StepsTab, ReviewsTab, TimelineTab, TasksTab };

    explicit PlanViewWidget(QWidget *parent = nullptr);

    // Shows plan `planId` of `session`; false (and a message) when it cannot be read.
    bool showPlan(Session *session, qint64 planId);
    // Reads the plan again (another PC committed, a review window saved), keeping the tab.
    void reload();
    qint64 planId() const { return m_view.plan.id; }
    const PlanView &view() const { return m_view; }

    QTabWidget *tabs() const { return m_tabs; }
    QWidget *tab(Tab which) const;
    PlanStepsModel *stepsModel() const { return m_steps; }
    ReviewGridModel *gridModel() const { return m_grid; }
    PlanTasksModel *tasksModel() const { return m_tasks; }
    QTableView *gridView() const { return m_gridView; }
    PlanTimeline *timeline() const { return m_timeline; }

public slots:
    void addReviews();
    void editPlan();
    void completeStaffing();
    void closePlan();
    // The batch of pre-notices for the plan's reviews that still lack it.
    void sendPreNotices();
    void print();
    // Asks where, then exports.
    void chooseAndExportPdf();
    bool exportPdf(const QString &path);
    // Gives the review to another of the plan's caseworkers.
    bool reassign(qint64 reviewId, qint64 userId);
    void openCurrentReview();
    void addTask();
    void removeCurrentTask();

signals:
    void backRequested();
    void openReviewRequested(qint64 reviewId);
    // The plan changed here (saved, reviews added, closed): lists showing it are out of date.
    void planChanged(qint64 planId);
    void message(const QString &text, bool isError);

private:
    QWidget *createHeader();
    QWidget *createActions();
    QWidget *createStepsTab();
    QWidget *createReviewsTab();
    QWidget *createTimelineTab();
    QWidget *createTasksTab();
    void showView();
    void showFacts();
    void fitGridColumns();
    void updateActions();
    void fillReassignMenu();
    bool mayEdit() const;
    void changed();

    Session *m_session = nullptr;
    PlanView m_view;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_goal;
    QTabWidget *m_tabs;
    PlanStepsModel *m_steps;
    ReviewGridModel *m_grid;
    PlanTasksModel *m_tasks;
    QTableView *m_stepsView = nullptr;
    QTableView *m_gridView = nullptr;
    QTableView *m_tasksView = nullptr;
    PlanTimeline *m_timeline = nullptr;
    QPushButton *m_addReviews = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_staffing = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_preNotices = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_openReview = nullptr;
    QToolButton *m_reassign = nullptr;
    QPushButton *m_addTask = nullptr;
    QPushButton *m_removeTask = nullptr;
};

} // namespace fremdrift
