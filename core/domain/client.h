#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

enum class ConsentCompetence { NotAssessed, Full, Partial, None };
enum class IndividualPlan { No, Yes, Needed };

// A person whose services the office decides (nb bruker, sv brukare, da borger).
struct Client
{
    qint64 id = 0;
    QString nationalId; // normalized (see domain/nationalid.h); empty when unknown
    QString nationalIdKind;
    QString givenName;
    QString familyName;
    QDate birthDate;
    QString addressLine;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    std::optional<qint64> unitId;
    QString unitName; // read from units; not written
    std::optional<qint64> caseworkerId;
    QString caseworkerName; // read from staff_users; not written
    QString gpName;
    QString gpPractice;
    QString gpPhone;
    ConsentCompetence consent = ConsentCompetence::NotAssessed;
    QDate consentAssessedOn;
    QString consentAssessedBy;
    IndividualPlan individualPlan = IndividualPlan::No;
    QString individualPlanCoordinator;
    QString notes;
    int version = 0;
    QString updatedAt;

    QString fullName() const;
};

enum class ContactRelation { Guardian, Relative, PrimaryContact, Gp, Specialist, Supplier, Other };

// Someone around a client: guardian, relative, primary contact at the home, GP, supplier.
struct Contact
{
    qint64 id = 0;
    qint64 clientId = 0;
    ContactRelation relation = ContactRelation::Relative;
    QString name;
    QString organisation;
    QString addressLine;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    bool nearestRelative = false;
    bool receivesLetters = false;
    bool inResponsibilityGroup = false;
    bool groupCoordinator = false;
    int version = 0;
};

// One line of the caseload list.
struct ClientSummary
{
    qint64 id = 0;
    QString name; // "Family, Given"
    QString nationalId;
    QDate birthDate;
    QString unitName;
    QString caseworkerName;
};

struct Unit
{
    qint64 id = 0;
    QString name;
};

// Stable keys, as stored and in JSON and CSV.
QString consentKey(ConsentCompetence value);
std::optional<ConsentCompetence> consentFromKey(const QString &key);
QString individualPlanKey(IndividualPlan value);
std::optional<IndividualPlan> individualPlanFromKey(const QString &key);
QString relationKey(ContactRelation value);
std::optional<ContactRelation> relationFromKey(const QString &key);

// In the interface language.
QString consentName(ConsentCompetence value);
QString individualPlanName(IndividualPlan value);
QString relationName(ContactRelation value);
// The name of a choice by its field's JSON key and its stable key: "consent_competence",
// "individual_plan" and "relation". Empty for other fields and unknown keys.
QString choiceName(const QString &field, const QString &key);

} // namespace fremdrift
