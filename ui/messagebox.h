#pragma once

#include <QMessageBox>

#include <optional>

namespace fremdrift {

// Every modal question goes through here, so that tests can answer it in advance instead of
// blocking on a dialog (KeePassXC's MessageBox).
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent,
                                                const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next question is answered with `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
};

} // namespace fremdrift
