#include "plans/plantimeline.h"

#include "decisions/decisionformat.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace fremdrift {

PlanTimeline::PlanTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("planTimeline"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAutoFillBackground(true);
    setAccessibleName(tr("Timeline of the plan's reviews"));
}

void PlanTimeline::setView(const PlanView &view, const QDate &today)
{
    m_timeline.emplace(view, today);
    m_clientNames.clear();
    for (const Review &review : view.reviews)
        m_clientNames << review.clientName + QStringLiteral(" (") + review.caseworkerName + u')';
    updateGeometry();
    update();
}

const PlanTimelinePainter *PlanTimeline::timeline() const
{
    return m_timeline ? &*m_timeline : nullptr;
}

int PlanTimeline::heightForWidth(int width) const
{
    if (!m_timeline)
        return 120;
    return int(std::ceil(m_timeline->heightFor(width, QFontMetricsF(font(), this))));
}

QSize PlanTimeline::sizeHint() const
{
    return QSize(800, heightForWidth(800));
}

QSize PlanTimeline::minimumSizeHint() const
{
    return QSize(480, 120);
}

void PlanTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Legend lines wrap differently at another width.
    const int wanted = heightForWidth(width());
    if (minimumHeight() != wanted)
        setMinimumHeight(wanted);
}

void PlanTimeline::paintEvent(QPaintEvent *)
{
    if (!m_timeline)
        return;
    QPainter painter(this);
    painter.setFont(font());
    m_timeline->paint(painter, QRectF(rect()));
}

void PlanTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_timeline)
        return;
    const int row = m_timeline->rowAt(event->position().y(), QRectF(rect()),
                                      QFontMetricsF(font(), this));
    if (const qint64 review = m_timeline->reviewId(row))
        emit reviewActivated(review);
}

QString PlanTimeline::toolTipAt(const QPointF &position) const
{
    if (!m_timeline)
        return {};
    const auto markers = m_timeline->markers(QRectF(rect()), QFontMetricsF(font(), this));
    for (auto it = markers.crbegin(); it != markers.crend(); ++it) {
        const QPointF offset = position - it->centre;
        if (QPointF::dotProduct(offset, offset) > (it->radius + 2) * (it->radius + 2))
            continue;
        const QString who = m_clientNames.value(it->row);
        const QString step = QStringLiteral("%1. %2").arg(it->number).arg(stepTitle(it->stepId));
        const QString when = it->done   ? tr("Done on %1").arg(formatDate(it->date))
                             : it->late ? tr("Late: due %1").arg(formatDate(it->date))
                                        : tr("Due %1").arg(formatDate(it->date));
        return who.isEmpty() ? QString(step + u'\n' + when)
                             : QString(who + u'\n' + step + u'\n' + when);
    }
    return {};
}

bool PlanTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace fremdrift
