#pragma once

#include "reviews/stepforms/stepform.h"

class QLineEdit;
class QPlainTextEdit;

namespace fremdrift {

class EstimatesPanel;
class OptionalDateEdit;

// Step 5: the investigation finished with a recommendation: the estimated hours of each
// service against the previous allocation, the recommendation, the discussion with the unit
// leader and the department leader before approval (who and when), and the dates the primary
// contact was contacted and the action plan updated.
class InvestigationFinishedForm final : public StepForm
{
    Q_OBJECT

public:
    InvestigationFinishedForm(const JurisdictionProfile &profile, QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;
    QWidget *fieldWidget(const QString &field) const override;

    EstimatesPanel *estimates() const { return m_estimates; }
    QPlainTextEdit *recommendationEdit() const { return m_recommendation; }
    // role: "unit_leader" or "department_leader".
    QLineEdit *discussedWithEdit(const QString &role) const;
    OptionalDateEdit *discussedOnEdit(const QString &role) const;
    OptionalDateEdit *primaryContactInformedEdit() const { return m_primaryContactInformed; }
    OptionalDateEdit *actionPlanUpdatedEdit() const { return m_actionPlanUpdated; }

private:
    struct Discussion
    {
        QString role;
        QLineEdit *name = nullptr;
        OptionalDateEdit *on = nullptr;
    };

    QWidget *createDiscussions();
    const Discussion *discussion(const QString &role) const;

    EstimatesPanel *m_estimates;
    QPlainTextEdit *m_recommendation;
    QList<Discussion> m_discussions;
    OptionalDateEdit *m_primaryContactInformed;
    OptionalDateEdit *m_actionPlanUpdated;
};

} // namespace fremdrift
