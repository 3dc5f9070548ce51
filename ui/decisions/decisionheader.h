#pragma once

#include "domain/decision.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace fremdrift {

class JurisdictionProfile;
class MessageBar;

// The top of the decision editor: whose decision, its reference and status (with when it was
// submitted, approved, sent), a leader's refusal, and the message bar with a Reload button for
// when someone else saved first.
class DecisionHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionHeader(QWidget *parent = nullptr);

    void showDecision(const Decision &decision, const JurisdictionProfile &profile);
    // "Vedtak 2024-0012", or that it is not saved yet: the dialog's title starts with it.
    QString referenceText() const;

    // The steps of its life so far, in one line of text.
    static QString statusDetails(const Decision &decision, const JurisdictionProfile &profile);

    QLabel *clientLabel() const { return m_clientLabel; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *reloadButton() const { return m_reloadButton; }

private:
    void createLabels();
    QLabel *createRefusalLabel();

    QLabel *m_clientLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_statusDetails = nullptr;
    QLabel *m_refusal = nullptr;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_reloadButton = nullptr;
};

} // namespace fremdrift
