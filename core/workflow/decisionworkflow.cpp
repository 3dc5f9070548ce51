#include "workflow/decisionworkflow.h"

#include "jurisdiction/workingdaycalendar.h"
#include "workflow/permissions.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fremdrift {

namespace {

class Rules final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::DecisionRules)
};

constexpr double HoursInWeek = 168;

DecisionStatus requiredStatus(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Submit:
        return DecisionStatus::Draft;
    case DecisionAction::Approve:
    case DecisionAction::Refuse:
        return DecisionStatus::Submitted;
    case DecisionAction::Send:
        return DecisionStatus::Approved;
    case DecisionAction::PutInForce:
        return DecisionStatus::Sent;
    case DecisionAction::End:
        return DecisionStatus::InForce;
    case DecisionAction::ReturnToDraft:
        return DecisionStatus::Submitted; // or Approved: see statusAllows()
    }
    Q_UNREACHABLE();
}

bool statusAllows(DecisionStatus status, DecisionAction action)
{
    if (action == DecisionAction::ReturnToDraft)
        return status == DecisionStatus::Submitted || status == DecisionStatus::Approved;
    return status == requiredStatus(action);
}

Permission permissionFor(DecisionAction action)
{
    return action == DecisionAction::Approve || action == DecisionAction::Refuse
               ? Permission::ApproveDecisions
               : Permission::EditCases;
}

void checkServices(const Decision &decision,
                   const JurisdictionProfile &profile,
                   QList<FieldProblem> &problems)
{
    for (qsizetype i = 0; i < decision.services.size(); ++i) {
        const DecisionService &service = decision.services.at(i);
        const QString field = QStringLiteral("services[%1]").arg(i);
        const ServiceType *type = profile.service(service.serviceCode);
        if (!type) {
            problems.append({field + QStringLiteral(".service_code"),
                             Rules::tr("Service %1: \"%2\" is not in the catalogue of services.")
                                 .arg(i + 1)
                                 .arg(service.serviceCode)});
        } else if (!decision.legalBasis.isEmpty() && !type->legalBases.contains(decision.legalBasis)) {
            problems.append({field + QStringLiteral(".service_code"),
                             Rules::tr("Service %1 (%2) cannot be granted under the legal basis "
                                       "chosen.")
                                 .arg(i + 1)
                                 .arg(type->name.text(profile.language))});
        }
        if (service.ownHours < 0 || service.ownHours > HoursInWeek)
            problems.append({field + QStringLiteral(".own_hours"),
                             Rules::tr("Service %1: own time must be between 0 and 168 hours a "
                                       "week.")
                                 .arg(i + 1)});
        if (service.sharedHours < 0 || service.sharedHours > HoursInWeek)
            problems.append({field + QStringLiteral(".shared_hours"),
                             Rules::tr("Service %1: shared time must be between 0 and 168 hours "
                                       "a week.")
                                 .arg(i + 1)});
        if (service.ownHours >= 0 && service.sharedHours >= 0
            && service.totalHours() > HoursInWeek)
            problems.append({field + QStringLiteral(".shared_hours"),
                             Rules::tr("Service %1: own and shared time together come to %2 "
                                       "hours, more than the 168 hours in a week.")
                                 .arg(i + 1)
                                 .arg(service.totalHours())});
    }
}

} // namespace

QString actionKey(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Submit:
        return QStringLiteral("submit");
    case DecisionAction::Approve:
        return QStringLiteral("approve");
    case DecisionAction::Refuse:
        return QStringLiteral("refuse");
    case DecisionAction::ReturnToDraft:
        return QStringLiteral("return_to_draft");
    case DecisionAction::Send:
        return QStringLiteral("send");
    case DecisionAction::PutInForce:
        return QStringLiteral("put_in_force");
    case DecisionAction::End:
        return QStringLiteral("end");
    }
    Q_UNREACHABLE();
}

QString actionName(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Submit:
        return Rules::tr("Submit for approval");
    case DecisionAction::Approve:
        return Rules::tr("Approve");
    case DecisionAction::Refuse:
        return Rules::tr("Refuse");
    case DecisionAction::ReturnToDraft:
        return Rules::tr("Back to draft");
    case DecisionAction::Send:
        return Rules::tr("Register as sent");
    case DecisionAction::PutInForce:
        return Rules::tr("Put in force");
    case DecisionAction::End:
        return Rules::tr("End");
    }
    Q_UNREACHABLE();
}

QList<DecisionAction> allDecisionActions()
{
    return {DecisionAction::Submit,
            DecisionAction::Approve,
            DecisionAction::Refuse,
            DecisionAction::ReturnToDraft,
            DecisionAction::Send,
            DecisionAction::PutInForce,
            DecisionAction::End};
}

bool isEditable(DecisionStatus status)
{
    return status == DecisionStatus::Draft;
}

QList<FieldProblem> checkDecisionDraft(const Decision &decision, const JurisdictionProfile &profile)
{
    QList<FieldProblem> problems;
    if (decision.clientId <= 0)
        problems.append({QStringLiteral("client_id"), Rules::tr("Choose the client.")});
    if (!decision.legalBasis.isEmpty() && !profile.legalBasis(decision.legalBasis))
        problems.append({QStringLiteral("legal_basis"),
                         Rules::tr("\"%1\" is not a legal basis in this country's catalogue.")
                             .arg(decision.legalBasis)});
    if (decision.validFrom.isValid() && decision.validTo.isValid()
        && decision.validTo < decision.validFrom)
        problems.append({QStringLiteral("valid_to"),
                         Rules::tr("The end date comes before the date the decision is valid "
                                   "from.")});
    if (decision.validFrom.isValid() && decision.evaluationDate.isValid()
        && decision.evaluationDate <= decision.validFrom)
        problems.append({QStringLiteral("evaluation_date"),
                         Rules::tr("The evaluation date must come after the date the decision is "
                                   "valid from.")});
    checkServices(decision, profile, problems);
    return problems;
}

QList<FieldProblem> checkDecisionComplete(const Decision &decision,
                                          const JurisdictionProfile &profile)
{
    QList<FieldProblem> problems = checkDecisionDraft(decision, profile);
    if (decision.legalBasis.isEmpty())
        problems.append({QStringLiteral("legal_basis"), Rules::tr("Choose the legal basis.")});
    if (!decision.validFrom.isValid())
        problems.append({QStringLiteral("valid_from"),
                         Rules::tr("Give the date the decision is valid from.")});
    if (!decision.evaluationDate.isValid())
        problems.append({QStringLiteral("evaluation_date"),
                         Rules::tr("Give the date the decision will be evaluated: the letter must "
                                   "say when.")});
    if (decision.services.isEmpty())
        problems.append({QStringLiteral("services"),
                         Rules::tr("Add at least one service, with its hours.")});
    for (DecisionSection section : allDecisionSections()) {
        if (decision.section(section).trimmed().isEmpty())
            problems.append({sectionKey(section),
                             Rules::tr("Write the section \"%1\".").arg(sectionTitle(section))});
    }
    return problems;
}

QList<FieldProblem> checkAction(const Decision &decision,
                                DecisionAction action,
                                const ActionInput &input,
                                const StaffUser &user,
                                const JurisdictionProfile &profile,
                                const QDate &today)
{
    QList<FieldProblem> problems;
    if (Status allowed = requirePermission(user, permissionFor(action)); !allowed)
        problems.append({QStringLiteral("user"), allowed.error().message});
    if (!statusAllows(decision.status, action)) {
        problems.append({QStringLiteral("status"),
                         Rules::tr("\"%1\" is not possible while the decision is \"%2\".")
                             .arg(actionName(action), statusName(decision.status))});
        return problems;
    }
    switch (action) {
    case DecisionAction::Submit:
        problems << checkDecisionComplete(decision, profile);
        break;
    case DecisionAction::Refuse:
    case DecisionAction::ReturnToDraft:
        if (input.comment.trimmed().isEmpty())
            problems.append({QStringLiteral("comment"),
                             action == DecisionAction::Refuse
                                 ? Rules::tr("Say why the decision is refused, so the caseworker "
                                             "knows what to change.")
                                 : Rules::tr("Say why the decision goes back to draft: it is "
                                             "recorded.")});
        break;
    case DecisionAction::Send:
        if (!input.date.isValid())
            problems.append({QStringLiteral("sent_on"), Rules::tr("Give the date it was sent.")});
        else if (input.date > today)
            problems.append({QStringLiteral("sent_on"),
                             Rules::tr("The date sent cannot be in the future.")});
        if (!input.method)
            problems.append({QStringLiteral("sent_method"),
                             Rules::tr("Say how it was sent: by post, digitally or by hand.")});
        if (input.receivedOn.isValid() && input.date.isValid() && input.receivedOn < input.date)
            problems.append({QStringLiteral("received_on"),
                             Rules::tr("It cannot have been received before it was sent.")});
        break;
    case DecisionAction::PutInForce:
        if (decision.complaintDeadline.isValid() && today <= decision.complaintDeadline
            && input.overrideReason.trimmed().isEmpty())
            problems.append({QStringLiteral("complaint_deadline"),
                             Rules::tr("The complaint deadline runs until %1: the decision can "
                                       "be put in force from %2, or earlier only with a reason, "
                                       "which is recorded.")
                                 .arg(QLocale().toString(decision.complaintDeadline,
                                                         QLocale::ShortFormat),
                                      QLocale().toString(decision.inForceOn,
                                                         QLocale::ShortFormat))});
        break;
    case DecisionAction::End:
        if (!input.date.isValid())
            problems.append({QStringLiteral("ended_on"), Rules::tr("Give the date it ends.")});
        break;
    case DecisionAction::Approve:
        break;
    }
    return problems;
}

QList<DecisionAction> availableActions(const Decision &decision, const StaffUser &user)
{
    QList<DecisionAction> actions;
    for (DecisionAction action : allDecisionActions()) {
        if (statusAllows(decision.status, action) && user.active
            && roleAllows(user.role, permissionFor(action)))
            actions << action;
    }
    return actions;
}

void applyAction(Decision &decision,
                 DecisionAction action,
                 const ActionInput &input,
                 const StaffUser &user,
                 const WorkingDayCalendar &calendar)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    switch (action) {
    case DecisionAction::Submit:
        decision.status = DecisionStatus::Submitted;
        decision.submittedAt = now;
        decision.refusalComment.clear();
        break;
    case DecisionAction::Approve:
        decision.status = DecisionStatus::Approved;
        decision.approvedBy = user.id;
        decision.approvedByName = user.fullName;
        decision.approvedAt = now;
        break;
    case DecisionAction::Refuse:
        decision.status = DecisionStatus::Draft;
        decision.refusalComment = input.comment.trimmed();
        break;
    case DecisionAction::ReturnToDraft:
        decision.status = DecisionStatus::Draft;
        decision.approvedBy.reset();
        decision.approvedByName.clear();
        decision.approvedAt.clear();
        break;
    case DecisionAction::Send:
        decision.status = DecisionStatus::Sent;
        decision.sentOn = input.date;
        decision.sentMethod = input.method;
        decision.receivedAssumed = !input.receivedOn.isValid();
        decision.receivedOn = input.receivedOn.isValid()
                                  ? input.receivedOn
                                  : calendar.assumedReceipt(input.date, *input.method);
        decision.complaintDeadline = calendar.complaintDeadline(decision.receivedOn);
        // In force the day after the complaint deadline, when no complaint can stop it.
        decision.inForceOn = decision.complaintDeadline.addDays(1);
        break;
    case DecisionAction::PutInForce:
        decision.status = DecisionStatus::InForce;
        break;
    case DecisionAction::End:
        decision.status = DecisionStatus::Ended;
        decision.endedOn = input.date;
        break;
    }
}

} // namespace fremdrift
