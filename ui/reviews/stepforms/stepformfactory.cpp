#include "reviews/stepforms/stepformfactory.h"

#include "jurisdiction/jurisdictionprofile.h"
#include "reviews/stepforms/decisionsentform.h"
#include "reviews/stepforms/inforceform.h"
#include "reviews/stepforms/investigationfinishedform.h"
#include "reviews/stepforms/medicalinformationform.h"
#include "reviews/stepforms/meetingagreedform.h"
#include "reviews/stepforms/meetingheldform.h"
#include "reviews/stepforms/meetingplanningform.h"
#include "reviews/stepforms/prenoticeform.h"
#include "reviews/stepforms/supplierstatusform.h"

namespace fremdrift {

StepForm *createStepForm(const QString &stepId, const JurisdictionProfile &profile, QWidget *parent)
{
    StepForm *form = nullptr;
    if (stepId == u"meeting_planning")
        form = new MeetingPlanningForm(parent);
    else if (stepId == u"pre_notice")
        form = new PreNoticeForm(parent);
    else if (stepId == u"meeting_agreed")
        form = new MeetingAgreedForm(parent);
    else if (stepId == u"supplier_status")
        form = new SupplierStatusForm(parent);
    else if (stepId == u"meeting_held")
        form = new MeetingHeldForm(profile.assessment, parent);
    else if (stepId == u"medical_information")
        form = new MedicalInformationForm(parent);
    else if (stepId == u"investigation_finished")
        form = new InvestigationFinishedForm(profile, parent);
    else if (stepId == u"decision_sent")
        form = new DecisionSentForm(parent);
    else if (stepId == u"in_force")
        form = new InForceForm(parent);
    else
        form = new StepForm(parent);
    form->setObjectName(stepId + QStringLiteral("Form"));
    return form;
}

} // namespace fremdrift
