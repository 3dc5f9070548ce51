#pragma once

#include "letters/letterissuer.h"
#include "widgets/testabledialog.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace fremdrift {

class MessageBar;
class Session;

// "Send pre-notices" for a whole plan: how many reviews still lack the pre-notice, how and on
// which date the letters go; Start issues them review by review with a progress bar (Stop ends
// the batch after the review in hand), then sums up what was issued and which reviews were
// skipped and why, with the letters ready to print or save as one PDF. The rules are core's
// (LetterIssuer::issuePreNotices): each review is issued, or skipped, on its own.
class BatchDialog final : public QDialog, public TestableDialog<BatchDialog>
{
    Q_OBJECT

public:
    BatchDialog(Session &session, qint64 planId, QWidget *parent = nullptr);
    ~BatchDialog() override;

    // Shows the dialog; true when any letter was issued (the plan changed). Tests answer it with
    // answerNextWith().
    static bool send(Session &session, qint64 planId, QWidget *parent);

    // Reviews of the plan whose pre-notice is not done yet.
    int pendingCount() const { return m_pending; }
    // Why Start is disabled; empty when it is enabled.
    QString startBlockedReason() const;
    // Issues the pre-notices with the method and date shown; false when it could not start
    // or the batch failed as a whole (the dialog says why).
    bool start();
    // Ends the batch after the review being issued now.
    void stop();
    bool isRunning() const { return m_running; }
    // The last batch's result, once it has run.
    const std::optional<BatchResult> &batchResult() const { return m_result; }

    // Every letter the batch issued: in the print preview, or as one PDF.
    void printAll();
    void saveAllAs();
    bool saveAll(const QString &path);

    QComboBox *methodCombo() const { return m_method; }
    QDateEdit *dateEdit() const { return m_date; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QListWidget *skippedList() const { return m_skipped; }
    MessageBar *messageBar() const { return m_bar; }
    QPushButton *startButton() const { return m_start; }

    void reject() override;

private:
    QWidget *createOptions();
    QWidget *createProgress();
    QWidget *createSummary();
    QWidget *createButtons();
    void readPlan();
    bool showProgress(int done, int total);
    void showSummary(bool stoppedEarly);
    void updateButtons();
    QList<LetterDocument> documents() const;

    Session &m_session;
    qint64 m_planId;
    QString m_planTitle;
    int m_pending = 0;
    int m_reviewCount = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    std::optional<BatchResult> m_result;

    MessageBar *m_bar;
    QLabel *m_intro = nullptr;
    QComboBox *m_method = nullptr;
    QDateEdit *m_date = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_stop = nullptr;
    QWidget *m_summaryBox = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_skipped = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_startReason = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace fremdrift
