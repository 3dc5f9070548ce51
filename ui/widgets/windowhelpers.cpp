#include "widgets/windowhelpers.h"

#include <QScreen>
#include <QWidget>

namespace fremdrift {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void resizeWithinScreen(QWidget *window, const QSize &wanted)
{
    const QSize available = window->screen() ? window->screen()->availableSize() : wanted;
    window->resize(wanted.boundedTo(available - QSize(40, 60)));
}

} // namespace fremdrift
