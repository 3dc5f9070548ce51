#pragma once

#include "jurisdiction/jurisdictioncode.h"

#include <QCoreApplication>

namespace fremdrift {

// The country's name in the interface language ("Norway", "Norge", "Norge", "Norge").
QString jurisdictionName(JurisdictionCode code);

} // namespace fremdrift
