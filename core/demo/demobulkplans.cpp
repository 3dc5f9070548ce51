#include "demo/demobulkplans.h"

#include "demo/demoplantexts.h"
#include "domain/json.h"
#include "domain/progressplan.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/reviewworkflow.h"
#include "workflow/session.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace fremdrift {

namespace {

// A decision that applies and is under no open review, with its client's caseworker.
struct FreeDecision
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 unitId = 0;
    QString unitName;
};

Result<QList<FreeDecision>> freeDecisions(const QSqlDatabase &db, int limit)
{
    auto rows = sql::run(db,
                         QStringLiteral("SELECT d.id, d.client_id, coalesce(c.unit_id, 0), "
                                        "coalesce(u.name, '') FROM decisions d "
                                        "JOIN clients c ON c.id = d.client_id "
                                        "LEFT JOIN units u ON u.id = c.unit_id "
                                        "WHERE d.status IN ('approved', 'sent', 'in_force') "
                                        "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE "
                                        "r.decision_id = d.id AND r.closed_on IS NULL) "
                                        "ORDER BY c.unit_id, d.id LIMIT ?"),
                         {limit});
    if (!rows)
        return rows.error();
    QList<FreeDecision> list;
    while (rows->next())
        list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                     rows->value(2).toLongLong(), rows->value(3).toString()});
    return list;
}

// Prepared once, run for every row: a few thousand reviews want no re-preparing.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &text) : m_query(db)
    {
        m_prepared = m_query.prepare(text);
    }

    Result<qint64> run(const QVariantList &values)
    {
        if (!m_prepared)
            return sql::fromSqlError(m_query.lastError());
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            return sql::fromSqlError(m_query.lastError());
        return m_query.lastInsertId().toLongLong();
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

class BulkPlans final
{
public:
    BulkPlans(Session &session, const DemoPlanTexts &texts, const BulkPlanOptions &options)
        : m_session(session)
        , m_db(session.database().connection())
        , m_texts(texts)
        , m_options(options)
        , m_random(options.seed)
        , m_plan(m_db, QStringLiteral("INSERT INTO review_plans(kind, title, goal, start_on, "
                                      "deadline, status_note, staffing_due_on, created_by, "
                                      "updated_by) VALUES ('review', ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_unit(m_db, QStringLiteral("INSERT OR IGNORE INTO review_plan_units(plan_id, unit_id) "
                                      "VALUES (?, ?)"))
        , m_caseworker(m_db, QStringLiteral("INSERT INTO review_plan_caseworkers(plan_id, user_id) "
                                            "VALUES (?, ?)"))
        , m_review(m_db, QStringLiteral("INSERT INTO reviews(plan_id, client_id, decision_id, "
                                        "caseworker_id, updated_by) VALUES (?, ?, ?, ?, ?)"))
        , m_step(m_db, QStringLiteral("INSERT INTO review_steps(review_id, step_id, position, "
                                      "due_on, responsible_role, done_on, done_by, form, "
                                      "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        , m_close(m_db, QStringLiteral("UPDATE reviews SET closed_on = ? WHERE id = ?"))
    {}

    Status build()
    {
        auto users = m_session.users();
        if (!users)
            return users.error();
        for (const StaffUser &user : std::as_const(*users)) {
            if (user.active && user.role == Role::Caseworker)
                m_caseworkers << user.id;
        }
        auto decisions = freeDecisions(m_db, m_options.plans * m_options.reviewsPerPlan);
        if (!decisions)
            return decisions.error();
        for (int plan = 0; plan < m_options.plans; ++plan) {
            const auto share = decisions->mid(qsizetype(plan) * m_options.reviewsPerPlan,
                                              m_options.reviewsPerPlan);
            if (share.isEmpty())
                break;
            if (Status s = addPlan(plan, share); !s)
                return s;
        }
        return Ok{};
    }

private:
    // Plans spread from well under way to not started: starts from 150 days ago to 60 ahead.
    ReviewPlan planFor(int number, const QList<FreeDecision> &share) const
    {
        ReviewPlan plan;
        plan.title = m_texts.extraTitle.arg(share.size()).arg(share.constFirst().unitName).arg(number + 1);
        plan.goal = m_texts.goal;
        plan.startOn = m_options.today.addDays(-150 + (number * 7) % 211);
        plan.deadline = plan.startOn.addDays(90);
        return plan;
    }

    Status addPlan(int number, const QList<FreeDecision> &share)
    {
        const ReviewPlan plan = planFor(number, share);
        const JurisdictionProfile &profile = m_session.profile();
        const DueAnchors anchors = dueAnchors(plan, profile, std::nullopt, std::nullopt);
        const QList<ReviewStep> steps = plannedSteps(profile, anchors, m_session.calendar());
        QDate staffingDue;
        if (const StepDefault *staffing = profile.step(planStepId()))
            staffingDue = dueDate(staffing->due, anchors, m_session.calendar());
        const qint64 me = m_session.user().id;
        auto planId = m_plan.run({plan.title, plan.goal, isoDate(plan.startOn), isoDate(plan.deadline),
                                  QString(), sql::nullable(staffingDue), me, me});
        if (!planId)
            return planId.error();
        for (qint64 caseworker : std::as_const(m_caseworkers)) {
            if (auto linked = m_caseworker.run({*planId, caseworker}); !linked)
                return linked.error();
        }
        if (share.constFirst().unitId > 0) {
            if (auto unit = m_unit.run({*planId, share.constFirst().unitId}); !unit)
                return unit.error();
        }
        for (qsizetype i = 0; i < share.size(); ++i) {
            if (Status s = addReview(*planId, plan, steps, share.at(i), int(i)); !s)
                return s;
        }
        return Ok{};
    }

    // How many steps of a review are done: as many as are due by today, give or take one.
    int doneCount(const QList<ReviewStep> &steps)
    {
        int due = 0;
        for (const ReviewStep &step : steps)
            due += step.dueOn.isValid() && step.dueOn <= m_options.today ? 1 : 0;
        return std::clamp(due - 1 + int(m_random.bounded(3)), 0, int(steps.size()));
    }

    Status addReview(qint64 planId, const ReviewPlan &plan, const QList<ReviewStep> &steps,
                     const FreeDecision &decision, int index)
    {
        const qint64 caseworker = m_caseworkers.isEmpty()
                                      ? m_session.user().id
                                      : m_caseworkers.at(index % m_caseworkers.size());
        auto reviewId = m_review.run({planId, decision.clientId, decision.id, caseworker,
                                      m_session.user().id});
        if (!reviewId)
            return reviewId.error();
        const int done = plan.startOn <= m_options.today ? doneCount(steps) : 0;
        QDate previous = plan.startOn;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const ReviewStep &step = steps.at(i);
            // Done on its due day or a few days either side, never before the step before it
            // nor after today.
            QDate doneOn;
            if (i < done) {
                const QDate around = (step.dueOn.isValid() ? step.dueOn : previous)
                                         .addDays(int(m_random.bounded(9)) - 4);
                doneOn = std::min(std::max(around, previous), m_options.today);
                previous = doneOn;
            }
            auto row = m_step.run({*reviewId, step.stepId, step.position, sql::nullable(step.dueOn),
                                   step.responsibleRole, sql::nullable(doneOn),
                                   doneOn.isValid() ? QVariant(caseworker) : QVariant(),
                                   QStringLiteral("{}"), m_session.user().id});
            if (!row)
                return row.error();
        }
        // A review with every step done is finished, as PlanRepository closes it.
        if (done == steps.size()) {
            if (auto closed = m_close.run({isoDate(previous), *reviewId}); !closed)
                return closed.error();
        }
        return Ok{};
    }

    Session &m_session;
    QSqlDatabase m_db;
    const DemoPlanTexts &m_texts;
    BulkPlanOptions m_options;
    QRandomGenerator m_random;
    QList<qint64> m_caseworkers;
    Statement m_plan;
    Statement m_unit;
    Statement m_caseworker;
    Statement m_review;
    Statement m_step;
    Statement m_close;
};

} // namespace

Status addBulkPlans(Session &session, const DemoPlanTexts &texts, const BulkPlanOptions &options)
{
    return BulkPlans(session, texts, options).build();
}

} // namespace fremdrift
