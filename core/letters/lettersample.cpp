// Invented people and a complete decision, so that the template editor's preview shows every
// field filled in, in the jurisdiction's own style of names and addresses.
#include "letters/letterdata.h"

#include "storage/database.h"
#include "workflow/session.h"

namespace fremdrift {

namespace {

struct SamplePeople
{
    QString given, family, street, postalCode, city;
    QString guardian, guardianStreet;
    QString caseworker, leader, unit;
    QString phone;
};

SamplePeople peopleFor(JurisdictionCode code)
{
    switch (code) {
    case JurisdictionCode::Sweden:
        return {QStringLiteral("Anna"),
                QStringLiteral("Lindqvist"),
                QStringLiteral("Storgatan 12"),
                QStringLiteral("972 31"),
                QStringLiteral("Luleå"),
                QStringLiteral("Per Lindqvist"),
                QStringLiteral("Skolgatan 4"),
                QStringLiteral("Eva Berg"),
                QStringLiteral("Lars Nyström"),
                QStringLiteral("Solrosens gruppbostad"),
                QStringLiteral("0920-45 30 00")};
    case JurisdictionCode::Denmark:
        return {QStringLiteral("Mette"),
                QStringLiteral("Sørensen"),
                QStringLiteral("Vestergade 8, 2. tv."),
                QStringLiteral("8000"),
                QStringLiteral("Aarhus C"),
                QStringLiteral("Jens Sørensen"),
                QStringLiteral("Bakkevej 3"),
                QStringLiteral("Karen Holm"),
                QStringLiteral("Søren Dahl"),
                QStringLiteral("Bostedet Engen"),
                QStringLiteral("89 40 20 00")};
    case JurisdictionCode::Norway:
        break;
    }
    return {QStringLiteral("Kari"),
            QStringLiteral("Nordmann"),
            QStringLiteral("Fjellveien 3"),
            QStringLiteral("9600"),
            QStringLiteral("Hammerfest"),
            QStringLiteral("Ola Nordmann"),
            QStringLiteral("Storgata 21"),
            QStringLiteral("Inger Hansen"),
            QStringLiteral("Nils Berg"),
            QStringLiteral("Solbakken bofellesskap"),
            QStringLiteral("78 40 20 00")};
}

Decision
sampleDecision(const JurisdictionProfile &profile, const LetterTexts &texts, const QDate &today)
{
    Decision decision;
    decision.id = 2;
    decision.reference = QStringLiteral("%1/0042").arg(today.year());
    decision.status = DecisionStatus::Approved;
    decision.approvedAt = today.toString(Qt::ISODate);
    if (!profile.legalBases.isEmpty())
        decision.legalBasis = profile.legalBases.first().code;
    decision.validFrom = today.addDays(30);
    decision.evaluationDate = today.addYears(1);
    decision.healthInformation
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: the health information that matters "
                                       "for the services, from the GP's statement."));
    decision.functioningAndNeeds
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: how the client manages daily "
                                       "life, and the needs found."));
    decision.needsAllLifeAreas
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: needs in housing, daily activity, "
                                       "health, social life and leisure."));
    decision.ownNeedsWishesGoals
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: what the client wants and aims "
                                       "for, in their own words."));
    decision.userParticipation
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: how the client took part in the "
                                       "review."));
    decision.relativesParticipation = texts.text(
        QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Sample text: how relatives took part."));
    decision.municipalityAssessment
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Sample text: the municipality's assessment "
                                       "and why the services are granted."));
    const auto service = [&](int index, double own, double shared) {
        DecisionService granted;
        if (index < profile.services.size())
            granted.serviceCode = profile.services.at(index).code;
        granted.ownHours = own;
        granted.sharedHours = shared;
        return granted;
    };
    decision.services = {service(0, 12, 20), service(1, 4, 0)};
    return decision;
}

Meeting sampleMeeting(const SamplePeople &people, const LetterTexts &texts, const QDate &today)
{
    Meeting meeting;
    meeting.id = 7;
    meeting.kind = MeetingKind::Evaluation;
    meeting.startsAt = QDateTime(today.addDays(21), QTime(10, 0));
    meeting.endsAt = QDateTime(today.addDays(21), QTime(11, 30));
    meeting.location = people.unit;
    meeting.agenda
        = texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts",
                                       "Welcome and purpose of the meeting\nHow things are going "
                                       "today\nNeeds, wishes and goals\nThe way forward"));
    meeting.minutes = texts.text(
        QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Sample text: what was said in the meeting."));
    meeting.agreements = texts.text(QT_TRANSLATE_NOOP(
        "fremdrift::LetterTexts", "Sample text: what was agreed, and who does what."));
    meeting.nextMeetingOn = today.addMonths(6);
    const auto participant = [](QString name, QString role) {
        MeetingParticipant p;
        p.name = std::move(name);
        p.role = std::move(role);
        p.invited = true;
        p.attended = true;
        return p;
    };
    meeting.participants
        = {participant(people.given + u' ' + people.family, QStringLiteral("client")),
           participant(people.guardian, QStringLiteral("guardian")),
           participant(people.caseworker, QStringLiteral("caseworker"))};
    meeting.participants[2].isCoordinator = true;
    return meeting;
}

} // namespace

LetterFacts LetterData::sample(const Session &session, LetterKind kind, const QString &language)
{
    const LetterTexts texts(language);
    const JurisdictionProfile &profile = session.profile();
    const SamplePeople people = peopleFor(profile.code);
    const QDate today = session.today();

    LetterFacts facts;
    facts.kind = kind;
    if (auto office = OfficeDetailsStore::load(session.database()))
        facts.office = *office;
    Client client;
    client.id = 1;
    client.givenName = people.given;
    client.familyName = people.family;
    client.birthDate = QDate(1988, 4, 17);
    client.addressLine = people.street;
    client.postalCode = people.postalCode;
    client.city = people.city;
    client.unitName = people.unit;
    facts.client = client;
    Contact guardian;
    guardian.id = 1;
    guardian.relation = ContactRelation::Guardian;
    guardian.name = people.guardian;
    guardian.addressLine = people.guardianStreet;
    guardian.postalCode = people.postalCode;
    guardian.city = people.city;
    guardian.receivesLetters = true;
    facts.contacts = {guardian};
    facts.caseworker = {people.caseworker,
                        profile.term(QStringLiteral("caseworker"), language),
                        people.phone,
                        QString()};
    facts.leader = {
        people.leader, profile.term(QStringLiteral("unit_leader"), language), QString(), QString()};

    facts.decision = sampleDecision(profile, texts, today);
    Decision previous = *facts.decision;
    previous.id = 1;
    previous.reference = QStringLiteral("%1/0117").arg(today.year() - 2);
    previous.validFrom = today.addYears(-2);
    previous.evaluationDate = today;
    previous.services[0].ownHours = 10;
    facts.previous = previous;
    facts.decision->replacesDecisionId = previous.id;

    if (kind == LetterKind::PreNotice) {
        // A pre-notice tells about the decision under review, which replaces nothing here.
        facts.decision = previous;
        facts.decision->replacesDecisionId.reset();
        facts.previous.reset();
    }

    Review review;
    review.id = 3;
    review.planTitle = texts.text(
        QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Review of decisions, sample plan"));
    review.clientId = client.id;
    review.decisionReference = previous.reference;
    review.caseworkerName = people.caseworker;
    const auto step = [](const char *id, const QDate &due) {
        ReviewStep s;
        s.stepId = QString::fromLatin1(id);
        s.dueOn = due;
        return s;
    };
    review.steps = {step("pre_notice", today),
                    step("meeting_agreed", today.addDays(21)),
                    step("meeting_held", today.addDays(42))};
    facts.review = review;
    facts.meeting = sampleMeeting(people, texts, today);

    if (kind == LetterKind::PlanReport) {
        PlanView plan;
        plan.plan.title = review.planTitle;
        plan.plan.startOn = today.addDays(-30);
        plan.plan.deadline = today.addDays(60);
        plan.plan.unitNames = {people.unit};
        plan.plan.caseworkers = {{1, people.caseworker, 3}};
        facts.plan = plan;
    }
    return facts;
}

} // namespace fremdrift
