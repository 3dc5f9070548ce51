#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace fremdrift {

// Points at the fields a FieldProblem names: each form registers its widgets under the field
// names the rules use ("family_name", "evaluation_date"), and a problem marks its widget with a
// ProblemOutline (a red frame, the message as tooltip and accessible description, the `invalid`
// property set).
class FieldProblemMarker final
{
public:
    void add(const QString &field, QWidget *widget);
    // The widget registered for `field`, or nullptr.
    QWidget *widget(const QString &field) const;
    // What the form calls `field`, without mnemonic and colon ("Phone"): the widget's
    // accessible name, a check box's text or its buddy label's text; empty when there is none.
    QString label(const QString &field) const;
    static QString labelOf(const QWidget *widget);

    // Marks the widgets of `problems` and clears earlier marks. Returns the problems whose
    // field has no widget here, so the caller can still say them or mark them its own way.
    QList<FieldProblem> mark(const QList<FieldProblem> &problems);
    // Marks the widget of `problem.field`, adding to its message when it is marked already;
    // returns the widget, or nullptr when no widget here shows the field.
    QWidget *mark(const FieldProblem &problem);
    // Takes every mark away, or the mark of one widget (the user is dealing with it).
    void clear();
    void clear(QWidget *widget);

    // The first widget marked since the last clear(), for the focus.
    QWidget *firstMarked() const;
    bool isMarked(const QString &field) const;
    // What `widget` is marked for, or an empty string.
    static QString problem(const QWidget *widget);

private:
    QHash<QString, QPointer<QWidget>> m_widgets;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace fremdrift
