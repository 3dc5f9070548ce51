#pragma once

#include "widgets/testabledialog.h"
#include "workflow/decisionworkflow.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SendDialog;
}

namespace fremdrift {

class Session;

// Registers a decision as sent: when, how, and when it was received (or assumed received,
// by the jurisdiction's rule). Shows, as the user types, the complaint deadline that follows.
class SendDialog final : public QDialog, public TestableDialog<SendDialog>
{
    Q_OBJECT

public:
    explicit SendDialog(const Session &session, QWidget *parent = nullptr);
    ~SendDialog() override;

    void setSentOn(const QDate &date);
    void setMethod(SendMethod method);
    // A valid date: received then; an invalid one: assumed from the rules.
    void setReceivedOn(const QDate &date);

    ActionInput input() const;
    QDate receivedOn() const; // as given, or assumed
    QDate complaintDeadline() const;
    QDate inForceOn() const;

    void accept() override;

    // Shows the dialog; nothing when cancelled. Tests answer it with answerNextWith().
    static std::optional<ActionInput> ask(const Session &session, QWidget *parent);

private:
    void updateConsequences();
    QString problem() const;

    std::unique_ptr<Ui::SendDialog> m_ui;
    const Session &m_session;
};

} // namespace fremdrift
