#pragma once

#include "reviews/stepforms/stepform.h"

class QPlainTextEdit;

namespace fremdrift {

class OptionalDateEdit;

// Denmark: the supplier's written status, due at least 14 days before the follow-up meeting:
// when it came and what it says.
class SupplierStatusForm final : public StepForm
{
    Q_OBJECT

public:
    explicit SupplierStatusForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;

    OptionalDateEdit *receivedOnEdit() const { return m_receivedOn; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

private:
    OptionalDateEdit *m_receivedOn;
    QPlainTextEdit *m_summary;
};

} // namespace fremdrift
