// Compare and merge (issue 6): when two people save the same record, the fields each changed
// are told apart from those both changed, and a merge keeps both people's work.
#include "domain/json.h"
#include "domain/meeting.h"
#include "workflow/recordmerge.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace fremdrift;

namespace {

QJsonObject client(const QString &phone, const QString &address, const QString &notes)
{
    return {{QStringLiteral("id"), 7},
            {QStringLiteral("version"), 3},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("address_line"), address},
            {QStringLiteral("notes"), notes}};
}

const FieldChoice *choiceFor(const QList<FieldChoice> &choices, const QString &field)
{
    for (const FieldChoice &choice : choices) {
        if (choice.field == field)
            return &choice;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A field only I changed is mine and a field only they changed is theirs")
{
    const QJsonObject base = client(QStringLiteral("1"), QStringLiteral("Road 1"), QString());
    const QJsonObject mine = client(QStringLiteral("1"), QStringLiteral("Road 2"), QString());
    QJsonObject theirs = client(QStringLiteral("2"), QStringLiteral("Road 1"), QString());
    theirs[QStringLiteral("version")] = 4;

    const QList<FieldChoice> choices = compareRecords(base, mine, theirs);
    REQUIRE(choices.size() == 2);
    const FieldChoice *address = choiceFor(choices, QStringLiteral("address_line"));
    REQUIRE(address);
    CHECK(address->kind == FieldChoice::Kind::MineOnly);
    CHECK(address->mine == QStringLiteral("Road 2"));
    CHECK(address->base == QStringLiteral("Road 1"));
    const FieldChoice *phone = choiceFor(choices, QStringLiteral("phone"));
    REQUIRE(phone);
    CHECK(phone->kind == FieldChoice::Kind::TheirsOnly);
    CHECK(phone->theirs == QStringLiteral("2"));
    CHECK_FALSE(needsChoice(choices));

    // Both changes are kept, on their version.
    const QJsonObject merged = mergeRecords(theirs, choices, {});
    CHECK(merged.value(QStringLiteral("address_line")) == QStringLiteral("Road 2"));
    CHECK(merged.value(QStringLiteral("phone")) == QStringLiteral("2"));
    CHECK(merged.value(QStringLiteral("version")) == 4);
}

TEST_CASE(
    "A field both changed differently needs a choice and theirs is kept unless mine is chosen")
{
    const QJsonObject base
        = client(QStringLiteral("1"), QStringLiteral("Road 1"), QStringLiteral("old"));
    const QJsonObject mine
        = client(QStringLiteral("1"), QStringLiteral("Road 1"), QStringLiteral("mine"));
    const QJsonObject theirs
        = client(QStringLiteral("1"), QStringLiteral("Road 1"), QStringLiteral("theirs"));

    const QList<FieldChoice> choices = compareRecords(base, mine, theirs);
    REQUIRE(choices.size() == 1);
    CHECK(choices.constFirst().field == u"notes");
    CHECK(choices.constFirst().kind == FieldChoice::Kind::Both);
    CHECK(needsChoice(choices));

    CHECK(mergeRecords(theirs, choices, {}).value(QStringLiteral("notes"))
          == QStringLiteral("theirs"));
    CHECK(mergeRecords(theirs, choices, {QStringLiteral("notes")}).value(QStringLiteral("notes"))
          == QStringLiteral("mine"));
}

TEST_CASE("The same change on both sides needs no choice")
{
    const QJsonObject base
        = client(QStringLiteral("1"), QStringLiteral("Road 1"), QStringLiteral("old"));
    const QJsonObject same
        = client(QStringLiteral("1"), QStringLiteral("Road 9"), QStringLiteral("old"));
    CHECK(compareRecords(base, same, same).isEmpty());
}

TEST_CASE("Bookkeeping keys and names read along with an id are not compared")
{
    QJsonObject base = client(QStringLiteral("1"), QStringLiteral("Road 1"), QString());
    base[QStringLiteral("updated_at")] = QStringLiteral("2026-03-01T10:00:00Z");
    base[QStringLiteral("caseworker")] = QStringLiteral("Kari");
    base[QStringLiteral("unit_id")] = 1;
    QJsonObject theirs = base;
    theirs[QStringLiteral("version")] = 4;
    theirs[QStringLiteral("updated_at")] = QStringLiteral("2026-03-02T10:00:00Z");
    theirs[QStringLiteral("updated_by")] = 2;
    theirs[QStringLiteral("caseworker")] = QStringLiteral("Kari Caseworker");
    theirs[QStringLiteral("unit_id")] = 2;
    theirs[QStringLiteral("id")] = 8;
    const QStringList readAlong = {QStringLiteral("caseworker"), QStringLiteral("unit_id")};
    CHECK(compareRecords(base, base, theirs, readAlong).isEmpty());
    // Not named as read along, a name is content (a contact's name is what people edit).
    const QList<FieldChoice> choices = compareRecords(base, base, theirs);
    CHECK(choices.size() == 2);
    CHECK(choiceFor(choices, QStringLiteral("caseworker")));
}

TEST_CASE("A decision's services are compared as one field")
{
    const QJsonArray before = {QJsonObject{{QStringLiteral("service_code"), QStringLiteral("a")},
                                           {QStringLiteral("own_hours_per_week"), 10}}};
    const QJsonArray mineServices
        = {QJsonObject{{QStringLiteral("service_code"), QStringLiteral("a")},
                       {QStringLiteral("own_hours_per_week"), 12}}};
    const QJsonArray theirServices
        = {QJsonObject{{QStringLiteral("service_code"), QStringLiteral("a")},
                       {QStringLiteral("own_hours_per_week"), 10}},
           QJsonObject{{QStringLiteral("service_code"), QStringLiteral("b")}}};
    const QJsonObject base = {{QStringLiteral("services"), before}};
    const QJsonObject mine = {{QStringLiteral("services"), mineServices}};
    const QJsonObject theirs = {{QStringLiteral("services"), theirServices}};

    const QList<FieldChoice> choices = compareRecords(base, mine, theirs);
    REQUIRE(choices.size() == 1);
    CHECK(choices.constFirst().field == u"services");
    CHECK(choices.constFirst().kind == FieldChoice::Kind::Both);
    CHECK(mergeRecords(theirs, choices, {QStringLiteral("services")})
              .value(QStringLiteral("services"))
          == mineServices);
    CHECK(mergeRecords(theirs, choices, {}).value(QStringLiteral("services")) == theirServices);
}

TEST_CASE("A key only one side has is a change of that side")
{
    const QJsonObject base = {{QStringLiteral("email"), QStringLiteral("a@example.org")}};
    const QJsonObject mine = {};
    const QJsonObject theirs = base;
    const QList<FieldChoice> choices = compareRecords(base, mine, theirs);
    REQUIRE(choices.size() == 1);
    CHECK(choices.constFirst().kind == FieldChoice::Kind::MineOnly);
    CHECK_FALSE(mergeRecords(theirs, choices, {}).contains(QStringLiteral("email")));
}

TEST_CASE("A client read back from its JSON is the same client")
{
    Client client;
    client.id = 12;
    client.nationalId = QStringLiteral("01018512366");
    client.nationalIdKind = QStringLiteral("fnr");
    client.givenName = QStringLiteral("Åsmund");
    client.familyName = QStringLiteral("Ødegård");
    client.birthDate = QDate(1985, 1, 1);
    client.addressLine = QStringLiteral("Storgata 1");
    client.postalCode = QStringLiteral("0150");
    client.city = QStringLiteral("Oslo");
    client.phone = QStringLiteral("22 33 44 55");
    client.email = QStringLiteral("asmund@example.org");
    client.unitId = 3;
    client.unitName = QStringLiteral("Lyngtunet");
    client.caseworkerId = 4;
    client.caseworkerName = QStringLiteral("Kari Caseworker");
    client.gpName = QStringLiteral("Dr. Berg");
    client.gpPractice = QStringLiteral("Sentrum legekontor");
    client.gpPhone = QStringLiteral("22 00 00 00");
    client.consent = ConsentCompetence::Partial;
    client.consentAssessedOn = QDate(2025, 6, 1);
    client.consentAssessedBy = QStringLiteral("Dr. Berg");
    client.individualPlan = IndividualPlan::Needed;
    client.individualPlanCoordinator = QStringLiteral("Per");
    client.notes = QStringLiteral("Likes walks.");
    client.version = 5;

    const QJsonObject json = toJson(client);
    auto read = clientFromJson(json);
    REQUIRE(read.ok());
    CHECK(toJson(*read) == json);
    CHECK(read->id == 12);
    CHECK(read->version == 5);
    CHECK(read->consent == ConsentCompetence::Partial);
    CHECK(read->unitId == 3);

    // No unit and no caseworker: null ids stay unset.
    Client bare;
    bare.givenName = QStringLiteral("Ada");
    auto bareRead = clientFromJson(toJson(bare));
    REQUIRE(bareRead.ok());
    CHECK_FALSE(bareRead->unitId.has_value());
    CHECK_FALSE(bareRead->caseworkerId.has_value());
    CHECK(toJson(*bareRead) == toJson(bare));
}

TEST_CASE("A client JSON with wrong values is refused field by field")
{
    QJsonObject json = toJson(Client{});
    json[QStringLiteral("phone")] = 12345678;
    json[QStringLiteral("birth_date")] = QStringLiteral("1.1.1985");
    json[QStringLiteral("consent_competence")] = QStringLiteral("sometimes");
    auto read = clientFromJson(json);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == Error::Code::InvalidInput);
    QStringList fields;
    for (const FieldProblem &problem : read.error().problems)
        fields << problem.field;
    CHECK(fields
          == QStringList{QStringLiteral("birth_date"),
                         QStringLiteral("phone"),
                         QStringLiteral("consent_competence")});
}

TEST_CASE("Nested objects are spread out field by field and put back together whole")
{
    const QJsonObject form = {
        {QStringLiteral("sent_on"), QStringLiteral("2026-03-02")},
        {QStringLiteral("investigation"),
         QJsonObject{{QStringLiteral("gp"), QStringLiteral("Dr. Berg")},
                     {QStringLiteral("life_areas"),
                      QJsonObject{{QStringLiteral("health"), QStringLiteral("Well.")},
                                  {QStringLiteral("housing"), QStringLiteral("Own flat.")}}},
                     {QStringLiteral("scores"), QJsonObject{}}}},
        {QStringLiteral("recipients"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")}}}},
    };
    const QJsonObject flat = flattenJson(form);
    CHECK(flat.value(QStringLiteral("investigation/life_areas/health")) == QStringLiteral("Well."));
    CHECK(flat.value(QStringLiteral("investigation/gp")) == QStringLiteral("Dr. Berg"));
    // Lists and empty objects are one field each.
    CHECK(flat.value(QStringLiteral("recipients")).isArray());
    CHECK(flat.value(QStringLiteral("investigation/scores")) == QJsonObject{});
    CHECK(flat.size() == 6);
    CHECK(nestJson(flat) == form);
}

TEST_CASE("Two people writing different life areas of one investigation keep both")
{
    ReviewStep base;
    base.id = 4;
    base.version = 2;
    base.dueOn = QDate(2026, 3, 10);
    base.form = {{QStringLiteral("investigation"),
                  QJsonObject{{QStringLiteral("life_areas"),
                               QJsonObject{{QStringLiteral("health"), QString()},
                                           {QStringLiteral("housing"), QString()}}}}}};
    ReviewStep mine = base;
    mine.form = nestJson(flattenJson(base.form));
    QJsonObject mineFlat = flattenJson(mine.form);
    mineFlat[QStringLiteral("investigation/life_areas/health")] = QStringLiteral("Sleeps badly.");
    mine.form = nestJson(mineFlat);
    ReviewStep theirs = base;
    theirs.version = 3;
    QJsonObject theirFlat = flattenJson(theirs.form);
    theirFlat[QStringLiteral("investigation/life_areas/housing")]
        = QStringLiteral("Wants to move.");
    theirs.form = nestJson(theirFlat);
    theirs.notes = QStringLiteral("Asked the landlord.");

    const QList<FieldChoice> choices
        = compareRecords(stepContent(base), stepContent(mine), stepContent(theirs));
    REQUIRE(choices.size() == 3);
    CHECK_FALSE(needsChoice(choices));
    const ReviewStep merged
        = withStepContent(theirs, mergeRecords(stepContent(theirs), choices, {}));
    const QJsonObject areas = merged.form.value(QStringLiteral("investigation"))
                                  .toObject()
                                  .value(QStringLiteral("life_areas"))
                                  .toObject();
    CHECK(areas.value(QStringLiteral("health")) == QStringLiteral("Sleeps badly."));
    CHECK(areas.value(QStringLiteral("housing")) == QStringLiteral("Wants to move."));
    CHECK(merged.notes == QStringLiteral("Asked the landlord."));
    CHECK(merged.dueOn == QDate(2026, 3, 10));
    CHECK(merged.version == 3);
    CHECK(merged.id == 4);
}

TEST_CASE("A contact read back from its JSON is the same contact")
{
    Contact contact;
    contact.id = 5;
    contact.clientId = 12;
    contact.relation = ContactRelation::Guardian;
    contact.name = QStringLiteral("Signe Ødegård");
    contact.organisation = QStringLiteral("Statsforvalteren");
    contact.addressLine = QStringLiteral("Storgata 2");
    contact.postalCode = QStringLiteral("0150");
    contact.city = QStringLiteral("Oslo");
    contact.phone = QStringLiteral("900 00 000");
    contact.email = QStringLiteral("signe@example.org");
    contact.nearestRelative = true;
    contact.receivesLetters = true;
    contact.inResponsibilityGroup = true;
    contact.groupCoordinator = true;
    contact.version = 3;
    auto read = contactFromJson(toJson(contact));
    REQUIRE(read.ok());
    CHECK(toJson(*read) == toJson(contact));

    QJsonObject wrong = toJson(contact);
    wrong[QStringLiteral("relation")] = QStringLiteral("cousin");
    wrong[QStringLiteral("receives_letters")] = QStringLiteral("yes");
    auto refused = contactFromJson(wrong);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().problems.size() == 2);
    CHECK(refused.error().problems.at(0).field == u"relation");
    CHECK(refused.error().problems.at(1).field == u"receives_letters");
}

TEST_CASE("A meeting read back from its JSON is the same meeting")
{
    Meeting meeting;
    meeting.id = 9;
    meeting.kind = MeetingKind::ResponsibilityGroup;
    meeting.clientId = 12;
    meeting.clientName = QStringLiteral("Åsmund Ødegård");
    meeting.title = QStringLiteral("Ansvarsgruppemøte");
    meeting.startsAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    meeting.endsAt = QDateTime(QDate(2026, 3, 2), QTime(10, 30));
    meeting.location = QStringLiteral("Rådhuset, møterom 3");
    meeting.agreedHow = QStringLiteral("phone");
    meeting.agenda = QStringLiteral("1. Welcome");
    meeting.minutes = QStringLiteral("All well.");
    meeting.nextMeetingOn = QDate(2026, 9, 1);
    meeting.held = true;
    MeetingParticipant guardian;
    guardian.id = 3;
    guardian.name = QStringLiteral("Signe");
    guardian.role = QStringLiteral("guardian");
    guardian.contactId = 5;
    guardian.invited = guardian.accepted = guardian.attended = true;
    guardian.isMinuteTaker = true;
    meeting.participants << guardian;
    meeting.version = 4;
    auto read = meetingFromJson(toJson(meeting));
    REQUIRE(read.ok());
    CHECK(toJson(*read) == toJson(meeting));
    CHECK(read->startsAt == meeting.startsAt);
    CHECK_FALSE(read->reviewId.has_value());

    QJsonObject wrong = toJson(meeting);
    wrong[QStringLiteral("starts_at")] = QStringLiteral("Monday at nine");
    QJsonObject participant
        = wrong.value(QStringLiteral("participants")).toArray().at(0).toObject();
    participant[QStringLiteral("role")] = QStringLiteral("uncle");
    wrong[QStringLiteral("participants")] = QJsonArray{participant};
    auto refused = meetingFromJson(wrong);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().problems.size() == 2);
    CHECK(refused.error().problems.at(0).field == u"starts_at");
    CHECK(refused.error().problems.at(1).field == u"participants.role");
}

TEST_CASE("A step form's empty fields are the same as fields left out")
{
    ReviewStep asShown;
    asShown.notes = QStringLiteral("Called the guardian.");
    asShown.form = {{QStringLiteral("joint_meeting_asked"), false},
                    {QStringLiteral("summary"), QString()},
                    {QStringLiteral("recipients"), QJsonArray{}},
                    {QStringLiteral("scores"), QJsonObject{}}};
    ReviewStep savedElsewhere = asShown;
    savedElsewhere.form = {};
    CHECK(stepContent(asShown) == stepContent(savedElsewhere));
    // What is filled in counts: a ticked box, a zero score.
    asShown.form[QStringLiteral("supporter_asked")] = true;
    asShown.form[QStringLiteral("score")] = 0;
    const QJsonObject content = stepContent(asShown);
    CHECK(content.value(QStringLiteral("form/supporter_asked")) == true);
    CHECK(content.value(QStringLiteral("form/score")) == 0);
    CHECK(content.size() == 4); // due_on, notes and the two
}
