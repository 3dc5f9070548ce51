#pragma once

#include "demo/demodata.h"
#include "util/result.h"

namespace fremdrift {

class Session;

// Seed 000's plans in an office fillWithDemoData() has just filled: three progress plans of 7, 8
// and about 14 reviews, two caseworkers sharing each as the seed does (3+4, 4+4, 7+7), at
// different stages relative to today (well advanced with a few late steps; started a few
// weeks ago; starting later), and the unit leader's task plan. Then `options.extraPlans` more
// plans, inserted in bulk, for benchmarks.
//
// Runs inside the caller's write transaction. Steps are completed through PlanRepository,
// meetings through MeetingRepository and new decisions through DecisionRepository, each as the
// staff user who would do it and on the day it is done (Session::setToday walks time forward),
// so the demo obeys the same rules as real work. Leaves the session acting as before, today.
Status addDemoPlans(Session &session, const DemoOptions &options);

} // namespace fremdrift
