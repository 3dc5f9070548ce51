#pragma once

#include <QDialog>

#include <functional>
#include <utility>

namespace fremdrift {

// The test hook of a small dialog that a static ask() shows and reads (KeePassXC's MessageBox
// does the same for questions): `class SendDialog final : public QDialog,
// public TestableDialog<SendDialog>`, and ask() calls run(dialog) in place of exec().
template<typename Dialog> class TestableDialog
{
public:
    // Tests: the next ask() hands its dialog to `answer` instead of showing it; `answer` fills
    // it in and returns true for OK, false for Cancel.
    using Answer = std::function<bool(Dialog &)>;
    static void answerNextWith(Answer answer) { s_nextAnswer = std::move(answer); }

protected:
    // Shows `dialog` and waits, or hands it to the answer a test gave; true when accepted.
    static bool run(Dialog &dialog)
    {
        if (s_nextAnswer) {
            const Answer answer = std::exchange(s_nextAnswer, nullptr);
            if (answer(dialog))
                dialog.accept();
        } else {
            dialog.exec();
        }
        return dialog.result() == QDialog::Accepted;
    }

private:
    static inline Answer s_nextAnswer;
};

} // namespace fremdrift
