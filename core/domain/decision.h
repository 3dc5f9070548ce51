#pragma once

#include "jurisdiction/jurisdictionprofile.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

// A decision's life: draft → submitted → approved → sent → in force → replaced or ended.
// Refusal sends a submitted decision back to draft with a comment.
enum class DecisionStatus { Draft, Submitted, Approved, Sent, InForce, Replaced, Ended };

// One service granted: hours per week of the person's own time and of time shared with others.
struct DecisionService
{
    qint64 id = 0;
    QString serviceCode; // from the jurisdiction's catalogue
    double ownHours = 0;
    double sharedHours = 0;
    QString description;

    double totalHours() const { return ownHours + sharedHours; }
};

// The text sections seed 000 requires of every decision.
enum class DecisionSection {
    HealthInformation,
    FunctioningAndNeeds,
    NeedsAllLifeAreas,
    OwnNeedsWishesGoals,
    UserParticipation,
    RelativesParticipation,
    MunicipalityAssessment,
};

struct Decision
{
    qint64 id = 0;
    QString reference;
    qint64 clientId = 0;
    QString clientName; // read only
    QString legalBasis; // a code from the jurisdiction's catalogue
    DecisionStatus status = DecisionStatus::Draft;
    std::optional<qint64> replacesDecisionId;
    QDate validFrom;
    QDate validTo; // null: no end date (the usual case)
    QDate evaluationDate;
    QString healthInformation;
    QString functioningAndNeeds;
    QString needsAllLifeAreas;
    QString ownNeedsWishesGoals;
    QString userParticipation;
    QString relativesParticipation;
    QString municipalityAssessment;
    std::optional<qint64> caseworkerId;
    QString caseworkerName; // read only
    QString submittedAt;
    std::optional<qint64> approvedBy;
    QString approvedByName; // read only
    QString approvedAt;
    QString refusalComment;
    QDate sentOn;
    std::optional<SendMethod> sentMethod;
    QDate receivedOn;
    bool receivedAssumed = false;
    QDate complaintDeadline;
    QDate inForceOn;
    QDate endedOn;
    QList<DecisionService> services;
    int version = 0;
    QString updatedAt;

    QString section(DecisionSection which) const;
    void setSection(DecisionSection which, const QString &text);
};

QList<DecisionSection> allDecisionSections();
// "health_information", ...: the column name and JSON key.
QString sectionKey(DecisionSection section);
QString sectionTitle(DecisionSection section); // in the interface language

QString statusKey(DecisionStatus status); // "draft", "submitted", ... as stored
std::optional<DecisionStatus> statusFromKey(const QString &key);
QString statusName(DecisionStatus status); // in the interface language

QString sendMethodKey(SendMethod method); // "post", "digital", "hand"
std::optional<SendMethod> sendMethodFromKey(const QString &key);
QString sendMethodName(SendMethod method);

// One line of the decisions list.
struct DecisionSummary
{
    qint64 id = 0;
    QString reference;
    qint64 clientId = 0;
    QString clientName;
    QString unitName;
    QString caseworkerName;
    DecisionStatus status = DecisionStatus::Draft;
    QString legalBasis;
    QDate validFrom;
    QDate evaluationDate;
    double ownHours = 0;
    double sharedHours = 0;
};

// How a service changes from the decision replaced to the new one.
struct ServiceChange
{
    QString serviceCode;
    double previousOwn = 0;
    double previousShared = 0;
    double newOwn = 0;
    double newShared = 0;
    bool isNew = false;     // not in the previous decision
    bool isRemoved = false; // not in the new decision

    double ownChange() const { return newOwn - previousOwn; }
    double sharedChange() const { return newShared - previousShared; }
    double totalChange() const { return ownChange() + sharedChange(); }
};

// Service by service, in the new decision's order, then the ones that were removed.
QList<ServiceChange> compareServices(const QList<DecisionService> &previous,
                                     const QList<DecisionService> &current);

} // namespace fremdrift
