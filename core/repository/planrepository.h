#pragma once

#include "domain/decision.h"
#include "domain/progressplan.h"
#include "util/result.h"
#include "workflow/reviewworkflow.h"

#include <QCoreApplication>
#include <QJsonObject>

class QSqlDatabase;

namespace fremdrift {

class Session;

// Which decisions to add to a plan: those of the given units, and/or those whose evaluation
// date falls before a date. Only decisions that apply (approved, sent, in force) and are not
// already in an open review are offered.
struct ReviewPick
{
    QList<qint64> unitIds;
    QDate evaluationBefore;
    int limit = 2000;
};

struct PlanFilter
{
    std::optional<PlanKind> kind;
    bool includeClosed = false;
    std::optional<qint64> caseworkerId; // plans where this caseworker is responsible
};

// Plans, their reviews and steps, and task plans. Every change is checked in core
// (workflow/reviewworkflow.h), audited, and version-checked against concurrent edits.
class PlanRepository final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::PlanRepository)

public:
    explicit PlanRepository(Session &session) : m_session(session) {}

    // --- plans
    Result<QList<PlanSummary>> list(const PlanFilter &filter = {}) const;
    Result<ReviewPlan> get(qint64 planId) const;
    Result<PlanView> view(qint64 planId) const;
    // Creates (id 0) or changes a plan: title, goal, units, dates, status note, caseworkers.
    // Changed dates move the due dates of steps nobody set by hand.
    Result<ReviewPlan> save(ReviewPlan plan);
    Status close(qint64 planId, int version, const QDate &closedOn);

    // --- reviews
    Result<QList<DecisionSummary>> candidates(const ReviewPick &pick) const;
    // Adds a review per decision, with the plan's steps and due dates. Each goes to the
    // client's own caseworker when they are responsible in the plan, else to the responsible
    // caseworker with the fewest reviews. Returns the new reviews' ids.
    Result<QList<qint64>> addReviews(qint64 planId, const QList<qint64> &decisionIds);
    Result<Review> review(qint64 reviewId) const;
    Status assignCaseworker(qint64 reviewId, int version, qint64 userId);
    Status removeReview(qint64 reviewId, int version); // only while no step is done

    // --- steps
    // Saves a step's form, notes and (when set by hand) due date, without completing it.
    Result<Review> saveStep(const ReviewStep &step);
    // Completes the step on `doneOn` as the session's user, after checkStepCompletion();
    // the form and notes given are saved with it. Meeting held also files the assessment.
    Result<Review> completeStep(const ReviewStep &step, const QDate &doneOn);
    // Takes a done step back to open (a later step must not be done); the reason is audited.
    Result<Review> reopenStep(qint64 stepId, int version, const QString &reason);
    // Links the review's evaluation meeting (step 2) and moves the steps due from it.
    Result<Review> linkMeeting(qint64 reviewId, qint64 meetingId);
    // Step 6: a new draft decision that replaces the one under review, prefilled from the
    // investigation (sections) and the estimates (services); linked as the review's new one.
    Result<Review> startNewDecision(qint64 reviewId);
    // Recomputes the due dates of the review's steps from the plan, meeting and new decision.
    Status refreshDueDates(qint64 reviewId);

    // --- the plan's own step: staffing and rotas reviewed
    Result<ReviewPlan> completeStaffing(qint64 planId, int version, const QDate &doneOn,
                                        const QString &notes);

    // --- task plans
    Result<QList<PlanTask>> tasks(qint64 planId) const;
    Result<PlanTask> saveTask(PlanTask task);
    Status removeTask(qint64 taskId, int version);

private:
    Result<Review> reviewOfStep(qint64 stepId) const;
    Result<ReviewStep> storedStep(const Review &review, qint64 stepId) const;
    Status writeStep(QSqlDatabase &db, const ReviewStep &step, const Review &review,
                     const QString &action, const QJsonObject &detail);
    Status fileAssessment(QSqlDatabase &db, const Review &review, const ReviewStep &step);
    Status refreshStaffingDue(QSqlDatabase &db, qint64 planId);

    Session &m_session;
};

} // namespace fremdrift
