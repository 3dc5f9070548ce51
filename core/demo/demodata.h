#pragma once

#include "util/result.h"

namespace fremdrift {

class Database;

struct DemoOptions
{
    int clients = 36;
    // Decisions per client, the older ones replaced by the newer; 0: one to three.
    int decisionsPerClient = 0;
    quint32 seed = 20261122; // the same seed gives the same office
    // Beyond seed 000's three progress plans and the task plan (demo/demoplans.h): this many
    // more plans of `reviewsPerExtraPlan` reviews each, for benchmarks.
    int extraPlans = 0;
    int reviewsPerExtraPlan = 25;
};

// Fills a database with an invented office: units, staff, clients and the people around them,
// and decisions in force with services from the jurisdiction's catalogue. Every name is
// invented; nothing comes from the source documents. All or nothing, in one transaction.
Status fillWithDemoData(Database &database, const DemoOptions &options = {});

} // namespace fremdrift
