#pragma once

#include "util/result.h"

#include <QDate>

namespace fremdrift {

class Session;
struct DemoPlanTexts;

// How many plans of how many reviews to insert in bulk, around `today`.
struct BulkPlanOptions
{
    int plans = 0;
    int reviewsPerPlan = 25;
    QDate today;
    quint32 seed = 1;
};

// Plans of reviews of decisions that apply and are under no open review, inserted with direct
// SQL for speed (a benchmark wants 200 plans and 5,000 reviews): due dates from the same rules
// (plannedSteps), progress spread by how far each plan has come. Steps done here carry no form;
// the demo's own plans (demoplans.h) are the ones to look at.
Status addBulkPlans(Session &session, const DemoPlanTexts &texts, const BulkPlanOptions &options);

} // namespace fremdrift
