#include "demo/demodata.h"

#include "demo/demoplans.h"

#include "domain/client.h"
#include "domain/nationalid.h"
#include "jurisdiction/jurisdictionprofile.h"
#include "jurisdiction/workingdaycalendar.h"
#include "storage/database.h"
#include "storage/audittrail.h"
#include "storage/sql.h"
#include "workflow/session.h"
#include "workflow/clientrules.h"

#include <QDate>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace fremdrift {

namespace {

// Invented people and places, per country, so that demo letters read naturally.
struct NameBook
{
    QStringList givenNames;
    QStringList familyNames;
    QStringList units;
    QStringList streets;
    QList<std::pair<QString, QString>> postalPlaces; // postal code, city
    QStringList staff;                              // caseworkers, then the leader
    QString office;
    QString officePhone; // the first digits of the office's invented numbers
};

NameBook nameBook(JurisdictionCode code)
{
    switch (code) {
    case JurisdictionCode::Norway:
        return {{QStringLiteral("Ingrid"), QStringLiteral("Ola"), QStringLiteral("Sigrid"),
                 QStringLiteral("Håkon"), QStringLiteral("Tuva"), QStringLiteral("Eirik"),
                 QStringLiteral("Marte"), QStringLiteral("Jonas"), QStringLiteral("Solveig"),
                 QStringLiteral("Aksel"), QStringLiteral("Ragnhild"), QStringLiteral("Torstein")},
                {QStringLiteral("Bakken"), QStringLiteral("Lia"), QStringLiteral("Haugland"),
                 QStringLiteral("Moen"), QStringLiteral("Strand"), QStringLiteral("Fjeldheim"),
                 QStringLiteral("Brekke"), QStringLiteral("Solberg"), QStringLiteral("Nygård"),
                 QStringLiteral("Rønning")},
                {QStringLiteral("Lyngtunet bofellesskap"), QStringLiteral("Bjørkelia boliger"),
                 QStringLiteral("Elvebakken omsorgsboliger")},
                {QStringLiteral("Lyngveien"), QStringLiteral("Bjørkelia"),
                 QStringLiteral("Elvebakken"), QStringLiteral("Skolegata")},
                {{QStringLiteral("7710"), QStringLiteral("Nordby")},
                 {QStringLiteral("7713"), QStringLiteral("Nordby")}},
                {QStringLiteral("Kari Vestheim"), QStringLiteral("Per Aasgård"),
                 QStringLiteral("Liv Tangen")},
                QStringLiteral("Nordby kommune, Tildelingskontoret"), QStringLiteral("74 10")};
    case JurisdictionCode::Sweden:
        return {{QStringLiteral("Astrid"), QStringLiteral("Erik"), QStringLiteral("Maja"),
                 QStringLiteral("Oskar"), QStringLiteral("Elsa"), QStringLiteral("Nils"),
                 QStringLiteral("Linnea"), QStringLiteral("Gustav"), QStringLiteral("Ebba"),
                 QStringLiteral("Viktor"), QStringLiteral("Signe"), QStringLiteral("Arvid")},
                {QStringLiteral("Lindqvist"), QStringLiteral("Bergström"),
                 QStringLiteral("Holm"), QStringLiteral("Sjöberg"), QStringLiteral("Ek"),
                 QStringLiteral("Nyström"), QStringLiteral("Wallin"), QStringLiteral("Åberg"),
                 QStringLiteral("Forsberg"), QStringLiteral("Hedlund")},
                {QStringLiteral("Gruppbostaden Linden"), QStringLiteral("Servicebostaden Ekbacken"),
                 QStringLiteral("Daglig verksamhet Ljusgården")},
                {QStringLiteral("Lindvägen"), QStringLiteral("Ekbacksgatan"),
                 QStringLiteral("Storgatan"), QStringLiteral("Skolvägen")},
                {{QStringLiteral("792 30"), QStringLiteral("Norrby")},
                 {QStringLiteral("792 32"), QStringLiteral("Norrby")}},
                {QStringLiteral("Karin Sundell"), QStringLiteral("Johan Eklöf"),
                 QStringLiteral("Annika Strömberg")},
                QStringLiteral("Norrby kommun, Socialförvaltningen"), QStringLiteral("0910-10")};
    case JurisdictionCode::Denmark:
        return {{QStringLiteral("Freja"), QStringLiteral("Mads"), QStringLiteral("Ida"),
                 QStringLiteral("Rasmus"), QStringLiteral("Karen"), QStringLiteral("Anders"),
                 QStringLiteral("Sofie"), QStringLiteral("Jens"), QStringLiteral("Ane"),
                 QStringLiteral("Bo"), QStringLiteral("Mette"), QStringLiteral("Søren")},
                {QStringLiteral("Kjær"), QStringLiteral("Mortensen"), QStringLiteral("Lund"),
                 QStringLiteral("Holm"), QStringLiteral("Dalsgaard"), QStringLiteral("Bech"),
                 QStringLiteral("Skov"), QStringLiteral("Østergaard"), QStringLiteral("Vinther"),
                 QStringLiteral("Krogh")},
                {QStringLiteral("Bostedet Engly"), QStringLiteral("Botilbuddet Kastanjehuset"),
                 QStringLiteral("Værkstedet Solsikken")},
                {QStringLiteral("Englyvej"), QStringLiteral("Kastanjealle"),
                 QStringLiteral("Storegade"), QStringLiteral("Skolevej")},
                {{QStringLiteral("8870"), QStringLiteral("Nørreby")},
                 {QStringLiteral("8872"), QStringLiteral("Nørreby")}},
                {QStringLiteral("Hanne Brix"), QStringLiteral("Lars Toft"),
                 QStringLiteral("Birgitte Juhl")},
                QStringLiteral("Nørreby Kommune, Social og Handicap"), QStringLiteral("86 10")};
    }
    Q_UNREACHABLE();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Inserts a row and returns its id.
Result<qint64> insert(const QSqlDatabase &db,
                      const QString &statement,
                      std::initializer_list<QVariant> values)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

class DemoBuilder final
{
public:
    DemoBuilder(const QSqlDatabase &db, const Session &session, const DemoOptions &o)
        : m_db(db)
        , m_session(session)
        , m_profile(session.profile())
        , m_calendar(session.calendar())
        , m_names(nameBook(m_profile.code))
        , m_random(o.seed)
        , m_options(o)
    {}

    Status build()
    {
        if (Status s = addStaff(); !s)
            return s;
        if (Status s = addUnits(); !s)
            return s;
        for (int i = 0; i < m_options.clients; ++i) {
            if (Status s = addClient(i); !s)
                return s;
        }
        // Name the office only if the user did not.
        auto named = sql::run(m_db,
                              QStringLiteral("UPDATE settings SET value = ? "
                                             "WHERE key = 'office_name' AND value = ''"),
                              {m_names.office});
        if (!named)
            return named.error();
        return addLetterhead();
    }

private:
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(m_random.bounded(int(list.size()))); }
    int between(int low, int high) { return low + m_random.bounded(high - low + 1); }
    // The services the same legal basis allows, so a second service never breaks the rule.
    QList<ServiceType> servicesUnder(const ServiceType &first) const
    {
        QList<ServiceType> allowed;
        for (const ServiceType &candidate : m_profile.services) {
            if (candidate.legalBases.contains(first.legalBases.value(0)))
                allowed.append(candidate);
        }
        return allowed;
    }
    QString anyone() { return QString(pick(m_names.givenNames) + u' ' + pick(m_names.familyNames)); }
    QString streetAddress(int highestNumber)
    {
        return QString(pick(m_names.streets) + u' ' + QString::number(between(1, highestNumber)));
    }

    // An invented postal address and phone for the letterhead, unless the office has one.
    Status addLetterhead()
    {
        const auto &[postalCode, city] = m_names.postalPlaces.first();
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("office_address"),
             QStringLiteral("Postboks 100\n%1 %2").arg(postalCode, city)},
            {QStringLiteral("office_phone"), QStringLiteral("%1 00 00").arg(m_names.officePhone)},
            {QStringLiteral("office_email"), QStringLiteral("post@example.org")},
        };
        for (const auto &[key, value] : values) {
            auto added = sql::run(m_db,
                                  QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                 "ON CONFLICT(key) DO NOTHING"),
                                  {key, value});
            if (!added)
                return added.error();
        }
        return Ok{};
    }

    Status addStaff()
    {
        const QStringList roles = {QStringLiteral("caseworker"), QStringLiteral("caseworker"),
                                   QStringLiteral("leader")};
        for (int i = 0; i < m_names.staff.size(); ++i) {
            const QString name = m_names.staff.at(i);
            // "kari.vestheim": unlike a bare first name, no clash with a computer login.
            const QString username = name.toLower().replace(u' ', u'.');
            // Letters print the caseworker's title and how to reach them.
            const QString title = m_profile.term(roles.at(i) == u"leader"
                                                     ? QStringLiteral("unit_leader")
                                                     : QStringLiteral("caseworker"));
            auto id = insert(m_db,
                             QStringLiteral("INSERT INTO staff_users(username, full_name, role, "
                                            "title, phone, email) VALUES (?, ?, ?, ?, ?, ?)"),
                             {username, name, roles.at(i), title,
                              QString(QStringLiteral("%1 00 %2").arg(m_names.officePhone).arg(i + 11)),
                              QString(username + QStringLiteral("@example.org"))});
            if (!id)
                return id.error();
            if (roles.at(i) == u"caseworker")
                m_caseworkers << *id;
            else
                m_leader = *id;
        }
        return Ok{};
    }

    Status addUnits()
    {
        for (const QString &unit : std::as_const(m_names.units)) {
            auto id = insert(m_db,
                             QStringLiteral("INSERT INTO units(name, address) VALUES (?, ?)"),
                             {unit, streetAddress(40)});
            if (!id)
                return id.error();
            m_units << *id;
        }
        return Ok{};
    }

    Status addClient(int index)
    {
        const QString given = m_names.givenNames.at(index % m_names.givenNames.size());
        const QString family = pick(m_names.familyNames);
        QDate born(between(1962, 2004), between(1, 12), between(1, 28));
        const QString nationalId = uniqueTestId(born);
        const auto &[postalCode, city] = pick(m_names.postalPlaces);
        const QStringList consent = {QStringLiteral("full"), QStringLiteral("partial"),
                                     QStringLiteral("none")};
        const QStringList plan = {QStringLiteral("yes"), QStringLiteral("no"),
                                  QStringLiteral("needed")};
        auto client = insert(
            m_db,
            QStringLiteral("INSERT INTO clients(given_name, family_name, birth_date, "
                           "address_line, postal_code, city, unit_id, caseworker_id, gp_name, "
                           "consent_competence, consent_assessed_on, individual_plan, "
                           "search_text, national_id, national_id_kind) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {given, family, isoDate(born),
             streetAddress(60), postalCode, city,
             m_units.at(index % m_units.size()), m_caseworkers.at(index % m_caseworkers.size()),
             anyone(), pick(consent),
             isoDate(QDate::currentDate().addMonths(-between(2, 30))), pick(plan),
             searchText(given, family, nationalId, m_names.units.at(index % m_units.size())),
             sql::nullable(nationalId), sql::nullable(testIdKind(nationalId))});
        if (!client)
            return client.error();
        // The history of a demo client starts with its creation, like any other client's.
        if (Status logged = AuditTrail::append(
                m_db,
                m_session.audit(QStringLiteral("create"), QStringLiteral("client"), *client,
                                *client, QJsonObject{{QStringLiteral("demo"), true}}));
            !logged)
            return logged;
        if (Status s = addContacts(*client, family); !s)
            return s;
        return addDecisions(*client, index);
    }

    Status addContacts(qint64 client, const QString &family)
    {
        const QString statement = QStringLiteral(
            "INSERT INTO contacts(client_id, relation, name, phone, is_nearest_relative, "
            "receives_letters, address_line, postal_code, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?)");
        const auto &[postalCode, city] = pick(m_names.postalPlaces);
        auto phone = [this] { return QStringLiteral("%1 %2 %3").arg(between(40, 99)).arg(
                                  between(10, 99)).arg(between(100, 999)); };
        const bool hasGuardian = m_random.bounded(100) < 45;
        if (hasGuardian) {
            if (auto id = insert(m_db, statement,
                                 {client, QStringLiteral("guardian"),
                                  anyone(),
                                  phone(), 0, 1, streetAddress(80), postalCode, city});
                !id)
                return id.error();
        }
        if (auto id = insert(m_db, statement,
                             {client, QStringLiteral("relative"),
                              QString(pick(m_names.givenNames) + u' ' + family), phone(), 1,
                              !hasGuardian, streetAddress(80), postalCode, city});
            !id)
            return id.error();
        if (auto id = insert(m_db, statement,
                             {client, QStringLiteral("primary_contact"),
                              anyone(),
                              phone(), 0, 0, QString(), QString(), QString()});
            !id)
            return id.error();
        return Ok{};
    }

    // A client's decisions, oldest first: each replaces the one before, and the newest is in
    // force or, for some clients, still on its way (draft, awaiting approval, approved, sent).
    Status addDecisions(qint64 client, int index)
    {
        const int count = m_options.decisionsPerClient > 0 ? m_options.decisionsPerClient
                                                           : between(1, 3);
        std::optional<qint64> previous;
        QDate sent = QDate::currentDate().addDays(-between(200, 400) * count);
        for (int n = 0; n < count; ++n) {
            const bool newest = n == count - 1;
            const QString status = newest ? currentStatus() : QStringLiteral("replaced");
            auto decision = addDecision(client, index, sent, status, previous);
            if (!decision)
                return decision.error();
            previous = *decision;
            sent = sent.addDays(between(200, 400));
            if (sent > QDate::currentDate())
                sent = QDate::currentDate().addDays(-between(1, 30));
        }
        return Ok{};
    }

    static QString searchText(const QString &given,
                              const QString &family,
                              const QString &nationalId,
                              const QString &unit)
    {
        Client client;
        client.givenName = given;
        client.familyName = family;
        client.nationalId = nationalId;
        client.unitName = unit;
        return clientSearchText(client);
    }

    // A test number no other demo client has (a day has 20 Swedish ones). None in Denmark,
    // which has no test series, nor in a database that is not marked as a test database:
    // there, test numbers would be refused as soon as someone saved the client.
    QString uniqueTestId(QDate &born)
    {
        if (!m_session.isTestDatabase())
            return {};
        for (int serial = 0;; ++serial) {
            const QString id = testNationalId(m_profile.code, born, serial);
            if (id.isEmpty() || !m_usedIds.contains(id)) {
                m_usedIds.insert(id);
                return id;
            }
            if (serial % 20 == 19)
                born = born.addDays(1);
        }
    }

    QString testIdKind(const QString &nationalId) const
    {
        if (nationalId.isEmpty())
            return {};
        NationalIdOptions options;
        options.allowSynthetic = true;
        const NationalIdCheck check = checkNationalId(m_profile.code, nationalId, options);
        return check.kind ? nationalIdKindKey(*check.kind) : QString();
    }

    QString currentStatus()
    {
        const int roll = m_random.bounded(100);
        if (roll < 8)
            return QStringLiteral("draft");
        if (roll < 12)
            return QStringLiteral("submitted");
        if (roll < 15)
            return QStringLiteral("approved");
        if (roll < 20)
            return QStringLiteral("sent");
        return QStringLiteral("in_force");
    }

    Result<qint64> addDecision(qint64 client,
                               int index,
                               const QDate &sentOn,
                               const QString &status,
                               std::optional<qint64> replaces)
    {
        const ServiceType &service = pick(m_profile.services);
        const bool wasSent = status != u"draft" && status != u"submitted" && status != u"approved";
        const QDate received = sentOn.addDays(between(1, 4));
        const QDate deadline = m_calendar.complaintDeadline(received);
        // Evaluation dates spread from a few months ago (overdue) to a year ahead.
        const QDate evaluation = QDate::currentDate().addDays(between(-90, 365));
        const QVariant none(QMetaType::fromType<QString>());
        auto decision = insert(
            m_db,
            QStringLiteral("INSERT INTO decisions(reference, client_id, legal_basis, status, "
                           "replaces_decision_id, valid_from, evaluation_date, caseworker_id, "
                           "approved_at, approved_by, sent_on, sent_method, received_on, complaint_deadline, "
                           "in_force_on, health_information, functioning_and_needs, "
                           "needs_all_life_areas, own_needs_wishes_goals, user_participation, "
                           "relatives_participation, municipality_assessment) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {QStringLiteral("%1/%2").arg(sentOn.year()).arg(++m_reference, 5, 10, QLatin1Char('0')),
             client, service.legalBases.value(0), status,
             replaces ? QVariant(*replaces) : QVariant(QMetaType::fromType<qint64>()),
             isoDate(sentOn), isoDate(evaluation), m_caseworkers.at(index % m_caseworkers.size()),
             status == u"draft" || status == u"submitted" ? none : QVariant(isoDate(sentOn.addDays(-3))),
             status == u"draft" || status == u"submitted" || !m_leader
                 ? QVariant(QMetaType::fromType<qint64>())
                 : QVariant(*m_leader),
             wasSent ? QVariant(isoDate(sentOn)) : none,
             wasSent ? QVariant(QStringLiteral("post")) : none,
             wasSent ? QVariant(isoDate(received)) : none,
             wasSent ? QVariant(isoDate(deadline)) : none,
             wasSent ? QVariant(isoDate(deadline.addDays(1))) : none,
             demoText(QStringLiteral("health")), demoText(QStringLiteral("functioning")),
             demoText(QStringLiteral("life")), demoText(QStringLiteral("wishes")),
             demoText(QStringLiteral("participation")), demoText(QStringLiteral("relatives")),
             service.name.text(m_profile.language)});
        if (!decision)
            return decision.error();
        const int services = between(1, 2);
        for (int position = 0; position < services; ++position) {
            const ServiceType &granted = position == 0 ? service : pick(servicesUnder(service));
            auto row = insert(m_db,
                              QStringLiteral("INSERT INTO decision_services(decision_id, "
                                             "position, service_code, own_hours_per_week, "
                                             "shared_hours_per_week, description) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {*decision, position, granted.code, between(2, 30) / 2.0,
                               between(0, 40) / 2.0, granted.name.text(m_profile.language)});
            if (!row)
                return row.error();
        }
        return decision;
    }

    // Placeholder prose marked as invented, in the jurisdiction's language, so demo letters and
    // forms are never mistaken for a real person's case.
    QString demoText(const QString &topic) const
    {
        const QString language = m_profile.language;
        if (language == u"sv")
            return QStringLiteral("[Påhittad exempeltext: %1]").arg(topic);
        if (language == u"da")
            return QStringLiteral("[Opdigtet eksempeltekst: %1]").arg(topic);
        return QStringLiteral("[Oppdiktet eksempeltekst: %1]").arg(topic);
    }

    QSqlDatabase m_db;
    const Session &m_session;
    const JurisdictionProfile &m_profile;
    const WorkingDayCalendar &m_calendar;
    NameBook m_names;
    QRandomGenerator m_random;
    DemoOptions m_options;
    QList<qint64> m_caseworkers;
    std::optional<qint64> m_leader;
    QList<qint64> m_units;
    int m_reference = 0;
    QSet<QString> m_usedIds;
};

} // namespace

Status fillWithDemoData(Database &database, const DemoOptions &options)
{
    // The database's first user, its administrator, is recorded as having made the demo.
    auto session = Session::start(database);
    if (!session)
        return session.error();
    return database.write([&](QSqlDatabase &db) {
        if (Status built = DemoBuilder(db, **session, options).build(); !built)
            return built;
        // Seed 000's plans, walked through the same repositories and rules as real work.
        return addDemoPlans(**session, options);
    });
}

} // namespace fremdrift
