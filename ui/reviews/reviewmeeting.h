#pragma once

#include "domain/meeting.h"

namespace fremdrift {

class JurisdictionProfile;
struct StepFormContext;

// A new evaluation meeting for the review in `context`, for the meeting dialog to complete:
// the client, the people around them who take part in an evaluation (guardian, relatives,
// primary contact, supplier) and the caseworker, all invited, with the default agenda. The
// caseworker takes it from there.
Meeting newEvaluationMeeting(const StepFormContext &context, const JurisdictionProfile &profile);

} // namespace fremdrift
