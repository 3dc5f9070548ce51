#include "repository/overviewqueries.h"

#include "domain/json.h"
#include "domain/meeting.h"
#include "repository/decisionrows.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/session.h"

#include <QSqlQuery>

namespace fremdrift {

namespace {

const QString dueStepSelect = QStringLiteral(
    "SELECT s.id, s.review_id, r.plan_id, p.title, r.client_id, "
    "c.family_name || ', ' || c.given_name, s.step_id, s.responsible_role, s.due_on, "
    "r.caseworker_id, cw.full_name "
    "FROM review_steps s JOIN reviews r ON r.id = s.review_id "
    "JOIN review_plans p ON p.id = r.plan_id JOIN clients c ON c.id = r.client_id "
    "LEFT JOIN staff_users cw ON cw.id = r.caseworker_id "
    "WHERE s.done_on IS NULL AND p.closed_on IS NULL AND s.due_on >= ? AND s.due_on <= ? ");

DueStep dueStepFrom(const QSqlQuery &row)
{
    DueStep step;
    step.stepId = row.value(0).toLongLong();
    step.reviewId = row.value(1).toLongLong();
    step.planId = row.value(2).toLongLong();
    step.planTitle = row.value(3).toString();
    step.clientId = row.value(4).toLongLong();
    step.clientName = row.value(5).toString();
    step.stepKey = row.value(6).toString();
    step.responsibleRole = row.value(7).toString();
    step.dueOn = dateFromIso(row.value(8).toString());
    if (!row.value(9).isNull())
        step.caseworkerId = row.value(9).toLongLong();
    step.caseworkerName = row.value(10).toString();
    return step;
}

// Prepares `statement` with `values`, runs it, and reads each row with `read`.
template<typename T, typename Read>
Result<QList<T>> readAll(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &values, Read read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<T> rows;
    while (query.next())
        rows << read(query);
    return rows;
}

} // namespace

Result<QList<DueStep>> OverviewQueries::openSteps(const std::optional<qint64> &caseworkerId,
                                                  const QDate &dueFrom, const QDate &dueBy,
                                                  int limit) const
{
    QVariantList values = {isoDate(dueFrom), isoDate(dueBy)};
    QString statement = dueStepSelect;
    if (caseworkerId) {
        // "+": walk the open steps by due date (few are due or late) instead of fetching all
        // of the caseworker's reviews and sorting their steps.
        statement += QStringLiteral("AND +r.caseworker_id = ? ");
        values << *caseworkerId;
    }
    // In the order of the open-steps index, so the walk stops at the limit instead of sorting
    // every late step of the office.
    statement += QStringLiteral("ORDER BY s.due_on, s.id LIMIT ?");
    values << limit;
    return readAll<DueStep>(m_session.database().connection(), statement, values, dueStepFrom);
}

Result<QList<UpcomingMeeting>> OverviewQueries::upcomingMeetings(
    const std::optional<qint64> &staffUserId, int days, int limit) const
{
    const QDateTime from(m_session.today(), QTime(0, 0));
    QVariantList values = {meetingTimeText(from), meetingTimeText(from.addDays(days + 1))};
    QString statement = QStringLiteral(
        "SELECT m.id, m.kind, m.title, c.family_name || ', ' || c.given_name, m.starts_at, "
        "coalesce(nullif(m.location, ''), m.video_link) "
        "FROM meetings m LEFT JOIN clients c ON c.id = m.client_id "
        "WHERE m.starts_at >= ? AND m.starts_at < ? ");
    if (staffUserId) {
        // Mine: I take part, or it is about a review I am responsible for.
        statement += QStringLiteral(
            "AND (EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id "
            "AND mp.staff_user_id = ?) OR EXISTS (SELECT 1 FROM reviews r WHERE r.id = "
            "m.review_id AND r.caseworker_id = ?)) ");
        values << *staffUserId << *staffUserId;
    }
    statement += QStringLiteral("ORDER BY m.starts_at LIMIT ?");
    values << limit;
    return readAll<UpcomingMeeting>(m_session.database().connection(), statement, values,
                                    [](const QSqlQuery &row) {
                                        UpcomingMeeting m;
                                        m.meetingId = row.value(0).toLongLong();
                                        m.kind = row.value(1).toString();
                                        m.title = row.value(2).toString();
                                        m.clientName = row.value(3).toString();
                                        m.startsAt = meetingTimeFromText(row.value(4).toString());
                                        m.location = row.value(5).toString();
                                        return m;
                                    });
}

Result<QList<DecisionSummary>> OverviewQueries::unplannedDecisions(
    const std::optional<qint64> &caseworkerId, int weeks, int limit) const
{
    // Walks the index of decisions that apply by evaluation date and stops at the limit.
    QVariantList values = {isoDate(m_session.today().addDays(7 * weeks))};
    QString statement = decisionrows::summarySelect(decisionrows::DecisionOrder::ApplyingByEvaluation)
                        + QStringLiteral("WHERE ") + decisionrows::applyingCondition()
                        + QStringLiteral(
                            " AND d.evaluation_date <= ? "
                            "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.decision_id = d.id "
                            "AND r.closed_on IS NULL) ");
    if (caseworkerId) {
        // "+": filter while walking the evaluation-date index in order, rather than fetching
        // and sorting all of the caseworker's decisions.
        statement += QStringLiteral("AND +d.caseworker_id = ? ");
        values << *caseworkerId;
    }
    statement += QStringLiteral("ORDER BY d.evaluation_date, d.id LIMIT ?");
    values << limit;
    return readAll<DecisionSummary>(m_session.database().connection(), statement, values,
                                    [](const QSqlQuery &row) {
                                        return decisionrows::summaryFrom(row);
                                    });
}

Result<QList<Workload>> OverviewQueries::workload() const
{
    const QDate today = m_session.today();
    const QDate endOfWeek = today.addDays(7 - today.dayOfWeek());
    // Open reviews per caseworker, and their open steps due by Sunday walked once by due date.
    const QString statement = QStringLiteral(
        "SELECT u.id, u.full_name, coalesce(o.reviews, 0), coalesce(w.due, 0), "
        "coalesce(w.late, 0) FROM staff_users u "
        "LEFT JOIN (SELECT r.caseworker_id AS user_id, count(*) AS reviews FROM reviews r "
        " JOIN review_plans p ON p.id = r.plan_id WHERE r.closed_on IS NULL "
        " AND p.closed_on IS NULL GROUP BY r.caseworker_id) o ON o.user_id = u.id "
        "LEFT JOIN (SELECT r.caseworker_id AS user_id, total(s.due_on >= ?) AS due, "
        " total(s.due_on < ?) AS late FROM review_steps s JOIN reviews r ON r.id = s.review_id "
        " JOIN review_plans p ON p.id = r.plan_id WHERE s.done_on IS NULL AND s.due_on <= ? "
        " AND p.closed_on IS NULL GROUP BY r.caseworker_id) w ON w.user_id = u.id "
        "WHERE u.active = 1 AND u.role IN ('caseworker', 'leader') ORDER BY u.full_name");
    return readAll<Workload>(m_session.database().connection(), statement,
                             {isoDate(today), isoDate(today), isoDate(endOfWeek)},
                             [](const QSqlQuery &row) {
                                 Workload w;
                                 w.userId = row.value(0).toLongLong();
                                 w.name = row.value(1).toString();
                                 w.openReviews = row.value(2).toInt();
                                 w.dueThisWeek = row.value(3).toInt();
                                 w.late = row.value(4).toInt();
                                 return w;
                             });
}

Result<Overview> OverviewQueries::load(const OverviewOptions &options) const
{
    Overview overview;
    overview.today = m_session.today();
    overview.endOfWeek = overview.today.addDays(7 - overview.today.dayOfWeek());
    auto late = openSteps(options.caseworkerId, QDate(1900, 1, 1), overview.today.addDays(-1),
                          options.listLimit);
    if (!late)
        return late.error();
    overview.late = *late;
    auto due = openSteps(options.caseworkerId, overview.today, overview.endOfWeek,
                         options.listLimit);
    if (!due)
        return due.error();
    overview.dueThisWeek = *due;
    auto meetings = upcomingMeetings(options.caseworkerId, options.meetingDays, options.listLimit);
    if (!meetings)
        return meetings.error();
    overview.meetings = *meetings;
    auto decisions = unplannedDecisions(options.caseworkerId, options.evaluationWeeks,
                                        options.listLimit);
    if (!decisions)
        return decisions.error();
    overview.unplannedDecisions = *decisions;
    PlanFilter filter;
    filter.caseworkerId = options.caseworkerId;
    auto plans = PlanRepository(m_session).list(filter);
    if (!plans)
        return plans.error();
    overview.plans = *plans;
    if (options.includeWorkload) {
        auto load = workload();
        if (!load)
            return load.error();
        overview.workload = *load;
    }
    return overview;
}

} // namespace fremdrift
