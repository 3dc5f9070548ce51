#include "repository/stepcheck.h"

#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "workflow/reviewworkflow.h"
#include "workflow/session.h"

namespace fremdrift {

namespace {

// The decision with `id`, nothing when there is no id.
Result<std::optional<Decision>> optionalDecision(Session &session, const std::optional<qint64> &id)
{
    if (!id)
        return std::optional<Decision>();
    auto decision = DecisionRepository(session).get(*id);
    if (!decision)
        return decision.error();
    return std::optional<Decision>(std::move(decision).value());
}

} // namespace

Result<StepContext> loadStepContext(Session &session, const Review &review)
{
    auto meeting = MeetingRepository(session).forReview(review.id);
    if (!meeting)
        return meeting.error();
    auto previous = optionalDecision(session, review.decisionId);
    if (!previous)
        return previous.error();
    auto newDecision = optionalDecision(session, review.newDecisionId);
    if (!newDecision)
        return newDecision.error();
    StepContext context;
    context.profile = &session.profile();
    context.today = session.today();
    context.meeting = *meeting;
    context.previousDecision = *previous;
    context.newDecision = *newDecision;
    return context;
}

Result<QList<FieldProblem>> stepProblems(Session &session,
                                         const Review &review,
                                         const ReviewStep &step,
                                         const QDate &doneOn)
{
    auto context = loadStepContext(session, review);
    if (!context)
        return context.error();
    context->review = &review;
    context->step = &step;
    return checkStepCompletion(*context, doneOn);
}

} // namespace fremdrift
