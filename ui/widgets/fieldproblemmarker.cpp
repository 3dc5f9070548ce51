#include "widgets/fieldproblemmarker.h"

#include "widgets/problemoutline.h"

#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>

namespace fremdrift {

void FieldProblemMarker::add(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
}

QWidget *FieldProblemMarker::widget(const QString &field) const
{
    return m_widgets.value(field);
}

QString FieldProblemMarker::label(const QString &field) const
{
    return labelOf(widget(field));
}

QString FieldProblemMarker::labelOf(const QWidget *shown)
{
    if (!shown)
        return {};
    QString text = shown->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(shown); text.isEmpty() && button)
        text = button->text();
    if (text.isEmpty()) {
        const QList<QLabel *> labels = shown->window()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == shown) {
                text = label->text();
                break;
            }
        }
    }
    static const QRegularExpression trailingColon(QStringLiteral(":\\s*$"));
    return text.remove(u'&').remove(trailingColon);
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
