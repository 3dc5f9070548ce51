#pragma once

#include "domain/client.h"
#include "domain/decision.h"
#include "domain/meeting.h"
#include "workflow/decisionworkflow.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "workflow/session.h"

#include <memory>

namespace fremdrift::test {

// A Norwegian test database with a caseworker, a leader and a read-only user, one unit and
// one client, and a session acting as the caseworker.
ActionInput sentOn(const QDate &date, SendMethod method, const QDate &received = {});

struct CaseFixture
{
    explicit CaseFixture(JurisdictionCode jurisdiction = JurisdictionCode::Norway);

    Scratch scratch;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
    qint64 clientId = 0;

    void actAs(const QString &username);
    // A draft with everything a decision must contain, for the client.
    Decision completeDraft() const;
    // A complete decision taken along the normal path as far as `target`, as the right users
    // (kari writes and sends, liv approves); the session acts as kari afterwards. Putting in
    // force moves the session's today to the decision's in-force date.
    Decision decisionIn(DecisionStatus target);
    Decision advance(const Decision &decision, DecisionStatus target);
    // A follow-up meeting about the client at Lyngtunet on 10 March 2026, 10–11, with kari
    // as its coordinator; not saved.
    Meeting followUpMeeting() const;
    // A second connection to the same file, as another PC would have.
    std::unique_ptr<Database> openAgain() const;
};

} // namespace fremdrift::test
