// Jurisdiction profiles (resources/jurisdictions/*.json) and the working-day calendar. Expected
// dates were worked out by hand with a calendar and cross-checked against an independent
// implementation (python-dateutil's Easter).
#include "jurisdiction/jurisdictionprofile.h"
#include "jurisdiction/workingdaycalendar.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <string>

using namespace fremdrift;
using namespace Qt::StringLiterals;
using Catch::Matchers::Contains;

namespace {

QDate d(const char *iso)
{
    const QDate date = QDate::fromString(QLatin1String(iso), Qt::ISODate);
    REQUIRE(date.isValid());
    return date;
}

// Dates compare as text so a failure prints "2026-04-02" rather than an opaque object.
std::string iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("invalid");
}

std::string str(const QString &text)
{
    return text.toStdString();
}

JurisdictionProfile profile(JurisdictionCode code)
{
    auto loaded = JurisdictionProfile::load(code);
    INFO(str(loaded ? QString() : loaded.error().message));
    REQUIRE(loaded.ok());
    return loaded.value();
}

WorkingDayCalendar calendar(JurisdictionCode code)
{
    return WorkingDayCalendar(profile(code));
}

std::string deadline(JurisdictionCode code, const char *received)
{
    return iso(calendar(code).complaintDeadline(d(received)));
}

QJsonObject builtInJson(JurisdictionCode code)
{
    QFile file(JurisdictionProfile::resourcePath(code));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// The Norwegian profile with one change applied, parsed.
Result<JurisdictionProfile> norwayWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = builtInJson(JurisdictionCode::Norway);
    change(root);
    return JurisdictionProfile::fromJson(toBytes(root));
}

// Applies `change` to the object at `key` inside `parent`.
void editObject(QJsonObject &parent,
                const QString &key,
                const std::function<void(QJsonObject &)> &change)
{
    QJsonObject child = parent.value(key).toObject();
    change(child);
    parent.insert(key, child);
}

// Applies `change` to item `index` of the list at `key` inside `parent`.
void editItem(QJsonObject &parent,
              const QString &key,
              qsizetype index,
              const std::function<void(QJsonObject &)> &change)
{
    QJsonArray list = parent.value(key).toArray();
    QJsonObject item = list.at(index).toObject();
    change(item);
    list.replace(index, item);
    parent.insert(key, list);
}

std::string refusal(const Result<JurisdictionProfile> &result)
{
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == Error::Code::InvalidInput);
    return str(result.error().message);
}

} // namespace

TEST_CASE("Each built-in profile loads with its law and words")
{
    const JurisdictionProfile no = profile(JurisdictionCode::Norway);
    const JurisdictionProfile se = profile(JurisdictionCode::Sweden);
    const JurisdictionProfile dk = profile(JurisdictionCode::Denmark);

    CHECK(no.code == JurisdictionCode::Norway);
    CHECK(se.code == JurisdictionCode::Sweden);
    CHECK(dk.code == JurisdictionCode::Denmark);
    CHECK(str(no.language) == "nb");
    CHECK(str(se.language) == "sv");
    CHECK(str(dk.language) == "da");

    CHECK(str(no.countryName.text(u"en"_s)) == "Norway");
    CHECK(str(se.countryName.text(u"nb"_s)) == "Sverige");
    CHECK(str(dk.countryName.text(u"sv"_s)) == "Danmark");

    CHECK(str(no.term(u"decision"_s)) == "vedtak");
    CHECK(str(se.term(u"decision"_s)) == "beslut");
    CHECK(str(dk.term(u"decision"_s)) == "afgørelse");
    CHECK(str(dk.term(u"decision"_s, u"en"_s)) == "decision");
    CHECK(str(no.term(u"own_time"_s)) == "egentid");
    CHECK(str(se.term(u"guardian"_s)) == "god man / förvaltare");
    CHECK(str(dk.term(u"consent_competence"_s)) == "handleevne");
    CHECK(no.term(u"no_such_term"_s).isEmpty());

    CHECK(no.complaint.weeks == 3);
    CHECK(se.complaint.weeks == 3);
    CHECK(dk.complaint.weeks == 4);
    CHECK(str(no.complaint.law) == "forvaltningsloven § 29");
    CHECK(str(se.complaint.law) == "förvaltningslagen (2017:900) 44 §");
    CHECK(str(dk.complaint.law) == "retssikkerhedsloven § 67");
    CHECK(str(no.complaint.appealBody.text(u"nb"_s)) == "Statsforvalteren");
    CHECK(str(se.complaint.appealBody.text(u"sv"_s)) == "förvaltningsrätten");
    CHECK(str(dk.complaint.appealBody.text(u"da"_s)) == "Ankestyrelsen");

    CHECK(str(no.nationalIdScheme) == "no-fodselsnummer");
    CHECK(str(se.nationalIdScheme) == "se-personnummer");
    CHECK(str(dk.nationalIdScheme) == "dk-cpr");

    for (const JurisdictionProfile *p : {&no, &se, &dk}) {
        for (const QString &id : JurisdictionProfile::coreStepIds())
            CHECK(p->step(id) != nullptr);
        for (const QString &id : JurisdictionProfile::requiredTermIds())
            CHECK_FALSE(p->term(id).isEmpty());
    }
}

TEST_CASE("Built-in profiles are cached and equal on reload")
{
    const auto first = JurisdictionProfile::load(JurisdictionCode::Sweden);
    const auto second = JurisdictionProfile::load(JurisdictionCode::Sweden);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->publicHolidays.size() == second->publicHolidays.size());
    CHECK(str(first->term(u"decision"_s)) == str(second->term(u"decision"_s)));
}

TEST_CASE("The letter requirements follow each country's administrative law")
{
    const JurisdictionProfile no = profile(JurisdictionCode::Norway);
    const JurisdictionProfile se = profile(JurisdictionCode::Sweden);
    const JurisdictionProfile dk = profile(JurisdictionCode::Denmark);

    auto ids = [](const JurisdictionProfile &p) {
        QStringList result;
        for (const LetterRequirement &requirement : p.complaint.letterRequirements)
            result.append(requirement.id);
        return result;
    };
    CHECK(ids(no).contains(u"deferred_implementation"_s));
    CHECK(ids(no).contains(u"document_access"_s));
    CHECK_FALSE(ids(se).contains(u"deferred_implementation"_s));
    CHECK_FALSE(ids(dk).contains(u"deferred_implementation"_s));
    for (const JurisdictionProfile *p : {&no, &se, &dk}) {
        CHECK(ids(*p).contains(u"grounds"_s));
        CHECK(ids(*p).contains(u"complaint_right"_s));
        CHECK(ids(*p).contains(u"complaint_deadline"_s));
    }
    CHECK(str(no.complaint.letterRequirements.last().law) == "forvaltningsloven § 42");
    CHECK(str(se.complaint.letterRequirements.first().law) == "förvaltningslagen (2017:900) 32 §");
    CHECK(str(dk.complaint.letterRequirements.first().law) == "forvaltningsloven §§ 22–24");
}

TEST_CASE("Legal bases and services are catalogued per country")
{
    const JurisdictionProfile no = profile(JurisdictionCode::Norway);
    const JurisdictionProfile se = profile(JurisdictionCode::Sweden);
    const JurisdictionProfile dk = profile(JurisdictionCode::Denmark);

    for (const char *code :
         {"hol-3-2-6a", "hol-3-2-6b", "hol-3-2-6c", "hol-3-2-6d", "hol-3-8", "hol-7-1"})
        CHECK(no.legalBasis(QLatin1String(code)) != nullptr);
    REQUIRE(no.legalBasis(u"hol-3-8"_s));
    CHECK(str(no.legalBasis(u"hol-3-8"_s)->citation()) == "hol. § 3-8");

    CHECK(se.legalBasis(u"sol-4-1"_s) != nullptr);
    for (int point = 1; point <= 10; ++point)
        CHECK(se.legalBasis(u"lss-9-"_s + QString::number(point)) != nullptr);
    REQUIRE(se.legalBasis(u"lss-9-2"_s));
    CHECK(str(se.legalBasis(u"lss-9-2"_s)->citation()) == "LSS 9 § 2");

    for (const char *code :
         {"sel-83", "sel-85", "sel-103", "sel-104", "sel-107", "sel-108", "sel-141"})
        CHECK(dk.legalBasis(QLatin1String(code)) != nullptr);
    REQUIRE(dk.legalBasis(u"sel-85"_s));
    CHECK(str(dk.legalBasis(u"sel-85"_s)->title.text(u"da"_s)) == "Socialpædagogisk bistand");

    REQUIRE(no.service(u"bpa"_s));
    CHECK(no.service(u"bpa"_s)->legalBases.contains(u"hol-3-8"_s));
    REQUIRE(se.service(u"personlig_assistans"_s));
    CHECK(se.service(u"personlig_assistans"_s)->legalBases == QStringList{u"lss-9-2"_s});
    REQUIRE(dk.service(u"beskyttet_beskaeftigelse"_s));
    CHECK(dk.service(u"beskyttet_beskaeftigelse"_s)->legalBases == QStringList{u"sel-103"_s});
    CHECK(no.service(u"no_such_service"_s) == nullptr);

    // Every service's legal bases exist: the loader refuses profiles where they do not.
    for (const JurisdictionProfile *p : {&no, &se, &dk}) {
        for (const ServiceType &service : p->services) {
            for (const QString &code : service.legalBases)
                CHECK(p->legalBasis(code) != nullptr);
        }
    }
}

TEST_CASE("Review step defaults: the eight steps and Denmark's meeting planning")
{
    const JurisdictionProfile no = profile(JurisdictionCode::Norway);
    const JurisdictionProfile dk = profile(JurisdictionCode::Denmark);

    CHECK(no.reviewSteps.size() == 8);
    REQUIRE(no.step(u"pre_notice"_s));
    CHECK(no.step(u"pre_notice"_s)->due.from == DueRule::Anchor::PlanStart);
    CHECK(no.step(u"pre_notice"_s)->due.days == 7);
    REQUIRE(no.step(u"decision_sent"_s));
    CHECK(no.step(u"decision_sent"_s)->due.from == DueRule::Anchor::PlanDeadline);
    CHECK(no.step(u"decision_sent"_s)->due.days == 0);
    REQUIRE(no.step(u"in_force"_s));
    CHECK(no.step(u"in_force"_s)->due.from == DueRule::Anchor::ComplaintDeadline);
    REQUIRE(no.step(u"staffing_reviewed"_s));
    CHECK(no.step(u"staffing_reviewed"_s)->due.from == DueRule::Anchor::AllDecisionsSent);
    CHECK(str(no.step(u"staffing_reviewed"_s)->role) == "department_leader");
    CHECK(no.step(u"meeting_planning"_s) == nullptr);

    REQUIRE(dk.step(u"meeting_planning"_s));
    CHECK(dk.step(u"meeting_planning"_s)->due.from == DueRule::Anchor::Meeting);
    CHECK(dk.step(u"meeting_planning"_s)->due.days == -8 * 7);
    REQUIRE(dk.step(u"supplier_status"_s));
    CHECK(str(dk.step(u"supplier_status"_s)->role) == "supplier");
    CHECK(dk.step(u"supplier_status"_s)->due.days == -14);
}

TEST_CASE("Denmark's follow-up meetings: frequency by offer and the six-point agenda")
{
    const JurisdictionProfile dk = profile(JurisdictionCode::Denmark);
    const FollowUpMeetings &meetings = dk.followUpMeetings;

    REQUIRE(meetings.frequencies.size() == 4);
    CHECK(str(meetings.frequencies.at(0).offer) == "housing_support");
    CHECK_FALSE(meetings.frequencies.at(0).everyMonths.has_value());
    CHECK(meetings.frequencies.at(1).everyMonths == 12);
    CHECK(meetings.frequencies.at(2).everyMonths == 24);
    CHECK(meetings.frequencies.at(2).legalBases == QStringList{u"sel-104"_s});
    CHECK(meetings.frequencies.at(3).everyMonths == 36);
    CHECK(meetings.frequencies.at(3).legalBases == QStringList{u"sel-103"_s});

    REQUIRE(meetings.agenda.size() == 6);
    CHECK(str(meetings.agenda.first().title.text(u"da"_s)) == "Velkomst ved rådgiver (mødeleder)");
    CHECK(meetings.agenda.at(3).points.size() == 3);
    CHECK(meetings.agenda.at(5).points.size() == 2);
    CHECK(meetings.notDiscussed.size() == 4);

    CHECK(profile(JurisdictionCode::Norway).followUpMeetings.frequencies.isEmpty());
}

TEST_CASE("Assessment tools: IPLOS and ICF/IBIC and VUM 2.0")
{
    const AssessmentTool iplos = profile(JurisdictionCode::Norway).assessment;
    CHECK(str(iplos.id) == "iplos");
    CHECK(iplos.items.size() == 17);
    CHECK(str(iplos.items.first().name.text(u"nb"_s)) == "Sosial deltakelse");
    CHECK(str(iplos.items.last().name.text(u"en"_s)) == "Managing own behaviour");
    CHECK(iplos.isValidScore(1));
    CHECK(iplos.isValidScore(5));
    CHECK(iplos.isValidScore(9));
    CHECK_FALSE(iplos.isValidScore(0));
    CHECK_FALSE(iplos.isValidScore(6));

    const AssessmentTool ibic = profile(JurisdictionCode::Sweden).assessment;
    CHECK(str(ibic.id) == "ibic");
    CHECK_THAT(str(ibic.name.text(u"sv"_s)), Contains("ICF/IBIC"));

    const AssessmentTool vum = profile(JurisdictionCode::Denmark).assessment;
    CHECK(str(vum.id) == "vum2");
    CHECK(vum.isValidScore(0));
    CHECK(vum.isValidScore(4));
    CHECK_FALSE(vum.isValidScore(9));
}

TEST_CASE("Assumed receipt rules are present and documented")
{
    for (const JurisdictionCode code :
         {JurisdictionCode::Norway, JurisdictionCode::Sweden, JurisdictionCode::Denmark}) {
        const JurisdictionProfile p = profile(code);
        CHECK(p.assumedReceipt.rule(SendMethod::Hand).days == 0);
        CHECK_FALSE(p.assumedReceipt.rule(SendMethod::Post).note.isEmpty());
        CHECK(p.assumedReceipt.rule(SendMethod::Post).days
              > p.assumedReceipt.rule(SendMethod::Digital).days);
    }
    const ReceiptRule sePost = profile(JurisdictionCode::Sweden).assumedReceipt.post;
    CHECK(sePost.days == 14); // förenklad delgivning
    CHECK_FALSE(sePost.workingDays);
}

TEST_CASE("Easter Sunday by the anonymous Gregorian computus")
{
    CHECK(iso(WorkingDayCalendar::easterSunday(2019)) == "2019-04-21");
    CHECK(iso(WorkingDayCalendar::easterSunday(2024)) == "2024-03-31");
    CHECK(iso(WorkingDayCalendar::easterSunday(2025)) == "2025-04-20");
    CHECK(iso(WorkingDayCalendar::easterSunday(2026)) == "2026-04-05");
    CHECK(iso(WorkingDayCalendar::easterSunday(2027)) == "2027-03-28");
    CHECK(iso(WorkingDayCalendar::easterSunday(2038)) == "2038-04-25");
    // The extremes: the earliest (22 March) and latest (25 April) possible, and the range ends.
    CHECK(iso(WorkingDayCalendar::easterSunday(1818)) == "1818-03-22");
    CHECK(iso(WorkingDayCalendar::easterSunday(1943)) == "1943-04-25");
    CHECK(iso(WorkingDayCalendar::easterSunday(2285)) == "2285-03-22");
    CHECK(iso(WorkingDayCalendar::easterSunday(1583)) == "1583-04-10");
    CHECK(iso(WorkingDayCalendar::easterSunday(9999)) == "9999-03-28");
    CHECK_FALSE(WorkingDayCalendar::easterSunday(1582).isValid());
    CHECK_FALSE(WorkingDayCalendar::easterSunday(10000).isValid());

    for (int year = 1583; year <= 9999; ++year) {
        const QDate easter = WorkingDayCalendar::easterSunday(year);
        if (easter.dayOfWeek() != Qt::Sunday || easter < QDate(year, 3, 22)
            || easter > QDate(year, 4, 25)) {
            FAIL("Easter " << iso(easter) << " is not a Sunday between 22 March and 25 April");
        }
    }
}

TEST_CASE("Norwegian public holidays")
{
    const WorkingDayCalendar no = calendar(JurisdictionCode::Norway);

    const QList<QDate> expected2026{d("2026-01-01"),
                                    d("2026-04-02"),
                                    d("2026-04-03"),
                                    d("2026-04-05"),
                                    d("2026-04-06"),
                                    d("2026-05-01"),
                                    d("2026-05-14"),
                                    d("2026-05-17"),
                                    d("2026-05-24"),
                                    d("2026-05-25"),
                                    d("2026-12-25"),
                                    d("2026-12-26")};
    CHECK(no.publicHolidays(2026) == expected2026);

    CHECK(no.isPublicHoliday(d("2025-05-17")));
    CHECK(no.isPublicHoliday(d("2019-04-18"))); // Maundy Thursday
    CHECK(no.isPublicHoliday(d("2025-06-09"))); // Whit Monday
    CHECK(no.isPublicHoliday(d("2038-06-03"))); // Ascension: Easter 25 April + 39
    CHECK_FALSE(no.isPublicHoliday(d("2026-12-24")));
    CHECK_FALSE(no.isNonWorkingDay(d("2026-12-24"))); // Christmas Eve is a working day in Norway
    CHECK_FALSE(no.isPublicHoliday(d("2026-06-05")));

    // Two rules on one day count once: Ascension on 1 May 2008, Whit Monday on 17 May 2027.
    CHECK(no.publicHolidays(2008).size() == 11);
    CHECK(no.publicHolidays(2027).size() == 11);
    CHECK(no.publicHolidays(2025).size() == 12);

    CHECK(str(no.holidayName(d("2025-05-17"), u"nb"_s)) == "Grunnlovsdag (17. mai)");
    CHECK(str(no.holidayName(d("2026-04-02"), u"en"_s)) == "Maundy Thursday");
    CHECK(str(no.holidayName(d("2026-04-02"), u"da"_s)) == "Maundy Thursday"); // English fallback
    CHECK(no.holidayName(d("2026-04-08"), u"nb"_s).isEmpty());
}

TEST_CASE("Swedish public holidays and deadline-only non-working days")
{
    const WorkingDayCalendar se = calendar(JurisdictionCode::Sweden);

    CHECK(se.isPublicHoliday(d("2025-06-21"))); // Midsummer Day: the Saturday 20–26 June
    CHECK(se.isPublicHoliday(d("2026-06-20")));
    CHECK_FALSE(se.isPublicHoliday(d("2025-06-20")));
    CHECK(se.isPublicHoliday(d("2025-11-01"))); // All Saints' Day: the Saturday 31 Oct–6 Nov
    CHECK(se.isPublicHoliday(d("2026-10-31")));
    CHECK(se.isPublicHoliday(d("2026-01-06")));
    CHECK(se.isPublicHoliday(d("2025-06-06")));
    CHECK_FALSE(se.isPublicHoliday(d("2004-06-06"))); // National Day: a holiday from 2005
    CHECK(se.isPublicHoliday(d("2004-05-31")));       // ... when Whit Monday stopped being one
    CHECK_FALSE(se.isPublicHoliday(d("2025-06-09")));
    CHECK_FALSE(se.isPublicHoliday(d("2026-04-02"))); // no Maundy Thursday in Sweden
    CHECK(se.publicHolidays(2026).size() == 13);

    CHECK(str(se.holidayName(d("2025-06-21"), u"sv"_s)) == "Midsommardagen");
    CHECK(str(se.holidayName(d("2026-10-31"), u"en"_s)) == "All Saints' Day");

    // Midsommarafton (the Friday 19–25 June), julafton and nyårsafton move deadlines but are not
    // public holidays.
    CHECK(se.isExtraNonWorkingDay(d("2025-06-20")));
    CHECK(se.isExtraNonWorkingDay(d("2026-06-19")));
    CHECK(se.isNonWorkingDay(d("2026-06-19")));
    CHECK_FALSE(se.isPublicHoliday(d("2026-12-24")));
    CHECK(se.isNonWorkingDay(d("2026-12-24")));
    CHECK(se.isNonWorkingDay(d("2025-12-31")));
    CHECK(str(se.holidayName(d("2026-06-19"), u"sv"_s)) == "Midsommarafton");
    CHECK_FALSE(se.publicHolidays(2026).contains(d("2026-06-19")));
}

TEST_CASE("Danish public holidays: Great Prayer Day ended after 2023")
{
    const WorkingDayCalendar dk = calendar(JurisdictionCode::Denmark);

    CHECK(dk.isPublicHoliday(d("2023-05-05")));
    CHECK(dk.isPublicHoliday(d("2019-05-17"))); // Great Prayer Day 2019: Easter 21 April + 26
    CHECK_FALSE(dk.isPublicHoliday(d("2024-04-26")));
    CHECK_FALSE(dk.isNonWorkingDay(d("2024-04-26")));
    CHECK(dk.publicHolidays(2023).size() == 11);

    const QList<QDate> expected2024{d("2024-01-01"),
                                    d("2024-03-28"),
                                    d("2024-03-29"),
                                    d("2024-03-31"),
                                    d("2024-04-01"),
                                    d("2024-05-09"),
                                    d("2024-05-19"),
                                    d("2024-05-20"),
                                    d("2024-12-25"),
                                    d("2024-12-26")};
    CHECK(dk.publicHolidays(2024) == expected2024);

    // Constitution Day, 24 and 31 December: not public holidays, but no deadline ends on them.
    CHECK_FALSE(dk.isPublicHoliday(d("2025-06-05")));
    CHECK(dk.isNonWorkingDay(d("2025-06-05")));
    CHECK(dk.isNonWorkingDay(d("2025-12-24")));
    CHECK(str(dk.holidayName(d("2025-06-05"), u"da"_s)) == "Grundlovsdag");
    CHECK(str(dk.holidayName(d("2023-05-05"), u"en"_s)) == "Great Prayer Day");
}

TEST_CASE("Norwegian complaint deadlines: 3 weeks to the same weekday then a working day")
{
    constexpr auto NO = JurisdictionCode::Norway;
    CHECK(deadline(NO, "2021-03-03") == "2021-03-24"); // DOMAIN.md's example: Wednesday
    CHECK(deadline(NO, "2025-03-01") == "2025-03-24"); // a Saturday rolls to Monday
    // 2 April 2026 is Maundy Thursday; Good Friday, the weekend and Easter Monday follow.
    CHECK(deadline(NO, "2026-03-12") == "2026-04-07");
    CHECK(deadline(NO, "2025-05-08") == "2025-05-30"); // Ascension, Thursday 29 May 2025
    CHECK(deadline(NO, "2028-04-26") == "2028-05-18"); // 17 May 2028 is a Wednesday
    CHECK(deadline(NO, "2026-05-04") == "2026-05-26"); // Whit Monday 25 May 2026
    CHECK(deadline(NO, "2027-04-26") == "2027-05-18"); // Whit Monday is 17 May 2027
    CHECK(deadline(NO, "2025-12-04") == "2025-12-29"); // Christmas, then the weekend
    CHECK(deadline(NO, "2026-12-11") == "2027-01-04"); // New Year's Day 2027 is a Friday
    CHECK(deadline(NO, "2026-12-03") == "2026-12-24"); // Christmas Eve does not move it
}

TEST_CASE("Swedish complaint deadlines: midsommarafton and julafton and nyårsafton roll forward")
{
    constexpr auto SE = JurisdictionCode::Sweden;
    CHECK(deadline(SE, "2025-05-30") == "2025-06-23"); // midsommarafton Friday 20 June 2025
    CHECK(deadline(SE, "2026-05-29") == "2026-06-22"); // midsommarafton Friday 19 June 2026
    CHECK(deadline(SE, "2025-05-16") == "2025-06-09"); // National Day; Whit Monday is working
    CHECK(deadline(SE, "2025-05-19") == "2025-06-09");
    CHECK(deadline(SE, "2026-03-12") == "2026-04-02"); // Maundy Thursday is a working day
    CHECK(deadline(SE, "2027-04-15") == "2027-05-07"); // Ascension, Thursday 6 May 2027
    CHECK(deadline(SE, "2026-12-03") == "2026-12-28"); // julafton, Christmas, weekend
    CHECK(deadline(SE, "2025-12-10") == "2026-01-02"); // nyårsafton, New Year's Day
    CHECK(deadline(SE, "2026-12-16") == "2027-01-07"); // Epiphany, Wednesday 6 January 2027
}

TEST_CASE("Danish complaint deadlines: 4 weeks and Constitution Day rolls forward")
{
    constexpr auto DK = JurisdictionCode::Denmark;
    CHECK(deadline(DK, "2025-05-08") == "2025-06-06"); // Constitution Day, Thursday
    CHECK(deadline(DK, "2026-05-08") == "2026-06-08"); // Constitution Day, Friday
    CHECK(deadline(DK, "2023-04-07") == "2023-05-08"); // Great Prayer Day 2023, then weekend
    CHECK(deadline(DK, "2024-03-29") == "2024-04-26"); // ... abolished in 2024
    CHECK(deadline(DK, "2025-03-20") == "2025-04-22"); // Maundy Thursday to Easter Monday
    CHECK(deadline(DK, "2026-04-16") == "2026-05-15"); // Ascension, Thursday 14 May 2026
    CHECK(deadline(DK, "2026-04-27") == "2026-05-26"); // Whit Monday 25 May 2026
    CHECK(deadline(DK, "2026-11-26") == "2026-12-28"); // Christmas Eve, Christmas, weekend
    CHECK(deadline(DK, "2025-12-03") == "2026-01-02"); // New Year's Eve and Day
    CHECK(deadline(DK, "2027-05-17") == "2027-06-14");
}

TEST_CASE("Working days and assumed receipt")
{
    const WorkingDayCalendar no = calendar(JurisdictionCode::Norway);
    const WorkingDayCalendar se = calendar(JurisdictionCode::Sweden);
    const WorkingDayCalendar dk = calendar(JurisdictionCode::Denmark);

    CHECK(iso(no.nextWorkingDay(d("2026-04-08"))) == "2026-04-08");
    CHECK(iso(no.nextWorkingDay(d("2026-04-02"))) == "2026-04-07");
    CHECK(iso(no.addWorkingDays(d("2026-03-31"), 2)) == "2026-04-07");
    CHECK(iso(no.addWorkingDays(d("2026-04-04"), 0)) == "2026-04-04");
    CHECK_FALSE(no.nextWorkingDay(QDate()).isValid());
    CHECK_FALSE(no.complaintDeadline(QDate()).isValid());
    CHECK_FALSE(no.isNonWorkingDay(QDate()));

    // Post: five working days in Norway and Denmark, two weeks in Sweden (förenklad delgivning).
    CHECK(iso(no.assumedReceipt(d("2026-03-31"), SendMethod::Post)) == "2026-04-10");
    CHECK(iso(dk.assumedReceipt(d("2025-12-19"), SendMethod::Post)) == "2026-01-02");
    CHECK(iso(se.assumedReceipt(d("2025-06-02"), SendMethod::Post)) == "2025-06-16");
    CHECK(iso(no.assumedReceipt(d("2026-03-31"), SendMethod::Digital)) == "2026-04-01");
    CHECK(iso(dk.assumedReceipt(d("2025-12-19"), SendMethod::Digital)) == "2025-12-19");
    CHECK(iso(se.assumedReceipt(d("2025-06-07"), SendMethod::Hand)) == "2025-06-07");

    // The two together: a decision posted in Norway on 31 March 2026.
    const QDate received = no.assumedReceipt(d("2026-03-31"), SendMethod::Post);
    CHECK(iso(no.complaintDeadline(received)) == "2026-05-04"); // 1 May 2026 is a Friday
}

TEST_CASE("A broken profile is refused with a message that names the problem")
{
    SECTION("not JSON")
    {
        const auto result = JurisdictionProfile::fromJson("{\"code\": \"NO\",");
        CHECK_THAT(refusal(result), Contains("not valid JSON"));
    }
    SECTION("not an object")
    {
        const auto result = JurisdictionProfile::fromJson("[1, 2, 3]");
        CHECK_THAT(refusal(result), Contains("must be a JSON object"));
    }
    SECTION("a missing field")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editObject(root, u"complaint"_s, [](QJsonObject &c) { c.remove(u"weeks"_s); });
        });
        CHECK_THAT(refusal(result), Contains("lacks the field \"complaint.weeks\""));
    }
    SECTION("a missing section")
    {
        const auto result = norwayWith([](QJsonObject &root) { root.remove(u"legalBases"_s); });
        CHECK_THAT(refusal(result), Contains("lacks the field \"legalBases\""));
    }
    SECTION("complaint weeks out of range")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editObject(root, u"complaint"_s, [](QJsonObject &c) { c.insert(u"weeks"_s, 13); });
        });
        const std::string message = refusal(result);
        CHECK_THAT(message, Contains("\"complaint.weeks\""));
        CHECK_THAT(message, Contains("is 13, but must be from 1 to 12"));
    }
    SECTION("a number that is text")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editObject(root, u"complaint"_s, [](QJsonObject &c) { c.insert(u"weeks"_s, u"3"_s); });
        });
        CHECK_THAT(refusal(result),
                   Contains("\"complaint.weeks\" in the jurisdiction profile "
                            "must be a whole number"));
    }
    SECTION("an unknown holiday kind")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"publicHolidays"_s, 3, [](QJsonObject &h) {
                h.insert(u"kind"_s, u"lunar"_s);
            });
        });
        const std::string message = refusal(result);
        CHECK_THAT(message, Contains("\"publicHolidays[3].kind\""));
        CHECK_THAT(message, Contains("unknown value \"lunar\""));
        CHECK_THAT(message, Contains("\"weekday_in_range\""));
    }
    SECTION("a holiday date that does not exist")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"publicHolidays"_s, 0, [](QJsonObject &h) {
                h.insert(u"date"_s, u"02-30"_s);
            });
        });
        CHECK_THAT(refusal(result), Contains("\"publicHolidays[0].date\""));
    }
    SECTION("a weekday range longer than a week")
    {
        QJsonObject root = builtInJson(JurisdictionCode::Sweden);
        editItem(
            root, u"publicHolidays"_s, 10, [](QJsonObject &h) { h.insert(u"to"_s, u"06-30"_s); });
        const auto result = JurisdictionProfile::fromJson(toBytes(root));
        CHECK_THAT(refusal(result), Contains("publicHolidays[10]"));
    }
    SECTION("a name without English")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"publicHolidays"_s, 1, [](QJsonObject &h) {
                editObject(h, u"name"_s, [](QJsonObject &name) { name.remove(u"en"_s); });
            });
        });
        CHECK_THAT(refusal(result), Contains("lacks the field \"publicHolidays[1].name.en\""));
    }
    SECTION("a repeated holiday id")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"publicHolidays"_s, 2, [](QJsonObject &h) {
                h.insert(u"id"_s, u"new_years_day"_s);
            });
        });
        CHECK_THAT(refusal(result), Contains("repeats the id \"new_years_day\""));
    }
    SECTION("a service with an unknown legal basis")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"services"_s, 0, [](QJsonObject &s) {
                s.insert(u"legalBases"_s, QJsonArray{u"hol-9-9"_s});
            });
        });
        const std::string message = refusal(result);
        CHECK_THAT(message, Contains("\"services[0].legalBases[0]\""));
        CHECK_THAT(message, Contains("\"hol-9-9\""));
    }
    SECTION("a missing required term")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editObject(root, u"terms"_s, [](QJsonObject &t) { t.remove(u"decision"_s); });
        });
        CHECK_THAT(refusal(result), Contains("\"terms.decision\""));
    }
    SECTION("a missing core step")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            QJsonArray steps = root.value(u"reviewSteps"_s).toArray();
            steps.removeAt(0);
            root.insert(u"reviewSteps"_s, steps);
        });
        CHECK_THAT(refusal(result), Contains("lacks the step \"pre_notice\""));
    }
    SECTION("an unknown step anchor")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"reviewSteps"_s, 0, [](QJsonObject &s) {
                editObject(
                    s, u"due"_s, [](QJsonObject &due) { due.insert(u"from"_s, u"tomorrow"_s); });
            });
        });
        CHECK_THAT(refusal(result), Contains("\"reviewSteps[0].due.from\""));
    }
    SECTION("a newer format version")
    {
        const auto result
            = norwayWith([](QJsonObject &root) { root.insert(u"formatVersion"_s, 2); });
        CHECK_THAT(refusal(result), Contains("format version 2"));
    }
    SECTION("lastYear before firstYear")
    {
        const auto result = norwayWith([](QJsonObject &root) {
            editItem(root, u"publicHolidays"_s, 0, [](QJsonObject &h) {
                h.insert(u"firstYear"_s, 2020);
                h.insert(u"lastYear"_s, 2010);
            });
        });
        CHECK_THAT(refusal(result), Contains("\"publicHolidays[0].firstYear\""));
    }
    SECTION("a meeting frequency both yearly and as needed")
    {
        QJsonObject root = builtInJson(JurisdictionCode::Denmark);
        editObject(root, u"followUpMeetings"_s, [](QJsonObject &meetings) {
            editItem(meetings, u"frequencies"_s, 0, [](QJsonObject &f) {
                f.insert(u"everyMonths"_s, 12);
            });
        });
        const auto result = JurisdictionProfile::fromJson(toBytes(root));
        CHECK_THAT(refusal(result), Contains("followUpMeetings.frequencies[0]"));
    }
}

TEST_CASE("loadFromFile reads an office's edited copy")
{
    test::Scratch scratch;

    SECTION("a missing file")
    {
        const QString path = scratch.path(u"no-such-profile.json"_s);
        const auto result = JurisdictionProfile::loadFromFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == Error::Code::NotFound);
        CHECK_THAT(str(result.error().message), Contains("no-such-profile.json"));
    }
    SECTION("a broken file names the file in the detail")
    {
        const QString path = scratch.path(u"broken.json"_s);
        test::writeAll(path, "not json at all");
        const auto result = JurisdictionProfile::loadFromFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK_THAT(str(result.error().message), Contains("not valid JSON"));
        CHECK_THAT(str(result.error().detail), Contains("broken.json"));
    }
    SECTION("an edited copy changes the calendar")
    {
        // An office that also closes on Christmas Eve and counts 4 weeks.
        QJsonObject root = builtInJson(JurisdictionCode::Norway);
        editObject(root, u"complaint"_s, [](QJsonObject &c) { c.insert(u"weeks"_s, 4); });
        QJsonArray extra;
        extra.append(QJsonObject{
            {u"id"_s, u"christmas_eve"_s},
            {u"kind"_s, u"fixed"_s},
            {u"date"_s, u"12-24"_s},
            {u"name"_s, QJsonObject{{u"nb"_s, u"Julaften"_s}, {u"en"_s, u"Christmas Eve"_s}}}});
        root.insert(u"extraNonWorkingDays"_s, extra);
        const QString path = scratch.path(u"office.json"_s);
        test::writeAll(path, toBytes(root));

        const auto edited = JurisdictionProfile::loadFromFile(path);
        INFO(str(edited ? QString() : edited.error().message));
        REQUIRE(edited.ok());
        const WorkingDayCalendar office(edited.value());
        CHECK(office.complaintWeeks() == 4);
        CHECK(iso(office.complaintDeadline(d("2026-11-26"))) == "2026-12-28");
        CHECK(str(office.holidayName(d("2026-12-24"), u"nb"_s)) == "Julaften");
        // The built-in profile is untouched.
        CHECK(calendar(JurisdictionCode::Norway).complaintWeeks() == 3);
    }
}
