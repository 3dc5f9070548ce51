#pragma once

#include "reviews/stepforms/stepform.h"

class QCheckBox;

namespace fremdrift {

class OptionalDateEdit;

// Denmark: planning the follow-up meeting at least 8 weeks ahead: the date planned, whether a
// joint meeting was asked for, and whether a supporter (bisidder) or relatives were asked.
class MeetingPlanningForm final : public StepForm
{
    Q_OBJECT

public:
    explicit MeetingPlanningForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;

    OptionalDateEdit *plannedOnEdit() const { return m_plannedOn; }
    QCheckBox *jointMeetingBox() const { return m_jointMeeting; }
    QCheckBox *supporterBox() const { return m_supporter; }

private:
    OptionalDateEdit *m_plannedOn;
    QCheckBox *m_jointMeeting;
    QCheckBox *m_supporter;
};

} // namespace fremdrift
