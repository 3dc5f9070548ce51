#pragma once

#include "pages/page.h"
#include "repository/overviewqueries.h"

class QAbstractItemModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fremdrift {

class DecisionListModel;
class DueStepModel;
class PlanListModel;
class TableSummaryModel;
class UpcomingMeetingModel;
class WorkloadModel;

// The first page of the day: my late steps and those due this week, meetings coming, decisions
// to evaluate soon that are in no plan (Add to plan…), the plans and their progress; for a
// leader or administrator the same for anyone, and each caseworker's load. At the bottom, which
// office and rules this database follows and what it holds.
class OverviewPage final : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    void setSession(Session *session) override;
    void refresh(Session *session) override;

    // Whose steps: nothing for everyone.
    void setCaseworker(std::optional<qint64> userId);
    std::optional<qint64> caseworker() const;
    void setEvaluationWeeks(int weeks);

    const Overview &overview() const { return m_overview; }
    TableSummaryModel *summaryModel() const { return m_summary; }
    DueStepModel *lateModel() const { return m_late; }
    DueStepModel *dueModel() const { return m_due; }
    UpcomingMeetingModel *meetingModel() const { return m_meetings; }
    DecisionListModel *unplannedModel() const { return m_unplanned; }
    PlanListModel *planModel() const { return m_plans; }
    WorkloadModel *workloadModel() const { return m_workload; }
    QTableView *unplannedView() const { return m_unplannedView; }

public slots:
    void reload();
    // Adds the decisions chosen in the unplanned list (all listed, when none is chosen) to a
    // plan the user picks.
    void addToPlan();

signals:
    void openReviewRequested(qint64 reviewId, const QString &stepId);
    void openPlanRequested(qint64 planId);
    void openDecisionRequested(qint64 decisionId);

private:
    QWidget *createHeader();
    QWidget *createSections();
    QGroupBox *createDatabaseBox();
    QGroupBox *section(const QString &objectName, QTableView *view, const QString &emptyText,
                       QWidget *below = nullptr);
    QTableView *table(QAbstractItemModel *model, int stretchColumn);
    void fillCaseworkers();
    void showOverview();
    void showDatabase();
    void updateTitles();
    void fitSections();
    bool isLeader() const;
    bool mayEdit() const;
    QList<qint64> chosenUnplanned() const;

    Session *m_session = nullptr;
    Overview m_overview;
    QLabel *m_heading;
    QLabel *m_subheading;
    QComboBox *m_who = nullptr;
    QLabel *m_whoLabel = nullptr;
    QSpinBox *m_weeks = nullptr;
    DueStepModel *m_late;
    DueStepModel *m_due;
    UpcomingMeetingModel *m_meetings;
    DecisionListModel *m_unplanned;
    PlanListModel *m_plans;
    WorkloadModel *m_workload;
    TableSummaryModel *m_summary;
    QTableView *m_unplannedView = nullptr;
    QTableView *m_lateView = nullptr;
    QTableView *m_dueView = nullptr;
    QTableView *m_summaryView = nullptr;
    QPushButton *m_addToPlan = nullptr;
    QGroupBox *m_workloadBox = nullptr;
    QGroupBox *m_databaseBox = nullptr;
    struct Section
    {
        QGroupBox *box;
        QTableView *view;
        QLabel *empty;
    };
    QList<Section> m_sections;
    bool m_filling = false;
};

} // namespace fremdrift
