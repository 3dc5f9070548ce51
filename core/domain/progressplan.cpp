#include "domain/progressplan.h"

#include <algorithm>

namespace fremdrift {

namespace {

class Plans final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::Plans)
};

} // namespace

QString planKindKey(PlanKind kind)
{
    return kind == PlanKind::Task ? QStringLiteral("task") : QStringLiteral("review");
}

std::optional<PlanKind> planKindFromKey(const QString &key)
{
    if (key == u"review")
        return PlanKind::Review;
    if (key == u"task")
        return PlanKind::Task;
    return std::nullopt;
}

const ReviewStep *Review::step(const QString &stepId) const
{
    const auto found = std::find_if(
        steps.cbegin(), steps.cend(), [&](const ReviewStep &s) { return s.stepId == stepId; });
    return found == steps.cend() ? nullptr : &*found;
}

ReviewStep *Review::step(const QString &stepId)
{
    const auto found = std::find_if(
        steps.begin(), steps.end(), [&](const ReviewStep &s) { return s.stepId == stepId; });
    return found == steps.end() ? nullptr : &*found;
}

const ReviewStep *Review::currentStep() const
{
    const auto open = std::find_if(
        steps.cbegin(), steps.cend(), [](const ReviewStep &s) { return !s.isDone(); });
    return open == steps.cend() ? nullptr : &*open;
}

int Review::doneCount() const
{
    return int(std::count_if(
        steps.cbegin(), steps.cend(), [](const ReviewStep &s) { return s.isDone(); }));
}

int Review::lateCount(const QDate &today) const
{
    return int(std::count_if(
        steps.cbegin(), steps.cend(), [&](const ReviewStep &s) { return s.isLate(today); }));
}

QString planStepId()
{
    return QStringLiteral("staffing_reviewed");
}

QString stepTitle(const QString &stepId)
{
    if (stepId == u"meeting_planning")
        return Plans::tr("Follow-up meeting planned (at least 8 weeks ahead)");
    if (stepId == u"pre_notice")
        return Plans::tr("Pre-notice of evaluation sent");
    if (stepId == u"meeting_agreed")
        return Plans::tr("Evaluation meeting agreed");
    if (stepId == u"supplier_status")
        return Plans::tr("Written status from the supplier (14 days before)");
    if (stepId == u"meeting_held")
        return Plans::tr("Meeting held, new investigation started");
    if (stepId == u"medical_information")
        return Plans::tr("Medical information obtained");
    if (stepId == u"investigation_finished")
        return Plans::tr("Investigation finished with recommendation");
    if (stepId == u"decision_sent")
        return Plans::tr("Decision written and sent");
    if (stepId == u"in_force")
        return Plans::tr("Decision put into effect");
    if (stepId == u"staffing_reviewed")
        return Plans::tr("Staffing and rotas reviewed");
    return stepId;
}

QString stepShortTitle(const QString &stepId)
{
    if (stepId == u"meeting_planning")
        return Plans::tr("Planning");
    if (stepId == u"pre_notice")
        return Plans::tr("Pre-notice");
    if (stepId == u"meeting_agreed")
        return Plans::tr("Meeting agreed");
    if (stepId == u"supplier_status")
        return Plans::tr("Supplier status");
    if (stepId == u"meeting_held")
        return Plans::tr("Meeting held");
    if (stepId == u"medical_information")
        return Plans::tr("Medical info");
    if (stepId == u"investigation_finished")
        return Plans::tr("Investigation");
    if (stepId == u"decision_sent")
        return Plans::tr("Decision sent");
    if (stepId == u"in_force")
        return Plans::tr("In force");
    if (stepId == u"staffing_reviewed")
        return Plans::tr("Staffing");
    return stepId;
}

QString responsibleRoleName(const QString &role)
{
    if (role == u"caseworker")
        return Plans::tr("Caseworker");
    if (role == u"leader")
        return Plans::tr("Unit leader");
    if (role == u"department_leader")
        return Plans::tr("Department leader");
    if (role == u"primary_contact")
        return Plans::tr("Primary contact");
    if (role == u"supplier")
        return Plans::tr("Supplier");
    return role;
}

QList<PlanCaseworker> caseworkersFor(const QList<qint64> &userIds,
                                     const QList<PlanCaseworker> &known)
{
    QList<PlanCaseworker> caseworkers;
    for (qint64 id : userIds) {
        const auto found = std::find_if(
            known.cbegin(), known.cend(), [id](const PlanCaseworker &c) { return c.userId == id; });
        caseworkers << (found != known.cend() ? *found : PlanCaseworker{id, {}, 0});
    }
    return caseworkers;
}

} // namespace fremdrift
