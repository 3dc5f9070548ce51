#include "reviews/reviewmeeting.h"

#include "i18n/language.h"
#include "reviews/stepforms/stepform.h"
#include "workflow/meetingrules.h"

#include <QCoreApplication>
#include <QLocale>

namespace fremdrift {

namespace {

class ReviewMeetingText final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::ReviewMeetingText)
};

// The participant role of a contact, or nothing for people not at an evaluation meeting (GP).
std::optional<QString> meetingRole(ContactRelation relation)
{
    switch (relation) {
    case ContactRelation::Guardian:
        return QStringLiteral("guardian");
    case ContactRelation::Relative:
        return QStringLiteral("relative");
    case ContactRelation::PrimaryContact:
        return QStringLiteral("primary_contact");
    case ContactRelation::Supplier:
        return QStringLiteral("supplier");
    case ContactRelation::Gp:
    case ContactRelation::Specialist:
    case ContactRelation::Other:
        break;
    }
    return std::nullopt;
}

MeetingParticipant invited(const QString &name, const QString &role)
{
    MeetingParticipant participant;
    participant.name = name;
    participant.role = role;
    participant.invited = true;
    return participant;
}

} // namespace

Meeting newEvaluationMeeting(const StepFormContext &context, const JurisdictionProfile &profile)
{
    const Review &review = *context.review;
    Meeting meeting;
    meeting.kind = MeetingKind::Evaluation;
    meeting.clientId = review.clientId;
    meeting.reviewId = review.id;
    meeting.title = ReviewMeetingText::tr("Evaluation meeting – %1").arg(review.clientName);
    meeting.agenda = defaultAgenda(profile, MeetingKind::Evaluation, languageForLocale(QLocale()));
    meeting.participants << invited(review.clientName, QStringLiteral("client"));
    for (const Contact &contact : context.contacts) {
        if (const auto role = meetingRole(contact.relation)) {
            MeetingParticipant participant = invited(contact.name, *role);
            participant.contactId = contact.id;
            participant.email = contact.email;
            meeting.participants << participant;
        }
    }
    if (review.caseworkerId) {
        MeetingParticipant caseworker = invited(review.caseworkerName, QStringLiteral("caseworker"));
        caseworker.staffUserId = review.caseworkerId;
        caseworker.accepted = true;
        meeting.participants << caseworker;
    }
    return meeting;
}

} // namespace fremdrift
