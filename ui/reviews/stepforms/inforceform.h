#pragma once

#include "reviews/stepforms/stepform.h"

class QLabel;
class QPushButton;

namespace fremdrift {

class OptionalDateEdit;

// Step 7: the new decision put into effect, only after its complaint deadline: the deadline,
// a button to put it in force (or it is done on the decisions page), and the dates the
// department leader and primary contact were informed and the action plan and care record
// updated.
class InForceForm final : public StepForm
{
    Q_OBJECT

public:
    explicit InForceForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;

    QLabel *decisionLabel() const { return m_decision; }
    QPushButton *putInForceButton() const { return m_putInForce; }
    // The form key's date field: "department_leader_informed_on", ...
    OptionalDateEdit *dateEdit(const QString &key) const;

private:
    QString decisionText(const StepFormContext &context) const;
    void updateButton(const StepFormContext &context);

    QLabel *m_decision;
    QPushButton *m_putInForce;
    QList<std::pair<QString, OptionalDateEdit *>> m_dates;
};

} // namespace fremdrift
