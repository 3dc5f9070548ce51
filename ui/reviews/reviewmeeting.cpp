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
        // The GP and specialists are asked in writing (step 4), not to the meeting.
        const QString role = participantRoleOf(contact.relation);
        if (contact.relation != ContactRelation::Gp && role != u"other") {
            MeetingParticipant participant = invited(contact.name, role);
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
