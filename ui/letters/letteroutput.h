#pragma once

#include "letters/letterlayout.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace fremdrift {
class MessageBar;
}

namespace fremdrift {

// Where letters leave the program: the print preview, a PDF file, the file dialog that asks
// where. Shared by the letter dialog, the batch of pre-notices and the letter archive, so that
// all three print and save alike.
class LetterOutput final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::LetterOutput)

public:
    // Asks where to save a PDF, starting in the documents folder with `suggestedName`; empty
    // when the user cancels. Tests answer it with answerNextSaveWith().
    static QString askPdfPath(QWidget *parent, const QString &title, const QString &suggestedName);
    // Tests: the next askPdfPath() returns `path` without showing anything.
    static void answerNextSaveWith(const QString &path);

    // Lays `letters` out as one PDF and writes it to `path` (replaced whole, or left as it was).
    static Status savePdf(const QList<LetterDocument> &letters, const QString &path);
    // savePdf(), then says in `bar` where the letters went or why they did not.
    static bool savePdfAndTell(const QList<LetterDocument> &letters, const QString &path,
                               MessageBar *bar);
    // Writes `bytes` (a PDF as issued) to `path`, replaced whole or left as it was.
    static Status saveBytes(const QByteArray &bytes, const QString &path);
    // The print preview of `letters`, from which the user prints; the layout's error, if any.
    static Status
    printPreview(QWidget *parent, const QList<LetterDocument> &letters, const QString &title);

    // A file name from a letter's title: letters, digits and dashes, ending in ".pdf".
    static QString fileNameFor(const QString &title);

    // The dialogs' bottom row: print and save at the left, the action and close at the right,
    // and why the action is disabled on its own line above them (a refusal can be long).
    static QLayout *actionRow(QLabel *reason, const QList<QPushButton *> &left,
                              const QList<QPushButton *> &right);

private:
    static std::optional<QString> s_nextSavePath;
};

} // namespace fremdrift
