#include "domain/decision.h"

#include <QCoreApplication>

namespace fremdrift {

namespace {

class Terms final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::DecisionTerms)
};

} // namespace

QList<DecisionSection> allDecisionSections()
{
    return {DecisionSection::HealthInformation,
            DecisionSection::FunctioningAndNeeds,
            DecisionSection::NeedsAllLifeAreas,
            DecisionSection::OwnNeedsWishesGoals,
            DecisionSection::UserParticipation,
            DecisionSection::RelativesParticipation,
            DecisionSection::MunicipalityAssessment};
}

QString sectionKey(DecisionSection section)
{
    switch (section) {
    case DecisionSection::HealthInformation:
        return QStringLiteral("health_information");
    case DecisionSection::FunctioningAndNeeds:
        return QStringLiteral("functioning_and_needs");
    case DecisionSection::NeedsAllLifeAreas:
        return QStringLiteral("needs_all_life_areas");
    case DecisionSection::OwnNeedsWishesGoals:
        return QStringLiteral("own_needs_wishes_goals");
    case DecisionSection::UserParticipation:
        return QStringLiteral("user_participation");
    case DecisionSection::RelativesParticipation:
        return QStringLiteral("relatives_participation");
    case DecisionSection::MunicipalityAssessment:
        return QStringLiteral("municipality_assessment");
    }
    Q_UNREACHABLE();
}

QString sectionTitle(DecisionSection section)
{
    switch (section) {
    case DecisionSection::HealthInformation:
        return Terms::tr("Relevant health information");
    case DecisionSection::FunctioningAndNeeds:
        return Terms::tr("Functioning and assessed needs");
    case DecisionSection::NeedsAllLifeAreas:
        return Terms::tr("Needs in all areas of life");
    case DecisionSection::OwnNeedsWishesGoals:
        return Terms::tr("The person's own needs, wishes and goals");
    case DecisionSection::UserParticipation:
        return Terms::tr("User participation");
    case DecisionSection::RelativesParticipation:
        return Terms::tr("Relatives' participation");
    case DecisionSection::MunicipalityAssessment:
        return Terms::tr("The municipality's assessment");
    }
    Q_UNREACHABLE();
}

QString Decision::section(DecisionSection which) const
{
    switch (which) {
    case DecisionSection::HealthInformation:
        return healthInformation;
    case DecisionSection::FunctioningAndNeeds:
        return functioningAndNeeds;
    case DecisionSection::NeedsAllLifeAreas:
        return needsAllLifeAreas;
    case DecisionSection::OwnNeedsWishesGoals:
        return ownNeedsWishesGoals;
    case DecisionSection::UserParticipation:
        return userParticipation;
    case DecisionSection::RelativesParticipation:
        return relativesParticipation;
    case DecisionSection::MunicipalityAssessment:
        return municipalityAssessment;
    }
    Q_UNREACHABLE();
}

void Decision::setSection(DecisionSection which, const QString &text)
{
    switch (which) {
    case DecisionSection::HealthInformation:
        healthInformation = text;
        return;
    case DecisionSection::FunctioningAndNeeds:
        functioningAndNeeds = text;
        return;
    case DecisionSection::NeedsAllLifeAreas:
        needsAllLifeAreas = text;
        return;
    case DecisionSection::OwnNeedsWishesGoals:
        ownNeedsWishesGoals = text;
        return;
    case DecisionSection::UserParticipation:
        userParticipation = text;
        return;
    case DecisionSection::RelativesParticipation:
        relativesParticipation = text;
        return;
    case DecisionSection::MunicipalityAssessment:
        municipalityAssessment = text;
        return;
    }
}

QString statusKey(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft:
        return QStringLiteral("draft");
    case DecisionStatus::Submitted:
        return QStringLiteral("submitted");
    case DecisionStatus::Approved:
        return QStringLiteral("approved");
    case DecisionStatus::Sent:
        return QStringLiteral("sent");
    case DecisionStatus::InForce:
        return QStringLiteral("in_force");
    case DecisionStatus::Replaced:
        return QStringLiteral("replaced");
    case DecisionStatus::Ended:
        return QStringLiteral("ended");
    }
    Q_UNREACHABLE();
}

std::optional<DecisionStatus> statusFromKey(const QString &key)
{
    for (auto status : {DecisionStatus::Draft,
                        DecisionStatus::Submitted,
                        DecisionStatus::Approved,
                        DecisionStatus::Sent,
                        DecisionStatus::InForce,
                        DecisionStatus::Replaced,
                        DecisionStatus::Ended}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString statusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Draft:
        return Terms::tr("Draft");
    case DecisionStatus::Submitted:
        return Terms::tr("Awaiting approval");
    case DecisionStatus::Approved:
        return Terms::tr("Approved");
    case DecisionStatus::Sent:
        return Terms::tr("Sent");
    case DecisionStatus::InForce:
        return Terms::tr("In force");
    case DecisionStatus::Replaced:
        return Terms::tr("Replaced");
    case DecisionStatus::Ended:
        return Terms::tr("Ended");
    }
    Q_UNREACHABLE();
}

QString sendMethodKey(SendMethod method)
{
    switch (method) {
    case SendMethod::Post:
        return QStringLiteral("post");
    case SendMethod::Digital:
        return QStringLiteral("digital");
    case SendMethod::Hand:
        return QStringLiteral("hand");
    }
    Q_UNREACHABLE();
}

std::optional<SendMethod> sendMethodFromKey(const QString &key)
{
    for (auto method : {SendMethod::Post, SendMethod::Digital, SendMethod::Hand}) {
        if (sendMethodKey(method) == key)
            return method;
    }
    return std::nullopt;
}

QString sendMethodName(SendMethod method)
{
    switch (method) {
    case SendMethod::Post:
        return Terms::tr("By post");
    case SendMethod::Digital:
        return Terms::tr("Digitally");
    case SendMethod::Hand:
        return Terms::tr("By hand");
    }
    Q_UNREACHABLE();
}

QList<ServiceChange> compareServices(const QList<DecisionService> &previous,
                                     const QList<DecisionService> &current)
{
    QList<ServiceChange> changes;
    QList<bool> matched(previous.size(), false);
    for (const DecisionService &service : current) {
        ServiceChange change;
        change.serviceCode = service.serviceCode;
        change.newOwn = service.ownHours;
        change.newShared = service.sharedHours;
        change.isNew = true;
        for (qsizetype i = 0; i < previous.size(); ++i) {
            if (!matched[i] && previous[i].serviceCode == service.serviceCode) {
                matched[i] = true;
                change.previousOwn = previous[i].ownHours;
                change.previousShared = previous[i].sharedHours;
                change.isNew = false;
                break;
            }
        }
        changes << change;
    }
    for (qsizetype i = 0; i < previous.size(); ++i) {
        if (matched[i])
            continue;
        ServiceChange change;
        change.serviceCode = previous[i].serviceCode;
        change.previousOwn = previous[i].ownHours;
        change.previousShared = previous[i].sharedHours;
        change.isRemoved = true;
        changes << change;
    }
    return changes;
}

} // namespace fremdrift
