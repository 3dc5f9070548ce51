#pragma once

#include "util/result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace fremdrift {

// Points at the fields a FieldProblem names: a red frame (the `invalid` dynamic property,
// styled by styleSheet()), the message as tooltip and accessible description.
class FieldProblemMarker final
{
public:
    void add(const QString &field, QWidget *widget);

    // Marks the widgets of `problems` and clears earlier marks. Returns the problems whose
    // field has no widget here, so the caller can still say them.
    QList<FieldProblem> mark(const QList<FieldProblem> &problems);
    void clear();
    QWidget *firstMarked() const;
    bool isMarked(const QString &field) const;

    // For the form's top widget: frames every widget whose `invalid` property is true.
    static QString styleSheet();

private:
    static void setInvalid(QWidget *widget, bool invalid, const QString &message);

    QHash<QString, QPointer<QWidget>> m_widgets;
    QHash<QWidget *, QString> m_originalToolTips;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace fremdrift
