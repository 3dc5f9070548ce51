// Meetings in core: storage, checks, the minute-taker rotation and default agendas.
#include "domain/meeting.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "repository/clientrepository.h"
#include "repository/meetingrepository.h"
#include "storage/audittrail.h"
#include "storage/sql.h"
#include "support/casefixture.h"
#include "workflow/meetingrules.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

#include <functional>

using namespace fremdrift;
using fremdrift::test::CaseFixture;

namespace {

bool hasProblem(const QList<FieldProblem> &problems, const QString &field)
{
    for (const FieldProblem &problem : problems) {
        if (problem.field == field)
            return true;
    }
    return false;
}

MeetingParticipant person(const QString &name, const QString &role = QStringLiteral("other"))
{
    MeetingParticipant p;
    p.name = name;
    p.role = role;
    return p;
}

qint64 staffId(const CaseFixture &f, const QString &username)
{
    auto users = f.session->users();
    REQUIRE(users.ok());
    for (const StaffUser &user : std::as_const(*users)) {
        if (user.username == username)
            return user.id;
    }
    FAIL("no such user");
    return 0;
}

// A meeting every rule accepts.
Meeting validMeeting(const CaseFixture &f)
{
    Meeting m;
    m.kind = MeetingKind::Evaluation;
    m.clientId = f.clientId;
    m.title = QStringLiteral("Evaluering av vedtak");
    m.startsAt = QDateTime(QDate(2026, 3, 10), QTime(9, 30));
    m.endsAt = m.startsAt.addSecs(90 * 60);
    m.location = QStringLiteral("Lyngtunet, møterom 2");
    m.agreedHow = QStringLiteral("phone");
    m.agenda = QStringLiteral("1. Velkommen");
    m.nextMeetingOn = QDate(2027, 3, 1);
    MeetingParticipant kari
        = person(QStringLiteral("Kari Caseworker"), QStringLiteral("caseworker"));
    kari.staffUserId = staffId(f, QStringLiteral("kari"));
    kari.isCoordinator = true;
    kari.invited = kari.accepted = true;
    MeetingParticipant client = person(QStringLiteral("Åsmund Ødegård"), QStringLiteral("client"));
    client.invited = true;
    MeetingParticipant primary
        = person(QStringLiteral("Pål Primær"), QStringLiteral("primary_contact"));
    primary.email = QStringLiteral("pal@lyngtunet.example.no");
    primary.isMinuteTaker = true;
    m.participants = {kari, client, primary};
    return m;
}

Meeting saved(CaseFixture &f, const Meeting &meeting)
{
    auto result = MeetingRepository(*f.session).save(meeting);
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("A meeting and its participants are saved and read back as they were")
{
    CaseFixture f;
    const Meeting original = validMeeting(f);
    const Meeting stored = saved(f, original);
    CHECK(stored.id > 0);
    CHECK(stored.version == 1);
    CHECK(stored.clientName == QStringLiteral("Ødegård, Åsmund"));

    auto read = MeetingRepository(*f.session).get(stored.id);
    REQUIRE(read.ok());
    CHECK(read->kind == MeetingKind::Evaluation);
    CHECK(read->title == original.title);
    CHECK(read->startsAt == original.startsAt);
    CHECK(read->startsAt.timeSpec() == Qt::LocalTime);
    CHECK(read->endsAt == original.endsAt);
    CHECK(read->location == original.location);
    CHECK(read->agreedHow == QStringLiteral("phone"));
    CHECK(read->agenda == original.agenda);
    CHECK(read->nextMeetingOn == original.nextMeetingOn);
    CHECK_FALSE(read->held);
    REQUIRE(read->participants.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const MeetingParticipant &a = read->participants.at(i);
        const MeetingParticipant &b = original.participants.at(i);
        CHECK(a.id > 0);
        CHECK(a.name == b.name);
        CHECK(a.role == b.role);
        CHECK(a.staffUserId == b.staffUserId);
        CHECK(a.email == b.email);
        CHECK(a.invited == b.invited);
        CHECK(a.accepted == b.accepted);
        CHECK(a.isCoordinator == b.isCoordinator);
        CHECK(a.isMinuteTaker == b.isMinuteTaker);
    }
    CHECK(read->minuteTaker()->name == QStringLiteral("Pål Primær"));
    CHECK(read->coordinator()->name == QStringLiteral("Kari Caseworker"));

    // Stored as UTC ISO 8601 with a Z, whatever the PC's time zone.
    auto raw = sql::scalar(f.db->connection(),
                           QStringLiteral("SELECT starts_at FROM meetings WHERE id = ?"),
                           {stored.id});
    REQUIRE(raw.ok());
    CHECK(raw->toString()
          == original.startsAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));

    // A change replaces the participants, in their new order.
    Meeting changed = *read;
    changed.participants.removeAt(1);
    changed.participants.swapItemsAt(0, 1);
    changed.held = true;
    changed.minutes = QStringLiteral("Alt går bra.");
    const Meeting updated = saved(f, changed);
    CHECK(updated.version == 2);
    CHECK(updated.held);
    REQUIRE(updated.participants.size() == 2);
    CHECK(updated.participants.at(0).name == QStringLiteral("Pål Primær"));
    CHECK(updated.participants.at(1).name == QStringLiteral("Kari Caseworker"));
}

TEST_CASE("A meeting saved by someone else first is not overwritten")
{
    CaseFixture f;
    const Meeting first = saved(f, validMeeting(f));
    Meeting mine = first;
    Meeting theirs = first;
    theirs.location = QStringLiteral("Rådhuset");
    saved(f, theirs);
    mine.location = QStringLiteral("Biblioteket");
    auto conflict = MeetingRepository(*f.session).save(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(conflict.error().message.contains(QStringLiteral("Kari Caseworker")));
    auto stored = MeetingRepository(*f.session).get(first.id);
    REQUIRE(stored.ok());
    CHECK(stored->location == QStringLiteral("Rådhuset"));
    CHECK(stored->version == 2);
    // Removing with the old version is refused the same way.
    const Status removed = MeetingRepository(*f.session).remove(first.id, first.version);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code == Error::Code::Conflict);
}

TEST_CASE("A read-only user cannot save or remove meetings")
{
    CaseFixture f;
    const Meeting stored = saved(f, validMeeting(f));
    f.actAs(QStringLiteral("rolf"));
    auto refused = MeetingRepository(*f.session).save(validMeeting(f));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::PermissionDenied);
    const Status removal = MeetingRepository(*f.session).remove(stored.id, stored.version);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().code == Error::Code::PermissionDenied);
    // Reading is allowed.
    CHECK(MeetingRepository(*f.session).get(stored.id).ok());
}

TEST_CASE("Creating, changing and removing a meeting are in the audit trail")
{
    CaseFixture f;
    MeetingRepository meetings(*f.session);
    Meeting stored = saved(f, validMeeting(f));
    stored.location = QStringLiteral("Rådhuset");
    stored = saved(f, stored);
    REQUIRE(meetings.remove(stored.id, stored.version).ok());
    CHECK(meetings.get(stored.id).error().code == Error::Code::NotFound);

    auto trail = AuditTrail::forClient(f.db->connection(), f.clientId);
    REQUIRE(trail.ok());
    QStringList actions;
    for (const AuditRecord &record : std::as_const(*trail)) {
        if (record.entity != u"meeting")
            continue;
        CHECK(record.entityId == stored.id);
        CHECK(record.userName == QStringLiteral("Kari Caseworker"));
        actions.prepend(record.action);
        if (record.action == u"update") {
            const QJsonArray change = record.detail.value(u"location").toArray();
            CHECK(change.at(0).toString() == QStringLiteral("Lyngtunet, møterom 2"));
            CHECK(change.at(1).toString() == QStringLiteral("Rådhuset"));
        }
    }
    CHECK(actions
          == QStringList{
              QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete")});
}

TEST_CASE("Each rule of checkMeeting names the field to fix")
{
    CaseFixture f;
    const Meeting good = validMeeting(f);
    CHECK(checkMeeting(good).isEmpty());

    const auto problemsWith = [&](const std::function<void(Meeting &)> &change) {
        Meeting m = good;
        change(m);
        return checkMeeting(m);
    };
    CHECK(
        hasProblem(problemsWith([](Meeting &m) { m.startsAt = {}; }), QStringLiteral("starts_at")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.endsAt = m.startsAt; }),
                     QStringLiteral("ends_at")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.endsAt = m.startsAt.addSecs(-60); }),
                     QStringLiteral("ends_at")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.location.clear(); }),
                     QStringLiteral("location")));
    // A video link alone is a place.
    CHECK(problemsWith([](Meeting &m) {
              m.location.clear();
              m.videoLink = QStringLiteral("https://meet.example.no/abc-123");
          }).isEmpty());
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.videoLink = QStringLiteral("Teams"); }),
                     QStringLiteral("video_link")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.participants[1].name = QStringLiteral(" "); }),
                     QStringLiteral("participants[1].name")));
    CHECK(hasProblem(
        problemsWith([](Meeting &m) { m.participants[1].role = QStringLiteral("boss"); }),
        QStringLiteral("participants[1].role")));
    CHECK(hasProblem(
        problemsWith([](Meeting &m) { m.participants[2].email = QStringLiteral("pal@"); }),
        QStringLiteral("participants[2].email")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.participants[1].isMinuteTaker = true; }),
                     QStringLiteral("participants[2].is_minute_taker")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.participants[2].isCoordinator = true; }),
                     QStringLiteral("participants[2].is_coordinator")));
    CHECK(hasProblem(problemsWith([](Meeting &m) { m.agreedHow = QStringLiteral("pigeon"); }),
                     QStringLiteral("agreed_how")));

    // Seed 003: the coordinator who leads does not take the minutes.
    const auto leading = problemsWith([](Meeting &m) {
        m.participants[2].isMinuteTaker = false;
        m.participants[0].isMinuteTaker = true;
    });
    REQUIRE(hasProblem(leading, QStringLiteral("participants[0].is_minute_taker")));
    CHECK(leading.constFirst().message.contains(QStringLiteral("Kari Caseworker")));

    const auto held = problemsWith([](Meeting &m) { m.held = true; });
    REQUIRE(hasProblem(held, QStringLiteral("minutes")));
    CHECK(problemsWith([](Meeting &m) {
              m.held = true;
              m.minutes = QStringLiteral("Referat.");
          }).isEmpty());

    // The repository refuses what the rules find, with every problem.
    Meeting bad = good;
    bad.startsAt = {};
    bad.location.clear();
    auto refused = MeetingRepository(*f.session).save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().problems.size() == 2);
}

TEST_CASE("A meeting's client and review must exist and agree")
{
    CaseFixture f;
    Meeting m = validMeeting(f);
    m.clientId = 4711;
    auto noClient = MeetingRepository(*f.session).save(m);
    REQUIRE_FALSE(noClient.ok());
    CHECK(hasProblem(noClient.error().problems, QStringLiteral("client_id")));

    m = validMeeting(f);
    m.reviewId = 99;
    auto noReview = MeetingRepository(*f.session).save(m);
    REQUIRE_FALSE(noReview.ok());
    CHECK(hasProblem(noReview.error().problems, QStringLiteral("review_id")));
}

TEST_CASE("The minute-taker rotates and is never the coordinator or the client")
{
    MeetingParticipant lead = person(QStringLiteral("Kari"), QStringLiteral("caseworker"));
    lead.staffUserId = 1;
    lead.isCoordinator = true;
    MeetingParticipant client = person(QStringLiteral("Åsmund"), QStringLiteral("client"));
    MeetingParticipant anna = person(QStringLiteral("Anna"), QStringLiteral("primary_contact"));
    anna.staffUserId = 2;
    MeetingParticipant bo = person(QStringLiteral("Bo"), QStringLiteral("relative"));
    bo.contactId = 7;
    MeetingParticipant cecilie = person(QStringLiteral("Cecilie Dahl"), QStringLiteral("supplier"));

    Meeting now;
    now.startsAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
    now.participants = {lead, client, anna, bo, cecilie};

    // An earlier meeting with `taker` taking the minutes, `monthsAgo` before this one.
    const auto earlier = [&](MeetingParticipant taker, int monthsAgo) {
        Meeting m;
        m.id = 100 + monthsAgo;
        m.startsAt = now.startsAt.addMonths(-monthsAgo);
        taker.isMinuteTaker = true;
        m.participants = {lead, taker};
        return m;
    };

    SECTION("Nobody has taken it: the first who may")
    {
        CHECK(suggestMinuteTaker(now, {}) == 2);
    }
    SECTION("Never taken comes before taken long ago")
    {
        CHECK(suggestMinuteTaker(now, {earlier(anna, 12)}) == 3);
        CHECK(suggestMinuteTaker(now, {earlier(anna, 12), earlier(bo, 6)}) == 4);
    }
    SECTION("The one whose last turn is longest ago")
    {
        const QList<Meeting> history = {earlier(anna, 3), earlier(bo, 9), earlier(cecilie, 6)};
        CHECK(suggestMinuteTaker(now, history) == 3);
    }
    SECTION("Ties go to the fewest turns, then to the list's order")
    {
        Meeting both = earlier(anna, 4);
        both.participants = {lead, anna, bo};
        both.participants[1].isMinuteTaker = true; // only one takes it; Bo's turn counts below
        Meeting same = earlier(bo, 4);
        same.id = 200;
        Meeting again = earlier(anna, 8);
        Meeting cecilieTurn = earlier(cecilie, 4);
        cecilieTurn.id = 201;
        // Anna, Bo and Cecilie last took it 4 months ago; Anna twice.
        CHECK(suggestMinuteTaker(now, {both, same, again, cecilieTurn}) == 3);
        // Without Anna's second turn, all three tie: the first in the list.
        CHECK(suggestMinuteTaker(now, {both, same, cecilieTurn}) == 2);
    }
    SECTION("People are matched by staff user, contact, else name regardless of case")
    {
        MeetingParticipant renamedAnna = person(QStringLiteral("Anna B. Larsen"));
        renamedAnna.staffUserId = 2;
        MeetingParticipant renamedBo = person(QStringLiteral("Bo Berg"));
        renamedBo.contactId = 7;
        MeetingParticipant shoutedCecilie = person(QStringLiteral("CECILIE DAHL "));
        CHECK(suggestMinuteTaker(now, {earlier(renamedAnna, 2)}) == 3);
        CHECK(suggestMinuteTaker(now, {earlier(renamedAnna, 2), earlier(renamedBo, 1)}) == 4);
        CHECK(suggestMinuteTaker(
                  now, {earlier(renamedAnna, 2), earlier(renamedBo, 1), earlier(shoutedCecilie, 3)})
              == 4);
        // Another staff user of the same name is someone else.
        MeetingParticipant otherAnna = person(QStringLiteral("Anna"));
        otherAnna.staffUserId = 9;
        CHECK(suggestMinuteTaker(now, {earlier(otherAnna, 1)}) == 2);
    }
    SECTION("Never the coordinator, even when everyone else had a turn recently")
    {
        const QList<Meeting> history = {earlier(anna, 1), earlier(bo, 1), earlier(cecilie, 1)};
        const auto chosen = suggestMinuteTaker(now, history);
        REQUIRE(chosen);
        CHECK_FALSE(now.participants.at(*chosen).isCoordinator);
        CHECK(now.participants.at(*chosen).role != QStringLiteral("client"));
    }
    SECTION("Nobody but the coordinator and the client: no suggestion")
    {
        Meeting small = now;
        small.participants = {lead, client};
        CHECK_FALSE(suggestMinuteTaker(small, {}));
    }
}

TEST_CASE("The repository's rotation looks back on the client's meetings of the same kind")
{
    CaseFixture f;
    MeetingRepository meetings(*f.session);
    Meeting group = validMeeting(f);
    group.kind = MeetingKind::ResponsibilityGroup;
    MeetingParticipant kari = group.participants.at(0);
    MeetingParticipant liv = person(QStringLiteral("Liv Leader"), QStringLiteral("leader"));
    liv.staffUserId = staffId(f, QStringLiteral("liv"));
    MeetingParticipant pal
        = person(QStringLiteral("Pål Primær"), QStringLiteral("primary_contact"));
    // January: Pål took the minutes; February: Liv.
    group.participants = {kari, pal, liv};
    group.participants[1].isMinuteTaker = true;
    group.startsAt = QDateTime(QDate(2026, 1, 12), QTime(13, 0));
    group.endsAt = group.startsAt.addSecs(3600);
    saved(f, group);
    group.participants[1].isMinuteTaker = false;
    group.participants[2].isMinuteTaker = true;
    group.startsAt = group.startsAt.addMonths(1);
    group.endsAt = group.startsAt.addSecs(3600);
    saved(f, group);
    // An evaluation meeting does not count for the group.
    Meeting evaluation = validMeeting(f);
    evaluation.participants = {kari, pal};
    evaluation.participants[1].isMinuteTaker = true;
    evaluation.startsAt = QDateTime(QDate(2026, 2, 20), QTime(9, 0));
    evaluation.endsAt = evaluation.startsAt.addSecs(3600);
    saved(f, evaluation);

    Meeting march = group;
    march.id = 0;
    march.participants = {kari, liv, pal};
    march.startsAt = QDateTime(QDate(2026, 3, 12), QTime(13, 0));
    auto earlier = meetings.earlierMeetings(march);
    REQUIRE(earlier.ok());
    CHECK(earlier->size() == 2);
    auto suggested = meetings.suggestMinuteTaker(march);
    REQUIRE(suggested.ok());
    CHECK(*suggested == 2); // Pål: January is longer ago than Liv's February
}

TEST_CASE("Meetings are listed by start time and filtered")
{
    CaseFixture f;
    MeetingRepository meetings(*f.session);
    const qint64 liv = staffId(f, QStringLiteral("liv"));
    for (int month : {5, 3, 4}) {
        Meeting m = validMeeting(f);
        m.startsAt = QDateTime(QDate(2026, month, 2), QTime(10, 0));
        m.endsAt = m.startsAt.addSecs(3600);
        m.kind = month == 4 ? MeetingKind::FollowUp : MeetingKind::Evaluation;
        if (month == 5) {
            MeetingParticipant leader
                = person(QStringLiteral("Liv Leader"), QStringLiteral("leader"));
            leader.staffUserId = liv;
            m.participants << leader;
        }
        saved(f, m);
    }
    Meeting alone = validMeeting(f);
    alone.clientId.reset();
    alone.startsAt = QDateTime(QDate(2026, 3, 20), QTime(10, 0));
    alone.endsAt = {};
    saved(f, alone);

    const auto months = [&](const MeetingFilter &filter) {
        auto found = meetings.list(filter);
        REQUIRE(found.ok());
        QList<int> result;
        for (const Meeting &m : std::as_const(*found)) {
            CHECK_FALSE(m.participants.isEmpty()); // loaded with the list
            result << m.startsAt.date().month() * 100 + m.startsAt.date().day();
        }
        return result;
    };
    CHECK(months({}) == QList<int>{302, 320, 402, 502});
    MeetingFilter from;
    from.from = QDateTime(QDate(2026, 3, 20), QTime(10, 0));
    from.to = QDateTime(QDate(2026, 5, 2), QTime(10, 0));
    CHECK(months(from) == QList<int>{320, 402});
    MeetingFilter ofClient;
    ofClient.clientId = f.clientId;
    CHECK(months(ofClient) == QList<int>{302, 402, 502});
    MeetingFilter followUp;
    followUp.kind = MeetingKind::FollowUp;
    CHECK(months(followUp) == QList<int>{402});
    MeetingFilter withLiv;
    withLiv.staffUserId = liv;
    CHECK(months(withLiv) == QList<int>{502});
    MeetingFilter two;
    two.limit = 2;
    CHECK(months(two) == QList<int>{302, 320});
}

TEST_CASE("A review's evaluation meeting is found, the newest first")
{
    CaseFixture f;
    const QSqlDatabase db = f.db->connection();
    REQUIRE(
        sql::run(db, QStringLiteral("INSERT INTO review_plans(title) VALUES ('Våren 2026')")).ok());
    REQUIRE(sql::run(db,
                     QStringLiteral("INSERT INTO reviews(plan_id, client_id) VALUES (1, ?)"),
                     {f.clientId})
                .ok());
    MeetingRepository meetings(*f.session);
    auto none = meetings.forReview(1);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    Meeting first = validMeeting(f);
    first.reviewId = 1;
    first.clientId.reset(); // taken from the review
    const Meeting a = saved(f, first);
    CHECK(a.clientId == f.clientId);
    Meeting second = first;
    second.startsAt = first.startsAt.addDays(14);
    second.endsAt = second.startsAt.addSecs(3600);
    const Meeting b = saved(f, second);
    auto found = meetings.forReview(1);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == b.id);

    // The review's meeting is about the review's client.
    Client other;
    other.givenName = QStringLiteral("Siri");
    other.familyName = QStringLiteral("Berg");
    auto otherClient = ClientRepository(*f.session).save(other);
    REQUIRE(otherClient.ok());
    Meeting wrong = first;
    wrong.clientId = otherClient->id;
    auto refused = meetings.save(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasProblem(refused.error().problems, QStringLiteral("review_id")));
}

TEST_CASE("A meeting's JSON has stable snake_case keys and UTC times")
{
    CaseFixture f;
    const Meeting stored = saved(f, validMeeting(f));
    const QJsonObject json = toJson(stored);
    QStringList keys = json.keys();
    keys.sort();
    CHECK(keys.join(u' ')
          == QStringLiteral("agenda agreed_how agreements client client_id ends_at held id kind "
                            "location minutes next_meeting_on participants review_id starts_at "
                            "title version video_link"));
    CHECK(json.value(u"kind").toString() == QStringLiteral("evaluation"));
    CHECK(json.value(u"starts_at").toString()
          == stored.startsAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    CHECK(json.value(u"next_meeting_on").toString() == QStringLiteral("2027-03-01"));
    CHECK(json.value(u"review_id").isNull());
    const QJsonObject first = json.value(u"participants").toArray().at(0).toObject();
    CHECK(first.value(u"is_coordinator").toBool());
    CHECK(first.value(u"staff_user_id").toInteger() == staffId(f, QStringLiteral("kari")));
    CHECK(first.value(u"contact_id").isNull());
    CHECK(meetingTimeFromText(json.value(u"starts_at").toString()) == stored.startsAt);
    for (MeetingKind kind : allMeetingKinds())
        CHECK(meetingKindFromKey(meetingKindKey(kind)) == kind);
    CHECK_FALSE(meetingKindFromKey(QStringLiteral("party")));
}

TEST_CASE("Denmark's follow-up agenda has the six points of seed 004")
{
    auto dk = JurisdictionProfile::load(JurisdictionCode::Denmark);
    REQUIRE(dk.ok());
    for (MeetingKind kind : {MeetingKind::FollowUp, MeetingKind::Evaluation}) {
        const QString danish = defaultAgenda(*dk, kind, QStringLiteral("da"));
        const QStringList lines = danish.split(u'\n');
        QStringList numbered;
        for (const QString &line : lines) {
            if (!line.isEmpty() && line.at(0).isDigit())
                numbered << line;
        }
        REQUIRE(numbered.size() == 6);
        CHECK(numbered.at(0) == QStringLiteral("1. Velkomst ved rådgiver (mødeleder)"));
        CHECK(numbered.at(1) == QStringLiteral("2. Præsentation af deltagere"));
        CHECK(numbered.at(5) == QStringLiteral("6. Opsamling"));
        CHECK(danish.contains(QStringLiteral("   - Kort gennemgang af status på indsatser")));
        CHECK(danish.contains(QStringLiteral("Takster og afregning"))); // not discussed
    }
    // A language the profile does not have falls back to English.
    const QString swedish = defaultAgenda(*dk, MeetingKind::FollowUp, QStringLiteral("sv"));
    CHECK(swedish.startsWith(QStringLiteral("1. Welcome by the adviser (chair)")));
    // A responsibility group keeps its own agenda in Denmark too.
    CHECK(defaultAgenda(*dk, MeetingKind::ResponsibilityGroup, QStringLiteral("da"))
              .contains(QStringLiteral("coordinator")));
}

TEST_CASE("Norway's agendas follow seed 000 and seed 003")
{
    auto no = JurisdictionProfile::load(JurisdictionCode::Norway);
    REQUIRE(no.ok());
    const QString evaluation = defaultAgenda(*no, MeetingKind::Evaluation, QStringLiteral("nb"));
    for (const char *topic : {"Needs in all areas of life",
                              "own wishes and goals",
                              "Consent competence",
                              "Medical information",
                              "Individual plan",
                              "Next meeting"})
        CHECK(evaluation.contains(QString::fromUtf8(topic)));
    const QString group
        = defaultAgenda(*no, MeetingKind::ResponsibilityGroup, QStringLiteral("nb"));
    CHECK(group.startsWith(QStringLiteral("1. Welcome: the coordinator leads the meeting")));
    CHECK(group.contains(QStringLiteral("Minute-taker for the next meeting")));
    CHECK(group.contains(QStringLiteral("Round of status")));
    CHECK_FALSE(defaultAgenda(*no, MeetingKind::Other, QStringLiteral("nb")).isEmpty());
}
