#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fremdrift {

// What each review step's form records, as keys of ReviewStep::form (JSON; dates YYYY-MM-DD).
// The UI fills these; workflow/reviewworkflow.h checks them before a step can be completed.
//
//   meeting_planning (DK)  planned_meeting_on date · joint_meeting_asked bool ·
//                          supporter_asked bool (bisidder or relatives asked)
//   pre_notice             sent_on date · method "post"|"digital"|"hand" ·
//                          recipients [{name, role "client"|"guardian"|"relative"|"other",
//                          contact_id?}] · letter_ids [id]: the letters issued from
//                          Fremdrift (letters table), when the pre-notice was written there
//   meeting_agreed         meeting_id: the review's evaluation meeting (meetings table) with
//                          its time, place or video link, participants and how it was agreed
//   supplier_status (DK)   received_on date · summary
//   meeting_held           the meeting (held, attendance, minutes, minute-taker) and
//                          investigation {consent_competence "full"|"partial"|"none",
//                          consent_assessed_by, user_participation, relatives_participation,
//                          life_areas {area id: text} (lifeAreaIds()), own_needs_wishes_goals,
//                          gp, nearest_relative, individual_plan "yes"|"no"|"needed"} ·
//                          assessment {tool, assessed_on date, scores {item id: score}}
//   medical_information    requests [{to "gp"|"specialist"|"other", name, asked, sent_on,
//                          answered_on, summary}]
//   investigation_finished estimates [{service_code, own_hours, shared_hours}] ·
//                          recommendation · discussed [{role "unit_leader"|
//                          "department_leader", name, on date}] ·
//                          primary_contact_informed_on date · action_plan_updated_on date
//   decision_sent          nothing to fill in: the checklist is read from the new decision
//   in_force               department_leader_informed_on · primary_contact_informed_on ·
//                          action_plan_updated_on · care_record_updated_on (dates)
namespace form {
inline constexpr char16_t sentOn[] = u"sent_on";
inline constexpr char16_t method[] = u"method";
inline constexpr char16_t recipients[] = u"recipients";
inline constexpr char16_t letterIds[] = u"letter_ids";
inline constexpr char16_t meetingId[] = u"meeting_id";
inline constexpr char16_t plannedMeetingOn[] = u"planned_meeting_on";
inline constexpr char16_t jointMeetingAsked[] = u"joint_meeting_asked";
inline constexpr char16_t supporterAsked[] = u"supporter_asked";
inline constexpr char16_t receivedOn[] = u"received_on";
inline constexpr char16_t summary[] = u"summary";
inline constexpr char16_t investigation[] = u"investigation";
inline constexpr char16_t assessment[] = u"assessment";
inline constexpr char16_t requests[] = u"requests";
inline constexpr char16_t estimates[] = u"estimates";
inline constexpr char16_t recommendation[] = u"recommendation";
inline constexpr char16_t discussed[] = u"discussed";
inline constexpr char16_t primaryContactInformedOn[] = u"primary_contact_informed_on";
inline constexpr char16_t actionPlanUpdatedOn[] = u"action_plan_updated_on";
inline constexpr char16_t departmentLeaderInformedOn[] = u"department_leader_informed_on";
inline constexpr char16_t careRecordUpdatedOn[] = u"care_record_updated_on";
} // namespace form

// The life areas an investigation covers (seed 000: "needs on all life areas").
QStringList lifeAreaIds(); // "health", "housing", "daily_living", "activity", "social", ...
QString lifeAreaName(const QString &id); // in the interface language

// The investigation fields seed 000 requires (keys inside form "investigation").
QStringList investigationFieldIds();
QString investigationFieldName(const QString &id);

} // namespace fremdrift
