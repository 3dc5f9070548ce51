#pragma once

#include <QPointer>
#include <QWidget>

namespace fremdrift {

// A red frame drawn over a form field the rules found wrong, with the reason as its tooltip and
// accessible description, and the field's `invalid` property set. An overlay rather than a
// style sheet: a style sheet on a combo box or date edit replaces the platform style's drawing
// of the whole widget. Forms use it through FieldProblemMarker.
class ProblemOutline final : public QWidget
{
    Q_OBJECT

public:
    // Marks `target` (adding to its reason when already marked); the outline is its child.
    static void mark(QWidget *target, const QString &message);
    static void clear(QWidget *target);
    // The reason `target` is marked, or an empty string.
    static QString problem(const QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit ProblemOutline(QWidget *target);
    static ProblemOutline *find(const QWidget *target);

    QPointer<QWidget> m_target;
    QString m_message;
    QString m_originalToolTip;
    QString m_originalDescription;
};

} // namespace fremdrift
