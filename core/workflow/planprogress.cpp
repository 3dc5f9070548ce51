#include "workflow/planprogress.h"

#include "jurisdiction/jurisdictionprofile.h"

#include <algorithm>

namespace fremdrift {

namespace {

void count(StepProgress &progress, const ReviewStep &step, const QDate &today)
{
    ++progress.total;
    if (step.isDone()) {
        ++progress.done;
        if (!progress.lastDone.isValid() || step.doneOn > progress.lastDone)
            progress.lastDone = step.doneOn;
        return;
    }
    if (step.isLate(today))
        ++progress.late;
    if (step.dueOn.isValid() && (!progress.nextDue.isValid() || step.dueOn < progress.nextDue))
        progress.nextDue = step.dueOn;
}

StepProgress staffingProgress(const ReviewPlan &plan, const JurisdictionProfile &profile,
                              const QDate &today)
{
    StepProgress progress;
    progress.stepId = planStepId();
    const StepDefault *defaults = profile.step(planStepId());
    // Seed 000: the department leader reviews rotas once every decision of the plan exists.
    progress.role = defaults ? defaults->role : QStringLiteral("department_leader");
    progress.isPlanStep = true;
    progress.total = 1;
    progress.done = plan.staffingDoneOn.isValid() ? 1 : 0;
    progress.lastDone = plan.staffingDoneOn;
    if (!plan.staffingDoneOn.isValid())
        progress.nextDue = plan.staffingDueOn;
    progress.late = isStaffingLate(plan, today) ? 1 : 0;
    return progress;
}

} // namespace

bool isStaffingLate(const ReviewPlan &plan, const QDate &today)
{
    return !plan.staffingDoneOn.isValid() && plan.staffingDueOn.isValid()
           && plan.staffingDueOn < today;
}

QList<StepProgress> planStepProgress(const PlanView &view,
                                     const JurisdictionProfile &profile,
                                     const QDate &today)
{
    QList<StepProgress> result;
    if (view.plan.kind == PlanKind::Task)
        return result;
    for (const QString &stepId : view.stepIds) {
        StepProgress progress;
        progress.stepId = stepId;
        if (const StepDefault *defaults = profile.step(stepId))
            progress.role = defaults->role;
        for (const Review &review : view.reviews) {
            if (const ReviewStep *step = review.step(stepId)) {
                count(progress, *step, today);
                // The review's own role wins: an office may have changed it for this plan.
                if (!step->responsibleRole.isEmpty())
                    progress.role = step->responsibleRole;
            }
        }
        result.append(progress);
    }
    result.append(staffingProgress(view.plan, profile, today));
    return result;
}

QList<LateStep> lateSteps(const PlanView &view, const QDate &today)
{
    QList<LateStep> result;
    for (const Review &review : view.reviews) {
        for (const ReviewStep &step : review.steps) {
            if (step.isLate(today))
                result.append({review.id, review.clientName, review.caseworkerName, step.stepId,
                               step.dueOn});
        }
    }
    if (view.plan.kind == PlanKind::Review && isStaffingLate(view.plan, today))
        result.append({0, QString(), QString(), planStepId(), view.plan.staffingDueOn});
    std::stable_sort(result.begin(), result.end(), [](const LateStep &a, const LateStep &b) {
        return a.dueOn < b.dueOn;
    });
    return result;
}

} // namespace fremdrift
