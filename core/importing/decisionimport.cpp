#include "importing/decisionimport.h"

#include "domain/json.h"
#include "importing/columnmap.h"
#include "importing/importvalues.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/decisionworkflow.h"
#include "workflow/session.h"

#include <QRegularExpression>

namespace fremdrift::importing {

namespace {

const LegalBasis *findLegalBasis(const JurisdictionProfile &profile, const QString &text)
{
    const QString wanted = normalizeName(text);
    for (const LegalBasis &basis : profile.legalBases) {
        if (normalizeName(basis.code) == wanted || normalizeName(basis.citation()) == wanted)
            return &basis;
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

DecisionImport::DecisionImport(Session &session, const ColumnMap &columns)
    : m_session(session)
    , m_columns(columns)
    , m_staff(session)
{
    m_idOptions.allowSynthetic = session.isTestDatabase();
    m_idOptions.today = session.today();
}

void DecisionImport::checkHeader(const ColumnMap &columns,
                                 int headerLine,
                                 QList<ImportProblem> &problems)
{
    if (!columns.has(QStringLiteral("client_national_id"))
        && !columns.has(QStringLiteral("client_id")))
        problems.append(
            {headerLine,
             CaseloadImport::tr("Required column missing: client_national_id or client_id.")});
}

Status DecisionImport::check(const CsvTable &table, ImportReport &report)
{
    const QList<DecisionLines> decisions
        = groupDecisionLines(table, m_columns, m_session.profile(), report.problems);
    report.records = int(decisions.size());
    for (const DecisionLines &lines : decisions) {
        if (Status checked = checkDecision(lines, report); !checked)
            return checked;
    }
    return Ok{};
}

Status DecisionImport::checkDecision(const DecisionLines &lines, ImportReport &report)
{
    Candidate candidate{lines, {}, {}, std::nullopt, false};
    candidate.decision.reference = lines.reference;
    if (Status found = findClient(candidate); !found)
        return found;
    readLegalBasis(candidate);
    readStatus(candidate);
    readDates(candidate);
    if (Status read = readCaseworker(candidate); !read)
        return read;
    readSectionsAndServices(candidate);
    if (Status isNew = checkNew(candidate); !isNew)
        return isNew;
    checkDraftRules(candidate);

    if (candidate.problems.isEmpty() && candidate.clientFound)
        m_decisions.append({lines.line, candidate.decision});
    else
        report.problems += candidate.problems;
    return Ok{};
}

// The client, by national ID or id; both must name the same one.
Status DecisionImport::findClient(Candidate &candidate)
{
    const QString nationalId = candidate.lines.value(QStringLiteral("client_national_id"));
    const QString idText = candidate.lines.value(QStringLiteral("client_id"));
    if (nationalId.isEmpty() && idText.isEmpty()) {
        candidate.problems.append({candidate.lines.line,
                                   CaseloadImport::tr("Decision %1 does not say whose it is: give "
                                                      "client_national_id or client_id.")
                                       .arg(candidate.lines.reference)});
    }
    if (!nationalId.isEmpty()) {
        if (Status found = findClientByNationalId(candidate, nationalId); !found)
            return found;
    }
    if (!idText.isEmpty()) {
        if (Status found = findClientById(candidate, idText); !found)
            return found;
    }
    return Ok{};
}

Status DecisionImport::findClientByNationalId(Candidate &candidate, const QString &nationalId)
{
    const JurisdictionCode jurisdiction = m_session.database().jurisdiction();
    const NationalIdCheck id = checkNationalId(jurisdiction, nationalId, m_idOptions);
    if (!id.valid) {
        problem(candidate, QStringLiteral("client_national_id"), id.message);
        return Ok{};
    }
    auto found = matchClient(candidate, QStringLiteral("national_id = ?"), id.normalized);
    if (!found)
        return found.error();
    if (!*found)
        problem(candidate,
                QStringLiteral("client_national_id"),
                CaseloadImport::tr("There is no client with the national ID %1: import the "
                                   "clients first.")
                    .arg(formatNationalId(jurisdiction, id.normalized)));
    return Ok{};
}

Status DecisionImport::findClientById(Candidate &candidate, const QString &idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        problem(
            candidate,
            QStringLiteral("client_id"),
            CaseloadImport::tr("\"%1\" is not a client id (a whole number).").arg(elide(idText)));
        return Ok{};
    }
    auto found = matchClient(candidate, QStringLiteral("id = ?"), id);
    if (!found && found.error().code != Error::Code::InvalidInput)
        return found.error();
    if (!found)
        problem(
            candidate,
            QStringLiteral("client_id"),
            CaseloadImport::tr("Client %1 is not the client with the national ID given.").arg(id));
    else if (!*found)
        problem(candidate,
                QStringLiteral("client_id"),
                CaseloadImport::tr("There is no client with id %1.").arg(id));
    return Ok{};
}

// Whether there is a client `where`; an InvalidInput error when it is not the one found before.
Result<bool>
DecisionImport::matchClient(Candidate &candidate, const QString &where, const QVariant &key)
{
    auto row = sql::run(m_session.database().connection(),
                        QStringLiteral("SELECT id, caseworker_id FROM clients WHERE ") + where,
                        {key});
    if (!row)
        return row.error();
    if (!row->next())
        return false;
    const qint64 id = row->value(0).toLongLong();
    Decision &decision = candidate.decision;
    if (candidate.clientFound && decision.clientId != id)
        return makeError(Error::Code::InvalidInput, {});
    decision.clientId = id;
    candidate.clientCaseworker
        = row->value(1).isNull() ? std::nullopt : std::optional<qint64>(row->value(1).toLongLong());
    candidate.clientFound = true;
    return true;
}

void DecisionImport::readLegalBasis(Candidate &candidate) const
{
    const QString legalBasis = candidate.lines.value(QStringLiteral("legal_basis"));
    if (legalBasis.isEmpty()) {
        candidate.problems.append(
            m_columns.problem(candidate.lines.line,
                              QStringLiteral("legal_basis"),
                              CaseloadImport::tr("Give the legal basis of decision %1.")
                                  .arg(candidate.lines.reference)));
        return;
    }
    const LegalBasis *basis = findLegalBasis(m_session.profile(), legalBasis);
    candidate.decision.legalBasis = basis ? basis->code : legalBasis;
}

void DecisionImport::readStatus(Candidate &candidate) const
{
    const QString statusText = candidate.lines.value(QStringLiteral("status"));
    const auto status = parseImportStatus(statusText);
    if (!status)
        problem(candidate,
                QStringLiteral("status"),
                CaseloadImport::tr(
                    "\"%1\" is not a status an import can give: use in_force (the default) "
                    "or draft.")
                    .arg(elide(statusText)));
    candidate.decision.status = status.value_or(DecisionStatus::InForce);
}

// The dates; a decision in force must have the first and the evaluation.
void DecisionImport::readDates(Candidate &candidate) const
{
    const DecisionLines &lines = candidate.lines;
    Decision &decision = candidate.decision;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("valid_from"), &decision.validFrom},
          std::pair{QStringLiteral("valid_to"), &decision.validTo},
          std::pair{QStringLiteral("evaluation_date"), &decision.evaluationDate}}) {
        const QString text = lines.value(key);
        if (const auto date = parseDate(text); !date)
            problem(candidate, key, dateProblem(text));
        else
            *target = *date;
    }
    if (decision.status != DecisionStatus::InForce)
        return;
    if (lines.value(QStringLiteral("valid_from")).isEmpty())
        candidate.problems.append(m_columns.problem(
            lines.line,
            QStringLiteral("valid_from"),
            CaseloadImport::tr("Decision %1 is in force: give the date it is valid from.")
                .arg(lines.reference)));
    if (lines.value(QStringLiteral("evaluation_date")).isEmpty())
        candidate.problems.append(m_columns.problem(
            lines.line,
            QStringLiteral("evaluation_date"),
            CaseloadImport::tr("Decision %1 is in force: give the date it will be evaluated.")
                .arg(lines.reference)));
}

// The caseworker named, or else the client's, or else the user importing.
Status DecisionImport::readCaseworker(Candidate &candidate)
{
    Decision &decision = candidate.decision;
    const QString username = candidate.lines.value(QStringLiteral("caseworker"));
    if (username.isEmpty()) {
        decision.caseworkerId = candidate.clientCaseworker
                                    ? candidate.clientCaseworker
                                    : std::optional<qint64>(m_session.user().id);
        return Ok{};
    }
    auto caseworker = m_staff.find(username);
    if (caseworker)
        decision.caseworkerId = caseworker->id;
    else if (StaffLookup::isLineProblem(caseworker.error()))
        problem(candidate, QStringLiteral("caseworker"), caseworker.error().message);
    else
        return caseworker.error();
    return Ok{};
}

void DecisionImport::readSectionsAndServices(Candidate &candidate) const
{
    for (DecisionSection section : allDecisionSections())
        candidate.decision.setSection(section, candidate.lines.value(sectionKey(section)));
    for (const ServiceLine &service : candidate.lines.services)
        candidate.decision.services.append(service.service);
}

// The reference is not in the database yet.
Status DecisionImport::checkNew(Candidate &candidate)
{
    const QString &reference = candidate.lines.reference;
    auto existing = sql::scalar(m_session.database().connection(),
                                QStringLiteral("SELECT id FROM decisions WHERE reference = ?"),
                                {reference});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        problem(candidate,
                QStringLiteral("reference"),
                CaseloadImport::tr("Decision %1 is already in the database.").arg(reference));
    return Ok{};
}

// The rules every draft follows. A service's problem belongs to its own line.
void DecisionImport::checkDraftRules(Candidate &candidate) const
{
    static const QRegularExpression serviceField(QStringLiteral("^services\\[(\\d+)\\]\\.(.*)$"));
    const DecisionLines &lines = candidate.lines;
    for (const FieldProblem &found : checkDecisionDraft(candidate.decision, m_session.profile())) {
        if (found.field == u"client_id")
            continue; // the client's own problem is reported by findClient()
        const auto match = serviceField.match(found.field);
        if (!match.hasMatch()) {
            problem(candidate, found.field, found.message);
            continue;
        }
        const qsizetype index = match.captured(1).toLongLong();
        const int line = index < lines.services.size() ? lines.services.at(index).line : lines.line;
        const QString key = match.captured(2) == u"service_code" ? QStringLiteral("service_code")
                                                                 : match.captured(2);
        candidate.problems.append(m_columns.problem(line, key, found.message));
    }
}

// A problem with the column `key`, on the line that gives its value (or the decision's first).
void DecisionImport::problem(Candidate &candidate, const QString &key, const QString &message) const
{
    candidate.problems.append(m_columns.problem(candidate.lines.lineOf(key), key, message));
}

Result<int> DecisionImport::write(QSqlDatabase &transaction, int &line)
{
    int imported = 0;
    for (const DecisionToWrite &item : std::as_const(m_decisions)) {
        line = item.line;
        Decision decision = item.decision;
        if (decision.status == DecisionStatus::InForce)
            decision.inForceOn = decision.validFrom;
        if (Status inserted = insertDecision(transaction, decision); !inserted)
            return inserted.error();
        if (Status inserted = insertServices(transaction, decision); !inserted)
            return inserted.error();
        if (Status audited = AuditTrail::append(transaction,
                                                m_session.audit(QStringLiteral("import"),
                                                                QStringLiteral("decision"),
                                                                decision.id,
                                                                decision.clientId,
                                                                toJson(decision)));
            !audited)
            return audited.error();
        ++imported;
    }
    return imported;
}

// The decision's row; sets its id.
Status DecisionImport::insertDecision(QSqlDatabase &transaction, Decision &decision) const
{
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
                           m_session.user().id};
    for (DecisionSection section : allDecisionSections()) {
        names << sectionKey(section);
        values << sql::nullable(decision.section(section));
    }
    auto id = sql::saveRow(transaction, QStringLiteral("decisions"), names, values, 0, 0);
    if (!id)
        return id.error();
    decision.id = *id;
    return Ok{};
}

// The decision's services, in order; sets their ids.
Status DecisionImport::insertServices(QSqlDatabase &transaction, Decision &decision) const
{
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
    return Ok{};
}

} // namespace fremdrift::importing
