#pragma once

#include "reviews/stepforms/stepform.h"

class QComboBox;
class QJsonArray;
class QListWidget;
class QPushButton;

namespace fremdrift {

class OptionalDateEdit;

// Step 1: the written pre-notice that the decision will be evaluated: when it was sent, how,
// and to whom (the client, their guardian, relatives). "Write pre-notice…" asks the window for
// the letter dialog, whose Issue fills all of this in and completes the step.
class PreNoticeForm final : public StepForm
{
    Q_OBJECT

public:
    explicit PreNoticeForm(QWidget *parent = nullptr);

    void load(const ReviewStep &step, const StepFormContext &context) override;
    QJsonObject form() const override;

    OptionalDateEdit *sentOnEdit() const { return m_sentOn; }
    QComboBox *methodCombo() const { return m_method; }
    // One checkable line per person who may receive it.
    QListWidget *recipientsList() const { return m_recipients; }
    QPushButton *writeButton() const { return m_write; }

private:
    void fillRecipients(const QJsonArray &chosen, const StepFormContext &context);
    void addRecipient(const QJsonObject &recipient, bool checked);

    OptionalDateEdit *m_sentOn;
    QComboBox *m_method;
    QListWidget *m_recipients;
    QPushButton *m_write;
};

} // namespace fremdrift
