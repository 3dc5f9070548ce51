#include "importing/clientimport.h"

#include "domain/nationalid.h"
#include "importing/columnmap.h"
#include "importing/importvalues.h"
#include "repository/clientrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/clientrules.h"
#include "workflow/session.h"

namespace fremdrift::importing {

namespace {

std::optional<IndividualPlan> parseIndividualPlan(const QString &text)
{
    const QString key = normalizeName(text);
    if (key == u"ja")
        return IndividualPlan::Yes;
    if (key == u"nei" || key == u"nej")
        return IndividualPlan::No;
    return individualPlanFromKey(key);
}

} // namespace

ClientImport::ClientImport(Session &session, const ColumnMap &columns)
    : m_session(session)
    , m_columns(columns)
    , m_staff(session)
{
}

Status ClientImport::check(const CsvTable &table, ImportReport &report)
{
    report.records = int(table.records.size());
    for (const CsvRecord &record : table.records) {
        if (!record.wellFormed)
            continue;
        if (Status checked = checkRecord(record, report); !checked)
            return checked;
    }
    return Ok{};
}

Status ClientImport::checkRecord(const CsvRecord &record, ImportReport &report)
{
    QList<ImportProblem> problems;
    m_columns.checkUnnamed(record, problems);
    ClientLine line = readText(record);
    Client &client = line.client;
    readBirthDate(record, client, problems);
    readConsent(record, client, problems);
    readIndividualPlan(record, client, problems);
    if (Status read = readCaseworker(record, client, problems); !read)
        return read;
    if (checkRules(record.line, client, problems, report.warnings)) {
        if (Status unique = checkUnique(record.line, client, problems); !unique)
            return unique;
    }
    if (problems.isEmpty())
        m_lines.append(line);
    else
        report.problems += problems;
    return Ok{};
}

// The values taken as they are written.
ClientImport::ClientLine ClientImport::readText(const CsvRecord &record) const
{
    ClientLine line;
    line.line = record.line;
    Client &client = line.client;
    client.givenName = value(record, "given_name");
    client.familyName = value(record, "family_name");
    client.nationalId = value(record, "national_id");
    client.addressLine = value(record, "address_line");
    client.postalCode = value(record, "postal_code");
    client.city = value(record, "city");
    client.phone = value(record, "phone");
    client.email = value(record, "email");
    client.gpName = value(record, "gp_name");
    client.gpPractice = value(record, "gp_practice");
    client.gpPhone = value(record, "gp_phone");
    client.consentAssessedBy = value(record, "consent_assessed_by");
    client.individualPlanCoordinator = value(record, "individual_plan_coordinator");
    client.notes = value(record, "notes");
    line.unitName = value(record, "unit");
    return line;
}

// Only for a client without a national ID, which holds the birth date.
void ClientImport::readBirthDate(const CsvRecord &record,
                                 Client &client,
                                 QList<ImportProblem> &problems) const
{
    if (!client.nationalId.isEmpty())
        return;
    const auto birthDate = parseDate(value(record, "birth_date"));
    if (!birthDate)
        problems.append(m_columns.problem(
            record.line, QStringLiteral("birth_date"), dateProblem(value(record, "birth_date"))));
    else
        client.birthDate = *birthDate;
}

void ClientImport::readConsent(const CsvRecord &record,
                               Client &client,
                               QList<ImportProblem> &problems) const
{
    if (const QString text = value(record, "consent_competence"); !text.isEmpty()) {
        if (const auto consent = consentFromKey(normalizeName(text)))
            client.consent = *consent;
        else
            problems.append(m_columns.problem(
                record.line,
                QStringLiteral("consent_competence"),
                CaseloadImport::tr("\"%1\" is not one of full, partial, none or not_assessed.")
                    .arg(elide(text))));
    }
    if (const auto assessed = parseDate(value(record, "consent_assessed_on")); !assessed)
        problems.append(m_columns.problem(record.line,
                                          QStringLiteral("consent_assessed_on"),
                                          dateProblem(value(record, "consent_assessed_on"))));
    else
        client.consentAssessedOn = *assessed;
}

void ClientImport::readIndividualPlan(const CsvRecord &record,
                                      Client &client,
                                      QList<ImportProblem> &problems) const
{
    const QString text = value(record, "individual_plan");
    if (text.isEmpty())
        return;
    if (const auto plan = parseIndividualPlan(text))
        client.individualPlan = *plan;
    else
        problems.append(m_columns.problem(
            record.line,
            QStringLiteral("individual_plan"),
            CaseloadImport::tr("\"%1\" is not one of yes, no or needed.").arg(elide(text))));
}

Status ClientImport::readCaseworker(const CsvRecord &record,
                                    Client &client,
                                    QList<ImportProblem> &problems)
{
    const QString username = value(record, "caseworker");
    if (username.isEmpty())
        return Ok{};
    auto caseworker = m_staff.find(username);
    if (caseworker)
        client.caseworkerId = caseworker->id;
    else if (StaffLookup::isLineProblem(caseworker.error()))
        problems.append(m_columns.problem(
            record.line, QStringLiteral("caseworker"), caseworker.error().message));
    else
        return caseworker.error();
    return Ok{};
}

// The rules of the client form; true when the client has a valid national ID.
bool ClientImport::checkRules(int line,
                              Client &client,
                              QList<ImportProblem> &problems,
                              QList<ImportProblem> &warnings) const
{
    const ClientCheck check = checkClient(client, m_session);
    bool nationalIdValid = !client.nationalId.isEmpty();
    for (const FieldProblem &found : check.problems) {
        problems.append(m_columns.problem(line, found.field, found.message));
        if (found.field == u"national_id")
            nationalIdValid = false;
    }
    for (const QString &warning : check.warnings)
        warnings.append(m_columns.problem(line, QStringLiteral("national_id"), warning));
    return nationalIdValid;
}

// Each client once: not twice in the file, and not already in the database.
Status ClientImport::checkUnique(int line, const Client &client, QList<ImportProblem> &problems)
{
    const QString shown = formatNationalId(m_session.database().jurisdiction(), client.nationalId);
    if (const int first = m_lineOfNationalId.value(client.nationalId); first > 0) {
        problems.append(m_columns.problem(line,
                                          QStringLiteral("national_id"),
                                          CaseloadImport::tr("%1 is also on line %2: each client "
                                                             "only once.")
                                              .arg(shown)
                                              .arg(first)));
        return Ok{};
    }
    m_lineOfNationalId.insert(client.nationalId, line);
    auto existing = sql::run(m_session.database().connection(),
                             QStringLiteral("SELECT id, family_name || ', ' || "
                                            "given_name FROM clients WHERE "
                                            "national_id = ?"),
                             {client.nationalId});
    if (!existing)
        return existing.error();
    if (existing->next())
        problems.append(
            m_columns.problem(line,
                              QStringLiteral("national_id"),
                              CaseloadImport::tr("%1 is already in the database: %2 (client %3).")
                                  .arg(shown, existing->value(1).toString())
                                  .arg(existing->value(0).toLongLong())));
    return Ok{};
}

// Through the repository, which writes on the connection the transaction is on.
Result<int> ClientImport::write(QSqlDatabase & /*transaction*/, int &line)
{
    int imported = 0;
    ClientRepository clients(m_session);
    for (const ClientLine &item : std::as_const(m_lines)) {
        line = item.line;
        Client client = item.client;
        if (!item.unitName.isEmpty()) {
            auto unit = clients.unitId(item.unitName);
            if (!unit)
                return unit.error();
            client.unitId = *unit;
        }
        auto saved = clients.save(client);
        if (!saved)
            return saved.error();
        ++imported;
    }
    return imported;
}

QString ClientImport::value(const CsvRecord &record, const char *key) const
{
    return m_columns.value(record, QLatin1String(key));
}

} // namespace fremdrift::importing
