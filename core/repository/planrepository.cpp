#include "repository/planrepository.h"

#include "domain/json.h"
#include "repository/decisionrepository.h"
#include "repository/decisionrows.h"
#include "repository/stepcheck.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/reviewworkflow.h"
#include "workflow/session.h"
#include "workflow/stepforms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace fremdrift {

namespace {

QDate dateAt(const QSqlQuery &row, int column)
{
    return dateFromIso(row.value(column).toString());
}

QString formText(const QJsonObject &form)
{
    return form.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(form).toJson(QJsonDocument::Compact));
}

QJsonObject formFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// What the audit trail compares of a plan.
QJsonObject auditJson(const ReviewPlan &plan)
{
    QJsonArray units;
    for (qint64 id : plan.unitIds)
        units.append(id);
    QJsonArray caseworkers;
    for (const PlanCaseworker &c : plan.caseworkers)
        caseworkers.append(c.userId);
    return {{QStringLiteral("kind"), planKindKey(plan.kind)},
            {QStringLiteral("title"), plan.title},
            {QStringLiteral("goal"), plan.goal},
            {QStringLiteral("units"), units},
            {QStringLiteral("start_on"), jsonDate(plan.startOn)},
            {QStringLiteral("deadline"), jsonDate(plan.deadline)},
            {QStringLiteral("status_note"), plan.statusNote},
            {QStringLiteral("caseworkers"), caseworkers},
            {QStringLiteral("closed_on"), jsonDate(plan.closedOn)}};
}

QJsonObject auditJson(const ReviewStep &step)
{
    return {{QStringLiteral("step_id"), step.stepId},
            {QStringLiteral("due_on"), jsonDate(step.dueOn)},
            {QStringLiteral("done_on"), jsonDate(step.doneOn)},
            {QStringLiteral("notes"), step.notes},
            {QStringLiteral("form"), step.form}};
}

QJsonObject auditJson(const PlanTask &task)
{
    return {{QStringLiteral("plan_id"), task.planId},
            {QStringLiteral("title"), task.title},
            {QStringLiteral("deadline"), jsonDate(task.deadline)},
            {QStringLiteral("responsible"), task.responsible},
            {QStringLiteral("status_note"), task.statusNote},
            {QStringLiteral("done_on"), jsonDate(task.doneOn)}};
}

const QString reviewSelect = QStringLiteral(
    "SELECT r.id, r.plan_id, p.title, r.client_id, c.family_name || ', ' || c.given_name, "
    "u.name, r.decision_id, d.reference, r.new_decision_id, nd.reference, r.caseworker_id, "
    "cw.full_name, r.closed_on, r.version, r.updated_at "
    "FROM reviews r JOIN review_plans p ON p.id = r.plan_id "
    "JOIN clients c ON c.id = r.client_id LEFT JOIN units u ON u.id = c.unit_id "
    "LEFT JOIN decisions d ON d.id = r.decision_id "
    "LEFT JOIN decisions nd ON nd.id = r.new_decision_id "
    "LEFT JOIN staff_users cw ON cw.id = r.caseworker_id ");

Review reviewFrom(const QSqlQuery &row)
{
    Review r;
    r.id = row.value(0).toLongLong();
    r.planId = row.value(1).toLongLong();
    r.planTitle = row.value(2).toString();
    r.clientId = row.value(3).toLongLong();
    r.clientName = row.value(4).toString();
    r.unitName = row.value(5).toString();
    r.decisionId = sql::optionalId(row.value(6));
    r.decisionReference = row.value(7).toString();
    r.newDecisionId = sql::optionalId(row.value(8));
    r.newDecisionReference = row.value(9).toString();
    r.caseworkerId = sql::optionalId(row.value(10));
    r.caseworkerName = row.value(11).toString();
    r.closedOn = dateAt(row, 12);
    r.version = row.value(13).toInt();
    r.updatedAt = row.value(14).toString();
    return r;
}

const QString stepSelect = QStringLiteral(
    "SELECT s.id, s.review_id, s.step_id, s.position, s.due_on, s.due_set_by_hand, "
    "s.responsible_role, s.done_on, s.done_by, u.full_name, s.notes, s.form, s.version, "
    "s.updated_at FROM review_steps s LEFT JOIN staff_users u ON u.id = s.done_by ");

ReviewStep stepFrom(const QSqlQuery &row)
{
    ReviewStep s;
    s.id = row.value(0).toLongLong();
    s.reviewId = row.value(1).toLongLong();
    s.stepId = row.value(2).toString();
    s.position = row.value(3).toInt();
    s.dueOn = dateAt(row, 4);
    s.dueSetByHand = row.value(5).toBool();
    s.responsibleRole = row.value(6).toString();
    s.doneOn = dateAt(row, 7);
    s.doneBy = sql::optionalId(row.value(8));
    s.doneByName = row.value(9).toString();
    s.notes = row.value(10).toString();
    s.form = formFrom(row.value(11));
    s.version = row.value(12).toInt();
    s.updatedAt = row.value(13).toString();
    return s;
}

// The steps of the given reviews, attached to them in order.
Status attachSteps(const QSqlDatabase &db, QList<Review> &reviews, const QString &condition,
                   qint64 key)
{
    auto rows = sql::run(db, stepSelect + condition + QStringLiteral(" ORDER BY s.review_id, s.position"),
                         {key});
    if (!rows)
        return rows.error();
    QHash<qint64, Review *> byId;
    for (Review &review : reviews)
        byId.insert(review.id, &review);
    while (rows->next()) {
        ReviewStep step = stepFrom(*rows);
        if (Review *review = byId.value(step.reviewId))
            review->steps.append(std::move(step));
    }
    return Ok{};
}

QList<FieldProblem> checkPlan(const ReviewPlan &plan)
{
    QList<FieldProblem> problems;
    if (plan.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), PlanRepository::tr("Give the plan a title.")});
    if (plan.kind == PlanKind::Review) {
        if (!plan.startOn.isValid())
            problems.append({QStringLiteral("start_on"),
                             PlanRepository::tr("Give the date the plan starts: the steps' due "
                                                "dates count from it.")});
        if (!plan.deadline.isValid())
            problems.append({QStringLiteral("deadline"),
                             PlanRepository::tr("Give the plan's deadline.")});
    }
    if (plan.startOn.isValid() && plan.deadline.isValid() && plan.deadline < plan.startOn)
        problems.append({QStringLiteral("deadline"),
                         PlanRepository::tr("The deadline cannot come before the start.")});
    return problems;
}

Status replaceLinks(const QSqlDatabase &db, const QString &table, const QString &column,
                    qint64 planId, const QList<qint64> &ids)
{
    if (auto removed = sql::run(db, QStringLiteral("DELETE FROM %1 WHERE plan_id = ?").arg(table),
                                {planId});
        !removed)
        return removed.error();
    for (qint64 id : ids) {
        if (auto inserted = sql::run(db,
                                     QStringLiteral("INSERT OR IGNORE INTO %1(plan_id, %2) "
                                                    "VALUES (?, ?)")
                                         .arg(table, column),
                                     {planId, id});
            !inserted)
            return inserted.error();
    }
    return Ok{};
}

} // namespace

// ---------------------------------------------------------------- plans

Result<QList<PlanSummary>> PlanRepository::list(const PlanFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    const QString today = isoDate(m_session.today());
    values << today << today;
    if (filter.kind) {
        conditions << QStringLiteral("p.kind = ?");
        values << planKindKey(*filter.kind);
    }
    if (!filter.includeClosed)
        conditions << QStringLiteral("p.closed_on IS NULL");
    if (filter.caseworkerId) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM review_plan_caseworkers pc "
                                     "WHERE pc.plan_id = p.id AND pc.user_id = ?)");
        values << *filter.caseworkerId;
    }
    QSqlQuery query(m_session.database().connection());
    query.setForwardOnly(true);
    // Per plan: reviews (or tasks), those finished (a review is closed when its last step is
    // done), steps done of all, and late ones; the steps counted in one pass, not per plan.
    query.prepare(
        QStringLiteral(
            "WITH step_counts AS (SELECT r.plan_id, count(*) AS total, count(s.done_on) AS done, "
            " total(s.done_on IS NULL AND s.due_on < ?) AS late "
            " FROM reviews r JOIN review_steps s ON s.review_id = r.id GROUP BY r.plan_id), "
            "review_counts AS (SELECT plan_id, count(*) AS total, count(closed_on) AS finished "
            " FROM reviews GROUP BY plan_id) "
            "SELECT p.id, p.kind, p.title, p.start_on, p.deadline, p.status_note, p.closed_on, "
            "(SELECT group_concat(u.full_name, char(31)) FROM review_plan_caseworkers pc "
            " JOIN staff_users u ON u.id = pc.user_id WHERE pc.plan_id = p.id), "
            "coalesce(rc.total, 0), coalesce(rc.finished, 0), coalesce(sc.total, 0), "
            "coalesce(sc.done, 0), coalesce(sc.late, 0), "
            "(SELECT count(*) FROM review_plan_tasks t WHERE t.plan_id = p.id), "
            "(SELECT count(t.done_on) FROM review_plan_tasks t WHERE t.plan_id = p.id), "
            "(SELECT count(*) FROM review_plan_tasks t WHERE t.plan_id = p.id "
            " AND t.done_on IS NULL AND t.deadline < ?) "
            "FROM review_plans p LEFT JOIN step_counts sc ON sc.plan_id = p.id "
            "LEFT JOIN review_counts rc ON rc.plan_id = p.id ")
        + (conditions.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY p.closed_on IS NOT NULL, p.deadline IS NULL, p.deadline, p.id"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<PlanSummary> plans;
    while (query.next()) {
        PlanSummary s;
        s.id = query.value(0).toLongLong();
        s.kind = planKindFromKey(query.value(1).toString()).value_or(PlanKind::Review);
        s.title = query.value(2).toString();
        s.startOn = dateAt(query, 3);
        s.deadline = dateAt(query, 4);
        s.statusNote = query.value(5).toString();
        s.closedOn = dateAt(query, 6);
        const QString names = query.value(7).toString();
        if (!names.isEmpty())
            s.caseworkerNames = names.split(QChar(31));
        const bool tasks = s.kind == PlanKind::Task;
        s.reviewCount = query.value(tasks ? 13 : 8).toInt();
        s.finishedCount = query.value(tasks ? 14 : 9).toInt();
        s.stepCount = tasks ? s.reviewCount : query.value(10).toInt();
        s.stepsDone = tasks ? s.finishedCount : query.value(11).toInt();
        s.lateCount = query.value(tasks ? 15 : 12).toInt();
        plans << s;
    }
    return plans;
}

Result<ReviewPlan> PlanRepository::get(qint64 planId) const
{
    const QSqlDatabase db = m_session.database().connection();
    auto row = sql::run(db,
                        QStringLiteral("SELECT p.id, p.kind, p.title, p.goal, p.start_on, "
                                       "p.deadline, p.status_note, p.closed_on, p.staffing_due_on, "
                                       "p.staffing_done_on, p.staffing_done_by, u.full_name, "
                                       "p.staffing_notes, p.version, p.updated_at "
                                       "FROM review_plans p LEFT JOIN staff_users u "
                                       "ON u.id = p.staffing_done_by WHERE p.id = ?"),
                        {planId});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no plan with id %1.").arg(planId));
    ReviewPlan plan;
    plan.id = row->value(0).toLongLong();
    plan.kind = planKindFromKey(row->value(1).toString()).value_or(PlanKind::Review);
    plan.title = row->value(2).toString();
    plan.goal = row->value(3).toString();
    plan.startOn = dateAt(*row, 4);
    plan.deadline = dateAt(*row, 5);
    plan.statusNote = row->value(6).toString();
    plan.closedOn = dateAt(*row, 7);
    plan.staffingDueOn = dateAt(*row, 8);
    plan.staffingDoneOn = dateAt(*row, 9);
    plan.staffingDoneBy = sql::optionalId(row->value(10));
    plan.staffingDoneByName = row->value(11).toString();
    plan.staffingNotes = row->value(12).toString();
    plan.version = row->value(13).toInt();
    plan.updatedAt = row->value(14).toString();

    auto units = sql::run(db,
                          QStringLiteral("SELECT u.id, u.name FROM review_plan_units pu JOIN units u "
                                         "ON u.id = pu.unit_id WHERE pu.plan_id = ? ORDER BY u.name"),
                          {planId});
    if (!units)
        return units.error();
    while (units->next()) {
        plan.unitIds << units->value(0).toLongLong();
        plan.unitNames << units->value(1).toString();
    }
    auto caseworkers = sql::run(
        db,
        QStringLiteral("SELECT u.id, u.full_name, (SELECT count(*) FROM reviews r "
                       "WHERE r.plan_id = pc.plan_id AND r.caseworker_id = u.id) "
                       "FROM review_plan_caseworkers pc JOIN staff_users u ON u.id = pc.user_id "
                       "WHERE pc.plan_id = ? ORDER BY u.full_name"),
        {planId});
    if (!caseworkers)
        return caseworkers.error();
    while (caseworkers->next())
        plan.caseworkers.append({caseworkers->value(0).toLongLong(),
                                 caseworkers->value(1).toString(), caseworkers->value(2).toInt()});
    return plan;
}

Result<PlanView> PlanRepository::view(qint64 planId) const
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    PlanView view;
    view.plan = std::move(plan).value();
    for (const StepDefault &step : m_session.profile().reviewSteps) {
        if (step.id != planStepId())
            view.stepIds << step.id;
    }
    const QSqlDatabase db = m_session.database().connection();
    auto rows = sql::run(db,
                         reviewSelect
                             + QStringLiteral("WHERE r.plan_id = ? ORDER BY c.family_name, "
                                              "c.given_name, r.id"),
                         {planId});
    if (!rows)
        return rows.error();
    while (rows->next())
        view.reviews << reviewFrom(*rows);
    if (Status s = attachSteps(db, view.reviews,
                               QStringLiteral("JOIN reviews r ON r.id = s.review_id "
                                              "WHERE r.plan_id = ?"),
                               planId);
        !s)
        return s.error();
    if (view.plan.kind == PlanKind::Task) {
        auto list = tasks(planId);
        if (!list)
            return list.error();
        view.tasks = *list;
    }
    return view;
}

Result<ReviewPlan> PlanRepository::save(ReviewPlan plan)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    if (const auto problems = checkPlan(plan); !problems.isEmpty())
        return invalidInput(problems);
    std::optional<ReviewPlan> before;
    if (plan.id != 0) {
        auto stored = get(plan.id);
        if (!stored)
            return stored.error();
        before = *stored;
    }
    const bool datesMoved = before && (before->startOn != plan.startOn
                                       || before->deadline != plan.deadline);
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        QStringList columns = {QStringLiteral("kind"), QStringLiteral("title"),
                               QStringLiteral("goal"), QStringLiteral("start_on"),
                               QStringLiteral("deadline"), QStringLiteral("status_note"),
                               QStringLiteral("updated_by")};
        QVariantList values = {planKindKey(plan.kind), plan.title.trimmed(),
                               sql::nullable(plan.goal.trimmed()), sql::nullable(plan.startOn),
                               sql::nullable(plan.deadline), sql::nullable(plan.statusNote.trimmed()),
                               m_session.user().id};
        if (plan.id == 0) {
            columns << QStringLiteral("created_by");
            values << m_session.user().id;
        }
        auto id = sql::saveRow(db, QStringLiteral("review_plans"), columns, values, plan.id,
                               plan.version);
        if (!id)
            return id.error();
        plan.id = *id;
        QList<qint64> caseworkers;
        for (const PlanCaseworker &c : std::as_const(plan.caseworkers))
            caseworkers << c.userId;
        if (Status s = replaceLinks(db, QStringLiteral("review_plan_units"),
                                    QStringLiteral("unit_id"), plan.id, plan.unitIds);
            !s)
            return s;
        if (Status s = replaceLinks(db, QStringLiteral("review_plan_caseworkers"),
                                    QStringLiteral("user_id"), plan.id, caseworkers);
            !s)
            return s;
        if (datesMoved) {
            auto reviews = sql::run(db, QStringLiteral("SELECT id FROM reviews WHERE plan_id = ?"),
                                    {plan.id});
            if (!reviews)
                return reviews.error();
            QList<qint64> ids;
            while (reviews->next())
                ids << reviews->value(0).toLongLong();
            for (qint64 reviewId : std::as_const(ids)) {
                if (Status s = refreshDueDates(reviewId); !s)
                    return s;
            }
            if (Status s = refreshStaffingDue(db, plan.id); !s)
                return s;
        }
        return AuditTrail::append(
            db, m_session.audit(before ? QStringLiteral("update") : QStringLiteral("create"),
                                QStringLiteral("plan"), plan.id, std::nullopt,
                                AuditTrail::changes(before ? auditJson(*before) : QJsonObject(),
                                                    auditJson(plan))));
    });
    if (!saved)
        return saved.error();
    return get(plan.id);
}

Status PlanRepository::close(qint64 planId, int version, const QDate &closedOn)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    if (!closedOn.isValid())
        return makeError(Error::Code::InvalidInput, tr("Give the date the plan was closed."));
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto row = sql::saveRow(db, QStringLiteral("review_plans"),
                                {QStringLiteral("closed_on"), QStringLiteral("updated_by")},
                                {isoDate(closedOn), m_session.user().id}, planId, version);
        if (!row)
            return row.error();
        return AuditTrail::append(db, m_session.audit(QStringLiteral("close"),
                                                      QStringLiteral("plan"), planId, std::nullopt,
                                                      {{QStringLiteral("closed_on"),
                                                        isoDate(closedOn)}}));
    });
}

// ---------------------------------------------------------------- reviews

Result<QList<DecisionSummary>> PlanRepository::candidates(const ReviewPick &pick) const
{
    // A decision is in at most one open review, whichever plan holds it.
    QStringList conditions = {
        decisionrows::applyingCondition(),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.decision_id = d.id "
                       "AND r.closed_on IS NULL)")};
    QVariantList values;
    if (!pick.unitIds.isEmpty()) {
        QStringList marks;
        for (qint64 unit : pick.unitIds) {
            marks << QStringLiteral("?");
            values << unit;
        }
        conditions << QStringLiteral("c.unit_id IN (%1)").arg(marks.join(u','));
    }
    if (pick.evaluationBefore.isValid()) {
        conditions << QStringLiteral("d.evaluation_date < ?");
        values << isoDate(pick.evaluationBefore);
    }
    QSqlQuery query(m_session.database().connection());
    query.setForwardOnly(true);
    query.prepare(decisionrows::summarySelect(decisionrows::DecisionOrder::ApplyingByEvaluation)
                  + QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))
                  + QStringLiteral(" ORDER BY d.evaluation_date, d.id LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(pick.limit);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<DecisionSummary> decisions;
    while (query.next())
        decisions << decisionrows::summaryFrom(query);
    return decisions;
}

Result<QList<qint64>> PlanRepository::addReviews(qint64 planId, const QList<qint64> &decisionIds)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    if (plan->kind != PlanKind::Review)
        return makeError(Error::Code::InvalidInput,
                         tr("\"%1\" is a task plan: it holds tasks, not reviews.").arg(plan->title));
    if (plan->isClosed())
        return makeError(Error::Code::InvalidInput,
                         tr("The plan \"%1\" is closed.").arg(plan->title));
    QHash<qint64, int> load; // responsible caseworker → reviews
    for (const PlanCaseworker &c : std::as_const(plan->caseworkers))
        load.insert(c.userId, c.reviewCount);
    const QList<ReviewStep> steps = plannedSteps(
        m_session.profile(), dueAnchors(*plan, m_session.profile(), std::nullopt, std::nullopt),
        m_session.calendar());

    QList<qint64> added;
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        for (qint64 decisionId : decisionIds) {
            auto row = sql::run(db,
                                QStringLiteral("SELECT d.client_id, c.caseworker_id, d.status, "
                                               "d.reference, (SELECT count(*) FROM reviews r "
                                               "WHERE r.decision_id = d.id AND r.closed_on IS NULL), "
                                               "d.caseworker_id "
                                               "FROM decisions d JOIN clients c ON c.id = d.client_id "
                                               "WHERE d.id = ?"),
                                {decisionId});
            if (!row)
                return row.error();
            if (!row->next())
                return makeError(Error::Code::NotFound,
                                 tr("There is no decision with id %1.").arg(decisionId));
            const qint64 clientId = row->value(0).toLongLong();
            const auto clientCaseworker = sql::optionalId(row->value(1));
            const QString reference = row->value(3).toString();
            const auto status = statusFromKey(row->value(2).toString());
            if (status != DecisionStatus::Approved && status != DecisionStatus::Sent
                && status != DecisionStatus::InForce)
                return makeError(Error::Code::InvalidInput,
                                 tr("Decision %1 is \"%2\": only a decision that applies can be "
                                    "reviewed.")
                                     .arg(reference, statusName(*status)));
            if (row->value(4).toInt() > 0)
                return makeError(Error::Code::InvalidInput,
                                 tr("Decision %1 is already being reviewed.").arg(reference));
            // The client's own caseworker when responsible here, else the least loaded; in a
            // plan with nobody named, the client's (or decision's) caseworker, else whoever adds.
            std::optional<qint64> caseworker = clientCaseworker ? clientCaseworker
                                               : sql::optionalId(row->value(5)).value_or(m_session.user().id);
            if (!load.isEmpty() && !(clientCaseworker && load.contains(*clientCaseworker))) {
                caseworker = load.cbegin().key();
                for (auto it = load.cbegin(); it != load.cend(); ++it) {
                    if (it.value() < load.value(*caseworker)
                        || (it.value() == load.value(*caseworker) && it.key() < *caseworker))
                        caseworker = it.key();
                }
            }
            if (caseworker && load.contains(*caseworker))
                ++load[*caseworker];
            auto reviewId = sql::saveRow(db, QStringLiteral("reviews"),
                                         {QStringLiteral("plan_id"), QStringLiteral("client_id"),
                                          QStringLiteral("decision_id"),
                                          QStringLiteral("caseworker_id"),
                                          QStringLiteral("updated_by")},
                                         {planId, clientId, decisionId, sql::nullable(caseworker),
                                          m_session.user().id},
                                         0, 0);
            if (!reviewId)
                return reviewId.error();
            for (const ReviewStep &step : steps) {
                auto inserted = sql::run(db,
                                         QStringLiteral("INSERT INTO review_steps(review_id, "
                                                        "step_id, position, due_on, "
                                                        "responsible_role, updated_by) "
                                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                                         {*reviewId, step.stepId, step.position,
                                          sql::nullable(step.dueOn), step.responsibleRole,
                                          m_session.user().id});
                if (!inserted)
                    return inserted.error();
            }
            if (Status s = AuditTrail::append(
                    db, m_session.audit(QStringLiteral("create"), QStringLiteral("review"),
                                        *reviewId, clientId,
                                        {{QStringLiteral("plan_id"), planId},
                                         {QStringLiteral("decision_id"), decisionId}}));
                !s)
                return s;
            added << *reviewId;
        }
        return refreshStaffingDue(db, planId);
    });
    if (!saved)
        return saved.error();
    return added;
}

Result<Review> PlanRepository::review(qint64 reviewId) const
{
    const QSqlDatabase db = m_session.database().connection();
    auto row = sql::run(db, reviewSelect + QStringLiteral("WHERE r.id = ?"), {reviewId});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no review with id %1.").arg(reviewId));
    QList<Review> reviews = {reviewFrom(*row)};
    if (Status s = attachSteps(db, reviews, QStringLiteral("WHERE s.review_id = ?"), reviewId); !s)
        return s.error();
    return reviews.first();
}

Status PlanRepository::assignCaseworker(qint64 reviewId, int version, qint64 userId)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    auto stored = review(reviewId);
    if (!stored)
        return stored.error();
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto row = sql::saveRow(db, QStringLiteral("reviews"),
                                {QStringLiteral("caseworker_id"), QStringLiteral("updated_by")},
                                {userId, m_session.user().id}, reviewId, version);
        if (!row)
            return row.error();
        return AuditTrail::append(
            db, m_session.audit(QStringLiteral("assign"), QStringLiteral("review"), reviewId,
                                stored->clientId,
                                {{QStringLiteral("caseworker_id"),
                                  QJsonArray{stored->caseworkerId ? QJsonValue(*stored->caseworkerId)
                                                                  : QJsonValue(),
                                             userId}}}));
    });
}

Status PlanRepository::removeReview(qint64 reviewId, int version)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    auto stored = review(reviewId);
    if (!stored)
        return stored.error();
    if (stored->version != version)
        return sql::conflict(m_session.database().connection(), QStringLiteral("reviews"), reviewId);
    if (stored->doneCount() > 0)
        return makeError(Error::Code::InvalidInput,
                         tr("The review of %1 has steps done and stays in the plan; reopen them "
                            "first.")
                             .arg(stored->clientName));
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto removed = sql::run(db, QStringLiteral("DELETE FROM reviews WHERE id = ? AND version = ?"),
                                {reviewId, version});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return sql::conflict(db, QStringLiteral("reviews"), reviewId);
        if (Status s = AuditTrail::append(
                db, m_session.audit(QStringLiteral("delete"), QStringLiteral("review"), reviewId,
                                    stored->clientId,
                                    {{QStringLiteral("plan_id"), stored->planId}}));
            !s)
            return s;
        return refreshStaffingDue(db, stored->planId);
    });
}

// ---------------------------------------------------------------- steps

Result<ReviewStep> PlanRepository::storedStep(const Review &review, qint64 stepId) const
{
    for (const ReviewStep &step : review.steps) {
        if (step.id == stepId)
            return step;
    }
    return makeError(Error::Code::NotFound, tr("There is no review step with id %1.").arg(stepId));
}

Result<Review> PlanRepository::reviewOfStep(qint64 stepId) const
{
    auto reviewId = sql::scalar(m_session.database().connection(),
                                QStringLiteral("SELECT review_id FROM review_steps WHERE id = ?"),
                                {stepId});
    if (!reviewId)
        return reviewId.error();
    if (reviewId->isNull())
        return makeError(Error::Code::NotFound, tr("There is no review step with id %1.").arg(stepId));
    return review(reviewId->toLongLong());
}

Status PlanRepository::writeStep(QSqlDatabase &db, const ReviewStep &step, const Review &review,
                                 const QString &action, const QJsonObject &detail)
{
    auto row = sql::saveRow(db, QStringLiteral("review_steps"),
                            {QStringLiteral("due_on"), QStringLiteral("due_set_by_hand"),
                             QStringLiteral("done_on"), QStringLiteral("done_by"),
                             QStringLiteral("notes"), QStringLiteral("form"),
                             QStringLiteral("updated_by")},
                            {sql::nullable(step.dueOn), step.dueSetByHand,
                             sql::nullable(step.doneOn), sql::nullable(step.doneBy),
                             sql::nullable(step.notes.trimmed()), sql::nullable(formText(step.form)),
                             m_session.user().id},
                            step.id, step.version);
    if (!row)
        return row.error();
    // A review is finished when its last step is done, and open again when one is reopened.
    auto closed = sql::run(db,
                           QStringLiteral("UPDATE reviews SET closed_on = CASE WHEN EXISTS "
                                          "(SELECT 1 FROM review_steps s WHERE s.review_id = "
                                          "reviews.id AND s.done_on IS NULL) THEN NULL ELSE ? END "
                                          "WHERE id = ?"),
                           {sql::nullable(step.doneOn), review.id});
    if (!closed)
        return closed.error();
    QJsonObject entry = detail;
    entry[QStringLiteral("step_id")] = step.stepId;
    return AuditTrail::append(db, m_session.audit(action, QStringLiteral("review_step"), step.id,
                                                  review.clientId, entry));
}

Result<Review> PlanRepository::saveStep(const ReviewStep &step)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto stored = reviewOfStep(step.id);
    if (!stored)
        return stored.error();
    auto before = storedStep(*stored, step.id);
    if (!before)
        return before.error();
    if (before->isDone())
        return makeError(Error::Code::InvalidInput,
                         tr("The step \"%1\" is done and cannot be changed; reopen it first.")
                             .arg(stepTitle(before->stepId)));
    ReviewStep changed = *before;
    changed.version = step.version;
    changed.form = step.form;
    changed.notes = step.notes;
    if (step.dueSetByHand) {
        changed.dueOn = step.dueOn;
        changed.dueSetByHand = true;
    }
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        return writeStep(db, changed, *stored, QStringLiteral("update"),
                         AuditTrail::changes(auditJson(*before), auditJson(changed)));
    });
    if (!saved)
        return saved.error();
    return review(stored->id);
}

Result<Review> PlanRepository::completeStep(const ReviewStep &step, const QDate &doneOn)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto stored = reviewOfStep(step.id);
    if (!stored)
        return stored.error();
    auto before = storedStep(*stored, step.id);
    if (!before)
        return before.error();
    if (before->version != step.version)
        return sql::conflict(m_session.database().connection(), QStringLiteral("review_steps"),
                             step.id);
    ReviewStep done = *before;
    if (!before->isDone()) {
        done.form = step.form;
        done.notes = step.notes;
    }
    auto context = loadStepContext(m_session, *stored);
    if (!context)
        return context.error();
    Review checked = *stored;
    *checked.step(done.stepId) = done;
    context->review = &checked;
    context->step = checked.step(done.stepId);
    if (const auto problems = checkStepCompletion(*context, doneOn); !problems.isEmpty())
        return invalidInput(problems);
    done.doneOn = doneOn;
    done.doneBy = m_session.user().id;
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        if (Status s = writeStep(db, done, *stored, QStringLiteral("complete_step"),
                                 {{QStringLiteral("done_on"), isoDate(doneOn)},
                                  {QStringLiteral("form"), done.form}});
            !s)
            return s;
        if (done.stepId == u"meeting_held") {
            if (Status s = fileAssessment(db, *stored, done); !s)
                return s;
        }
        if (Status s = refreshDueDates(stored->id); !s)
            return s;
        return refreshStaffingDue(db, stored->planId);
    });
    if (!saved)
        return saved.error();
    return review(stored->id);
}

Status PlanRepository::fileAssessment(QSqlDatabase &db, const Review &review, const ReviewStep &step)
{
    const QJsonObject assessment = step.form.value(form::assessment).toObject();
    const QJsonObject scores = assessment.value(u"scores").toObject();
    auto row = sql::saveRow(db, QStringLiteral("assessments"),
                            {QStringLiteral("client_id"), QStringLiteral("review_id"),
                             QStringLiteral("tool"), QStringLiteral("assessed_on"),
                             QStringLiteral("assessed_by"), QStringLiteral("scores"),
                             QStringLiteral("updated_by")},
                            {review.clientId, review.id, m_session.profile().assessment.id,
                             assessment.value(u"assessed_on").toString(), m_session.user().id,
                             QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact)),
                             m_session.user().id},
                            0, 0);
    if (!row)
        return row.error();
    return AuditTrail::append(db, m_session.audit(QStringLiteral("create"),
                                                  QStringLiteral("assessment"), *row,
                                                  review.clientId, assessment));
}

Result<Review> PlanRepository::reopenStep(qint64 stepId, int version, const QString &reason)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto stored = reviewOfStep(stepId);
    if (!stored)
        return stored.error();
    auto before = storedStep(*stored, stepId);
    if (!before)
        return before.error();
    QList<FieldProblem> problems = checkStepReopen(*stored, before->stepId);
    if (reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"),
                         tr("Say why the step is reopened; it is recorded.")});
    if (!problems.isEmpty())
        return invalidInput(problems);
    ReviewStep reopened = *before;
    reopened.version = version;
    reopened.doneOn = QDate();
    reopened.doneBy.reset();
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        if (Status s = writeStep(db, reopened, *stored, QStringLiteral("reopen_step"),
                                 {{QStringLiteral("was_done_on"), isoDate(before->doneOn)},
                                  {QStringLiteral("reason"), reason.trimmed()}});
            !s)
            return s;
        return refreshStaffingDue(db, stored->planId);
    });
    if (!saved)
        return saved.error();
    return review(stored->id);
}

Result<Review> PlanRepository::linkMeeting(qint64 reviewId, qint64 meetingId)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto stored = review(reviewId);
    if (!stored)
        return stored.error();
    const ReviewStep *agreed = stored->step(QStringLiteral("meeting_agreed"));
    if (!agreed)
        return makeError(Error::Code::NotFound, tr("The review has no step for the meeting."));
    if (agreed->isDone() && agreed->form.value(form::meetingId).toInteger() != meetingId)
        return makeError(Error::Code::InvalidInput,
                         tr("The meeting was agreed in a step that is done; reopen it to link "
                            "another meeting."));
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto linked = sql::run(db, QStringLiteral("UPDATE meetings SET review_id = ?, client_id = ? "
                                                  "WHERE id = ?"),
                               {reviewId, stored->clientId, meetingId});
        if (!linked)
            return linked.error();
        if (!agreed->isDone()) {
            ReviewStep step = *agreed;
            step.form[QString::fromUtf16(form::meetingId)] = meetingId;
            if (Status s = writeStep(db, step, *stored, QStringLiteral("link_meeting"),
                                     {{QStringLiteral("meeting_id"), meetingId}});
                !s)
                return s;
        }
        return refreshDueDates(reviewId);
    });
    if (!saved)
        return saved.error();
    return review(reviewId);
}

namespace {

// The new decision's text, as far as the investigation already says it.
void prefillFromInvestigation(Decision &decision, const Review &review,
                              const JurisdictionProfile &profile)
{
    if (const ReviewStep *held = review.step(QStringLiteral("meeting_held"))) {
        const QJsonObject inv = held->form.value(form::investigation).toObject();
        auto take = [&](DecisionSection section, const QString &key) {
            const QString text = inv.value(key).toString().trimmed();
            if (!text.isEmpty())
                decision.setSection(section, text);
        };
        take(DecisionSection::UserParticipation, QStringLiteral("user_participation"));
        take(DecisionSection::RelativesParticipation, QStringLiteral("relatives_participation"));
        take(DecisionSection::OwnNeedsWishesGoals, QStringLiteral("own_needs_wishes_goals"));
        QStringList areas;
        const QJsonObject lifeAreas = inv.value(u"life_areas").toObject();
        for (const QString &area : lifeAreaIds()) {
            const QString text = lifeAreas.value(area).toString().trimmed();
            if (!text.isEmpty())
                areas << lifeAreaName(area) + QStringLiteral(": ") + text;
        }
        if (!areas.isEmpty())
            decision.setSection(DecisionSection::NeedsAllLifeAreas, areas.join(u'\n'));
    }
    if (const ReviewStep *medical = review.step(QStringLiteral("medical_information"))) {
        QStringList answers;
        for (const QJsonValue &request : medical->form.value(form::requests).toArray()) {
            const QString summary = request.toObject().value(u"summary").toString().trimmed();
            if (!summary.isEmpty())
                answers << summary;
        }
        if (!answers.isEmpty())
            decision.setSection(DecisionSection::HealthInformation, answers.join(u'\n'));
    }
    if (const ReviewStep *finished = review.step(QStringLiteral("investigation_finished"))) {
        const QJsonArray estimates = finished->form.value(form::estimates).toArray();
        if (!estimates.isEmpty())
            decision.services.clear();
        for (const QJsonValue &value : estimates) {
            const QJsonObject estimate = value.toObject();
            DecisionService service;
            service.serviceCode = estimate.value(u"service_code").toString();
            service.ownHours = estimate.value(u"own_hours").toDouble();
            service.sharedHours = estimate.value(u"shared_hours").toDouble();
            if (const ServiceType *type = profile.service(service.serviceCode))
                service.description = type->name.text(profile.language);
            decision.services << service;
        }
    }
}

} // namespace

Result<Review> PlanRepository::startNewDecision(qint64 reviewId)
{
    auto stored = review(reviewId);
    if (!stored)
        return stored.error();
    if (stored->newDecisionId)
        return makeError(Error::Code::AlreadyExists,
                         tr("The new decision %1 is already written for this review.")
                             .arg(stored->newDecisionReference));
    // The decision is written from the finished investigation, its estimates and the
    // leaders' discussion (seed 000, steps 5 and 6).
    if (const ReviewStep *finished = stored->step(QStringLiteral("investigation_finished"));
        finished && !finished->isDone())
        return invalidInput({{QStringLiteral("step_order"),
                              tr("Complete the step \"%1\" first: the new decision is written "
                                 "from it.")
                                  .arg(stepTitle(finished->stepId))}});
    DecisionRepository decisions(m_session);
    Decision draft;
    if (stored->decisionId) {
        auto previous = decisions.get(*stored->decisionId);
        if (!previous)
            return previous.error();
        draft = *previous;
        draft.replacesDecisionId = previous->id;
    }
    draft.id = 0;
    draft.version = 0;
    draft.reference.clear();
    draft.clientId = stored->clientId;
    draft.status = DecisionStatus::Draft;
    draft.caseworkerId = stored->caseworkerId;
    draft.validFrom = QDate();
    draft.validTo = QDate();
    draft.evaluationDate = QDate();
    draft.submittedAt.clear();
    draft.approvedBy.reset();
    draft.approvedAt.clear();
    draft.refusalComment.clear();
    draft.sentOn = draft.receivedOn = draft.complaintDeadline = draft.inForceOn = draft.endedOn = QDate();
    draft.sentMethod.reset();
    draft.receivedAssumed = false;
    for (DecisionService &service : draft.services)
        service.id = 0;
    prefillFromInvestigation(draft, *stored, m_session.profile());

    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto created = decisions.saveDraft(draft);
        if (!created)
            return created.error();
        auto row = sql::saveRow(db, QStringLiteral("reviews"),
                                {QStringLiteral("new_decision_id"), QStringLiteral("updated_by")},
                                {created->id, m_session.user().id}, reviewId, stored->version);
        if (!row)
            return row.error();
        return AuditTrail::append(db, m_session.audit(QStringLiteral("new_decision"),
                                                      QStringLiteral("review"), reviewId,
                                                      stored->clientId,
                                                      {{QStringLiteral("decision_id"),
                                                        created->id}}));
    });
    if (!saved)
        return saved.error();
    return review(reviewId);
}

Status PlanRepository::refreshDueDates(qint64 reviewId)
{
    auto stored = review(reviewId);
    if (!stored)
        return stored.error();
    auto plan = get(stored->planId);
    if (!plan)
        return plan.error();
    auto context = loadStepContext(m_session, *stored);
    if (!context)
        return context.error();
    const DueAnchors anchors = dueAnchors(*plan, m_session.profile(), context->meeting,
                                          context->newDecision);
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        for (const ReviewStep &step : std::as_const(stored->steps)) {
            const StepDefault *rule = m_session.profile().step(step.stepId);
            if (!rule || step.isDone() || step.dueSetByHand)
                continue;
            const QDate due = dueDate(rule->due, anchors, m_session.calendar());
            if (due == step.dueOn)
                continue;
            // Moved by the rules, not by a person: no new version, so nobody's edit conflicts.
            auto moved = sql::run(db, QStringLiteral("UPDATE review_steps SET due_on = ? WHERE id = ?"),
                                  {sql::nullable(due), step.id});
            if (!moved)
                return moved.error();
        }
        return Ok{};
    });
}

Status PlanRepository::refreshStaffingDue(QSqlDatabase &db, qint64 planId)
{
    const StepDefault *rule = m_session.profile().step(planStepId());
    if (!rule)
        return Ok{};
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    // When every review's decision is sent, count from the last one sent; until then from the
    // plan's deadline.
    auto lastSent = sql::run(db,
                             QStringLiteral("SELECT count(*), count(s.done_on), max(s.done_on) "
                                            "FROM reviews r JOIN review_steps s ON s.review_id = r.id "
                                            "AND s.step_id = 'decision_sent' WHERE r.plan_id = ?"),
                             {planId});
    if (!lastSent)
        return lastSent.error();
    DueAnchors anchors = dueAnchors(*plan, m_session.profile(), std::nullopt, std::nullopt);
    if (lastSent->next() && lastSent->value(0).toInt() > 0
        && lastSent->value(0).toInt() == lastSent->value(1).toInt())
        anchors.allDecisionsSent = dateFromIso(lastSent->value(2).toString());
    QDate due = dueDate(rule->due, anchors, m_session.calendar());
    // Staffing is reviewed once the decisions are in force: never due before the last of them.
    auto lastInForce = sql::scalar(db,
                                   QStringLiteral("SELECT max(coalesce(s.done_on, s.due_on)) FROM "
                                                  "reviews r JOIN review_steps s ON s.review_id = "
                                                  "r.id AND s.step_id = 'in_force' WHERE r.plan_id = ?"),
                                   {planId});
    if (!lastInForce)
        return lastInForce.error();
    const QDate inForce = dateFromIso(lastInForce->toString());
    if (inForce.isValid() && (!due.isValid() || inForce >= due))
        due = m_session.calendar().nextWorkingDay(inForce.addDays(1));
    auto updated = sql::run(db, QStringLiteral("UPDATE review_plans SET staffing_due_on = ? WHERE id = ?"),
                            {sql::nullable(due), planId});
    if (!updated)
        return updated.error();
    return Ok{};
}

Result<ReviewPlan> PlanRepository::completeStaffing(qint64 planId, int version, const QDate &doneOn,
                                                    const QString &notes)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto planView = view(planId);
    if (!planView)
        return planView.error();
    if (planView->plan.version != version)
        return sql::conflict(m_session.database().connection(), QStringLiteral("review_plans"),
                             planId);
    QList<FieldProblem> problems = checkStaffingCompletion(*planView, doneOn, notes);
    if (doneOn.isValid() && doneOn > m_session.today())
        problems.append({QStringLiteral("staffing_done_on"),
                         tr("A step cannot be done in the future.")});
    if (!problems.isEmpty())
        return invalidInput(problems);
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto row = sql::saveRow(db, QStringLiteral("review_plans"),
                                {QStringLiteral("staffing_done_on"),
                                 QStringLiteral("staffing_done_by"),
                                 QStringLiteral("staffing_notes"), QStringLiteral("updated_by")},
                                {isoDate(doneOn), m_session.user().id, notes.trimmed(),
                                 m_session.user().id},
                                planId, version);
        if (!row)
            return row.error();
        return AuditTrail::append(db, m_session.audit(QStringLiteral("complete_step"),
                                                      QStringLiteral("plan"), planId, std::nullopt,
                                                      {{QStringLiteral("step_id"), planStepId()},
                                                       {QStringLiteral("done_on"), isoDate(doneOn)},
                                                       {QStringLiteral("notes"), notes.trimmed()}}));
    });
    if (!saved)
        return saved.error();
    return get(planId);
}

// ---------------------------------------------------------------- task plans

Result<QList<PlanTask>> PlanRepository::tasks(qint64 planId) const
{
    auto rows = sql::run(m_session.database().connection(),
                         QStringLiteral("SELECT id, plan_id, position, title, deadline, responsible, "
                                        "status_note, done_on, version FROM review_plan_tasks "
                                        "WHERE plan_id = ? ORDER BY position, id"),
                         {planId});
    if (!rows)
        return rows.error();
    QList<PlanTask> list;
    while (rows->next()) {
        PlanTask t;
        t.id = rows->value(0).toLongLong();
        t.planId = rows->value(1).toLongLong();
        t.position = rows->value(2).toInt();
        t.title = rows->value(3).toString();
        t.deadline = dateAt(*rows, 4);
        t.responsible = rows->value(5).toString();
        t.statusNote = rows->value(6).toString();
        t.doneOn = dateAt(*rows, 7);
        t.version = rows->value(8).toInt();
        list << t;
    }
    return list;
}

Result<PlanTask> PlanRepository::saveTask(PlanTask task)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    if (task.title.trimmed().isEmpty())
        return invalidInput({{QStringLiteral("title"), tr("Say what the task is.")}});
    if (task.doneOn.isValid() && task.doneOn > m_session.today())
        return invalidInput({{QStringLiteral("done_on"), tr("A task cannot be done in the future.")}});
    QJsonObject before;
    if (task.id != 0) {
        auto list = tasks(task.planId);
        if (!list)
            return list.error();
        for (const PlanTask &t : std::as_const(*list)) {
            if (t.id == task.id)
                before = auditJson(t);
        }
    }
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        if (task.id == 0) {
            auto last = sql::scalar(db, QStringLiteral("SELECT coalesce(max(position), 0) FROM "
                                                       "review_plan_tasks WHERE plan_id = ?"),
                                    {task.planId});
            if (!last)
                return last.error();
            task.position = last->toInt() + 1;
        }
        auto id = sql::saveRow(db, QStringLiteral("review_plan_tasks"),
                               {QStringLiteral("plan_id"), QStringLiteral("position"),
                                QStringLiteral("title"), QStringLiteral("deadline"),
                                QStringLiteral("responsible"), QStringLiteral("status_note"),
                                QStringLiteral("done_on"), QStringLiteral("updated_by")},
                               {task.planId, task.position, task.title.trimmed(),
                                sql::nullable(task.deadline), sql::nullable(task.responsible.trimmed()),
                                sql::nullable(task.statusNote.trimmed()), sql::nullable(task.doneOn),
                                m_session.user().id},
                               task.id, task.version);
        if (!id)
            return id.error();
        const bool isNew = task.id == 0;
        task.id = *id;
        return AuditTrail::append(db, m_session.audit(isNew ? QStringLiteral("create")
                                                            : QStringLiteral("update"),
                                                      QStringLiteral("plan_task"), task.id,
                                                      std::nullopt,
                                                      AuditTrail::changes(before, auditJson(task))));
    });
    if (!saved)
        return saved.error();
    auto list = tasks(task.planId);
    if (!list)
        return list.error();
    for (const PlanTask &t : std::as_const(*list)) {
        if (t.id == task.id)
            return t;
    }
    return makeError(Error::Code::NotFound, tr("There is no task with id %1.").arg(task.id));
}

Status PlanRepository::removeTask(qint64 taskId, int version)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        auto removed = sql::run(db, QStringLiteral("DELETE FROM review_plan_tasks WHERE id = ? AND "
                                                   "version = ?"),
                                {taskId, version});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return sql::conflict(db, QStringLiteral("review_plan_tasks"), taskId);
        return AuditTrail::append(db, m_session.audit(QStringLiteral("delete"),
                                                      QStringLiteral("plan_task"), taskId,
                                                      std::nullopt));
    });
}

} // namespace fremdrift
