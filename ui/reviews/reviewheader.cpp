#include "reviews/reviewheader.h"

#include "decisions/decisionformat.h"
#include "messagebar.h"
#include "widgets/mergedialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fremdrift {

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

ReviewHeader::ReviewHeader(QWidget *parent)
    : QWidget(parent)
    , m_client(new QLabel(this))
    , m_details(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_merge(MergeDialog::createButton(this))
{
    m_client->setObjectName(QStringLiteral("clientName"));
    QFont font = m_client->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_client->setFont(font);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Read the review as it is saved now; your changes here are dropped."));
    m_reload->hide();
    m_messageBar->hide();

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageBar, 1);
    messageRow->addWidget(m_merge, 0, Qt::AlignTop);
    messageRow->addWidget(m_reload, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_client);
    layout->addWidget(m_details);
    layout->addLayout(messageRow);
}

void ReviewHeader::showReview(const Review &review, const JurisdictionProfile &profile)
{
    m_client->setText(review.clientName);
    const QStringList parts = {
        tr("Unit: %1").arg(orDash(review.unitName)),
        tr("%1 under review: %2")
            .arg(legalTerm(profile, QStringLiteral("decision")), orDash(review.decisionReference)),
        tr("Caseworker: %1").arg(orDash(review.caseworkerName)),
        tr("Plan: %1").arg(orDash(review.planTitle)),
    };
    m_details->setText(parts.join(QStringLiteral("  ·  ")));
}

} // namespace fremdrift
