#pragma once

#include "domain/decision.h"
#include "domain/staffuser.h"
#include "util/result.h"

namespace fremdrift {

class WorkingDayCalendar;

enum class DecisionAction {
    Submit,        // draft → submitted for approval
    Approve,       // submitted → approved (leaders only)
    Refuse,        // submitted → draft, with the leader's comment
    ReturnToDraft, // submitted or approved → draft, to edit again; the reason is recorded
    Send,          // approved → sent: date, method, received date (given or assumed)
    PutInForce,    // sent → in force, once the complaint deadline has passed
    End,           // in force → ended
};

QString actionKey(DecisionAction action); // "submit", "approve", ... (CLI, audit)
QString actionName(DecisionAction action); // button text in the interface language
QList<DecisionAction> allDecisionActions();

// What an action needs beyond the decision itself.
struct ActionInput
{
    QString comment;     // Refuse, ReturnToDraft: required
    QDate date;          // Send: the date sent; End: the date it ends
    std::optional<SendMethod> method;
    QDate receivedOn;    // Send: when known; else assumed from the jurisdiction's rule
    // PutInForce before the complaint deadline has passed: why it cannot wait (audited).
    QString overrideReason;
};

// What a draft may hold at all: known legal basis and services, hours within 0–168 a week
// (each and together), dates in order. Checked on every save.
QList<FieldProblem> checkDecisionDraft(const Decision &decision, const JurisdictionProfile &profile);

// Everything a decision must contain before it goes for approval: the draft rules plus the
// content seed 000 requires (every section, at least one service, valid from, evaluation date).
QList<FieldProblem> checkDecisionComplete(const Decision &decision,
                                          const JurisdictionProfile &profile);

// Whether `user` may take `action` on `decision` today, and if not, every reason why.
QList<FieldProblem> checkAction(const Decision &decision,
                                DecisionAction action,
                                const ActionInput &input,
                                const StaffUser &user,
                                const JurisdictionProfile &profile,
                                const QDate &today);

// The actions that make sense in the decision's state for this user (the buttons to show).
QList<DecisionAction> availableActions(const Decision &decision, const StaffUser &user);

// Applies an action that checkAction() allowed: the new status and the dates that follow
// (for Send: received date, complaint deadline and in-force date from the calendar).
void applyAction(Decision &decision,
                 DecisionAction action,
                 const ActionInput &input,
                 const StaffUser &user,
                 const WorkingDayCalendar &calendar);

bool isEditable(DecisionStatus status);

} // namespace fremdrift
