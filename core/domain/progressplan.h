#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fremdrift {

// A progress plan (nb fremdriftsplan, seed 000) groups the reviews of decisions, each run
// through the jurisdiction's steps; a task plan holds plain tasks (the unit leader's plan).
enum class PlanKind { Review, Task };

QString planKindKey(PlanKind kind); // "review", "task"
std::optional<PlanKind> planKindFromKey(const QString &key);

// A caseworker responsible in a plan, and how many of its reviews they take.
struct PlanCaseworker
{
    qint64 userId = 0;
    QString name;        // read only
    int reviewCount = 0; // read only
};

// The caseworkers `userIds`, in that order, keeping what `known` says of those among them.
QList<PlanCaseworker> caseworkersFor(const QList<qint64> &userIds,
                                     const QList<PlanCaseworker> &known);

struct ReviewPlan
{
    qint64 id = 0;
    PlanKind kind = PlanKind::Review;
    QString title;
    QString goal;
    QList<qint64> unitIds;
    QStringList unitNames; // read only, in unitIds' order
    QDate startOn;
    QDate deadline;
    QString statusNote;
    QDate closedOn;
    QList<PlanCaseworker> caseworkers;
    // The plan's own step, staffing and rotas reviewed: once, when all its decisions exist.
    QDate staffingDueOn;
    QDate staffingDoneOn;
    std::optional<qint64> staffingDoneBy;
    QString staffingDoneByName; // read only
    QString staffingNotes;
    int version = 0;
    QString updatedAt;

    bool isClosed() const { return closedOn.isValid(); }
};

// One line of a task plan: task, deadline, responsible, status (seed 000's unit leader's plan).
struct PlanTask
{
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString title;
    QDate deadline;
    QString responsible;
    QString statusNote;
    QDate doneOn;
    int version = 0;

    bool isDone() const { return doneOn.isValid(); }
    bool isLate(const QDate &today) const
    {
        return !isDone() && deadline.isValid() && deadline < today;
    }
};

// One step of one review. `form` holds the step's own form (workflow/stepforms.h says what
// each step records); `stepId` is the jurisdiction profile's id ("pre_notice", ...).
struct ReviewStep
{
    qint64 id = 0;
    qint64 reviewId = 0;
    QString stepId;
    int position = 0;
    QDate dueOn;
    bool dueSetByHand = false; // else recomputed from the plan when its dates change
    QString responsibleRole;   // "caseworker", "leader", "department_leader", "supplier", ...
    QDate doneOn;
    std::optional<qint64> doneBy;
    QString doneByName; // read only
    QString notes;
    QJsonObject form;
    int version = 0;
    QString updatedAt;

    bool isDone() const { return doneOn.isValid(); }
    // Not done and due before today.
    bool isLate(const QDate &today) const { return !isDone() && dueOn.isValid() && dueOn < today; }
};

// The review of one client's decision within a plan.
struct Review
{
    qint64 id = 0;
    qint64 planId = 0;
    QString planTitle; // read only
    qint64 clientId = 0;
    QString clientName;                  // read only
    QString unitName;                    // read only
    std::optional<qint64> decisionId;    // the decision under review
    QString decisionReference;           // read only
    std::optional<qint64> newDecisionId; // the decision written in step 6
    QString newDecisionReference;        // read only
    std::optional<qint64> caseworkerId;
    QString caseworkerName; // read only
    QDate closedOn;
    QList<ReviewStep> steps; // in the profile's order
    int version = 0;
    QString updatedAt;

    const ReviewStep *step(const QString &stepId) const;
    ReviewStep *step(const QString &stepId);
    // The first step not done; nullptr when every step is done.
    const ReviewStep *currentStep() const;
    int doneCount() const;
    int lateCount(const QDate &today) const;
    bool isFinished() const { return currentStep() == nullptr; }
};

// A plan with its reviews and steps: what the plan view shows.
struct PlanView
{
    ReviewPlan plan;
    QList<Review> reviews;
    QList<PlanTask> tasks; // task plans only
    // The step ids of the plan's reviews in order (the profile's, without staffing_reviewed).
    QStringList stepIds;
};

// One line of the plans list, with the progress counted in SQL.
struct PlanSummary
{
    qint64 id = 0;
    PlanKind kind = PlanKind::Review;
    QString title;
    QDate startOn;
    QDate deadline;
    QString statusNote;
    QDate closedOn;
    QStringList caseworkerNames;
    int reviewCount = 0;   // task plans: tasks
    int finishedCount = 0; // reviews with every step done; task plans: tasks done
    int stepCount = 0;
    int stepsDone = 0;
    int lateCount = 0; // late steps; task plans: late tasks
};

// The step ids every review of a plan runs through, in order: the profile's steps without
// the plan's own staffing_reviewed.
QString planStepId(); // "staffing_reviewed"

// Step titles and roles in the interface language.
QString stepTitle(const QString &stepId);
QString stepShortTitle(const QString &stepId); // for table headers
QString responsibleRoleName(const QString &role);

} // namespace fremdrift
