#pragma once

#include "domain/progressplan.h"
#include "reviews/stepforms/stepform.h"
#include "storage/leases.h"
#include "util/result.h"
#include "widgets/fieldproblemmarker.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace fremdrift {

class LeaseKeeper;
class ReviewHeader;
class Session;
class StepPage;

// One review of one client's decision, followed through its steps: on the left the steps with
// their due dates, who did them and when, late ones in red, and what the chosen step still
// lacks; on the right the step's own form, notes and due date, with Save, Complete step (on a
// date) and Reopen. The rules are core's (workflow/reviewworkflow.h): the window asks and
// shows. While it is open the review is leased, so that two people do not fill in the same
// steps; the second sees it read-only and who has it.
class ReviewWindow final : public QDialog
{
    Q_OBJECT

public:
    ReviewWindow(Session &session, qint64 reviewId, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    // The review as last read or saved.
    const Review &review() const { return m_review; }
    // A user who may change cases, a database that can be written, a review not closed, and
    // nobody else holding the lease.
    bool canEdit() const;
    // Someone else editing this review: the window is read-only meanwhile.
    const std::optional<Lease> &heldBy() const { return m_heldBy; }
    // Any step's form, notes or due date edited and not saved.
    bool isModified() const;

    QString currentStepId() const;
    void showStep(const QString &stepId);
    StepPage *page(const QString &stepId) const;
    StepForm *stepForm(const QString &stepId) const;

    // Saves every step edited; false, with why shown, when one could not be.
    bool save();
    // Completes the step shown on the date chosen next to the button; false, with what the
    // step lacks marked and listed, when it cannot be completed.
    bool completeStep();
    // Takes the step shown back to open, asking why (CommentDialog); false when it was not.
    bool reopenStep();
    // Reads the review again, dropping what was edited.
    void reload();
    // After a conflict on a step: its edits merged with what was saved meanwhile (the user
    // chooses where both changed a field), and saved.
    bool compareAndMerge();

    // For tests and the plan view.
    QListWidget *stepList() const { return m_steps; }
    QListWidget *problemList() const { return m_problems; }
    QDateEdit *doneOnEdit() const { return m_doneOn; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *reopenButton() const { return m_reopen; }
    QPushButton *reloadButton() const;
    QPushButton *mergeButton() const;
    QString messageText() const { return m_messageText; }

    void reject() override;

signals:
    // A step saved, completed or reopened, a meeting linked, a decision started or put in
    // force: the plan view and lists showing the review should read it again.
    void reviewChanged(qint64 reviewId);
    // Open this decision in the decision editor (the main window routes it to the decisions
    // page): step 6's "Open decision", and a new decision right after it is started.
    void openDecisionRequested(qint64 decisionId);

private:
    QWidget *createStepColumn();
    QWidget *createButtons();
    bool mayEdit() const;
    void takeLease();
    void showLease();
    void loseLease(const QString &message);

    bool read(bool keepEdits);
    void apply(Review review, bool keepEdits);
    Status readContext();
    StepPage *ensurePage(const ReviewStep &step);
    void updateStepList();
    void updateProblems();
    void updateButtons();
    StepPage *currentPage() const;
    QList<FieldProblem> currentProblems() const;

    void act(StepAction action);
    void editMeeting();
    void writeDecision();
    void writePreNotice();
    void putInForce();
    bool saveSilently();

    void showError(const Error &error);
    // A conflict on saving or completing the step of `page`: Compare and merge is offered.
    void showConflict(const StepPage *page, const Error &error);
    void showProblems(const QList<FieldProblem> &problems, const QString &intro);
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void updateTitle();

    Session &m_session;
    qint64 m_reviewId;
    Review m_review;
    StepFormContext m_context;
    QList<StepPage *> m_pages;
    FieldProblemMarker m_marker; // the window's own fields: the date a step is done
    QString m_messageText;
    QString m_conflictStepId; // the step whose save met someone else's
    QString m_conflict;       // who saved it first and when

    ReviewHeader *m_header = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_problemsCaption = nullptr;
    QListWidget *m_problems = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_save = nullptr;
    QDateEdit *m_doneOn = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_reopen = nullptr;
    LeaseKeeper *m_lease = nullptr;
    std::optional<Lease> m_heldBy;
    bool m_leaseLost = false;
};

} // namespace fremdrift
