#pragma once

#include "jurisdiction/jurisdictioncode.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fremdrift {

// A jurisdiction profile is data, not code: laws change and offices edit a copy. The shipped
// defaults are resources/jurisdictions/{no,se,dk}.json. Format (version 1), every key required
// unless marked optional; "text" below means an object of texts keyed by language code that has
// at least the official language and "en", e.g. {"nb": "vedtak", "en": "decision"}:
//
//   formatVersion 1 · code "NO"|"SE"|"DK" · language "nb"|"sv"|"da" (the official language)
//   countryName      {"en","nb","sv","da"}
//   nationalIdScheme "no-fodselsnummer" | "se-personnummer" | "dk-cpr"
//   terms            {termId: text}; every id in JurisdictionProfile::requiredTermIds(), more may
//                    follow ("order", "goal" in DK)
//   complaint        {weeks 1..12, countedFrom "receipt", law, nonWorkingDayLaw, firstBody text,
//                    appealBody text, letterRequirements [{id, law, description text}]}
//   assumedReceipt   {post|digital|hand: {days 0..60, count "calendar_days"|"working_days",
//                    note (optional, English: why this default)}}
//   publicHolidays, extraNonWorkingDays: [day rule]; a day rule is {id, name text, kind, ...,
//                    firstYear (optional), lastYear (optional)} with kind
//                      "fixed"            date "MM-DD"
//                      "easter"           offset: days from Easter Sunday (-3 Maundy Thursday)
//                      "weekday_in_range" weekday "monday".."sunday", from "MM-DD", to "MM-DD"
//                                         (at most 7 days, within one year)
//                    Extra non-working days only move deadlines (SE midsommarafton, DK 5 June).
//   legalBases       [{code, law text, lawAbbreviation, section, title text}]
//   services         [{code, name text, legalBases [legal basis code]}]
//   reviewSteps      [{id, role, due {from, days}}]; id in knownStepIds(), role in knownRoles(),
//                    from "plan_start"|"plan_deadline"|"meeting"|"complaint_deadline"|
//                    "all_decisions_sent". Step titles are UI text and live in the UI.
//   followUpMeetings (optional) {frequencies [{offer, name text, everyMonths 1..120 | asNeeded
//                    true, legalBases [code]}], agenda [{title text, points [text] (optional)}],
//                    notDiscussed [text] (optional)}
//   assessment       {id, name text, scale {min, max, notRelevant (optional), levels [{value,
//                    name text}]}, items [{id, name text}]}

// A text in several languages, keyed by ISO 639-1 code ("nb", "sv", "da", "en").
struct LocalText
{
    QMap<QString, QString> byLanguage;

    // The text in `language`, else English, else any. Empty only if there is no text at all.
    QString text(const QString &language) const;
};

struct HolidayRule
{
    enum class Kind { Fixed, EasterOffset, WeekdayInRange };

    QString id;
    LocalText name;
    Kind kind = Kind::Fixed;
    int month = 1; // Fixed; WeekdayInRange: the first day of the range
    int day = 1;
    int easterOffset = 0;     // EasterOffset
    int weekday = Qt::Monday; // WeekdayInRange: Qt::DayOfWeek
    int lastMonth = 1;        // WeekdayInRange: the last day of the range
    int lastDay = 1;
    std::optional<int> firstYear; // the rule applies from this year on
    std::optional<int> lastYear;  // ... and up to this year (DK Great Prayer Day: 2023)

    // The day in `year`, or nothing if the rule does not apply that year.
    std::optional<QDate> dateIn(int year) const;
};

struct LetterRequirement
{
    QString id; // see JurisdictionProfile::knownLetterRequirementIds()
    QString law;
    LocalText description;
};

struct ComplaintRule
{
    int weeks = 3;
    QString law;              // "forvaltningsloven § 29"
    QString nonWorkingDayLaw; // why a deadline on a non-working day moves forward
    LocalText firstBody;      // where the complaint is sent (the municipality)
    LocalText appealBody;     // who decides it if the municipality upholds the decision
    QList<LetterRequirement> letterRequirements;
};

enum class SendMethod { Post, Digital, Hand };

// When a letter is assumed received if the received date is unknown.
struct ReceiptRule
{
    int days = 0;
    bool workingDays = false; // count working days rather than calendar days
    QString note;             // why this default (English, for administrators)
};

struct AssumedReceipt
{
    ReceiptRule post;
    ReceiptRule digital;
    ReceiptRule hand;

    const ReceiptRule &rule(SendMethod method) const;
};

struct LegalBasis
{
    QString code; // "hol-3-2-6a"
    LocalText law;
    QString lawAbbreviation; // "hol."
    QString section;         // "§ 3-2 første ledd nr. 6 bokstav a"
    LocalText title;

    QString citation() const; // "hol. § 3-2 første ledd nr. 6 bokstav a"
};

struct ServiceType
{
    QString code;
    LocalText name;
    QStringList legalBases; // LegalBasis codes
};

// When a review step is due, relative to a date the workflow knows.
struct DueRule
{
    enum class Anchor { PlanStart, PlanDeadline, Meeting, ComplaintDeadline, AllDecisionsSent };

    Anchor from = Anchor::PlanStart;
    int days = 0;
};

struct StepDefault
{
    QString id;   // "pre_notice" ... "staffing_reviewed"; DK adds "meeting_planning", ...
    QString role; // "caseworker", "leader", "department_leader", "primary_contact", "supplier"
    DueRule due;
};

struct MeetingFrequency
{
    QString offer; // "housing_support", "residential", ...
    LocalText name;
    std::optional<int> everyMonths; // nothing: as needed
    QStringList legalBases;
};

struct AgendaItem
{
    LocalText title;
    QList<LocalText> points;
};

struct FollowUpMeetings
{
    QList<MeetingFrequency> frequencies;
    QList<AgendaItem> agenda;
    QList<LocalText> notDiscussed;
};

struct AssessmentLevel
{
    int value = 0;
    LocalText name;
};

struct AssessmentItem
{
    QString id;
    LocalText name;
};

struct AssessmentTool
{
    QString id; // "iplos", "ibic", "vum2"
    LocalText name;
    int scaleMin = 0;
    int scaleMax = 0;
    std::optional<int> notRelevant; // IPLOS 9
    QList<AssessmentLevel> levels;
    QList<AssessmentItem> items;

    bool isValidScore(int score) const;
};

// Everything Fremdrift knows about one country's law and words. A plain value: copy freely.
class JurisdictionProfile final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::JurisdictionProfile)

public:
    static constexpr int formatVersion = 1;

    JurisdictionCode code = JurisdictionCode::Norway;
    QString language; // official language: "nb", "sv", "da"
    LocalText countryName;
    QString nationalIdScheme;
    QMap<QString, LocalText> terms;
    ComplaintRule complaint;
    AssumedReceipt assumedReceipt;
    QList<HolidayRule> publicHolidays;
    QList<HolidayRule> extraNonWorkingDays;
    QList<LegalBasis> legalBases;
    QList<ServiceType> services;
    QList<StepDefault> reviewSteps;
    FollowUpMeetings followUpMeetings; // empty outside DK
    AssessmentTool assessment;

    // The jurisdiction's own word ("vedtak" for "decision"), or `language`'s gloss if given.
    QString term(const QString &id, const QString &inLanguage = {}) const;
    const LegalBasis *legalBasis(const QString &code) const;
    const ServiceType *service(const QString &code) const;
    const StepDefault *step(const QString &id) const;

    // The built-in profile (":/jurisdictions/no.json" ...), parsed once and cached.
    static Result<JurisdictionProfile> load(JurisdictionCode code);
    // An office's edited copy.
    static Result<JurisdictionProfile> loadFromFile(const QString &path);
    static Result<JurisdictionProfile> fromJson(const QByteArray &json);

    static QString resourcePath(JurisdictionCode code);
    static QStringList requiredTermIds();
    static QStringList knownStepIds(); // coreStepIds() and the DK meeting_planning, supplier_status
    static QStringList coreStepIds();  // the eight steps every profile must have
    static QStringList knownRoles();
    static QStringList knownLetterRequirementIds();
};

} // namespace fremdrift
