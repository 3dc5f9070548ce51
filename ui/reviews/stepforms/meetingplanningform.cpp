#include "reviews/stepforms/meetingplanningform.h"

#include "domain/json.h"
#include "widgets/optionaldateedit.h"
#include "workflow/stepforms.h"

#include <QCheckBox>
#include <QFormLayout>

namespace fremdrift {

MeetingPlanningForm::MeetingPlanningForm(QWidget *parent)
    : StepForm(parent)
    , m_plannedOn(new OptionalDateEdit(this))
    , m_jointMeeting(new QCheckBox(tr("A joint meeting with the supplier was asked for"), this))
    , m_supporter(new QCheckBox(tr("The person was asked about bringing a supporter or relatives"),
                                this))
{
    m_plannedOn->setObjectName(QStringLiteral("plannedMeetingOn"));
    m_jointMeeting->setObjectName(QStringLiteral("jointMeetingAsked"));
    m_supporter->setObjectName(QStringLiteral("supporterAsked"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addRow(tr("Meeting &planned for:"), m_plannedOn);
    layout->addRow(m_jointMeeting);
    layout->addRow(m_supporter);
    m_marker.add(QStringLiteral("planned_meeting_on"), m_plannedOn);
    m_marker.add(QStringLiteral("joint_meeting_asked"), m_jointMeeting);
    m_marker.add(QStringLiteral("supporter_asked"), m_supporter);
    watchInputs();
}

void MeetingPlanningForm::load(const ReviewStep &step, const StepFormContext &context)
{
    const QSignalBlocker blocker(this);
    m_plannedOn->setOptionalDate(dateFromIso(step.form.value(form::plannedMeetingOn).toString()));
    m_jointMeeting->setChecked(step.form.value(form::jointMeetingAsked).toBool());
    m_supporter->setChecked(step.form.value(form::supporterAsked).toBool());
    StepForm::load(step, context);
}

QJsonObject MeetingPlanningForm::form() const
{
    QJsonObject form = StepForm::form();
    form.insert(form::plannedMeetingOn, jsonDate(m_plannedOn->optionalDate()));
    form.insert(form::jointMeetingAsked, m_jointMeeting->isChecked());
    form.insert(form::supporterAsked, m_supporter->isChecked());
    return form;
}

} // namespace fremdrift
