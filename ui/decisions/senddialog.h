#pragma once

#include "workflow/decisionworkflow.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class SendDialog;
}

namespace fremdrift {

class Session;

// Registers a decision as sent: when, how, and when it was received (or assumed received,
// by the jurisdiction's rule). Shows, as the user types, the complaint deadline that follows.
class SendDialog final : public QDialog
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

    // Shows the dialog; nothing when cancelled.
    static std::optional<ActionInput> ask(const Session &session, QWidget *parent);
    // Tests: the next ask() hands its dialog to `answer` (fill it in, true for OK).
    using Answer = std::function<bool(SendDialog &)>;
    static void answerNextWith(Answer answer);

private:
    void updateConsequences();
    QString problem() const;

    std::unique_ptr<Ui::SendDialog> m_ui;
    const Session &m_session;
    static inline Answer s_nextAnswer;
};

} // namespace fremdrift
