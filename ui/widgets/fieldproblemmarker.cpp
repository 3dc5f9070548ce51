#include "widgets/fieldproblemmarker.h"

#include "widgets/problemoutline.h"

namespace fremdrift {

void FieldProblemMarker::add(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
}

QWidget *FieldProblemMarker::widget(const QString &field) const
{
    return m_widgets.value(field);
}

QList<FieldProblem> FieldProblemMarker::mark(const QList<FieldProblem> &problems)
{
    clear();
    QList<FieldProblem> unplaced;
    for (const FieldProblem &problem : problems) {
        if (!mark(problem))
            unplaced << problem;
    }
    return unplaced;
}

QWidget *FieldProblemMarker::mark(const FieldProblem &problem)
{
    QWidget *widget = m_widgets.value(problem.field);
    if (!widget)
        return nullptr;
    ProblemOutline::mark(widget, problem.message);
    if (!m_marked.contains(widget))
        m_marked << widget;
    return widget;
}

void FieldProblemMarker::clear()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (widget)
            ProblemOutline::clear(widget);
    }
    m_marked.clear();
}

void FieldProblemMarker::clear(QWidget *widget)
{
    ProblemOutline::clear(widget);
    m_marked.removeAll(widget);
}

QWidget *FieldProblemMarker::firstMarked() const
{
    for (const QPointer<QWidget> &widget : m_marked) {
        if (widget)
            return widget;
    }
    return nullptr;
}

bool FieldProblemMarker::isMarked(const QString &field) const
{
    return !problem(m_widgets.value(field)).isEmpty();
}

QString FieldProblemMarker::problem(const QWidget *widget)
{
    return ProblemOutline::problem(widget);
}

} // namespace fremdrift
