#pragma once

#include "reviews/stepforms/stepform.h"

class QPushButton;

namespace fremdrift {

class MeetingSummary;

// Step 2: the evaluation meeting agreed: when, where or by video, who takes part (the person,
// relative or guardian, caseworker, primary contact, supplier) and how it was agreed. The
// meeting is edited in the meeting dialog; the form records which meeting it is.
class MeetingAgreedForm final : public StepForm
{
    Q_OBJECT

public:
    explicit MeetingAgreedForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;

    QPushButton *meetingButton() const { return m_meetingButton; }
    MeetingSummary *summary() const { return m_summary; }

private:
    MeetingSummary *m_summary;
    QPushButton *m_meetingButton;
    std::optional<qint64> m_meetingId;
};

} // namespace fremdrift
