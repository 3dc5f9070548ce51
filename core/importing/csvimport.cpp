#include "importing/csvimport.h"

#include "domain/json.h"
#include "domain/nationalid.h"
#include "repository/clientrepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/clientrules.h"
#include "workflow/decisionworkflow.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fremdrift {

namespace {

// Header names and keyed values compare case-folded, NFC, with ' ', '-', '.' and '/' as '_'.
QString normalizeName(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_C).trimmed().toCaseFolded();
    for (QChar &c : text) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'\t')
            c = u'_';
    }
    static const QRegularExpression repeated(QStringLiteral("_+"));
    text.replace(repeated, QStringLiteral("_"));
    while (text.startsWith(u'_'))
        text.remove(0, 1);
    while (text.endsWith(u'_'))
        text.chop(1);
    return text;
}

QString elide(const QString &text, int length = 40)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

QStringList nationalIdAliases()
{
    return {QStringLiteral("fødselsnummer"),
            QStringLiteral("fodselsnummer"),
            QStringLiteral("fnr"),
            QStringLiteral("f_nr"),
            QStringLiteral("personnummer"),
            QStringLiteral("personnr"),
            QStringLiteral("pnr"),
            QStringLiteral("cpr"),
            QStringLiteral("cpr_nr"),
            QStringLiteral("cpr_nummer"),
            QStringLiteral("national_id_number"),
            QStringLiteral("personal_number")};
}

QStringList caseworkerAliases()
{
    return {QStringLiteral("saksbehandler"),
            QStringLiteral("handläggare"),
            QStringLiteral("biståndshandläggare"),
            QStringLiteral("sagsbehandler"),
            QStringLiteral("rådgiver"),
            QStringLiteral("caseworker_username")};
}

// Decision-level columns: one value per decision, repeated (or left empty) on its lines.
QStringList decisionLevelKeys()
{
    QStringList keys = {QStringLiteral("client_national_id"),
                        QStringLiteral("client_id"),
                        QStringLiteral("legal_basis"),
                        QStringLiteral("status"),
                        QStringLiteral("valid_from"),
                        QStringLiteral("valid_to"),
                        QStringLiteral("evaluation_date"),
                        QStringLiteral("caseworker")};
    for (DecisionSection section : allDecisionSections())
        keys << sectionKey(section);
    return keys;
}

// The file's columns, mapped to the import's keys.
class Columns
{
public:
    bool has(const QString &key) const { return m_index.contains(key); }

    // The value, trimmed; empty when the column is not in the file.
    QString value(const CsvRecord &record, const QString &key) const
    {
        const int at = m_index.value(key, -1);
        return at < 0 || at >= record.fields.size() ? QString() : record.fields.at(at).trimmed();
    }

    // The column as the file names it, for messages.
    QString name(const QString &key) const { return m_header.value(key, key); }

    // Values in columns without a name would be lost silently.
    void checkUnnamed(const CsvRecord &record, QList<ImportProblem> &problems) const
    {
        for (int at : m_unnamed) {
            if (at < record.fields.size() && !record.fields.at(at).trimmed().isEmpty())
                problems.append(
                    {record.line,
                     CaseloadImport::tr("Column %1 has no name in the header, but this line has "
                                        "\"%2\" in it.")
                         .arg(at + 1)
                         .arg(elide(record.fields.at(at)))});
        }
    }

    static Columns
    map(const CsvTable &table, const QList<ImportColumn> &specs, QList<ImportProblem> &problems)
    {
        Columns columns;
        QHash<QString, QString> keyFor;
        for (const ImportColumn &spec : specs) {
            keyFor.insert(normalizeName(spec.key), spec.key);
            for (const QString &alias : spec.aliases)
                keyFor.insert(normalizeName(alias), spec.key);
        }
        QStringList unknown;
        for (int at = 0; at < table.header.size(); ++at) {
            const QString written = table.header.at(at).trimmed();
            const QString name = normalizeName(written);
            if (name.isEmpty()) {
                columns.m_unnamed << at;
                continue;
            }
            const auto key = keyFor.constFind(name);
            if (key == keyFor.cend()) {
                unknown << u'"' + written + u'"';
                continue;
            }
            if (columns.m_index.contains(*key)) {
                problems.append(
                    {table.headerLine,
                     CaseloadImport::tr("The columns \"%1\" and \"%2\" both mean %3: keep one.")
                         .arg(columns.m_header.value(*key), written, *key)});
                continue;
            }
            columns.m_index.insert(*key, at);
            columns.m_header.insert(*key, written);
        }
        if (!unknown.isEmpty()) {
            QStringList known;
            for (const ImportColumn &spec : specs)
                known << spec.key;
            problems.append(
                {table.headerLine,
                 CaseloadImport::tr("Unknown column %1: check the spelling, or remove the column. "
                                    "The columns this file may have are: %2.")
                     .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")))});
        }
        QStringList missing;
        for (const ImportColumn &spec : specs) {
            if (spec.required && !columns.has(spec.key))
                missing << spec.key;
        }
        if (!missing.isEmpty())
            problems.append({table.headerLine,
                             CaseloadImport::tr("Required column missing: %1.")
                                 .arg(missing.join(QStringLiteral(", ")))});
        return columns;
    }

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_header;
    QList<int> m_unnamed;
};

// YYYY-MM-DD, or the Nordic DD.MM.YYYY (also D.M.YYYY, DD/MM/YYYY, DD-MM-YYYY); a time after
// the date (Excel) is ignored. Null for empty text; invalid for text that is not a date.
std::optional<QDate> parseDate(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return QDate();
    if (const qsizetype space = value.indexOf(u' '); space > 0)
        value.truncate(space);
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d-M-yyyy")}) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

// "7,5", "7.5", "7"; empty is 0.
std::optional<double> parseHours(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return 0.0;
    value.replace(u',', u'.');
    bool ok = false;
    const double hours = value.toDouble(&ok);
    if (!ok || !std::isfinite(hours))
        return std::nullopt;
    return hours;
}

QString dateProblem(const QString &text)
{
    return CaseloadImport::tr("\"%1\" is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.")
        .arg(elide(text));
}

struct StaffRef
{
    qint64 id = 0;
    bool active = true;
    QString fullName;
};

// Staff users by username (case does not matter), looked up once each.
class StaffLookup
{
public:
    explicit StaffLookup(const Session &session)
        : m_session(session)
    {
    }

    // The user, or a problem message.
    Result<StaffRef> find(const QString &username)
    {
        const QString key = username.toCaseFolded();
        if (!m_cache.contains(key)) {
            auto row = sql::run(m_session.database().connection(),
                                QStringLiteral("SELECT id, active, full_name FROM staff_users "
                                               "WHERE username = ? COLLATE NOCASE"),
                                {username});
            if (!row)
                return row.error();
            m_cache.insert(
                key,
                row->next() ? std::optional<StaffRef>(StaffRef{
                    row->value(0).toLongLong(), row->value(1).toBool(), row->value(2).toString()})
                            : std::nullopt);
        }
        const std::optional<StaffRef> found = m_cache.value(key);
        if (!found)
            return makeError(Error::Code::NotFound,
                             CaseloadImport::tr("There is no staff user with the username \"%1\".")
                                 .arg(username));
        if (!found->active)
            return makeError(
                Error::Code::InvalidInput,
                CaseloadImport::tr("%1 (%2) is deactivated.").arg(found->fullName, username));
        return *found;
    }

private:
    const Session &m_session;
    QHash<QString, std::optional<StaffRef>> m_cache;
};

void sortProblems(QList<ImportProblem> &problems)
{
    std::stable_sort(
        problems.begin(), problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
            return a.line < b.line;
        });
}

// Reads the file and maps its header; `report` holds any problems so far.
struct Prepared
{
    CsvTable table;
    Columns columns;
    ImportReport report;
    bool headerOk = false;
};

Result<Prepared> prepare(Session &session, ImportKind kind, const QString &path, bool dryRun)
{
    if (Status allowed = requirePermission(session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    Prepared prepared;
    prepared.table = std::move(table).value();
    prepared.report.dryRun = dryRun;
    prepared.report.encoding = prepared.table.encoding;
    prepared.report.problems = prepared.table.problems;
    if (prepared.table.header.isEmpty()) {
        prepared.report.problems.append(
            {1, CaseloadImport::tr("The file is empty: the first line must name the columns.")});
        return prepared;
    }
    const qsizetype before = prepared.report.problems.size();
    prepared.columns = Columns::map(prepared.table, importColumns(kind), prepared.report.problems);
    if (kind == ImportKind::Decisions && !prepared.columns.has(QStringLiteral("client_national_id"))
        && !prepared.columns.has(QStringLiteral("client_id")))
        prepared.report.problems.append(
            {prepared.table.headerLine,
             CaseloadImport::tr("Required column missing: client_national_id or client_id.")});
    prepared.headerOk = prepared.report.problems.size() == before;
    return prepared;
}

Error failedWrite(const Error &cause, int line)
{
    Error error
        = makeError(cause.code,
                    line > 0 ? CaseloadImport::tr("Line %1 could not be written, so nothing was "
                                                  "imported: %2")
                                   .arg(line)
                                   .arg(cause.message)
                             : CaseloadImport::tr("The import could not be written, so nothing was "
                                                  "imported: %1")
                                   .arg(cause.message),
                    cause.detail);
    error.problems = cause.problems;
    return error;
}

AuditEntry importSummary(const Session &session, ImportKind kind, const QString &path, int count)
{
    return session.audit(QStringLiteral("import"),
                         QStringLiteral("file"),
                         std::nullopt,
                         std::nullopt,
                         {{QStringLiteral("kind"), importKindKey(kind)},
                          {QStringLiteral("file"), QFileInfo(path).fileName()},
                          {QStringLiteral("imported"), count}});
}

// ---- clients --------------------------------------------------------------------------------

struct ClientLine
{
    int line = 0;
    Client client;
    QString unitName;
};

std::optional<IndividualPlan> parseIndividualPlan(const QString &text)
{
    const QString key = normalizeName(text);
    if (key == u"ja")
        return IndividualPlan::Yes;
    if (key == u"nei" || key == u"nej")
        return IndividualPlan::No;
    return individualPlanFromKey(key);
}

// ---- decisions ------------------------------------------------------------------------------

struct ServiceLine
{
    int line = 0;
    DecisionService service;
};

struct DecisionGroup
{
    QString reference;
    int line = 0;
    QHash<QString, std::pair<QString, int>> values; // key → (value, line it is first given on)
    QList<ServiceLine> services;

    QString value(const QString &key) const { return values.value(key).first; }
    int lineOf(const QString &key) const
    {
        const auto found = values.constFind(key);
        return found == values.cend() ? line : found->second;
    }
};

struct DecisionToWrite
{
    int line = 0;
    Decision decision;
};

const LegalBasis *findLegalBasis(const JurisdictionProfile &profile, const QString &text)
{
    const QString wanted = normalizeName(text);
    for (const LegalBasis &basis : profile.legalBases) {
        if (normalizeName(basis.code) == wanted || normalizeName(basis.citation()) == wanted)
            return &basis;
    }
    return nullptr;
}

const ServiceType *findService(const JurisdictionProfile &profile, const QString &text)
{
    const QString wanted = normalizeName(text);
    for (const ServiceType &type : profile.services) {
        if (normalizeName(type.code) == wanted)
            return &type;
        for (const QString &name : type.name.byLanguage) {
            if (normalizeName(name) == wanted)
                return &type;
        }
    }
    return nullptr;
}

std::optional<DecisionStatus> parseImportStatus(const QString &text)
{
    const QString key = normalizeName(text);
    if (key.isEmpty() || key == u"in_force" || key == u"i_kraft" || key == u"gjeldende"
        || key == u"gällande" || key == u"gældende")
        return DecisionStatus::InForce;
    if (key == u"draft" || key == u"utkast" || key == u"kladde")
        return DecisionStatus::Draft;
    return std::nullopt;
}

} // namespace

QString importKindKey(ImportKind kind)
{
    return kind == ImportKind::Clients ? QStringLiteral("clients") : QStringLiteral("decisions");
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    if (key == u"clients")
        return ImportKind::Clients;
    if (key == u"decisions")
        return ImportKind::Decisions;
    return std::nullopt;
}

QList<ImportColumn> importColumns(ImportKind kind)
{
    auto column = [](const char *key, QStringList aliases = {}, bool required = false) {
        return ImportColumn{QString::fromLatin1(key), std::move(aliases), required};
    };
    if (kind == ImportKind::Clients) {
        return {
            column("given_name",
                   {QStringLiteral("first_name"),
                    QStringLiteral("fornavn"),
                    QStringLiteral("förnamn")},
                   true),
            column("family_name",
                   {QStringLiteral("last_name"),
                    QStringLiteral("surname"),
                    QStringLiteral("etternavn"),
                    QStringLiteral("efternamn"),
                    QStringLiteral("efternavn")},
                   true),
            column("national_id", nationalIdAliases()),
            column("birth_date",
                   {QStringLiteral("date_of_birth"),
                    QStringLiteral("fødselsdato"),
                    QStringLiteral("födelsedatum")}),
            column("address_line",
                   {QStringLiteral("address"),
                    QStringLiteral("adresse"),
                    QStringLiteral("adress"),
                    QStringLiteral("gateadresse"),
                    QStringLiteral("gatuadress")}),
            column("postal_code",
                   {QStringLiteral("postcode"),
                    QStringLiteral("zip"),
                    QStringLiteral("postnummer"),
                    QStringLiteral("postnr")}),
            column("city",
                   {QStringLiteral("poststed"), QStringLiteral("postort"), QStringLiteral("by")}),
            column("phone",
                   {QStringLiteral("telephone"),
                    QStringLiteral("telefon"),
                    QStringLiteral("tlf"),
                    QStringLiteral("mobil"),
                    QStringLiteral("mobile")}),
            column("email",
                   {QStringLiteral("e-mail"),
                    QStringLiteral("epost"),
                    QStringLiteral("e-post"),
                    QStringLiteral("mail")}),
            column("unit",
                   {QStringLiteral("enhet"),
                    QStringLiteral("enhed"),
                    QStringLiteral("bolig"),
                    QStringLiteral("boende"),
                    QStringLiteral("botilbud"),
                    QStringLiteral("bosted")}),
            column("caseworker", caseworkerAliases()),
            column("gp_name",
                   {QStringLiteral("gp"),
                    QStringLiteral("fastlege"),
                    QStringLiteral("läkare"),
                    QStringLiteral("fast läkarkontakt"),
                    QStringLiteral("egen læge"),
                    QStringLiteral("læge")}),
            column("gp_practice",
                   {QStringLiteral("legekontor"),
                    QStringLiteral("vårdcentral"),
                    QStringLiteral("lægepraksis")}),
            column("gp_phone"),
            column("consent_competence",
                   {QStringLiteral("consent"),
                    QStringLiteral("samtykkekompetanse"),
                    QStringLiteral("beslutsförmåga"),
                    QStringLiteral("handleevne")}),
            column("consent_assessed_on"),
            column("consent_assessed_by"),
            column("individual_plan",
                   {QStringLiteral("individuell plan"),
                    QStringLiteral("individuel plan"),
                    QStringLiteral("ip"),
                    QStringLiteral("sip")}),
            column("individual_plan_coordinator",
                   {QStringLiteral("ip-koordinator"), QStringLiteral("koordinator")}),
            column("notes",
                   {QStringLiteral("merknad"),
                    QStringLiteral("merknader"),
                    QStringLiteral("notat"),
                    QStringLiteral("anteckningar"),
                    QStringLiteral("bemærkninger"),
                    QStringLiteral("kommentar")}),
        };
    }
    QList<ImportColumn> columns = {
        column("reference",
               {QStringLiteral("ref"),
                QStringLiteral("referanse"),
                QStringLiteral("referens"),
                QStringLiteral("vedtaksnummer"),
                QStringLiteral("vedtak nr"),
                QStringLiteral("beslutsnummer"),
                QStringLiteral("afgørelsesnummer")},
               true),
        column("client_national_id",
               nationalIdAliases() + QStringList{QStringLiteral("national_id")}),
        column("client_id"),
        column("legal_basis",
               {QStringLiteral("hjemmel"),
                QStringLiteral("lovhjemmel"),
                QStringLiteral("lagrum"),
                QStringLiteral("lovgrundlag"),
                QStringLiteral("paragraf")},
               true),
        column("status"),
        column("valid_from",
               {QStringLiteral("fra"),
                QStringLiteral("fra dato"),
                QStringLiteral("gyldig fra"),
                QStringLiteral("giltig från"),
                QStringLiteral("gäller från"),
                QStringLiteral("fom")}),
        column("valid_to",
               {QStringLiteral("til"),
                QStringLiteral("til dato"),
                QStringLiteral("gyldig til"),
                QStringLiteral("giltig till"),
                QStringLiteral("gäller till"),
                QStringLiteral("tom")}),
        column("evaluation_date",
               {QStringLiteral("evalueringsdato"),
                QStringLiteral("evaluering"),
                QStringLiteral("uppföljningsdatum"),
                QStringLiteral("uppföljning"),
                QStringLiteral("opfølgningsdato"),
                QStringLiteral("opfølgning")}),
        column("caseworker", caseworkerAliases()),
        column("service_code",
               {QStringLiteral("service"),
                QStringLiteral("tjeneste"),
                QStringLiteral("tjenestekode"),
                QStringLiteral("insats"),
                QStringLiteral("insatskod"),
                QStringLiteral("ydelse"),
                QStringLiteral("ydelseskode")},
               true),
        column("own_hours",
               {QStringLiteral("own_time"),
                QStringLiteral("egentid"),
                QStringLiteral("enskild tid"),
                QStringLiteral("individuel tid")}),
        column("shared_hours",
               {QStringLiteral("shared_time"),
                QStringLiteral("fellestid"),
                QStringLiteral("gemensam tid"),
                QStringLiteral("fælles tid")}),
        column("service_description",
               {QStringLiteral("description"),
                QStringLiteral("beskrivelse"),
                QStringLiteral("beskrivning")}),
    };
    for (DecisionSection section : allDecisionSections())
        columns.append({sectionKey(section), {}, false});
    return columns;
}

Result<ImportReport> importClients(Session &session, const QString &path, bool dryRun)
{
    auto prepared = prepare(session, ImportKind::Clients, path, dryRun);
    if (!prepared)
        return prepared.error();
    ImportReport &report = prepared->report;
    const Columns &columns = prepared->columns;
    report.records = int(prepared->table.records.size());
    if (!prepared->headerOk) {
        sortProblems(report.problems);
        return report;
    }

    const QSqlDatabase db = session.database().connection();
    StaffLookup staff(session);
    QHash<QString, int> lineOfNationalId;
    QList<ClientLine> lines;
    for (const CsvRecord &record : std::as_const(prepared->table.records)) {
        if (!record.wellFormed)
            continue;
        QList<ImportProblem> problems;
        auto problem = [&](const QString &key, const QString &message) {
            problems.append(
                {record.line, QStringLiteral("%1: %2").arg(columns.name(key), message)});
        };
        auto value = [&](const char *key) {
            return columns.value(record, QLatin1String(key));
        };
        columns.checkUnnamed(record, problems);

        ClientLine line;
        line.line = record.line;
        Client &client = line.client;
        client.givenName = value("given_name");
        client.familyName = value("family_name");
        client.nationalId = value("national_id");
        client.addressLine = value("address_line");
        client.postalCode = value("postal_code");
        client.city = value("city");
        client.phone = value("phone");
        client.email = value("email");
        client.gpName = value("gp_name");
        client.gpPractice = value("gp_practice");
        client.gpPhone = value("gp_phone");
        client.consentAssessedBy = value("consent_assessed_by");
        client.individualPlanCoordinator = value("individual_plan_coordinator");
        client.notes = value("notes");
        line.unitName = value("unit");

        if (client.nationalId.isEmpty()) {
            const auto birthDate = parseDate(value("birth_date"));
            if (!birthDate)
                problem(QStringLiteral("birth_date"), dateProblem(value("birth_date")));
            else
                client.birthDate = *birthDate;
        }
        if (const QString text = value("consent_competence"); !text.isEmpty()) {
            if (const auto consent = consentFromKey(normalizeName(text)))
                client.consent = *consent;
            else
                problem(
                    QStringLiteral("consent_competence"),
                    CaseloadImport::tr("\"%1\" is not one of full, partial, none or not_assessed.")
                        .arg(elide(text)));
        }
        if (const auto assessed = parseDate(value("consent_assessed_on")); !assessed)
            problem(QStringLiteral("consent_assessed_on"),
                    dateProblem(value("consent_assessed_on")));
        else
            client.consentAssessedOn = *assessed;
        if (const QString text = value("individual_plan"); !text.isEmpty()) {
            if (const auto plan = parseIndividualPlan(text))
                client.individualPlan = *plan;
            else
                problem(
                    QStringLiteral("individual_plan"),
                    CaseloadImport::tr("\"%1\" is not one of yes, no or needed.").arg(elide(text)));
        }
        if (const QString username = value("caseworker"); !username.isEmpty()) {
            auto caseworker = staff.find(username);
            if (caseworker)
                client.caseworkerId = caseworker->id;
            else if (caseworker.error().code == Error::Code::NotFound
                     || caseworker.error().code == Error::Code::InvalidInput)
                problem(QStringLiteral("caseworker"), caseworker.error().message);
            else
                return caseworker.error();
        }

        const ClientCheck check = checkClient(client, session);
        bool nationalIdValid = !client.nationalId.isEmpty();
        for (const FieldProblem &found : check.problems) {
            problem(found.field, found.message);
            if (found.field == u"national_id")
                nationalIdValid = false;
        }
        for (const QString &warning : check.warnings)
            report.warnings.append({record.line,
                                    QStringLiteral("%1: %2").arg(
                                        columns.name(QStringLiteral("national_id")), warning)});

        if (nationalIdValid) {
            const QString shown
                = formatNationalId(session.database().jurisdiction(), client.nationalId);
            if (const int first = lineOfNationalId.value(client.nationalId); first > 0) {
                problem(QStringLiteral("national_id"),
                        CaseloadImport::tr("%1 is also on line %2: each client only once.")
                            .arg(shown)
                            .arg(first));
            } else {
                lineOfNationalId.insert(client.nationalId, record.line);
                auto existing = sql::run(db,
                                         QStringLiteral("SELECT id, family_name || ', ' || "
                                                        "given_name FROM clients WHERE "
                                                        "national_id = ?"),
                                         {client.nationalId});
                if (!existing)
                    return existing.error();
                if (existing->next())
                    problem(QStringLiteral("national_id"),
                            CaseloadImport::tr("%1 is already in the database: %2 (client %3).")
                                .arg(shown, existing->value(1).toString())
                                .arg(existing->value(0).toLongLong()));
            }
        }

        if (problems.isEmpty())
            lines.append(line);
        else
            report.problems += problems;
    }
    sortProblems(report.problems);
    if (dryRun || !report.problems.isEmpty())
        return report;

    int imported = 0;
    int failedLine = 0;
    const Status written = session.database().write([&](QSqlDatabase &transaction) -> Status {
        // write() may run this again after a busy database: start over each time.
        imported = 0;
        ClientRepository clients(session);
        for (const ClientLine &line : std::as_const(lines)) {
            failedLine = line.line;
            Client client = line.client;
            if (!line.unitName.isEmpty()) {
                auto unit = clients.unitId(line.unitName);
                if (!unit)
                    return unit.error();
                client.unitId = *unit;
            }
            auto saved = clients.save(client);
            if (!saved)
                return saved.error();
            ++imported;
        }
        failedLine = 0;
        return AuditTrail::append(transaction,
                                  importSummary(session, ImportKind::Clients, path, imported));
    });
    if (!written)
        return failedWrite(written.error(), failedLine);
    report.imported = imported;
    return report;
}

Result<ImportReport> importDecisions(Session &session, const QString &path, bool dryRun)
{
    auto prepared = prepare(session, ImportKind::Decisions, path, dryRun);
    if (!prepared)
        return prepared.error();
    ImportReport &report = prepared->report;
    const Columns &columns = prepared->columns;
    if (!prepared->headerOk) {
        sortProblems(report.problems);
        return report;
    }

    // Lines → decisions, by reference, in the order they first appear.
    QList<DecisionGroup> groups;
    QHash<QString, qsizetype> groupOf;
    const QStringList levelKeys = decisionLevelKeys();
    for (const CsvRecord &record : std::as_const(prepared->table.records)) {
        if (!record.wellFormed)
            continue;
        auto problem = [&](const QString &key, const QString &message) {
            report.problems.append(
                {record.line, QStringLiteral("%1: %2").arg(columns.name(key), message)});
        };
        columns.checkUnnamed(record, report.problems);
        const QString reference = columns.value(record, QStringLiteral("reference"));
        if (reference.isEmpty()) {
            problem(QStringLiteral("reference"),
                    CaseloadImport::tr(
                        "Every line needs the reference of the decision it belongs to."));
            continue;
        }
        qsizetype at = groupOf.value(reference, -1);
        if (at < 0) {
            at = groups.size();
            groupOf.insert(reference, at);
            groups.append({reference, record.line, {}, {}});
        }
        DecisionGroup &group = groups[at];
        for (const QString &key : levelKeys) {
            const QString value = columns.value(record, key);
            if (value.isEmpty())
                continue;
            const auto given = group.values.constFind(key);
            if (given == group.values.cend()) {
                group.values.insert(key, {value, record.line});
            } else if (given->first != value) {
                problem(key,
                        CaseloadImport::tr(
                            "\"%1\" here, but \"%2\" on line %3: the lines of decision %4 must "
                            "agree (or leave it empty).")
                            .arg(elide(value), elide(given->first))
                            .arg(given->second)
                            .arg(reference));
            }
        }
        ServiceLine service;
        service.line = record.line;
        service.service.serviceCode = columns.value(record, QStringLiteral("service_code"));
        service.service.description = columns.value(record, QStringLiteral("service_description"));
        if (service.service.serviceCode.isEmpty())
            problem(
                QStringLiteral("service_code"),
                CaseloadImport::tr("Give the service: each line is one service of the decision."));
        else if (const ServiceType *type
                 = findService(session.profile(), service.service.serviceCode))
            service.service.serviceCode = type->code;
        for (const QString &key : {QStringLiteral("own_hours"), QStringLiteral("shared_hours")}) {
            const QString text = columns.value(record, key);
            const auto hours = parseHours(text);
            if (!hours)
                problem(key,
                        CaseloadImport::tr("\"%1\" is not a number of hours a week, e.g. 7,5.")
                            .arg(elide(text)));
            else if (key == u"own_hours")
                service.service.ownHours = *hours;
            else
                service.service.sharedHours = *hours;
        }
        group.services.append(service);
    }
    report.records = int(groups.size());

    const QSqlDatabase db = session.database().connection();
    const JurisdictionProfile &profile = session.profile();
    StaffLookup staff(session);
    NationalIdOptions idOptions;
    idOptions.allowSynthetic = session.isTestDatabase();
    idOptions.today = session.today();
    QList<DecisionToWrite> decisions;
    for (const DecisionGroup &group : std::as_const(groups)) {
        QList<ImportProblem> problems;
        auto problem = [&](const QString &key, const QString &message) {
            problems.append(
                {group.lineOf(key), QStringLiteral("%1: %2").arg(columns.name(key), message)});
        };
        Decision decision;
        decision.reference = group.reference;

        // The client, by national ID or id; both must name the same one.
        std::optional<qint64> clientCaseworker;
        bool clientFound = false;
        const QString nationalId = group.value(QStringLiteral("client_national_id"));
        const QString clientIdText = group.value(QStringLiteral("client_id"));
        if (nationalId.isEmpty() && clientIdText.isEmpty()) {
            problems.append({group.line,
                             CaseloadImport::tr("Decision %1 does not say whose it is: give "
                                                "client_national_id or client_id.")
                                 .arg(group.reference)});
        }
        auto findClient = [&](const QString &where, const QVariant &key) -> Result<bool> {
            auto row = sql::run(
                db, QStringLiteral("SELECT id, caseworker_id FROM clients WHERE ") + where, {key});
            if (!row)
                return row.error();
            if (!row->next())
                return false;
            const qint64 id = row->value(0).toLongLong();
            if (clientFound && decision.clientId != id)
                return makeError(Error::Code::InvalidInput, {});
            decision.clientId = id;
            clientCaseworker = row->value(1).isNull()
                                   ? std::nullopt
                                   : std::optional<qint64>(row->value(1).toLongLong());
            clientFound = true;
            return true;
        };
        if (!nationalId.isEmpty()) {
            const NationalIdCheck id
                = checkNationalId(session.database().jurisdiction(), nationalId, idOptions);
            if (!id.valid) {
                problem(QStringLiteral("client_national_id"), id.message);
            } else {
                auto found = findClient(QStringLiteral("national_id = ?"), id.normalized);
                if (!found)
                    return found.error();
                if (!*found)
                    problem(
                        QStringLiteral("client_national_id"),
                        CaseloadImport::tr("There is no client with the national ID %1: import the "
                                           "clients first.")
                            .arg(formatNationalId(session.database().jurisdiction(),
                                                  id.normalized)));
            }
        }
        if (!clientIdText.isEmpty()) {
            bool isNumber = false;
            const qint64 id = clientIdText.toLongLong(&isNumber);
            if (!isNumber || id <= 0) {
                problem(QStringLiteral("client_id"),
                        CaseloadImport::tr("\"%1\" is not a client id (a whole number).")
                            .arg(elide(clientIdText)));
            } else {
                auto found = findClient(QStringLiteral("id = ?"), id);
                if (!found && found.error().code != Error::Code::InvalidInput)
                    return found.error();
                if (!found)
                    problem(QStringLiteral("client_id"),
                            CaseloadImport::tr(
                                "Client %1 is not the client with the national ID given.")
                                .arg(id));
                else if (!*found)
                    problem(QStringLiteral("client_id"),
                            CaseloadImport::tr("There is no client with id %1.").arg(id));
            }
        }

        const QString legalBasis = group.value(QStringLiteral("legal_basis"));
        if (legalBasis.isEmpty()) {
            problems.append({group.line,
                             QStringLiteral("%1: %2").arg(
                                 columns.name(QStringLiteral("legal_basis")),
                                 CaseloadImport::tr("Give the legal basis of decision %1.")
                                     .arg(group.reference))});
        } else {
            const LegalBasis *basis = findLegalBasis(profile, legalBasis);
            decision.legalBasis = basis ? basis->code : legalBasis;
        }

        const QString statusText = group.value(QStringLiteral("status"));
        const auto status = parseImportStatus(statusText);
        if (!status)
            problem(QStringLiteral("status"),
                    CaseloadImport::tr(
                        "\"%1\" is not a status an import can give: use in_force (the default) "
                        "or draft.")
                        .arg(elide(statusText)));
        decision.status = status.value_or(DecisionStatus::InForce);

        for (const auto &[key, target] :
             {std::pair{QStringLiteral("valid_from"), &decision.validFrom},
              std::pair{QStringLiteral("valid_to"), &decision.validTo},
              std::pair{QStringLiteral("evaluation_date"), &decision.evaluationDate}}) {
            const QString text = group.value(key);
            if (const auto date = parseDate(text); !date)
                problem(key, dateProblem(text));
            else
                *target = *date;
        }
        if (decision.status == DecisionStatus::InForce) {
            if (group.value(QStringLiteral("valid_from")).isEmpty())
                problems.append(
                    {group.line,
                     QStringLiteral("%1: %2").arg(
                         columns.name(QStringLiteral("valid_from")),
                         CaseloadImport::tr("Decision %1 is in force: give the date it is valid "
                                            "from.")
                             .arg(group.reference))});
            if (group.value(QStringLiteral("evaluation_date")).isEmpty())
                problems.append(
                    {group.line,
                     QStringLiteral("%1: %2").arg(
                         columns.name(QStringLiteral("evaluation_date")),
                         CaseloadImport::tr("Decision %1 is in force: give the date it will be "
                                            "evaluated.")
                             .arg(group.reference))});
        }

        if (const QString username = group.value(QStringLiteral("caseworker"));
            !username.isEmpty()) {
            auto caseworker = staff.find(username);
            if (caseworker)
                decision.caseworkerId = caseworker->id;
            else if (caseworker.error().code == Error::Code::NotFound
                     || caseworker.error().code == Error::Code::InvalidInput)
                problem(QStringLiteral("caseworker"), caseworker.error().message);
            else
                return caseworker.error();
        } else {
            decision.caseworkerId
                = clientCaseworker ? clientCaseworker : std::optional<qint64>(session.user().id);
        }
        for (DecisionSection section : allDecisionSections())
            decision.setSection(section, group.value(sectionKey(section)));
        for (const ServiceLine &service : group.services)
            decision.services.append(service.service);

        auto existing = sql::scalar(
            db, QStringLiteral("SELECT id FROM decisions WHERE reference = ?"), {group.reference});
        if (!existing)
            return existing.error();
        if (!existing->isNull())
            problem(
                QStringLiteral("reference"),
                CaseloadImport::tr("Decision %1 is already in the database.").arg(group.reference));

        // The rules every draft follows. A service's problem belongs to its own line.
        static const QRegularExpression serviceField(
            QStringLiteral("^services\\[(\\d+)\\]\\.(.*)$"));
        for (const FieldProblem &found : checkDecisionDraft(decision, profile)) {
            if (found.field == u"client_id")
                continue; // the client's own problem is reported above
            const auto match = serviceField.match(found.field);
            if (match.hasMatch()) {
                const qsizetype index = match.captured(1).toLongLong();
                const int line
                    = index < group.services.size() ? group.services.at(index).line : group.line;
                const QString key = match.captured(2) == u"service_code"
                                        ? QStringLiteral("service_code")
                                        : match.captured(2);
                problems.append(
                    {line, QStringLiteral("%1: %2").arg(columns.name(key), found.message)});
            } else {
                problem(found.field, found.message);
            }
        }

        if (problems.isEmpty() && clientFound)
            decisions.append({group.line, decision});
        else
            report.problems += problems;
    }
    sortProblems(report.problems);
    if (dryRun || !report.problems.isEmpty())
        return report;

    int imported = 0;
    int failedLine = 0;
    const qint64 userId = session.user().id;
    const Status written = session.database().write([&](QSqlDatabase &transaction) -> Status {
        imported = 0;
        for (const DecisionToWrite &item : std::as_const(decisions)) {
            failedLine = item.line;
            Decision decision = item.decision;
            if (decision.status == DecisionStatus::InForce)
                decision.inForceOn = decision.validFrom;
            QStringList names = {QStringLiteral("reference"),
                                 QStringLiteral("client_id"),
                                 QStringLiteral("legal_basis"),
                                 QStringLiteral("status"),
                                 QStringLiteral("valid_from"),
                                 QStringLiteral("valid_to"),
                                 QStringLiteral("evaluation_date"),
                                 QStringLiteral("caseworker_id"),
                                 QStringLiteral("in_force_on"),
                                 QStringLiteral("updated_by")};
            QVariantList values = {decision.reference,
                                   decision.clientId,
                                   decision.legalBasis,
                                   statusKey(decision.status),
                                   sql::nullable(decision.validFrom),
                                   sql::nullable(decision.validTo),
                                   sql::nullable(decision.evaluationDate),
                                   sql::nullable(decision.caseworkerId),
                                   sql::nullable(decision.inForceOn),
                                   userId};
            for (DecisionSection section : allDecisionSections()) {
                names << sectionKey(section);
                values << sql::nullable(decision.section(section));
            }
            auto id = sql::saveRow(transaction, QStringLiteral("decisions"), names, values, 0, 0);
            if (!id)
                return id.error();
            decision.id = *id;
            int position = 0;
            for (DecisionService &service : decision.services) {
                auto inserted = sql::run(transaction,
                                         QStringLiteral("INSERT INTO decision_services("
                                                        "decision_id, position, service_code, "
                                                        "own_hours_per_week, "
                                                        "shared_hours_per_week, description) "
                                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                                         {decision.id,
                                          position++,
                                          service.serviceCode,
                                          service.ownHours,
                                          service.sharedHours,
                                          service.description});
                if (!inserted)
                    return inserted.error();
                service.id = inserted->lastInsertId().toLongLong();
            }
            if (Status audited = AuditTrail::append(transaction,
                                                    session.audit(QStringLiteral("import"),
                                                                  QStringLiteral("decision"),
                                                                  decision.id,
                                                                  decision.clientId,
                                                                  toJson(decision)));
                !audited)
                return audited;
            ++imported;
        }
        failedLine = 0;
        return AuditTrail::append(transaction,
                                  importSummary(session, ImportKind::Decisions, path, imported));
    });
    if (!written)
        return failedWrite(written.error(), failedLine);
    report.imported = imported;
    return report;
}

Result<ImportReport>
importCaseload(Session &session, ImportKind kind, const QString &path, bool dryRun)
{
    return kind == ImportKind::Clients ? importClients(session, path, dryRun)
                                       : importDecisions(session, path, dryRun);
}

} // namespace fremdrift
