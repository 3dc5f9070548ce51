#pragma once

#include "util/result.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace fremdrift {

// The top of a form: what stops it from being saved, a warning, or a conflict with someone
// who saved first (with a Reload button). Hidden when there is nothing to say.
class FormMessagePanel final : public QFrame
{
    Q_OBJECT

public:
    explicit FormMessagePanel(QWidget *parent = nullptr);

    void showProblems(const QString &heading, const QList<FieldProblem> &problems);
    void showError(const QString &text, bool offerReload = false);
    void showWarning(const QString &text);
    void clear();
    QString text() const;

signals:
    void reloadRequested();

private:
    void setTone(bool error);

    QLabel *m_text;
    QPushButton *m_reload;
};

} // namespace fremdrift
