#include "jurisdiction/jurisdictionprofile.h"

#include "jurisdiction/workingdaycalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <map>
#include <tuple>
#include <utility>

namespace fremdrift {

using namespace Qt::StringLiterals;

namespace {

// A profile is a few tens of kilobytes; anything this big is the wrong file.
constexpr qint64 maxProfileBytes = 4 * 1024 * 1024;

// A JSON value and where it sits, so an error can name the field: "publicHolidays[3].kind".
struct Node
{
    QJsonValue value;
    QString path;

    Node field(const QString &name) const
    {
        return {value.toObject().value(name), path.isEmpty() ? name : path + u'.' + name};
    }

    Node field(const char *key) const { return field(QString(QLatin1String(key))); }

    Node item(qsizetype index) const
    {
        return {value.toArray().at(index), path + u'[' + QString::number(index) + u']'};
    }

    bool present() const { return !value.isUndefined(); }
};

QString quotedList(const QStringList &values)
{
    return u'"' + values.join(u"\", \""_s) + u'"';
}

// Reads typed values off Nodes. The first problem wins: later reads return defaults, and the
// caller checks failed() once at the end.
class Reader final
{
public:
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void fail(QString message)
    {
        if (!m_error)
            m_error = makeError(Error::Code::InvalidInput, std::move(message));
    }

    QJsonObject object(const Node &node)
    {
        if (!expect(node, node.value.isObject(), Type::Object))
            return {};
        return node.value.toObject();
    }

    QJsonArray array(const Node &node)
    {
        if (!expect(node, node.value.isArray(), Type::List))
            return {};
        return node.value.toArray();
    }

    QString text(const Node &node)
    {
        if (!expect(node, node.value.isString(), Type::Text))
            return {};
        const QString value = node.value.toString().trimmed();
        if (value.isEmpty())
            fail(JurisdictionProfile::tr("The field \"%1\" in the jurisdiction profile is empty.")
                     .arg(node.path));
        return value;
    }

    QString optionalText(const Node &node) { return node.present() ? text(node) : QString(); }

    int integer(const Node &node, int min, int max)
    {
        const bool whole = node.value.isDouble()
                           && node.value.toDouble() == static_cast<double>(node.value.toInt());
        if (!expect(node, whole, Type::Integer))
            return min;
        const int value = node.value.toInt();
        if (value < min || value > max) {
            fail(JurisdictionProfile::tr("The field \"%1\" in the jurisdiction profile is %2, but "
                                         "must be from %3 to %4.")
                     .arg(node.path)
                     .arg(value)
                     .arg(min)
                     .arg(max));
            return min;
        }
        return value;
    }

    std::optional<int> optionalInteger(const Node &node, int min, int max)
    {
        if (!node.present())
            return std::nullopt;
        return integer(node, min, max);
    }

    bool optionalBool(const Node &node)
    {
        if (!node.present())
            return false;
        return expect(node, node.value.isBool(), Type::Bool) && node.value.toBool();
    }

    // The index of the value in `allowed`.
    qsizetype choice(const Node &node, const QStringList &allowed)
    {
        const QString value = text(node);
        const qsizetype index = allowed.indexOf(value);
        if (index < 0 && !failed())
            fail(JurisdictionProfile::tr("The field \"%1\" in the jurisdiction profile has the "
                                         "unknown value \"%2\"; use one of %3.")
                     .arg(node.path, value, quotedList(allowed)));
        return index < 0 ? 0 : index;
    }

    // Texts keyed by language; `required` languages must be there and not empty.
    LocalText localText(const Node &node, const QStringList &required)
    {
        LocalText result;
        const QJsonObject texts = object(node);
        for (auto it = texts.begin(); it != texts.end() && !failed(); ++it)
            result.byLanguage.insert(it.key(), text(node.field(it.key())));
        for (const QString &language : required) {
            if (!failed() && !result.byLanguage.contains(language))
                text(node.field(language)); // reports it missing
        }
        return result;
    }

    // "MM-DD" as {month, day}, valid in `year`.
    std::pair<int, int> monthDay(const Node &node, int year)
    {
        const QString value = text(node);
        const QDate date = QDate::fromString(QString::number(year) + u'-' + value, u"yyyy-MM-dd");
        if (failed())
            return {1, 1};
        if (value.size() != 5 || !date.isValid()) {
            fail(JurisdictionProfile::tr("The field \"%1\" in the jurisdiction profile must be a "
                                         "day written MM-DD, such as 12-25, not \"%2\".")
                     .arg(node.path, value));
            return {1, 1};
        }
        return {date.month(), date.day()};
    }

    template<typename T, typename ReadItem> QList<T> list(const Node &node, ReadItem readItem)
    {
        QList<T> result;
        const QJsonArray items = array(node);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i)
            result.append(readItem(node.item(i)));
        return result;
    }

    template<typename T, typename ReadItem>
    QList<T> optionalList(const Node &node, ReadItem readItem)
    {
        return node.present() ? list<T>(node, readItem) : QList<T>();
    }

    // Ids must be unique within a list: they are what the rest of Fremdrift stores.
    void requireUnique(const Node &node, const QStringList &ids)
    {
        QSet<QString> seen;
        for (const QString &id : ids) {
            if (!failed() && seen.contains(id))
                fail(JurisdictionProfile::tr(
                         "The list \"%1\" in the jurisdiction profile repeats the id \"%2\".")
                         .arg(node.path, id));
            seen.insert(id);
        }
    }

    void requireOrder(const Node &earlier, int low, const Node &later, int high)
    {
        if (!failed() && low > high)
            fail(JurisdictionProfile::tr(
                     "In the jurisdiction profile, \"%1\" must not be greater than \"%2\".")
                     .arg(earlier.path, later.path));
    }

private:
    enum class Type { Object, List, Text, Integer, Bool };

    bool expect(const Node &node, bool ok, Type type)
    {
        if (failed())
            return false;
        if (!node.present())
            fail(JurisdictionProfile::tr("The jurisdiction profile lacks the field \"%1\".")
                     .arg(node.path));
        else if (!ok)
            fail(typeMessage(type).arg(node.path));
        return !failed();
    }

    static QString typeMessage(Type type)
    {
        switch (type) {
        case Type::Object:
            return JurisdictionProfile::tr(
                "The field \"%1\" in the jurisdiction profile must be an object, {...}.");
        case Type::List:
            return JurisdictionProfile::tr(
                "The field \"%1\" in the jurisdiction profile must be a list, [...].");
        case Type::Text:
            return JurisdictionProfile::tr(
                "The field \"%1\" in the jurisdiction profile must be a text in quotes.");
        case Type::Integer:
            return JurisdictionProfile::tr(
                "The field \"%1\" in the jurisdiction profile must be a whole number.");
        case Type::Bool:
            return JurisdictionProfile::tr(
                "The field \"%1\" in the jurisdiction profile must be true or false.");
        }
        Q_UNREACHABLE();
    }

    std::optional<Error> m_error;
};

template<typename T, typename Key> QStringList idsOf(const QList<T> &items, Key key)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.*key);
    return ids;
}

const QStringList &languageCodes()
{
    static const QStringList codes{u"nb"_s, u"sv"_s, u"da"_s};
    return codes;
}

const QStringList &holidayKinds()
{
    static const QStringList kinds{u"fixed"_s, u"easter"_s, u"weekday_in_range"_s};
    return kinds;
}

const QStringList &weekdayNames()
{
    static const QStringList names{u"monday"_s,
                                   u"tuesday"_s,
                                   u"wednesday"_s,
                                   u"thursday"_s,
                                   u"friday"_s,
                                   u"saturday"_s,
                                   u"sunday"_s};
    return names;
}

const QStringList &dueAnchors()
{
    static const QStringList anchors{u"plan_start"_s,
                                     u"plan_deadline"_s,
                                     u"meeting"_s,
                                     u"complaint_deadline"_s,
                                     u"all_decisions_sent"_s};
    return anchors;
}

// Builds a JurisdictionProfile from a parsed JSON document, section by section.
class ProfileParser final
{
public:
    Result<JurisdictionProfile> parse(const QJsonObject &root)
    {
        const Node top{root, QString()};
        JurisdictionProfile profile;
        readHeader(top, profile);
        profile.terms = readTerms(top.field("terms"));
        profile.complaint = readComplaint(top.field("complaint"));
        profile.assumedReceipt = readAssumedReceipt(top.field("assumedReceipt"));
        profile.publicHolidays = readDayRules(top.field("publicHolidays"));
        profile.extraNonWorkingDays = readDayRules(top.field("extraNonWorkingDays"));
        profile.legalBases = readLegalBases(top.field("legalBases"));
        profile.services = readServices(top.field("services"));
        profile.reviewSteps = readSteps(top.field("reviewSteps"));
        profile.followUpMeetings = readFollowUp(top.field("followUpMeetings"));
        profile.assessment = readAssessment(top.field("assessment"));
        if (m_reader.failed())
            return m_reader.error();
        return profile;
    }

private:
    void readHeader(const Node &top, JurisdictionProfile &profile)
    {
        const Node version = top.field("formatVersion");
        const int found = m_reader.integer(version, 1, 1000);
        if (!m_reader.failed() && found != JurisdictionProfile::formatVersion)
            m_reader.fail(JurisdictionProfile::tr(
                              "The jurisdiction profile has format version %1, but this version of "
                              "Fremdrift reads version %2.")
                              .arg(found)
                              .arg(JurisdictionProfile::formatVersion));
        const QStringList codes = jurisdictionCodeTexts();
        profile.code = parseJurisdictionCode(codes.at(m_reader.choice(top.field("code"), codes)))
                           .value_or(JurisdictionCode::Norway);
        profile.language
            = languageCodes().at(m_reader.choice(top.field("language"), languageCodes()));
        m_language = profile.language;
        profile.countryName
            = m_reader.localText(top.field("countryName"), {u"en"_s, u"nb"_s, u"sv"_s, u"da"_s});
        const QStringList schemes{u"no-fodselsnummer"_s, u"se-personnummer"_s, u"dk-cpr"_s};
        profile.nationalIdScheme
            = schemes.at(m_reader.choice(top.field("nationalIdScheme"), schemes));
    }

    // Official language and English, the two every text needs.
    LocalText localText(const Node &node)
    {
        return m_reader.localText(node, {m_language, u"en"_s});
    }

    QList<LocalText> localTexts(const Node &node)
    {
        return m_reader.optionalList<LocalText>(node,
                                                [this](const Node &n) { return localText(n); });
    }

    QMap<QString, LocalText> readTerms(const Node &node)
    {
        QMap<QString, LocalText> terms;
        const QJsonObject object = m_reader.object(node);
        for (auto it = object.begin(); it != object.end() && !m_reader.failed(); ++it)
            terms.insert(it.key(), localText(node.field(it.key())));
        for (const QString &id : JurisdictionProfile::requiredTermIds()) {
            if (!m_reader.failed() && !terms.contains(id))
                m_reader.object(node.field(id)); // reports it missing
        }
        return terms;
    }

    ComplaintRule readComplaint(const Node &node)
    {
        ComplaintRule rule;
        m_reader.object(node);
        rule.weeks = m_reader.integer(node.field("weeks"), 1, 12);
        m_reader.choice(node.field("countedFrom"), {u"receipt"_s});
        rule.law = m_reader.text(node.field("law"));
        rule.nonWorkingDayLaw = m_reader.text(node.field("nonWorkingDayLaw"));
        rule.firstBody = localText(node.field("firstBody"));
        rule.appealBody = localText(node.field("appealBody"));
        const Node requirements = node.field("letterRequirements");
        rule.letterRequirements = m_reader.list<LetterRequirement>(
            requirements, [this](const Node &n) { return readLetterRequirement(n); });
        m_reader.requireUnique(requirements,
                               idsOf(rule.letterRequirements, &LetterRequirement::id));
        return rule;
    }

    LetterRequirement readLetterRequirement(const Node &node)
    {
        LetterRequirement requirement;
        m_reader.object(node);
        const QStringList &known = JurisdictionProfile::knownLetterRequirementIds();
        requirement.id = known.at(m_reader.choice(node.field("id"), known));
        requirement.law = m_reader.text(node.field("law"));
        requirement.description = localText(node.field("description"));
        return requirement;
    }

    AssumedReceipt readAssumedReceipt(const Node &node)
    {
        m_reader.object(node);
        return {readReceiptRule(node.field("post")),
                readReceiptRule(node.field("digital")),
                readReceiptRule(node.field("hand"))};
    }

    ReceiptRule readReceiptRule(const Node &node)
    {
        ReceiptRule rule;
        m_reader.object(node);
        rule.days = m_reader.integer(node.field("days"), 0, 60);
        rule.workingDays
            = m_reader.choice(node.field("count"), {u"calendar_days"_s, u"working_days"_s}) == 1;
        rule.note = m_reader.optionalText(node.field("note"));
        return rule;
    }

    QList<HolidayRule> readDayRules(const Node &node)
    {
        const QList<HolidayRule> rules
            = m_reader.list<HolidayRule>(node, [this](const Node &n) { return readDayRule(n); });
        m_reader.requireUnique(node, idsOf(rules, &HolidayRule::id));
        return rules;
    }

    HolidayRule readDayRule(const Node &node)
    {
        HolidayRule rule;
        m_reader.object(node);
        rule.id = m_reader.text(node.field("id"));
        rule.name = localText(node.field("name"));
        rule.kind
            = static_cast<HolidayRule::Kind>(m_reader.choice(node.field("kind"), holidayKinds()));
        if (m_reader.failed())
            return rule;
        switch (rule.kind) {
        case HolidayRule::Kind::Fixed:
            // Validated against a leap year, so 02-29 is allowed (it applies in leap years).
            std::tie(rule.month, rule.day) = m_reader.monthDay(node.field("date"), 2000);
            break;
        case HolidayRule::Kind::EasterOffset:
            rule.easterOffset = m_reader.integer(node.field("offset"), -100, 100);
            break;
        case HolidayRule::Kind::WeekdayInRange:
            readWeekdayRange(node, rule);
            break;
        }
        readYears(node, rule);
        return rule;
    }

    void readWeekdayRange(const Node &node, HolidayRule &rule)
    {
        rule.weekday = static_cast<int>(m_reader.choice(node.field("weekday"), weekdayNames())) + 1;
        // A common year, so the range exists every year.
        std::tie(rule.month, rule.day) = m_reader.monthDay(node.field("from"), 2001);
        std::tie(rule.lastMonth, rule.lastDay) = m_reader.monthDay(node.field("to"), 2001);
        const qint64 span
            = QDate(2001, rule.month, rule.day).daysTo(QDate(2001, rule.lastMonth, rule.lastDay));
        if (!m_reader.failed() && (span < 0 || span > 6))
            m_reader.fail(JurisdictionProfile::tr(
                              "The day rule \"%1\" in the jurisdiction profile must span one to "
                              "seven days within one year, from \"from\" to \"to\".")
                              .arg(node.path));
    }

    void readYears(const Node &node, HolidayRule &rule)
    {
        const Node first = node.field("firstYear");
        const Node last = node.field("lastYear");
        rule.firstYear = m_reader.optionalInteger(first, 1583, 9999);
        rule.lastYear = m_reader.optionalInteger(last, 1583, 9999);
        if (rule.firstYear && rule.lastYear)
            m_reader.requireOrder(first, *rule.firstYear, last, *rule.lastYear);
    }

    QList<LegalBasis> readLegalBases(const Node &node)
    {
        const QList<LegalBasis> bases = m_reader.list<LegalBasis>(node, [this](const Node &n) {
            LegalBasis basis;
            m_reader.object(n);
            basis.code = m_reader.text(n.field("code"));
            basis.law = localText(n.field("law"));
            basis.lawAbbreviation = m_reader.text(n.field("lawAbbreviation"));
            basis.section = m_reader.text(n.field("section"));
            basis.title = localText(n.field("title"));
            return basis;
        });
        m_reader.requireUnique(node, idsOf(bases, &LegalBasis::code));
        m_legalBasisCodes = idsOf(bases, &LegalBasis::code);
        return bases;
    }

    // A list of codes that must name legal bases read earlier.
    QStringList legalBasisRefs(const Node &node)
    {
        const QStringList codes
            = m_reader.list<QString>(node, [this](const Node &n) { return m_reader.text(n); });
        for (qsizetype i = 0; i < codes.size() && !m_reader.failed(); ++i) {
            if (!m_legalBasisCodes.contains(codes.at(i)))
                m_reader.fail(JurisdictionProfile::tr(
                                  "The field \"%1\" in the jurisdiction profile names the legal "
                                  "basis \"%2\", which the profile does not define in "
                                  "\"legalBases\".")
                                  .arg(node.item(i).path, codes.at(i)));
        }
        return codes;
    }

    QList<ServiceType> readServices(const Node &node)
    {
        const QList<ServiceType> services = m_reader.list<ServiceType>(node, [this](const Node &n) {
            ServiceType service;
            m_reader.object(n);
            service.code = m_reader.text(n.field("code"));
            service.name = localText(n.field("name"));
            service.legalBases = legalBasisRefs(n.field("legalBases"));
            return service;
        });
        m_reader.requireUnique(node, idsOf(services, &ServiceType::code));
        return services;
    }

    QList<StepDefault> readSteps(const Node &node)
    {
        const QList<StepDefault> steps = m_reader.list<StepDefault>(node, [this](const Node &n) {
            StepDefault step;
            m_reader.object(n);
            const QStringList &ids = JurisdictionProfile::knownStepIds();
            const QStringList &roles = JurisdictionProfile::knownRoles();
            step.id = ids.at(m_reader.choice(n.field("id"), ids));
            step.role = roles.at(m_reader.choice(n.field("role"), roles));
            const Node due = n.field("due");
            m_reader.object(due);
            step.due.from
                = static_cast<DueRule::Anchor>(m_reader.choice(due.field("from"), dueAnchors()));
            step.due.days = m_reader.integer(due.field("days"), -366, 366);
            return step;
        });
        m_reader.requireUnique(node, idsOf(steps, &StepDefault::id));
        requireCoreSteps(node, idsOf(steps, &StepDefault::id));
        return steps;
    }

    // The workflow relies on the eight steps every jurisdiction shares.
    void requireCoreSteps(const Node &node, const QStringList &ids)
    {
        for (const QString &id : JurisdictionProfile::coreStepIds()) {
            if (!m_reader.failed() && !ids.contains(id))
                m_reader.fail(JurisdictionProfile::tr(
                                  "The list \"%1\" in the jurisdiction profile lacks the step "
                                  "\"%2\".")
                                  .arg(node.path, id));
        }
    }

    FollowUpMeetings readFollowUp(const Node &node)
    {
        FollowUpMeetings meetings;
        if (!node.present())
            return meetings;
        m_reader.object(node);
        meetings.frequencies = m_reader.list<MeetingFrequency>(
            node.field("frequencies"), [this](const Node &n) { return readFrequency(n); });
        meetings.agenda = m_reader.list<AgendaItem>(node.field("agenda"), [this](const Node &n) {
            m_reader.object(n);
            return AgendaItem{localText(n.field("title")), localTexts(n.field("points"))};
        });
        meetings.notDiscussed = localTexts(node.field("notDiscussed"));
        return meetings;
    }

    MeetingFrequency readFrequency(const Node &node)
    {
        MeetingFrequency frequency;
        m_reader.object(node);
        frequency.offer = m_reader.text(node.field("offer"));
        frequency.name = localText(node.field("name"));
        frequency.everyMonths = m_reader.optionalInteger(node.field("everyMonths"), 1, 120);
        const bool asNeeded = m_reader.optionalBool(node.field("asNeeded"));
        if (!m_reader.failed() && asNeeded == frequency.everyMonths.has_value())
            m_reader.fail(JurisdictionProfile::tr(
                              "The entry \"%1\" in the jurisdiction profile needs exactly one of "
                              "\"everyMonths\" and \"asNeeded\": true.")
                              .arg(node.path));
        frequency.legalBases = legalBasisRefs(node.field("legalBases"));
        return frequency;
    }

    AssessmentTool readAssessment(const Node &node)
    {
        AssessmentTool tool;
        m_reader.object(node);
        tool.id = m_reader.text(node.field("id"));
        tool.name = localText(node.field("name"));
        const Node scale = node.field("scale");
        m_reader.object(scale);
        tool.scaleMin = m_reader.integer(scale.field("min"), 0, 100);
        tool.scaleMax = m_reader.integer(scale.field("max"), 0, 100);
        m_reader.requireOrder(scale.field("min"), tool.scaleMin, scale.field("max"), tool.scaleMax);
        tool.notRelevant = m_reader.optionalInteger(scale.field("notRelevant"), 0, 100);
        tool.levels = m_reader.list<AssessmentLevel>(
            scale.field("levels"), [&](const Node &n) { return readLevel(n, tool); });
        const Node items = node.field("items");
        tool.items = m_reader.list<AssessmentItem>(items, [this](const Node &n) {
            m_reader.object(n);
            return AssessmentItem{m_reader.text(n.field("id")), localText(n.field("name"))};
        });
        m_reader.requireUnique(items, idsOf(tool.items, &AssessmentItem::id));
        return tool;
    }

    AssessmentLevel readLevel(const Node &node, const AssessmentTool &tool)
    {
        m_reader.object(node);
        const Node value = node.field("value");
        AssessmentLevel level{m_reader.integer(value, 0, 100), localText(node.field("name"))};
        if (!m_reader.failed() && !tool.isValidScore(level.value))
            m_reader.fail(JurisdictionProfile::tr(
                              "The field \"%1\" in the jurisdiction profile is %2, which is "
                              "neither on the scale nor its \"not relevant\" value.")
                              .arg(value.path)
                              .arg(level.value));
        return level;
    }

    Reader m_reader;
    QString m_language;
    QStringList m_legalBasisCodes;
};

Result<QByteArray> readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(
            Error::Code::NotFound,
            JurisdictionProfile::tr("The jurisdiction profile \"%1\" does not exist.").arg(shown));
    if (file.size() > maxProfileBytes)
        return makeError(Error::Code::InvalidInput,
                         JurisdictionProfile::tr("The file \"%1\" is too large to be a "
                                                 "jurisdiction profile.")
                             .arg(shown));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Io,
            JurisdictionProfile::tr("Could not read the jurisdiction profile \"%1\".").arg(shown),
            file.errorString());
    return file.readAll();
}

Result<JurisdictionProfile> loadBuiltIn(JurisdictionCode code)
{
    const QString path = JurisdictionProfile::resourcePath(code);
    auto profile = JurisdictionProfile::loadFromFile(path);
    if (profile && profile->code != code)
        return makeError(
            Error::Code::Corrupt,
            JurisdictionProfile::tr("The built-in profile %1 describes %2 instead "
                                    "of %3.")
                .arg(path, jurisdictionCodeText(profile->code), jurisdictionCodeText(code)));
    return profile;
}

} // namespace

QString LocalText::text(const QString &language) const
{
    if (const auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    if (const auto it = byLanguage.constFind(u"en"_s); it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

std::optional<QDate> HolidayRule::dateIn(int year) const
{
    if ((firstYear && year < *firstYear) || (lastYear && year > *lastYear))
        return std::nullopt;
    QDate date;
    switch (kind) {
    case Kind::Fixed:
        date = QDate(year, month, day);
        break;
    case Kind::EasterOffset:
        date = WorkingDayCalendar::easterSunday(year);
        date = date.isValid() ? date.addDays(easterOffset) : date;
        break;
    case Kind::WeekdayInRange: {
        const QDate first(year, month, day);
        date = first.addDays((weekday - first.dayOfWeek() + 7) % 7);
        if (date > QDate(year, lastMonth, lastDay))
            return std::nullopt;
        break;
    }
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

const ReceiptRule &AssumedReceipt::rule(SendMethod method) const
{
    switch (method) {
    case SendMethod::Post:
        return post;
    case SendMethod::Digital:
        return digital;
    case SendMethod::Hand:
        return hand;
    }
    Q_UNREACHABLE();
}

QString LegalBasis::citation() const
{
    return lawAbbreviation + u' ' + section;
}

bool AssessmentTool::isValidScore(int score) const
{
    return (score >= scaleMin && score <= scaleMax) || (notRelevant && score == *notRelevant);
}

QString JurisdictionProfile::term(const QString &id, const QString &inLanguage) const
{
    const auto it = terms.constFind(id);
    if (it == terms.cend())
        return {};
    return it->text(inLanguage.isEmpty() ? language : inLanguage);
}

const LegalBasis *JurisdictionProfile::legalBasis(const QString &wanted) const
{
    for (const LegalBasis &basis : legalBases) {
        if (basis.code == wanted)
            return &basis;
    }
    return nullptr;
}

const ServiceType *JurisdictionProfile::service(const QString &wanted) const
{
    for (const ServiceType &type : services) {
        if (type.code == wanted)
            return &type;
    }
    return nullptr;
}

const StepDefault *JurisdictionProfile::step(const QString &id) const
{
    for (const StepDefault &candidate : reviewSteps) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

Result<JurisdictionProfile> JurisdictionProfile::load(JurisdictionCode wanted)
{
    // Parsed once per process: the built-in files cannot change while it runs.
    static QMutex mutex;
    static std::map<JurisdictionCode, JurisdictionProfile> cache;
    const QMutexLocker locker(&mutex);
    if (const auto it = cache.find(wanted); it != cache.end())
        return it->second;
    auto profile = loadBuiltIn(wanted);
    if (profile)
        cache.emplace(wanted, profile.value());
    return profile;
}

Result<JurisdictionProfile> JurisdictionProfile::loadFromFile(const QString &path)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto profile = fromJson(bytes.value());
    if (!profile) {
        Error error = profile.error();
        error.detail = QDir::toNativeSeparators(path);
        return error;
    }
    return profile;
}

Result<JurisdictionProfile> JurisdictionProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::InvalidInput,
                         tr("The jurisdiction profile is not valid JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject())
        return makeError(Error::Code::InvalidInput,
                         tr("The jurisdiction profile must be a JSON object, {...}."));
    return ProfileParser().parse(document.object());
}

QString JurisdictionProfile::resourcePath(JurisdictionCode code)
{
    return u":/jurisdictions/"_s + jurisdictionCodeText(code).toLower() + u".json"_s;
}

QStringList JurisdictionProfile::requiredTermIds()
{
    return {u"client"_s,
            u"caseworker"_s,
            u"unit_leader"_s,
            u"decision"_s,
            u"investigation"_s,
            u"progress_plan"_s,
            u"evaluation_meeting"_s,
            u"pre_notice"_s,
            u"primary_contact"_s,
            u"guardian"_s,
            u"relative"_s,
            u"gp"_s,
            u"action_plan"_s,
            u"individual_plan"_s,
            u"complaint"_s,
            u"complaint_deadline"_s,
            u"own_time"_s,
            u"shared_time"_s,
            u"supplier"_s,
            u"responsibility_group"_s,
            u"deviation"_s,
            u"consent_competence"_s};
}

QStringList JurisdictionProfile::knownStepIds()
{
    return {u"meeting_planning"_s,
            u"pre_notice"_s,
            u"meeting_agreed"_s,
            u"supplier_status"_s,
            u"meeting_held"_s,
            u"medical_information"_s,
            u"investigation_finished"_s,
            u"decision_sent"_s,
            u"in_force"_s,
            u"staffing_reviewed"_s};
}

QStringList JurisdictionProfile::coreStepIds()
{
    return {u"pre_notice"_s,
            u"meeting_agreed"_s,
            u"meeting_held"_s,
            u"medical_information"_s,
            u"investigation_finished"_s,
            u"decision_sent"_s,
            u"in_force"_s,
            u"staffing_reviewed"_s};
}

QStringList JurisdictionProfile::knownRoles()
{
    return {
        u"caseworker"_s, u"leader"_s, u"department_leader"_s, u"primary_contact"_s, u"supplier"_s};
}

QStringList JurisdictionProfile::knownLetterRequirementIds()
{
    return {u"grounds"_s,
            u"complaint_right"_s,
            u"complaint_deadline"_s,
            u"complaint_body"_s,
            u"complaint_procedure"_s,
            u"document_access"_s,
            u"deferred_implementation"_s};
}

} // namespace fremdrift
