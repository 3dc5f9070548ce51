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
};

// Fills a database with an invented office: units, staff, clients and the people around them,
// and decisions in force with services from the jurisdiction's catalogue. Every name is
// invented; nothing comes from the source documents. All or nothing, in one transaction.
Status fillWithDemoData(Database &database, const DemoOptions &options = {});

} // namespace fremdrift
