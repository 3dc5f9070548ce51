#pragma once

#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/progressplan.h"
#include "util/result.h"

#include <optional>

namespace fremdrift {

class WorkingDayCalendar;

// The dates a step's due rule counts from. Unknown dates are estimated (see dueAnchors()).
struct DueAnchors
{
    QDate planStart;
    QDate planDeadline;
    QDate meeting;           // the evaluation meeting, agreed or estimated
    QDate complaintDeadline; // the new decision's, or estimated from the plan deadline
    QDate allDecisionsSent;  // the last new decision sent, or the plan deadline
};

// The anchors of one review: the plan's dates and, when known, the review's meeting and new
// decision; the rest estimated so every step has a due date from the day the plan starts.
DueAnchors dueAnchors(const ReviewPlan &plan,
                      const JurisdictionProfile &profile,
                      const std::optional<Meeting> &meeting,
                      const std::optional<Decision> &newDecision);

// When a step with `rule` is due: the anchor plus the rule's days, moved forward to a working
// day. Invalid when the anchor is unknown.
QDate dueDate(const DueRule &rule, const DueAnchors &anchors, const WorkingDayCalendar &calendar);

// The steps a review runs through, in order, with their roles and due dates (done, notes and
// forms empty): what a new review starts with.
QList<ReviewStep> plannedSteps(const JurisdictionProfile &profile,
                               const DueAnchors &anchors,
                               const WorkingDayCalendar &calendar);

// Everything one step's completion is checked against.
struct StepContext
{
    const Review *review = nullptr;
    const ReviewStep *step = nullptr;
    const JurisdictionProfile *profile = nullptr;
    QDate today;
    std::optional<Meeting> meeting;          // the review's evaluation meeting
    std::optional<Decision> previousDecision; // the decision under review
    std::optional<Decision> newDecision;      // the decision written in step 6
};

// Why the step cannot be completed on `doneOn` yet: an earlier step still open, or what its form
// lacks (field = the form key, "meeting.minutes", "investigation.gp", ...). Empty: it can.
QList<FieldProblem> checkStepCompletion(const StepContext &context, const QDate &doneOn);

// Why a done step cannot be reopened: a later step is done.
QList<FieldProblem> checkStepReopen(const Review &review, const QString &stepId);

// One line of step 6's checklist: what the new decision must contain (seed 000), ticked from
// the decision itself.
struct ChecklistItem
{
    QString id; // a section key, "services", "own_and_shared_time", "evaluation_date", ...
    QString text;
    bool done = false;
};

QList<ChecklistItem> decisionChecklist(const Decision &newDecision,
                                       const std::optional<Decision> &previousDecision);

// Whether the plan's own step (staffing and rotas reviewed) can be completed: every review's
// decision in force.
QList<FieldProblem> checkStaffingCompletion(const PlanView &view, const QDate &doneOn,
                                            const QString &notes);

} // namespace fremdrift
