#pragma once

#include "reviews/stepforms/stepform.h"

class QPushButton;
class QTabWidget;

namespace fremdrift {

class AssessmentPanel;
class InvestigationPanel;
class MeetingSummary;
struct AssessmentTool;

// Step 3: the meeting held and the new investigation, in three tabs: the meeting (attendance,
// minutes and minute-taker, edited in the meeting dialog), the investigation, and the
// jurisdiction's assessment.
class MeetingHeldForm final : public StepForm
{
    Q_OBJECT

public:
    MeetingHeldForm(const AssessmentTool &tool, QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;
    void showProblems(const QList<FieldProblem> &problems) override;
    // Besides the marked fields: a life area by its name, a score by its item's name.
    QString fieldLabel(const QString &field) const override;
    bool scrollsItself() const override { return true; }

    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *meetingButton() const { return m_meetingButton; }
    InvestigationPanel *investigation() const { return m_investigation; }
    AssessmentPanel *assessment() const { return m_assessment; }

private:
    QWidget *createMeetingTab();
    void markTabs();

    QTabWidget *m_tabs;
    MeetingSummary *m_summary = nullptr;
    QPushButton *m_meetingButton = nullptr;
    InvestigationPanel *m_investigation;
    AssessmentPanel *m_assessment;
};

} // namespace fremdrift
