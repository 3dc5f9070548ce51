#pragma once

#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace fremdrift {

// Asks why, for what the audit trail records with its reason: a leader refusing a decision, a
// decision taken back to draft or put in force early, a review step reopened. The comment is
// recorded, so an empty one is not accepted.
class CommentDialog final : public QDialog, public TestableDialog<CommentDialog>
{
    Q_OBJECT

public:
    CommentDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    void setComment(const QString &comment);
    QString comment() const;
    void accept() override;

    // Shows the dialog and returns the comment, or nothing when cancelled.
    // Tests answer it with answerNextWith().
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt);

private:
    QPlainTextEdit *m_edit;
    QLabel *m_error;
};

} // namespace fremdrift
