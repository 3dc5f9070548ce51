#include "letters/mergefields.h"

namespace fremdrift {

namespace {

struct MergeFieldText
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::MergeFields)
};

using K = LetterKind;

const QList<LetterKind> aboutDecision = {K::PreNotice, K::DecisionLetter};
const QList<LetterKind> aboutMeeting = {K::MeetingInvitation, K::Minutes};
const QList<LetterKind> toCitizens
    = {K::PreNotice, K::MeetingInvitation, K::Minutes, K::DecisionLetter};

struct FieldRow
{
    const char *name;
    const char *description; // QT_TRANSLATE_NOOP in fremdrift::MergeFields
    bool block;
    const QList<LetterKind> *kinds; // nullptr: every kind
};

const FieldRow fieldRows[] = {
    {"office.name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's name"),
     false,
     nullptr},
    {"office.address",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's postal address on one line"),
     false,
     nullptr},
    {"office.postal_address",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's postal address, line by line"),
     true,
     nullptr},
    {"office.phone",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's phone number"),
     false,
     nullptr},
    {"office.email",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's email address"),
     false,
     nullptr},
    {"office.web",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's web address"),
     false,
     nullptr},
    {"office.org_number",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The office's organisation number"),
     false,
     nullptr},

    {"letter.date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The letter's date, written out"),
     false,
     nullptr},
    {"letter.reference",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The letter's reference"),
     false,
     &toCitizens},
    {"letter.recipient_name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Who this copy of the letter is addressed to"),
     false,
     &toCitizens},
    {"letter.to_guardian",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Not empty when this copy goes to the guardian"),
     false,
     &toCitizens},
    {"letter.copies",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The list of everyone else who gets a copy"),
     true,
     &toCitizens},
    {"letter.copies_text",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Everyone else who gets a copy, on one line"),
     false,
     &toCitizens},

    {"client.name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's full name"),
     false,
     &toCitizens},
    {"client.given_name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's given name"),
     false,
     &toCitizens},
    {"client.family_name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's family name"),
     false,
     &toCitizens},
    {"client.birth_date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's date of birth"),
     false,
     &toCitizens},
    {"client.national_id",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's national ID number"),
     false,
     &toCitizens},
    {"client.address",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's address on one line"),
     false,
     &toCitizens},
    {"client.unit",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The client's unit (home or service)"),
     false,
     &toCitizens},

    {"guardian.name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "The guardian's name (empty when the client has none)"),
     false,
     &toCitizens},
    {"guardian.address",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The guardian's address on one line"),
     false,
     &toCitizens},

    {"caseworker.name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworker's name"),
     false,
     &toCitizens},
    {"caseworker.title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworker's title"),
     false,
     &toCitizens},
    {"caseworker.phone",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworker's phone number"),
     false,
     &toCitizens},
    {"caseworker.email",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworker's email address"),
     false,
     &toCitizens},

    {"leader.name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The leader who approved the decision"),
     false,
     &aboutDecision},
    {"leader.title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The approving leader's title"),
     false,
     &aboutDecision},

    {"decision.term",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "The country's word for a decision (vedtak, beslut, afgørelse)"),
     false,
     nullptr},
    {"decision.reference",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The decision's reference"),
     false,
     &aboutDecision},
    {"decision.date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date the decision was approved"),
     false,
     &aboutDecision},
    {"decision.legal_basis",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The legal basis as a citation (law and section)"),
     false,
     &aboutDecision},
    {"decision.legal_basis_title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "What the legal basis grants, in words"),
     false,
     &aboutDecision},
    {"decision.subject",
     QT_TRANSLATE_NOOP(
         "fremdrift::MergeFields",
         "What the legal basis grants, in lower case to follow \"about\" in a heading"),
     false,
     &aboutDecision},
    {"decision.law",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The name of the law"),
     false,
     &aboutDecision},
    {"decision.valid_from",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date the decision applies from"),
     false,
     &aboutDecision},
    {"decision.valid_to",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date the decision ends (empty: no end date)"),
     false,
     &aboutDecision},
    {"decision.evaluation_date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "When the decision will be evaluated"),
     false,
     &aboutDecision},
    {"decision.health_information",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: relevant health information"),
     true,
     &aboutDecision},
    {"decision.functioning_and_needs",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: functioning and mapped needs"),
     true,
     &aboutDecision},
    {"decision.needs_all_life_areas",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: needs in all areas of life"),
     true,
     &aboutDecision},
    {"decision.own_needs_wishes_goals",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Section: the client's own needs, wishes and goals"),
     true,
     &aboutDecision},
    {"decision.user_participation",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: how the client took part"),
     true,
     &aboutDecision},
    {"decision.relatives_participation",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: how relatives took part"),
     true,
     &aboutDecision},
    {"decision.municipality_assessment",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Section: the municipality's assessment"),
     true,
     &aboutDecision},
    {"decision.services_table",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Table of the services granted, own time and shared time per week"),
     true,
     &aboutDecision},
    {"decision.own_hours",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Own time in all, hours per week"),
     false,
     &aboutDecision},
    {"decision.shared_hours",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Shared time in all, hours per week"),
     false,
     &aboutDecision},
    {"decision.total_hours",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Own and shared time together, hours per week"),
     false,
     &aboutDecision},
    {"decision.replaces",
     QT_TRANSLATE_NOOP(
         "fremdrift::MergeFields",
         "The reference of the decision this one replaces (empty when it replaces none)"),
     false,
     &aboutDecision},
    {"decision.comparison_table",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Table of the previous allocation and the changes, service by service"),
     true,
     &aboutDecision},

    {"previous.reference",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The replaced decision's reference"),
     false,
     &aboutDecision},
    {"previous.valid_from",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date the replaced decision applied from"),
     false,
     &aboutDecision},
    {"previous.evaluation_date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The replaced decision's evaluation date"),
     false,
     &aboutDecision},

    {"complaint.weeks",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The complaint deadline in weeks, as a word"),
     false,
     &toCitizens},
    {"complaint.deadline",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The last day to complain, as a date"),
     false,
     &aboutDecision},
    {"complaint.received_assumed_on",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The day the letter is assumed received"),
     false,
     &aboutDecision},
    {"complaint.first_body",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Where a complaint is sent"),
     false,
     &toCitizens},
    {"complaint.appeal_body",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Who decides a complaint the municipality upholds"),
     false,
     &toCitizens},
    {"complaint.law",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The law that gives the complaint deadline"),
     false,
     &toCitizens},

    {"review.plan_title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The progress plan the review belongs to"),
     false,
     &aboutDecision},
    {"review.meeting_due",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "When the evaluation meeting is due"),
     false,
     &aboutDecision},
    {"review.reply_by",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date to send information by"),
     false,
     &aboutDecision},
    {"review.caseworker_name",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworker responsible for the review"),
     false,
     &aboutDecision},

    {"meeting.kind",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The kind of meeting"),
     false,
     &aboutMeeting},
    {"meeting.title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The meeting's title"),
     false,
     &aboutMeeting},
    {"meeting.date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The meeting's date, written out"),
     false,
     &aboutMeeting},
    {"meeting.time",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The meeting's start and end time"),
     false,
     &aboutMeeting},
    {"meeting.location",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Where the meeting is held"),
     false,
     &aboutMeeting},
    {"meeting.video_link",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The link to join by video"),
     false,
     &aboutMeeting},
    {"meeting.agenda",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The agenda, point by point"),
     true,
     &aboutMeeting},
    {"meeting.participants",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Who is invited, or who attended, with their roles"),
     true,
     &aboutMeeting},
    {"meeting.coordinator",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The meeting's coordinator"),
     false,
     &aboutMeeting},
    {"meeting.minute_taker",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "Who writes the minutes"),
     false,
     &aboutMeeting},
    {"meeting.minutes",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The minutes"),
     true,
     &aboutMeeting},
    {"meeting.agreements",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "What was agreed"),
     true,
     &aboutMeeting},
    {"meeting.next_date",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The date of the next meeting"),
     false,
     &aboutMeeting},
};

const QList<LetterKind> planOnly = {K::PlanReport};

const FieldRow planRows[] = {
    {"plan.title",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The plan's title"),
     false,
     &planOnly},
    {"plan.goal", QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The plan's goal"), false, &planOnly},
    {"plan.start",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The plan's start date"),
     false,
     &planOnly},
    {"plan.deadline",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The plan's deadline"),
     false,
     &planOnly},
    {"plan.status_note",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The plan's status note"),
     false,
     &planOnly},
    {"plan.caseworkers",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The caseworkers responsible"),
     false,
     &planOnly},
    {"plan.units",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "The units the plan covers"),
     false,
     &planOnly},
    {"plan.progress",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "How far the plan has come"),
     false,
     &planOnly},
    {"plan.step_table",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Table of the steps with due dates and who is responsible"),
     true,
     &planOnly},
    {"plan.review_grid",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields",
                       "Grid of the reviews and their steps, late steps marked"),
     true,
     &planOnly},
    {"plan.late_steps",
     QT_TRANSLATE_NOOP("fremdrift::MergeFields", "List of the late steps (empty when none)"),
     true,
     &planOnly},
};

QList<LetterKind> kindsOf(const FieldRow &row)
{
    return row.kinds ? *row.kinds : QList<LetterKind>{};
}

QList<MergeFieldInfo> buildCatalogue()
{
    QList<MergeFieldInfo> fields;
    const auto add = [&fields](const FieldRow &row) {
        MergeFieldInfo info;
        info.name = QString::fromLatin1(row.name);
        info.group = info.name.section(u'.', 0, 0);
        info.block = row.block;
        info.kinds = kindsOf(row);
        fields.append(info);
    };
    for (const FieldRow &row : fieldRows)
        add(row);
    for (const FieldRow &row : planRows)
        add(row);
    return fields;
}

const char *descriptionOf(const QString &name)
{
    for (const FieldRow &row : fieldRows) {
        if (name == QLatin1String(row.name))
            return row.description;
    }
    for (const FieldRow &row : planRows) {
        if (name == QLatin1String(row.name))
            return row.description;
    }
    return "";
}

} // namespace

QList<LetterKind> allLetterKinds()
{
    return {K::PreNotice, K::MeetingInvitation, K::Minutes, K::DecisionLetter, K::PlanReport};
}

QString letterKindKey(LetterKind kind)
{
    switch (kind) {
    case K::PreNotice:
        return QStringLiteral("pre_notice");
    case K::MeetingInvitation:
        return QStringLiteral("meeting_invitation");
    case K::Minutes:
        return QStringLiteral("minutes");
    case K::DecisionLetter:
        return QStringLiteral("decision_letter");
    case K::PlanReport:
        return QStringLiteral("plan_report");
    }
    return {};
}

std::optional<LetterKind> letterKindFromKey(const QString &key)
{
    for (LetterKind kind : allLetterKinds()) {
        if (letterKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString letterKindName(LetterKind kind)
{
    switch (kind) {
    case K::PreNotice:
        return MergeFieldText::tr("Pre-notice of evaluation");
    case K::MeetingInvitation:
        return MergeFieldText::tr("Meeting invitation");
    case K::Minutes:
        return MergeFieldText::tr("Minutes");
    case K::DecisionLetter:
        return MergeFieldText::tr("Decision letter");
    case K::PlanReport:
        return MergeFieldText::tr("Plan report");
    }
    return {};
}

bool isCitizenLetter(LetterKind kind)
{
    return kind != K::PlanReport;
}

QString MergeFieldInfo::description() const
{
    return QCoreApplication::translate("fremdrift::MergeFields", descriptionOf(name));
}

const QList<MergeFieldInfo> &mergeFieldCatalogue()
{
    static const QList<MergeFieldInfo> catalogue = buildCatalogue();
    return catalogue;
}

QList<MergeFieldInfo> mergeFieldsFor(LetterKind kind)
{
    QList<MergeFieldInfo> fields;
    for (const MergeFieldInfo &field : mergeFieldCatalogue()) {
        if (field.appliesTo(kind))
            fields.append(field);
    }
    return fields;
}

QSet<QString> mergeFieldNamesFor(LetterKind kind)
{
    QSet<QString> names;
    for (const MergeFieldInfo &field : mergeFieldCatalogue()) {
        if (field.appliesTo(kind))
            names.insert(field.name);
    }
    return names;
}

QSet<QString> letterPartIds()
{
    const QStringList ids = JurisdictionProfile::knownLetterRequirementIds();
    return {ids.cbegin(), ids.cend()};
}

} // namespace fremdrift
