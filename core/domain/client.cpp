#include "domain/client.h"

#include <QCoreApplication>

#include <array>

namespace fremdrift {

namespace {

class Names final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ClientTerms)
};

template<typename Enum, size_t N>
std::optional<Enum>
fromKey(const std::array<Enum, N> &values, QString (*keyOf)(Enum), const QString &key)
{
    for (Enum value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

constexpr std::array allConsent = {ConsentCompetence::NotAssessed,
                                   ConsentCompetence::Full,
                                   ConsentCompetence::Partial,
                                   ConsentCompetence::None};
constexpr std::array allPlans = {IndividualPlan::No, IndividualPlan::Yes, IndividualPlan::Needed};
constexpr std::array allRelations = {ContactRelation::Guardian,
                                     ContactRelation::Relative,
                                     ContactRelation::PrimaryContact,
                                     ContactRelation::Gp,
                                     ContactRelation::Specialist,
                                     ContactRelation::Supplier,
                                     ContactRelation::Other};

} // namespace

QString Client::fullName() const
{
    return QString(givenName + u' ' + familyName).trimmed();
}

QString consentKey(ConsentCompetence value)
{
    switch (value) {
    case ConsentCompetence::NotAssessed:
        return QStringLiteral("not_assessed");
    case ConsentCompetence::Full:
        return QStringLiteral("full");
    case ConsentCompetence::Partial:
        return QStringLiteral("partial");
    case ConsentCompetence::None:
        return QStringLiteral("none");
    }
    Q_UNREACHABLE();
}

std::optional<ConsentCompetence> consentFromKey(const QString &key)
{
    return fromKey(allConsent, consentKey, key);
}

QString individualPlanKey(IndividualPlan value)
{
    switch (value) {
    case IndividualPlan::No:
        return QStringLiteral("no");
    case IndividualPlan::Yes:
        return QStringLiteral("yes");
    case IndividualPlan::Needed:
        return QStringLiteral("needed");
    }
    Q_UNREACHABLE();
}

std::optional<IndividualPlan> individualPlanFromKey(const QString &key)
{
    return fromKey(allPlans, individualPlanKey, key);
}

QString relationKey(ContactRelation value)
{
    switch (value) {
    case ContactRelation::Guardian:
        return QStringLiteral("guardian");
    case ContactRelation::Relative:
        return QStringLiteral("relative");
    case ContactRelation::PrimaryContact:
        return QStringLiteral("primary_contact");
    case ContactRelation::Gp:
        return QStringLiteral("gp");
    case ContactRelation::Specialist:
        return QStringLiteral("specialist");
    case ContactRelation::Supplier:
        return QStringLiteral("supplier");
    case ContactRelation::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
}

std::optional<ContactRelation> relationFromKey(const QString &key)
{
    return fromKey(allRelations, relationKey, key);
}

QString consentName(ConsentCompetence value)
{
    switch (value) {
    case ConsentCompetence::NotAssessed:
        return Names::tr("Not assessed");
    case ConsentCompetence::Full:
        return Names::tr("Has consent competence");
    case ConsentCompetence::Partial:
        return Names::tr("Partial consent competence");
    case ConsentCompetence::None:
        return Names::tr("Lacks consent competence");
    }
    Q_UNREACHABLE();
}

QString individualPlanName(IndividualPlan value)
{
    switch (value) {
    case IndividualPlan::No:
        return Names::tr("No individual plan");
    case IndividualPlan::Yes:
        return Names::tr("Has an individual plan");
    case IndividualPlan::Needed:
        return Names::tr("Individual plan needed");
    }
    Q_UNREACHABLE();
}

QString relationName(ContactRelation value)
{
    switch (value) {
    case ContactRelation::Guardian:
        return Names::tr("Guardian");
    case ContactRelation::Relative:
        return Names::tr("Relative");
    case ContactRelation::PrimaryContact:
        return Names::tr("Primary contact");
    case ContactRelation::Gp:
        return Names::tr("GP");
    case ContactRelation::Specialist:
        return Names::tr("Specialist");
    case ContactRelation::Supplier:
        return Names::tr("Supplier");
    case ContactRelation::Other:
        return Names::tr("Other");
    }
    Q_UNREACHABLE();
}

QString choiceName(const QString &field, const QString &key)
{
    if (field == u"consent_competence") {
        if (const auto consent = consentFromKey(key))
            return consentName(*consent);
    } else if (field == u"individual_plan") {
        if (const auto plan = individualPlanFromKey(key))
            return individualPlanName(*plan);
    } else if (field == u"relation") {
        if (const auto relation = relationFromKey(key))
            return relationName(*relation);
    }
    return {};
}

} // namespace fremdrift
