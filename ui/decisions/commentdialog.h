#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;

namespace fremdrift {

// Asks why: a leader refusing a decision, or anyone taking one back to draft. The comment is
// recorded, so an empty one is not accepted.
class CommentDialog final : public QDialog
{
    Q_OBJECT

public:
    CommentDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    void setComment(const QString &comment);
    QString comment() const;
    void accept() override;

    // Shows the dialog and returns the comment, or nothing when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt);

    // Tests: the next ask() hands its dialog to `answer` instead of showing it; `answer` fills
    // it in and returns true for OK, false for Cancel.
    using Answer = std::function<bool(CommentDialog &)>;
    static void answerNextWith(Answer answer);

private:
    QPlainTextEdit *m_edit;
    QLabel *m_error;
    static inline Answer s_nextAnswer;
};

} // namespace fremdrift
