#include "decisions/decisionheader.h"

#include "decisions/decisioneditortext.h"
#include "decisions/decisionformat.h"
#include "messagebar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QString badgeColours(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft:
        return QStringLiteral("background: #eceff1; color: #37474f; border: 1px solid #b0bec5;");
    case DecisionStatus::Submitted:
        return QStringLiteral("background: #fff3cd; color: #6d4c00; border: 1px solid #e3c565;");
    case DecisionStatus::Approved:
        return QStringLiteral("background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9;");
    case DecisionStatus::Sent:
        return QStringLiteral("background: #e0f2f1; color: #004d40; border: 1px solid #80cbc4;");
    case DecisionStatus::InForce:
        return QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;");
    case DecisionStatus::Replaced:
    case DecisionStatus::Ended:
        return QStringLiteral("background: #f5f5f5; color: #616161; border: 1px solid #bdbdbd;");
    }
    return {};
}

QString formatTimestamp(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

// Sent, received, the complaint deadline and in force from.
QStringList sentDetails(const Decision &d, const JurisdictionProfile &profile)
{
    QStringList parts;
    parts << DecisionEditorText::tr("Sent %1 (%2).")
                 .arg(formatDate(d.sentOn),
                      d.sentMethod ? sendMethodName(*d.sentMethod).toLower() : QString());
    parts << (d.receivedAssumed ? DecisionEditorText::tr("Assumed received %1.")
                                : DecisionEditorText::tr("Received %1."))
                 .arg(formatDate(d.receivedOn));
    parts << DecisionEditorText::tr("%1: %2.").arg(
        legalTerm(profile, QStringLiteral("complaint_deadline")), formatDate(d.complaintDeadline));
    parts << DecisionEditorText::tr("In force from %1.").arg(formatDate(d.inForceOn));
    return parts;
}

} // namespace

DecisionHeader::DecisionHeader(QWidget *parent)
    : QWidget(parent)
{
    createLabels();
    m_messageBar = new MessageBar(this);
    m_reloadButton = new QPushButton(DecisionEditorText::tr("&Reload"), this);
    m_reloadButton->setToolTip(DecisionEditorText::tr("Read the decision as it is saved now; "
                                                      "your changes here are dropped."));
    m_reloadButton->hide();

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_clientLabel);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_referenceLabel);
    titleRow->addStretch(1);
    titleRow->addWidget(m_statusBadge);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageBar, 1);
    messageRow->addWidget(m_reloadButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_statusDetails);
    layout->addWidget(m_refusal);
    layout->addLayout(messageRow);
}

void DecisionHeader::createLabels()
{
    m_clientLabel = new QLabel(this);
    m_clientLabel->setObjectName(QStringLiteral("clientLabel"));
    QFont big = m_clientLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_clientLabel->setFont(big);
    m_clientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referenceLabel = new QLabel(this);
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBadge = new QLabel(this);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_statusDetails = new QLabel(this);
    m_statusDetails->setObjectName(QStringLiteral("statusDetails"));
    m_statusDetails->setWordWrap(true);
    m_statusDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal = createRefusalLabel();
}

QLabel *DecisionHeader::createRefusalLabel()
{
    auto *refusal = new QLabel(this);
    refusal->setObjectName(QStringLiteral("refusalLabel"));
    refusal->setWordWrap(true);
    refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refusal->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #4e3700; "
                                          "border: 1px solid #e3c565; border-left: 4px solid "
                                          "#d39e00; border-radius: 3px; padding: 6px 8px; }"));
    return refusal;
}

void DecisionHeader::showDecision(const Decision &decision, const JurisdictionProfile &profile)
{
    const QString term = legalTerm(profile, QStringLiteral("decision"));
    m_clientLabel->setText(decision.clientName);
    m_referenceLabel->setText(decision.id == 0
                                  ? DecisionEditorText::tr("%1, not saved yet").arg(term)
                                  : QStringLiteral("%1 %2").arg(term, decision.reference));
    m_statusBadge->setText(statusName(decision.status));
    m_statusBadge->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 9px; padding: 2px "
                                                "10px; font-weight: bold; }")
                                     .arg(badgeColours(decision.status)));
    const QString details = statusDetails(decision, profile);
    m_statusDetails->setText(details);
    m_statusDetails->setVisible(!details.isEmpty());
    const bool refused
        = decision.status == DecisionStatus::Draft && !decision.refusalComment.isEmpty();
    m_refusal->setText(DecisionEditorText::tr("<b>Refused by the leader:</b> %1")
                           .arg(decision.refusalComment.toHtmlEscaped()));
    m_refusal->setVisible(refused);
}

QString DecisionHeader::referenceText() const
{
    return m_referenceLabel->text();
}

QString DecisionHeader::statusDetails(const Decision &decision, const JurisdictionProfile &profile)
{
    const Decision &d = decision;
    QStringList parts;
    if (d.status == DecisionStatus::Submitted && !d.submittedAt.isEmpty())
        parts << DecisionEditorText::tr("Submitted for approval %1.")
                     .arg(formatTimestamp(d.submittedAt));
    if (d.approvedBy && !d.approvedAt.isEmpty())
        parts << DecisionEditorText::tr("Approved by %1, %2.")
                     .arg(d.approvedByName, formatTimestamp(d.approvedAt));
    if (d.sentOn.isValid())
        parts << sentDetails(d, profile);
    if (d.endedOn.isValid())
        parts << DecisionEditorText::tr("Ended %1.").arg(formatDate(d.endedOn));
    return parts.join(u' ');
}

} // namespace fremdrift
