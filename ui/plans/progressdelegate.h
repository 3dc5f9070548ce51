#pragma once

#include <QStyledItemDelegate>

namespace fremdrift {

// Draws a cell as a progress bar: the value (0–100) from `valueRole`, the text from
// Qt::DisplayRole ("3 of 7"). Read-only lists only.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressDelegate(int valueRole, QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valueRole;
};

} // namespace fremdrift
