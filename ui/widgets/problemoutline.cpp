#include "widgets/problemoutline.h"

#include <QEvent>
#include <QPainter>

namespace fremdrift {

ProblemOutline::ProblemOutline(QWidget *target)
    : QWidget(target)
    , m_target(target)
    , m_originalToolTip(target->toolTip())
    , m_originalDescription(target->accessibleDescription())
{
    setObjectName(QStringLiteral("problemOutline"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(target->rect());
    target->installEventFilter(this);
    raise();
    show();
}

ProblemOutline *ProblemOutline::find(const QWidget *target)
{
    return target ? target->findChild<ProblemOutline *>(QStringLiteral("problemOutline"),
                                                        Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ProblemOutline::mark(QWidget *target, const QString &message)
{
    if (!target)
        return;
    ProblemOutline *outline = find(target);
    if (!outline)
        outline = new ProblemOutline(target);
    // Two problems on one field: the tooltip says both.
    outline->m_message
        = outline->m_message.isEmpty() ? message : outline->m_message + u'\n' + message;
    target->setToolTip(outline->m_message);
    target->setAccessibleDescription(outline->m_message);
    target->setProperty("invalid", true);
}

void ProblemOutline::clear(QWidget *target)
{
    if (ProblemOutline *outline = find(target)) {
        target->setToolTip(outline->m_originalToolTip);
        target->setAccessibleDescription(outline->m_originalDescription);
        target->setProperty("invalid", false);
        target->removeEventFilter(outline);
        delete outline;
    }
}

QString ProblemOutline::problem(const QWidget *target)
{
    const ProblemOutline *outline = find(target);
    return outline ? outline->m_message : QString();
}

bool ProblemOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::Resize) {
        setGeometry(m_target->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void ProblemOutline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace fremdrift
