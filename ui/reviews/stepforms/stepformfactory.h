#pragma once

#include <QString>

class QWidget;

namespace fremdrift {

class JurisdictionProfile;
class StepForm;

// The form of the step `stepId` (a JurisdictionProfile step id). A step this version has no
// form for gets the base StepForm: notes and dates only, its stored form kept as it is.
StepForm *createStepForm(const QString &stepId, const JurisdictionProfile &profile,
                         QWidget *parent = nullptr);

} // namespace fremdrift
