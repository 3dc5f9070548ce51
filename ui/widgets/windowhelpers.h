#pragma once

#include <QLabel>
#include <QSize>

class QWidget;

namespace fremdrift {

// A label for `buddy`, whose mnemonic (&) moves the focus to it.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

// Resizes `window` to `wanted`, or less where the screen is smaller, leaving room for the
// window frame and a task bar.
void resizeWithinScreen(QWidget *window, const QSize &wanted);

} // namespace fremdrift
