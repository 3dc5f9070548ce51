#include "clients/fieldproblemmarker.h"

#include <QStyle>

namespace fremdrift {

void FieldProblemMarker::add(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
    m_originalToolTips.insert(widget, widget->toolTip());
}

QList<FieldProblem> FieldProblemMarker::mark(const QList<FieldProblem> &problems)
{
    clear();
    QList<FieldProblem> unplaced;
    for (const FieldProblem &problem : problems) {
        QWidget *widget = m_widgets.value(problem.field);
        if (!widget) {
            unplaced << problem;
            continue;
        }
        // Two problems on one field: the tooltip says both.
        const bool again = m_marked.contains(widget);
        setInvalid(widget, true, again ? widget->toolTip() + u'\n' + problem.message
                                       : problem.message);
        if (!again)
            m_marked << widget;
    }
    return unplaced;
}

void FieldProblemMarker::clear()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (widget)
            setInvalid(widget, false, m_originalToolTips.value(widget));
    }
    m_marked.clear();
}

QWidget *FieldProblemMarker::firstMarked() const
{
    return m_marked.isEmpty() ? nullptr : m_marked.constFirst().data();
}

bool FieldProblemMarker::isMarked(const QString &field) const
{
    QWidget *widget = m_widgets.value(field);
    return widget && widget->property("invalid").toBool();
}

QString FieldProblemMarker::styleSheet()
{
    return QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; border-radius: 3px; "
                          "padding: 1px; }");
}

void FieldProblemMarker::setInvalid(QWidget *widget, bool invalid, const QString &message)
{
    widget->setProperty("invalid", invalid);
    widget->setToolTip(message);
    widget->setAccessibleDescription(invalid ? message : QString());
    // A dynamic property is only seen by the style sheet after a re-polish.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace fremdrift
