#pragma once

#include "domain/decision.h"
#include "domain/progressplan.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fremdrift {

class Session;

// An open review step with where it belongs: a line of "due this week" or "late".
struct DueStep
{
    qint64 stepId = 0;
    qint64 reviewId = 0;
    qint64 planId = 0;
    QString planTitle;
    qint64 clientId = 0;
    QString clientName;
    QString stepKey; // "pre_notice", ...
    QString responsibleRole;
    QDate dueOn;
    std::optional<qint64> caseworkerId;
    QString caseworkerName;
};

// A meeting coming up, in brief.
struct UpcomingMeeting
{
    qint64 meetingId = 0;
    QString kind; // meetingKindKey()
    QString title;
    QString clientName;
    QDateTime startsAt;
    QString location;
};

// One caseworker's load: open reviews, steps due this week, late steps.
struct Workload
{
    qint64 userId = 0;
    QString name;
    int openReviews = 0;
    int dueThisWeek = 0;
    int late = 0;
};

// What the overview page shows each morning, for one caseworker (or, for a leader, everyone).
struct Overview
{
    QDate today;
    QDate endOfWeek; // Sunday of today's week
    QList<DueStep> dueThisWeek; // not late, due by Sunday
    QList<DueStep> late;
    QList<UpcomingMeeting> meetings; // the next `meetingDays` days
    QList<DecisionSummary> unplannedDecisions; // evaluation within N weeks, in no open review
    QList<PlanSummary> plans;                  // open plans with their progress
    QList<Workload> workload;                   // per caseworker (leaders, administrators)
};

struct OverviewOptions
{
    std::optional<qint64> caseworkerId; // whose steps; nothing: everyone's
    int evaluationWeeks = 8;
    int meetingDays = 14;
    int listLimit = 200;
    bool includeWorkload = false;
};

class OverviewQueries final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::OverviewQueries)

public:
    explicit OverviewQueries(Session &session) : m_session(session) {}

    Result<Overview> load(const OverviewOptions &options) const;

    // Open steps of open plans due from `dueFrom` to `dueBy`, by due date.
    Result<QList<DueStep>> openSteps(const std::optional<qint64> &caseworkerId,
                                     const QDate &dueFrom, const QDate &dueBy, int limit) const;
    Result<QList<UpcomingMeeting>> upcomingMeetings(const std::optional<qint64> &staffUserId,
                                                    int days, int limit) const;
    // Decisions that apply, due for evaluation within `weeks`, in no open review (of one
    // caseworker's, or everyone's).
    Result<QList<DecisionSummary>> unplannedDecisions(const std::optional<qint64> &caseworkerId,
                                                      int weeks, int limit) const;
    Result<QList<Workload>> workload() const;

private:

    Session &m_session;
};

} // namespace fremdrift
