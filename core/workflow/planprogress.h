#pragma once

#include "domain/progressplan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fremdrift {

class JurisdictionProfile;

// One line of a plan's step table (seed 000: step × deadline × responsible × status), counted
// over the plan's reviews; the plan's own step (staffing reviewed) counts once for the plan.
struct StepProgress
{
    QString stepId;
    QString role;     // responsible role, as the profile has it
    int total = 0;    // reviews that run the step; 1 for the plan's own step
    int done = 0;
    int late = 0;
    QDate nextDue;    // the earliest due date of those still open
    QDate lastDone;   // the latest done date
    bool isPlanStep = false;

    bool allDone() const { return total > 0 && done == total; }
    bool isLate(const QDate &today) const
    {
        return late > 0 || (nextDue.isValid() && nextDue < today && !allDone());
    }
};

// The steps of `view` in order, then (review plans only) the plan's own step.
QList<StepProgress> planStepProgress(const PlanView &view,
                                     const JurisdictionProfile &profile,
                                     const QDate &today);

// A step not done whose due date has passed, with whose review it is.
struct LateStep
{
    qint64 reviewId = 0;
    QString clientName;
    QString caseworkerName;
    QString stepId;
    QDate dueOn;
};

// Every late step of the plan, the oldest first; the plan's own step has no review (id 0).
QList<LateStep> lateSteps(const PlanView &view, const QDate &today);

// Whether the plan's own step is late.
bool isStaffingLate(const ReviewPlan &plan, const QDate &today);

} // namespace fremdrift
