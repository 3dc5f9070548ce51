#pragma once

#include "reviews/stepforms/stepform.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace fremdrift {

// Step 6: the new decision written and sent. Nothing to fill in: the decision is written in
// the decision editor, and the checklist of what it must contain (seed 000) is read from the
// decision itself (decisionChecklist), never ticked by hand.
class DecisionSentForm final : public StepForm
{
    Q_OBJECT

public:
    explicit DecisionSentForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;

    QPushButton *writeButton() const { return m_write; }
    QPushButton *openButton() const { return m_open; }
    QListWidget *checklist() const { return m_checklist; }
    QLabel *decisionLabel() const { return m_decision; }

private:
    void fillChecklist(const StepFormContext &context);

    QLabel *m_decision;
    QPushButton *m_write;
    QPushButton *m_open;
    QListWidget *m_checklist;
};

} // namespace fremdrift
