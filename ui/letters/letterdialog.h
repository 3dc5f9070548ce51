#pragma once

#include "letters/letterissuer.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace fremdrift {

class LetterPreview;
class MessageBar;
class Session;

// "Write letter" for one subject (a decision, a review's pre-notice, a meeting): who gets it,
// in which language, how it is sent and its date on the left; on the right what still stops it
// and a live preview of each recipient's copy. Print preview and Save PDF work at any time;
// Issue, once nothing stops it, archives the letters as issued (which also moves the workflow
// on: the decision is sent, the review's pre-notice step is done). The rules are core's
// (LetterIssuer): the dialog asks and shows.
class LetterDialog final : public QDialog, public TestableDialog<LetterDialog>
{
    Q_OBJECT

public:
    LetterDialog(Session &session, LetterSubject subject, QWidget *parent = nullptr);
    ~LetterDialog() override;

    // Shows the dialog; the letters issued, or nothing when none were. Tests answer it with
    // answerNextWith().
    static std::optional<QList<IssuedLetter>>
    write(Session &session, const LetterSubject &subject, QWidget *parent);

    // The options as the dialog shows them.
    LetterOptions options() const;
    // Prepares the letters again at once (a change of options waits a moment first, so that
    // ticking several recipients does not lay the letter out each time).
    void prepareNow();
    const PreparedLetters &prepared() const { return m_prepared; }

    // Why Issue is disabled (no right to, what the letter lacks); empty when it is enabled.
    QString issueBlockedReason() const;
    // Asks for confirmation, then issues the letters shown; false when refused, not confirmed
    // or failed (the dialog says why).
    bool issue();
    // The letters issued here, as archived; empty until Issue succeeds.
    const QList<IssuedLetter> &issued() const { return m_issued; }

    // The print preview of every recipient's copy.
    void printPreview();
    // Asks where, then saves every copy as one PDF.
    void savePdfAs();
    bool savePdf(const QString &path);

    // Shows the copy of the draft at `index` in the preview.
    void showCopy(int index);

    QListWidget *recipientsList() const { return m_recipients; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *methodCombo() const { return m_method; }
    QDateEdit *dateEdit() const { return m_date; }
    QListWidget *problemsList() const { return m_problems; }
    QComboBox *copyCombo() const { return m_copy; }
    LetterPreview *preview() const { return m_preview; }
    MessageBar *messageBar() const { return m_bar; }
    QPushButton *issueButton() const { return m_issue; }

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createOptions();
    QWidget *createPreviewColumn();
    QWidget *createButtons();
    void fillRecipients();
    void updateRecipientMarks();
    void showPrepared();
    void fillCopies();
    void updateButtons();
    QString permissionProblem() const;
    void showIssued();
    QList<LetterDocument> documents() const;
    QString confirmation() const;

    Session &m_session;
    LetterSubject m_subject;
    PreparedLetters m_prepared;
    QList<LetterRecipient> m_possible; // as the first preparation found them
    QString m_prepareError;            // why the letters could not be prepared at all
    QList<IssuedLetter> m_issued;

    MessageBar *m_bar;
    QTimer *m_prepareTimer;
    QListWidget *m_recipients = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_date = nullptr;
    QWidget *m_problemsBox = nullptr;
    QListWidget *m_problems = nullptr;
    QComboBox *m_copy = nullptr;
    LetterPreview *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_issueReason = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace fremdrift
