#pragma once

#include "jurisdiction/jurisdictionprofile.h"
#include "letters/templatelanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fremdrift {

// The letters Fremdrift writes from templates, one template per kind, jurisdiction and language.
enum class LetterKind { PreNotice, MeetingInvitation, Minutes, DecisionLetter, PlanReport };

QList<LetterKind> allLetterKinds();
QString letterKindKey(LetterKind kind); // "pre_notice", "meeting_invitation", "minutes",
                                        // "decision_letter", "plan_report": as stored
std::optional<LetterKind> letterKindFromKey(const QString &key);
QString letterKindName(LetterKind kind); // in the interface language
// Letters go to citizens: a plan report is for the office and has no recipient or archive.
bool isCitizenLetter(LetterKind kind);

// One merge field of the catalogue the template editor offers.
struct MergeFieldInfo
{
    QString name;        // "client.name"
    QString group;       // "client", "guardian", ...: the part before the dot
    bool block = false;  // inserts a table or list (HTML), not a line of text
    QList<LetterKind> kinds; // empty: every kind

    QString description() const; // in the interface language
    bool appliesTo(LetterKind kind) const { return kinds.isEmpty() || kinds.contains(kind); }
};

// Every field, in the order the editor lists them:
//
//   office.     name, address, postal_address, phone, email, web, org_number
//   letter.     date, reference, recipient_name, to_guardian (not empty when the letter goes to
//               the guardian), copies (block: "Copy to" list), copies_text
//   client.     name, given_name, family_name, birth_date, national_id, address, unit
//   guardian.   name, address (empty when the client has no guardian)
//   caseworker. name, title, phone, email
//   leader.     name, title (who approved the decision)
//   decision.   term ("vedtak"), reference, date (approved), legal_basis (citation),
//               legal_basis_title, subject (the title in lower case: "Vedtak om {{…}}"), law, valid_from, valid_to, evaluation_date,
//               health_information, functioning_and_needs, needs_all_life_areas,
//               own_needs_wishes_goals, user_participation, relatives_participation,
//               municipality_assessment (paragraphs), services_table (block), own_hours,
//               shared_hours, total_hours, replaces (the earlier decision's reference, empty
//               when none), comparison_table (block: previous vs new, per service)
//   previous.   reference, valid_from, evaluation_date
//   complaint.  weeks, deadline (a date), received_assumed_on, first_body, appeal_body, law
//   review.     plan_title, meeting_due, reply_by, caseworker_name
//   meeting.    kind, title, date, time, location, video_link, agenda (block), participants
//               (block), coordinator, minute_taker, minutes, agreements, next_date
//   plan.       title, goal, start, deadline, status_note, caseworkers, units, progress,
//               step_table (block), review_grid (block), late_steps (block)
const QList<MergeFieldInfo> &mergeFieldCatalogue();
QList<MergeFieldInfo> mergeFieldsFor(LetterKind kind);
QSet<QString> mergeFieldNamesFor(LetterKind kind);
// The ids a {{#part id}} may name: every letter requirement any jurisdiction knows.
QSet<QString> letterPartIds();

} // namespace fremdrift
