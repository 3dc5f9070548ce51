#pragma once

#include "domain/decision.h"
#include "util/result.h"
#include "workflow/decisionworkflow.h"

#include <QCoreApplication>

namespace fremdrift {

class Session;

struct DecisionFilter
{
    std::optional<DecisionStatus> status;
    std::optional<qint64> unitId;
    std::optional<qint64> caseworkerId;
    std::optional<qint64> clientId;
    // Decisions whose evaluation date falls within this many weeks from today (or has passed).
    std::optional<int> evaluationWithinWeeks;
    int limit = 10000;
};

class DecisionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::DecisionRepository)

public:
    explicit DecisionRepository(Session &session) : m_session(session) {}

    Result<Decision> get(qint64 id) const;
    Result<QList<DecisionSummary>> list(const DecisionFilter &filter) const;

    // Saves a new draft (id 0; the reference is numbered YYYY/NNNN when empty) or changes a
    // draft. Only drafts can be changed: an approved decision goes back to draft first.
    Result<Decision> saveDraft(Decision decision);

    // Takes an action on the decision as the session's user. `version` is the version the
    // user saw: if someone saved since, the action fails with Code::Conflict.
    Result<Decision> perform(qint64 id,
                             int version,
                             DecisionAction action,
                             const ActionInput &input = {});

    // The decision this one replaces, if any.
    Result<std::optional<Decision>> previous(const Decision &decision) const;

private:
    Result<QList<DecisionService>> services(qint64 decisionId) const;

    Session &m_session;
};

} // namespace fremdrift
