#include "domain/planjson.h"

#include "domain/json.h"
#include "domain/jsonreading.h"

#include <QJsonArray>

namespace fremdrift {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QJsonObject toJson(const PlanCaseworker &caseworker)
{
    return {
        {QStringLiteral("user_id"), caseworker.userId},
        {QStringLiteral("name"), caseworker.name},
        {QStringLiteral("review_count"), caseworker.reviewCount},
    };
}

QJsonObject toJson(const ReviewPlan &plan)
{
    QJsonArray caseworkers;
    for (const PlanCaseworker &caseworker : plan.caseworkers)
        caseworkers.append(toJson(caseworker));
    return {
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("kind"), planKindKey(plan.kind)},
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("goal"), plan.goal},
        {QStringLiteral("unit_ids"), idsToJson(plan.unitIds)},
        {QStringLiteral("units"), QJsonArray::fromStringList(plan.unitNames)},
        {QStringLiteral("start_on"), jsonDate(plan.startOn)},
        {QStringLiteral("deadline"), jsonDate(plan.deadline)},
        {QStringLiteral("status_note"), plan.statusNote},
        {QStringLiteral("closed_on"), jsonDate(plan.closedOn)},
        {QStringLiteral("caseworkers"), caseworkers},
        {QStringLiteral("staffing_due_on"), jsonDate(plan.staffingDueOn)},
        {QStringLiteral("staffing_done_on"), jsonDate(plan.staffingDoneOn)},
        {QStringLiteral("staffing_done_by"), optionalId(plan.staffingDoneBy)},
        {QStringLiteral("staffing_done_by_name"), optionalText(plan.staffingDoneByName)},
        {QStringLiteral("staffing_notes"), plan.staffingNotes},
        {QStringLiteral("version"), plan.version},
    };
}

QJsonObject toJson(const PlanTask &task)
{
    return {
        {QStringLiteral("id"), task.id},
        {QStringLiteral("plan_id"), task.planId},
        {QStringLiteral("position"), task.position},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("deadline"), jsonDate(task.deadline)},
        {QStringLiteral("responsible"), task.responsible},
        {QStringLiteral("status_note"), task.statusNote},
        {QStringLiteral("done_on"), jsonDate(task.doneOn)},
        {QStringLiteral("version"), task.version},
    };
}

QJsonObject toJson(const ReviewStep &step)
{
    return {
        {QStringLiteral("id"), step.id},
        {QStringLiteral("review_id"), step.reviewId},
        {QStringLiteral("step_id"), step.stepId},
        {QStringLiteral("position"), step.position},
        {QStringLiteral("due_on"), jsonDate(step.dueOn)},
        {QStringLiteral("due_set_by_hand"), step.dueSetByHand},
        {QStringLiteral("responsible_role"), step.responsibleRole},
        {QStringLiteral("done_on"), jsonDate(step.doneOn)},
        {QStringLiteral("done_by"), optionalId(step.doneBy)},
        {QStringLiteral("done_by_name"), optionalText(step.doneByName)},
        {QStringLiteral("notes"), step.notes},
        {QStringLiteral("form"), step.form},
        {QStringLiteral("version"), step.version},
    };
}

QJsonObject toJson(const Review &review)
{
    QJsonArray steps;
    for (const ReviewStep &step : review.steps)
        steps.append(toJson(step));
    return {
        {QStringLiteral("id"), review.id},
        {QStringLiteral("plan_id"), review.planId},
        {QStringLiteral("plan_title"), review.planTitle},
        {QStringLiteral("client_id"), review.clientId},
        {QStringLiteral("client"), review.clientName},
        {QStringLiteral("unit"), review.unitName},
        {QStringLiteral("decision_id"), optionalId(review.decisionId)},
        {QStringLiteral("decision_reference"), optionalText(review.decisionReference)},
        {QStringLiteral("new_decision_id"), optionalId(review.newDecisionId)},
        {QStringLiteral("new_decision_reference"), optionalText(review.newDecisionReference)},
        {QStringLiteral("caseworker_id"), optionalId(review.caseworkerId)},
        {QStringLiteral("caseworker"), optionalText(review.caseworkerName)},
        {QStringLiteral("closed_on"), jsonDate(review.closedOn)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("version"), review.version},
    };
}

QJsonObject toJson(const PlanSummary &summary)
{
    return {
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("kind"), planKindKey(summary.kind)},
        {QStringLiteral("title"), summary.title},
        {QStringLiteral("start_on"), jsonDate(summary.startOn)},
        {QStringLiteral("deadline"), jsonDate(summary.deadline)},
        {QStringLiteral("status_note"), summary.statusNote},
        {QStringLiteral("closed_on"), jsonDate(summary.closedOn)},
        {QStringLiteral("caseworkers"), QJsonArray::fromStringList(summary.caseworkerNames)},
        {QStringLiteral("review_count"), summary.reviewCount},
        {QStringLiteral("finished_count"), summary.finishedCount},
        {QStringLiteral("step_count"), summary.stepCount},
        {QStringLiteral("steps_done"), summary.stepsDone},
        {QStringLiteral("late_count"), summary.lateCount},
    };
}

QJsonObject toJson(const PlanTask &task, const QDate &today)
{
    QJsonObject json = toJson(task);
    json[u"late"] = task.isLate(today);
    return json;
}

QJsonObject toJson(const ReviewStep &step, const QDate &today)
{
    QJsonObject json = toJson(step);
    json[u"title"] = stepTitle(step.stepId);
    json[u"responsible"] = responsibleRoleName(step.responsibleRole);
    json[u"late"] = step.isLate(today);
    return json;
}

QJsonObject toJson(const Review &review, const QDate &today)
{
    QJsonObject json = toJson(review);
    QJsonArray steps;
    for (const ReviewStep &step : review.steps)
        steps.append(toJson(step, today));
    json[u"steps"] = steps;
    const ReviewStep *current = review.currentStep();
    json[u"current_step"] = current ? QJsonValue(current->stepId) : QJsonValue();
    json[u"steps_done"] = review.doneCount();
    json[u"late_count"] = review.lateCount(today);
    json[u"finished"] = review.isFinished();
    return json;
}

QJsonObject toJson(const PlanView &view, const QDate &today)
{
    QJsonArray reviews;
    int late = 0;
    for (const Review &review : view.reviews) {
        reviews.append(toJson(review, today));
        late += review.lateCount(today);
    }
    QJsonArray tasks;
    for (const PlanTask &task : view.tasks) {
        tasks.append(toJson(task, today));
        late += task.isLate(today) ? 1 : 0;
    }
    const ReviewPlan &plan = view.plan;
    const bool staffingLate = plan.kind == PlanKind::Review && !plan.staffingDoneOn.isValid()
                              && plan.staffingDueOn.isValid() && plan.staffingDueOn < today;
    return {
        {QStringLiteral("today"), jsonDate(today)},
        {QStringLiteral("plan"), toJson(plan)},
        {QStringLiteral("step_ids"), QJsonArray::fromStringList(view.stepIds)},
        {QStringLiteral("reviews"), reviews},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("staffing_late"), staffingLate},
        {QStringLiteral("late_count"), late + (staffingLate ? 1 : 0)},
    };
}

QJsonArray problemsToJson(const QList<FieldProblem> &problems)
{
    QJsonArray array;
    for (const FieldProblem &problem : problems)
        array.append(QJsonObject{{QStringLiteral("field"), problem.field},
                                 {QStringLiteral("message"), problem.message}});
    return array;
}

QJsonObject mergeForm(const QJsonObject &form, const QJsonObject &patch)
{
    QJsonObject merged = form;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else if (it.value().isObject() && merged.value(it.key()).isObject())
            merged[it.key()] = mergeForm(merged.value(it.key()).toObject(), it.value().toObject());
        else
            merged[it.key()] = it.value();
    }
    return merged;
}

} // namespace fremdrift
