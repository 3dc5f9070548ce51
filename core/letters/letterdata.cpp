#include "letters/letterdata.h"

#include "documents/planreport.h"
#include "repository/clientrepository.h"
#include "repository/decisionrepository.h"
#include "repository/meetingrepository.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/decisionworkflow.h"
#include "workflow/planprogress.h"
#include "workflow/session.h"

namespace fremdrift {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Text a caseworker typed, as paragraphs: blank lines part paragraphs, single newlines break
// lines.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList blocks = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QString lines = esc(block.trimmed());
        lines.replace(u'\n', QStringLiteral("<br>"));
        html += QStringLiteral("<p>") + lines + QStringLiteral("</p>");
    }
    return html;
}

QString bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #999\">");
}

QString headerCells(const QStringList &headings)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < headings.size(); ++i) {
        html += QStringLiteral("<th align=\"%1\" bgcolor=\"#eef1f4\">")
                    .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"))
                + esc(headings.at(i)) + QStringLiteral("</th>");
    }
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList &cells, bool bold = false)
{
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString text = bold
                                 ? QStringLiteral("<b>") + esc(cells.at(i)) + QStringLiteral("</b>")
                                 : esc(cells.at(i));
        html += QStringLiteral("<td align=\"%1\">")
                    .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"))
                + text + QStringLiteral("</td>");
    }
    return html + QStringLiteral("</tr>");
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// "Personlig assistanse" → "personlig assistanse", but "BPA" stays "BPA".
QString lowerFirst(QString text)
{
    if (text.size() > 1 && text.at(0).isUpper() && !text.at(1).isUpper())
        text[0] = text.at(0).toLower();
    return text;
}

QString
serviceName(const JurisdictionProfile &profile, const QString &code, const QString &language)
{
    const ServiceType *service = profile.service(code);
    return service ? service->name.text(language) : code;
}

QString signedHours(const LetterTexts &texts, double change)
{
    if (qFuzzyIsNull(change))
        return QStringLiteral("0");
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + texts.hours(std::abs(change));
}

QString servicesTable(const Decision &decision,
                      const JurisdictionProfile &profile,
                      const LetterTexts &texts)
{
    const QString lang = texts.language();
    QString html
        = tableStart()
          + headerCells({texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Service")),
                         capitalised(profile.term(QStringLiteral("own_time"), lang)),
                         capitalised(profile.term(QStringLiteral("shared_time"), lang)),
                         texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Total"))});
    double own = 0;
    double shared = 0;
    for (const DecisionService &service : decision.services) {
        QString name = serviceName(profile, service.serviceCode, lang);
        // The description adds what the service name does not already say.
        const QString description = service.description.trimmed();
        if (!description.isEmpty() && description.compare(name, Qt::CaseInsensitive) != 0)
            name += QStringLiteral(": ") + description;
        html += row({name,
                     texts.hours(service.ownHours),
                     texts.hours(service.sharedHours),
                     texts.hours(service.totalHours())});
        own += service.ownHours;
        shared += service.sharedHours;
    }
    html += row({texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Hours per week in all")),
                 texts.hours(own),
                 texts.hours(shared),
                 texts.hours(own + shared)},
                true);
    return html + QStringLiteral("</table>");
}

QString comparisonTable(const Decision &previous,
                        const Decision &current,
                        const JurisdictionProfile &profile,
                        const LetterTexts &texts)
{
    const QString lang = texts.language();
    const QString own = profile.term(QStringLiteral("own_time"), lang);
    const QString shared = profile.term(QStringLiteral("shared_time"), lang);
    QString html
        = tableStart()
          + headerCells(
              {texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Service")),
               texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Before: %1")).arg(own),
               texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Before: %1")).arg(shared),
               texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Now: %1")).arg(own),
               texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Now: %1")).arg(shared),
               texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Change"))});
    for (const ServiceChange &change : compareServices(previous.services, current.services)) {
        QString name = serviceName(profile, change.serviceCode, lang);
        if (change.isNew)
            name += QStringLiteral(" (")
                    + texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "new")) + u')';
        else if (change.isRemoved)
            name += QStringLiteral(" (")
                    + texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "ends")) + u')';
        html += row({name,
                     texts.hours(change.previousOwn),
                     texts.hours(change.previousShared),
                     texts.hours(change.newOwn),
                     texts.hours(change.newShared),
                     signedHours(texts, change.totalChange())});
    }
    return html + QStringLiteral("</table>");
}

// The street, then the postal code and city: the lines of an envelope's address.
QStringList addressLines(const QString &street, const QString &postalCode, const QString &city)
{
    QStringList lines;
    if (!street.trimmed().isEmpty())
        lines.append(street.trimmed());
    const QString place = QString(postalCode.trimmed() + u' ' + city.trimmed()).trimmed();
    if (!place.isEmpty())
        lines.append(place);
    return lines;
}

QString addressLine(const QString &street, const QString &postalCode, const QString &city)
{
    return addressLines(street, postalCode, city).join(QStringLiteral(", "));
}

QString roleTerm(const QString &role, const JurisdictionProfile &profile, const LetterTexts &texts)
{
    static const QMap<QString, QString> termIds = {
        {QStringLiteral("client"), QStringLiteral("client")},
        {QStringLiteral("guardian"), QStringLiteral("guardian")},
        {QStringLiteral("relative"), QStringLiteral("relative")},
        {QStringLiteral("caseworker"), QStringLiteral("caseworker")},
        {QStringLiteral("primary_contact"), QStringLiteral("primary_contact")},
        {QStringLiteral("supplier"), QStringLiteral("supplier")},
        {QStringLiteral("leader"), QStringLiteral("unit_leader")},
        {QStringLiteral("gp"), QStringLiteral("gp")},
    };
    const QString term = profile.term(termIds.value(role), texts.language());
    return term.isEmpty() ? texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "other")) : term;
}

QString
meetingKindText(MeetingKind kind, const JurisdictionProfile &profile, const LetterTexts &texts)
{
    switch (kind) {
    case MeetingKind::Evaluation:
        return profile.term(QStringLiteral("evaluation_meeting"), texts.language());
    case MeetingKind::ResponsibilityGroup:
        return profile.term(QStringLiteral("responsibility_group"), texts.language());
    case MeetingKind::FollowUp:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "follow-up meeting"));
    case MeetingKind::Other:
        break;
    }
    return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "meeting"));
}

QString participantsList(const Meeting &meeting,
                         const JurisdictionProfile &profile,
                         const LetterTexts &texts)
{
    QStringList items;
    for (const MeetingParticipant &participant : meeting.participants) {
        if (meeting.held && !participant.attended)
            continue;
        QStringList notes = {roleTerm(participant.role, profile, texts)};
        if (participant.isCoordinator)
            notes.append(texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "coordinator")));
        if (participant.isMinuteTaker)
            notes.append(texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "minute-taker")));
        items.append(participant.name + QStringLiteral(" (") + notes.join(QStringLiteral(", "))
                     + u')');
    }
    return bulletList(items);
}

QString meetingTime(const Meeting &meeting, const LetterTexts &texts)
{
    if (!meeting.startsAt.isValid())
        return {};
    const QString start = texts.locale().toString(meeting.startsAt.time(), QStringLiteral("HH:mm"));
    if (!meeting.endsAt.isValid())
        return start;
    return start + QStringLiteral("–")
           + texts.locale().toString(meeting.endsAt.time(), QStringLiteral("HH:mm"));
}

QStringList agendaPoints(const QString &agenda)
{
    QStringList points;
    for (QString line : agenda.split(u'\n')) {
        line = line.trimmed();
        while (line.startsWith(u'-') || line.startsWith(u'•') || line.startsWith(u'*'))
            line = line.mid(1).trimmed();
        if (!line.isEmpty())
            points.append(line);
    }
    return points;
}

struct Fields
{
    MergeData &data;

    void text(const char *name, const QString &value)
    {
        data.insert(QString::fromLatin1(name), MergeValue::text(value));
    }
    void html(const char *name, const QString &value)
    {
        data.insert(QString::fromLatin1(name), MergeValue::html(value));
    }
};

void addOffice(Fields &fields, const OfficeDetails &office)
{
    fields.text("office.name", office.name);
    fields.text("office.address", office.address.join(QStringLiteral(", ")));
    QStringList escaped;
    for (const QString &line : office.address)
        escaped.append(esc(line));
    fields.html("office.postal_address", escaped.join(QStringLiteral("<br>")));
    fields.text("office.phone", office.phone);
    fields.text("office.email", office.email);
    fields.text("office.web", office.web);
    fields.text("office.org_number", office.orgNumber);
}

void addLetter(Fields &fields,
               const LetterFacts &facts,
               const JurisdictionProfile &profile,
               const LetterTexts &texts,
               const LetterAddressing &addressing)
{
    fields.text("letter.date", texts.date(addressing.date));
    fields.text("letter.reference", LetterData::reference(facts));
    fields.text("letter.recipient_name", addressing.to.name);
    fields.text("letter.to_guardian",
                addressing.to.role == u"guardian" ? addressing.to.name : QString());
    QStringList copies;
    for (const LetterRecipient &copy : addressing.copies)
        copies.append(copy.name + QStringLiteral(" (") + roleTerm(copy.role, profile, texts)
                      + u')');
    fields.html("letter.copies", bulletList(copies));
    fields.text("letter.copies_text", copies.join(QStringLiteral(", ")));
}

void addPeople(Fields &fields, const LetterFacts &facts, const LetterTexts &texts)
{
    if (facts.client) {
        const Client &client = *facts.client;
        fields.text("client.name", client.fullName());
        fields.text("client.given_name", client.givenName);
        fields.text("client.family_name", client.familyName);
        fields.text("client.birth_date", texts.date(client.birthDate));
        fields.text("client.national_id", client.nationalId);
        fields.text("client.address",
                    addressLine(client.addressLine, client.postalCode, client.city));
        fields.text("client.unit", client.unitName);
    }
    for (const Contact &contact : facts.contacts) {
        if (contact.relation != ContactRelation::Guardian)
            continue;
        fields.text("guardian.name", contact.name);
        fields.text("guardian.address",
                    addressLine(contact.addressLine, contact.postalCode, contact.city));
        break;
    }
    fields.text("caseworker.name", facts.caseworker.name);
    fields.text("caseworker.title", facts.caseworker.title);
    fields.text("caseworker.phone", facts.caseworker.phone);
    fields.text("caseworker.email", facts.caseworker.email);
    fields.text("leader.name", facts.leader.name);
    fields.text("leader.title", facts.leader.title);
}

void addDecision(Fields &fields,
                 const LetterFacts &facts,
                 const JurisdictionProfile &profile,
                 const LetterTexts &texts)
{
    const QString lang = texts.language();
    fields.text("decision.term", profile.term(QStringLiteral("decision"), lang));
    if (!facts.decision)
        return;
    const Decision &decision = *facts.decision;
    fields.text("decision.reference", decision.reference);
    fields.text("decision.date",
                texts.date(QDate::fromString(decision.approvedAt.left(10), Qt::ISODate)));
    if (const LegalBasis *basis = profile.legalBasis(decision.legalBasis)) {
        fields.text("decision.legal_basis", basis->citation());
        fields.text("decision.legal_basis_title", basis->title.text(lang));
        fields.text("decision.subject", lowerFirst(basis->title.text(lang)));
        fields.text("decision.law", basis->law.text(lang));
    }
    fields.text("decision.valid_from", texts.date(decision.validFrom));
    fields.text("decision.valid_to", texts.date(decision.validTo));
    fields.text("decision.evaluation_date", texts.date(decision.evaluationDate));
    for (DecisionSection section : allDecisionSections()) {
        fields.data.insert(QStringLiteral("decision.") + sectionKey(section),
                           MergeValue::html(paragraphs(decision.section(section))));
    }
    double own = 0;
    double shared = 0;
    for (const DecisionService &service : decision.services) {
        own += service.ownHours;
        shared += service.sharedHours;
    }
    fields.html("decision.services_table",
                decision.services.isEmpty() ? QString() : servicesTable(decision, profile, texts));
    fields.text("decision.own_hours", texts.hours(own));
    fields.text("decision.shared_hours", texts.hours(shared));
    fields.text("decision.total_hours", texts.hours(own + shared));
    if (facts.previous) {
        fields.text("decision.replaces", facts.previous->reference);
        fields.html("decision.comparison_table",
                    comparisonTable(*facts.previous, decision, profile, texts));
        fields.text("previous.reference", facts.previous->reference);
        fields.text("previous.valid_from", texts.date(facts.previous->validFrom));
        fields.text("previous.evaluation_date", texts.date(facts.previous->evaluationDate));
    }
}

void addComplaint(Fields &fields,
                  const Session &session,
                  const LetterTexts &texts,
                  const LetterAddressing &addressing)
{
    const JurisdictionProfile &profile = session.profile();
    const QString lang = texts.language();
    fields.text("complaint.weeks", texts.weeks(profile.complaint.weeks));
    fields.text("complaint.first_body", profile.complaint.firstBody.text(lang));
    fields.text("complaint.appeal_body", profile.complaint.appealBody.text(lang));
    fields.text("complaint.law", profile.complaint.law);
    // The letter cannot know when it arrives: the deadline it states counts from the day the
    // jurisdiction's rule assumes, which favours the client.
    const QDate received = session.calendar().assumedReceipt(addressing.date, addressing.method);
    fields.text("complaint.received_assumed_on", texts.date(received));
    fields.text("complaint.deadline", texts.date(session.calendar().complaintDeadline(received)));
}

void addReview(Fields &fields,
               const LetterFacts &facts,
               const LetterTexts &texts,
               const LetterAddressing &addressing)
{
    if (!facts.review)
        return;
    const Review &review = *facts.review;
    fields.text("review.plan_title", review.planTitle);
    fields.text("review.caseworker_name", review.caseworkerName);
    const ReviewStep *meeting = review.step(QStringLiteral("meeting_held"));
    fields.text("review.meeting_due", meeting ? texts.date(meeting->dueOn) : QString());
    // Time to answer before the meeting is agreed: two weeks, or the step's own due date if
    // that comes later.
    QDate replyBy = addressing.date.addDays(14);
    if (const ReviewStep *agreed = review.step(QStringLiteral("meeting_agreed"));
        agreed && agreed->dueOn.isValid() && agreed->dueOn > replyBy)
        replyBy = agreed->dueOn;
    fields.text("review.reply_by", texts.date(replyBy));
}

void addMeeting(Fields &fields,
                const LetterFacts &facts,
                const JurisdictionProfile &profile,
                const LetterTexts &texts)
{
    if (!facts.meeting)
        return;
    const Meeting &meeting = *facts.meeting;
    const QString kind = meetingKindText(meeting.kind, profile, texts);
    fields.text("meeting.kind", kind);
    fields.text("meeting.title", meeting.title.isEmpty() ? capitalised(kind) : meeting.title);
    fields.text("meeting.date", texts.date(meeting.startsAt.date()));
    fields.text("meeting.time", meetingTime(meeting, texts));
    fields.text("meeting.location", meeting.location);
    fields.text("meeting.video_link", meeting.videoLink);
    fields.html("meeting.agenda", bulletList(agendaPoints(meeting.agenda)));
    fields.html("meeting.participants", participantsList(meeting, profile, texts));
    fields.text("meeting.coordinator",
                meeting.coordinator() ? meeting.coordinator()->name : QString());
    fields.text("meeting.minute_taker",
                meeting.minuteTaker() ? meeting.minuteTaker()->name : QString());
    fields.html("meeting.minutes", paragraphs(meeting.minutes));
    fields.html("meeting.agreements", paragraphs(meeting.agreements));
    fields.text("meeting.next_date", texts.date(meeting.nextMeetingOn));
}

void addPlan(Fields &fields, const LetterFacts &facts, const LetterTexts &texts)
{
    if (!facts.plan)
        return;
    const ReviewPlan &plan = facts.plan->plan;
    fields.text("plan.title", plan.title);
    fields.text("plan.goal", plan.goal);
    fields.text("plan.start", texts.date(plan.startOn));
    fields.text("plan.deadline", texts.date(plan.deadline));
    fields.text("plan.status_note", plan.statusNote);
    QStringList caseworkers;
    for (const PlanCaseworker &caseworker : plan.caseworkers)
        caseworkers.append(caseworker.name);
    fields.text("plan.caseworkers", caseworkers.join(QStringLiteral(", ")));
    fields.text("plan.units", plan.unitNames.join(QStringLiteral(", ")));
    int steps = 0;
    int done = 0;
    for (const Review &review : facts.plan->reviews) {
        steps += int(review.steps.size());
        done += review.doneCount();
    }
    fields.text(
        "plan.progress",
        texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "%1 of %2 steps done in %3 reviews"))
            .arg(done)
            .arg(steps)
            .arg(facts.plan->reviews.size()));
    fields.html("plan.step_table", facts.planStepTable);
    fields.html("plan.review_grid", facts.planReviewGrid);
    fields.html("plan.late_steps", facts.planLateSteps);
}

Result<LetterPerson> staffPerson(const Session &session, std::optional<qint64> id)
{
    if (!id)
        return LetterPerson{};
    auto query = sql::run(session.database().connection(),
                          QStringLiteral("SELECT full_name, coalesce(title, ''), "
                                         "coalesce(phone, ''), coalesce(email, '') "
                                         "FROM staff_users WHERE id = ?"),
                          {*id});
    if (!query)
        return query.error();
    if (!query->next())
        return LetterPerson{};
    return LetterPerson{query->value(0).toString(),
                        query->value(1).toString(),
                        query->value(2).toString(),
                        query->value(3).toString()};
}

} // namespace

QString LetterData::reference(const LetterFacts &facts)
{
    if (facts.decision && !facts.decision->reference.isEmpty())
        return facts.decision->reference;
    if (facts.review && !facts.review->decisionReference.isEmpty())
        return facts.review->decisionReference;
    if (facts.meeting)
        return QStringLiteral("M-%1").arg(facts.meeting->id);
    return {};
}

QList<LetterRecipient> LetterData::recipients(const LetterFacts &facts)
{
    QList<LetterRecipient> recipients;
    if (facts.client) {
        const Client &client = *facts.client;
        recipients.append({client.fullName(),
                           QStringLiteral("client"),
                           std::nullopt,
                           addressLines(client.addressLine, client.postalCode, client.city)});
    }
    const auto addContacts = [&](bool guardians) {
        for (const Contact &contact : facts.contacts) {
            const bool guardian = contact.relation == ContactRelation::Guardian;
            if (guardian != guardians || (!guardian && !contact.receivesLetters))
                continue;
            recipients.append(
                {contact.name,
                 guardian ? QStringLiteral("guardian") : participantRoleOf(contact.relation),
                 contact.id,
                 addressLines(contact.addressLine, contact.postalCode, contact.city)});
        }
    };
    addContacts(true);
    addContacts(false);
    return recipients;
}

MergeData LetterData::mergeData(const LetterFacts &facts,
                                const Session &session,
                                const LetterTexts &texts,
                                const LetterAddressing &addressing)
{
    MergeData data;
    Fields fields{data};
    const JurisdictionProfile &profile = session.profile();
    addOffice(fields, facts.office);
    addLetter(fields, facts, profile, texts, addressing);
    addPeople(fields, facts, texts);
    addDecision(fields, facts, profile, texts);
    addComplaint(fields, session, texts, addressing);
    addReview(fields, facts, texts, addressing);
    addMeeting(fields, facts, profile, texts);
    addPlan(fields, facts, texts);
    return data;
}

QList<LetterProblem> LetterData::decisionProblems(const LetterFacts &facts,
                                                  const JurisdictionProfile &profile)
{
    QList<LetterProblem> problems;
    if (!facts.decision) {
        problems.append({LetterProblem::Kind::MissingContent,
                         tr("The letter has no decision to tell about."),
                         QString()});
        return problems;
    }
    const Decision &decision = *facts.decision;
    for (const FieldProblem &problem : checkDecisionComplete(decision, profile))
        problems.append({LetterProblem::Kind::MissingContent, problem.message, problem.field});
    if (decision.replacesDecisionId && !facts.previous) {
        problems.append({LetterProblem::Kind::MissingContent,
                         tr("The decision this one replaces could not be read, so the letter "
                            "cannot show the previous allocation and the changes."),
                         QStringLiteral("replaces_decision_id")});
    }
    if (decision.status != DecisionStatus::Approved && decision.status != DecisionStatus::Sent
        && decision.status != DecisionStatus::InForce) {
        problems.append({LetterProblem::Kind::MissingContent,
                         tr("The decision is %1: a leader must approve it before its letter is "
                            "issued.")
                             .arg(statusName(decision.status)),
                         QStringLiteral("status")});
    }
    return problems;
}

Result<LetterFacts> LetterData::load(Session &session, const LetterSubject &subject)
{
    LetterFacts facts;
    facts.kind = subject.kind;
    auto office = OfficeDetailsStore::load(session.database());
    if (!office)
        return office.error();
    facts.office = *office;

    std::optional<qint64> clientId;
    std::optional<qint64> caseworkerId;
    std::optional<qint64> decisionId = subject.decisionId;
    std::optional<qint64> reviewId = subject.reviewId;
    PlanRepository plans(session);

    if (subject.meetingId) {
        auto meeting = MeetingRepository(session).get(*subject.meetingId);
        if (!meeting)
            return meeting.error();
        facts.meeting = *meeting;
        clientId = meeting->clientId;
        if (!reviewId)
            reviewId = meeting->reviewId;
    }
    if (reviewId) {
        auto review = plans.review(*reviewId);
        if (!review)
            return review.error();
        facts.review = *review;
        clientId = review->clientId;
        caseworkerId = review->caseworkerId;
        if (!decisionId && subject.kind == LetterKind::PreNotice)
            decisionId = review->decisionId;
    }
    if (decisionId) {
        DecisionRepository decisions(session);
        auto decision = decisions.get(*decisionId);
        if (!decision)
            return decision.error();
        facts.decision = *decision;
        clientId = decision->clientId;
        if (!caseworkerId)
            caseworkerId = decision->caseworkerId;
        auto previous = decisions.previous(*decision);
        if (!previous)
            return previous.error();
        facts.previous = *previous;
        auto leader = staffPerson(session, decision->approvedBy);
        if (!leader)
            return leader.error();
        facts.leader = *leader;
    }
    if (subject.planId) {
        auto view = plans.view(*subject.planId);
        if (!view)
            return view.error();
        facts.plan = *view;
        const PlanReportTables tables = planReportTables(*view, session);
        facts.planStepTable = tables.steps;
        facts.planReviewGrid = tables.grid;
        facts.planLateSteps = tables.lateSteps;
    }
    if (clientId) {
        ClientRepository clients(session);
        auto client = clients.get(*clientId);
        if (!client)
            return client.error();
        facts.client = *client;
        auto contacts = clients.contacts(*clientId);
        if (!contacts)
            return contacts.error();
        facts.contacts = *contacts;
        if (!caseworkerId)
            caseworkerId = client->caseworkerId;
    }
    auto caseworker
        = staffPerson(session, caseworkerId ? caseworkerId : std::optional(session.user().id));
    if (!caseworker)
        return caseworker.error();
    facts.caseworker = *caseworker;
    return facts;
}

} // namespace fremdrift
