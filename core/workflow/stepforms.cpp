#include "workflow/stepforms.h"

namespace fremdrift {

namespace {

class StepForms final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::StepForms)
};

} // namespace

QStringList lifeAreaIds()
{
    return {QStringLiteral("health"),   QStringLiteral("housing"),
            QStringLiteral("daily_living"), QStringLiteral("activity"),
            QStringLiteral("social"),   QStringLiteral("network"),
            QStringLiteral("economy")};
}

QString lifeAreaName(const QString &id)
{
    if (id == u"health")
        return StepForms::tr("Health and well-being");
    if (id == u"housing")
        return StepForms::tr("Housing");
    if (id == u"daily_living")
        return StepForms::tr("Daily living and practical tasks");
    if (id == u"activity")
        return StepForms::tr("Work, school or day activity");
    if (id == u"social")
        return StepForms::tr("Social life and leisure");
    if (id == u"network")
        return StepForms::tr("Family and network");
    if (id == u"economy")
        return StepForms::tr("Economy");
    return id;
}

QStringList investigationFieldIds()
{
    return {QStringLiteral("consent_competence"),
            QStringLiteral("user_participation"),
            QStringLiteral("relatives_participation"),
            QStringLiteral("own_needs_wishes_goals"),
            QStringLiteral("gp"),
            QStringLiteral("nearest_relative"),
            QStringLiteral("individual_plan")};
}

QString investigationFieldName(const QString &id)
{
    if (id == u"consent_competence")
        return StepForms::tr("Consent competence");
    if (id == u"consent_assessed_by")
        return StepForms::tr("Consent competence assessed by");
    if (id == u"user_participation")
        return StepForms::tr("User participation");
    if (id == u"relatives_participation")
        return StepForms::tr("Relatives' participation");
    if (id == u"own_needs_wishes_goals")
        return StepForms::tr("The person's own needs, wishes and goals");
    if (id == u"gp")
        return StepForms::tr("GP");
    if (id == u"nearest_relative")
        return StepForms::tr("Nearest relative");
    if (id == u"individual_plan")
        return StepForms::tr("Individual plan");
    if (id == u"life_areas")
        return StepForms::tr("Needs on all life areas");
    return id;
}

} // namespace fremdrift
