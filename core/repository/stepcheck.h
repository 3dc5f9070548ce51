#pragma once

#include "domain/progressplan.h"
#include "util/result.h"
#include "workflow/reviewworkflow.h"

namespace fremdrift {

class Session;

// What a step's completion is checked against, for `review`: its evaluation meeting, the
// decision under review and the new one, the profile and today. `review` and `step` are left
// for the caller to point at.
Result<StepContext> loadStepContext(Session &session, const Review &review);

// What still stops `step` of `review` from being completed on `doneOn`: checkStepCompletion()
// with the review's meeting and decisions loaded, as PlanRepository::completeStep sees them.
// For showing what is missing before anyone tries (review windows, `review show`).
Result<QList<FieldProblem>> stepProblems(Session &session,
                                         const Review &review,
                                         const ReviewStep &step,
                                         const QDate &doneOn);

} // namespace fremdrift
