#pragma once

#include <QBrush>
#include <QColor>

namespace fremdrift::planstyle {

// The colours plan tables and the timeline share, so that late means the same red everywhere
// (the decisions list uses it for evaluation dates that have passed).
inline QColor lateColor()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor lateBackgroundColor()
{
    return QColor(0xfd, 0xec, 0xea);
}
inline QColor doneColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor doneBackgroundColor()
{
    return QColor(0xe8, 0xf5, 0xe9);
}
inline QColor openColor()
{
    return QColor(0x37, 0x47, 0x4f);
}
inline QColor todayColor()
{
    return QColor(0x15, 0x65, 0xc0);
}

} // namespace fremdrift::planstyle
