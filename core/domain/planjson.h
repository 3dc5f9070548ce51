#pragma once

#include "domain/progressplan.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fremdrift {

// The one JSON shape of plans, reviews, steps and tasks: what the CLI prints and what the
// audit trail compares. Keys are snake_case and stable; dates are YYYY-MM-DD or null.
// The plain converters hold only stored values, so two of them compare equal when nothing
// changed; the ones taking `today` add what depends on the day (late flags, current step).
QJsonObject toJson(const PlanCaseworker &caseworker);
QJsonObject toJson(const ReviewPlan &plan);
QJsonObject toJson(const PlanTask &task);
QJsonObject toJson(const ReviewStep &step);
QJsonObject toJson(const Review &review);
QJsonObject toJson(const PlanSummary &summary);

QJsonObject toJson(const PlanTask &task, const QDate &today);
QJsonObject toJson(const ReviewStep &step, const QDate &today);
QJsonObject toJson(const Review &review, const QDate &today);
QJsonObject toJson(const PlanView &view, const QDate &today);

// {"field": ..., "message": ...} per problem: what a step still lacks, in JSON.
QJsonArray problemsToJson(const QList<FieldProblem> &problems);

// `patch` laid over `form`: keys of `patch` replace those of `form`, nested objects are merged
// key by key the same way, and a null in `patch` removes the key. Arrays are replaced whole.
QJsonObject mergeForm(const QJsonObject &form, const QJsonObject &patch);

} // namespace fremdrift
