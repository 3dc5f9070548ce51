#include "importing/decisionlines.h"

#include "importing/columnmap.h"
#include "importing/importvalues.h"
#include "jurisdiction/jurisdictionprofile.h"

namespace fremdrift::importing {

namespace {

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

// Reads the lines of a file into decisions, one line at a time.
class Grouping final
{
public:
    Grouping(const ColumnMap &columns,
             const JurisdictionProfile &profile,
             QList<ImportProblem> &problems)
        : m_columns(columns)
        , m_profile(profile)
        , m_problems(problems)
        , m_levelKeys(decisionLevelKeys())
    {
    }

    void add(const CsvRecord &record);
    QList<DecisionLines> decisions() const { return m_decisions; }

private:
    DecisionLines &decisionFor(const QString &reference, int line);
    void addLevelValues(DecisionLines &decision, const CsvRecord &record);
    ServiceLine readService(const CsvRecord &record);
    void readHours(const CsvRecord &record, DecisionService &service);
    void problem(const CsvRecord &record, const QString &key, const QString &message)
    {
        m_problems.append(m_columns.problem(record.line, key, message));
    }

    const ColumnMap &m_columns;
    const JurisdictionProfile &m_profile;
    QList<ImportProblem> &m_problems;
    const QStringList m_levelKeys;
    QList<DecisionLines> m_decisions;
    QHash<QString, qsizetype> m_decisionOf;
};

void Grouping::add(const CsvRecord &record)
{
    m_columns.checkUnnamed(record, m_problems);
    const QString reference = m_columns.value(record, QStringLiteral("reference"));
    if (reference.isEmpty()) {
        problem(
            record,
            QStringLiteral("reference"),
            CaseloadImport::tr("Every line needs the reference of the decision it belongs to."));
        return;
    }
    DecisionLines &decision = decisionFor(reference, record.line);
    addLevelValues(decision, record);
    decision.services.append(readService(record));
}

DecisionLines &Grouping::decisionFor(const QString &reference, int line)
{
    qsizetype at = m_decisionOf.value(reference, -1);
    if (at < 0) {
        at = m_decisions.size();
        m_decisionOf.insert(reference, at);
        m_decisions.append({reference, line, {}, {}});
    }
    return m_decisions[at];
}

// A decision-level value is given once, or the same on every line that gives it.
void Grouping::addLevelValues(DecisionLines &decision, const CsvRecord &record)
{
    for (const QString &key : m_levelKeys) {
        const QString value = m_columns.value(record, key);
        if (value.isEmpty())
            continue;
        const auto given = decision.values.constFind(key);
        if (given == decision.values.cend()) {
            decision.values.insert(key, {value, record.line});
        } else if (given->first != value) {
            problem(record,
                    key,
                    CaseloadImport::tr(
                        "\"%1\" here, but \"%2\" on line %3: the lines of decision %4 must "
                        "agree (or leave it empty).")
                        .arg(elide(value), elide(given->first))
                        .arg(given->second)
                        .arg(decision.reference));
        }
    }
}

ServiceLine Grouping::readService(const CsvRecord &record)
{
    ServiceLine line;
    line.line = record.line;
    DecisionService &service = line.service;
    service.serviceCode = m_columns.value(record, QStringLiteral("service_code"));
    service.description = m_columns.value(record, QStringLiteral("service_description"));
    if (service.serviceCode.isEmpty())
        problem(record,
                QStringLiteral("service_code"),
                CaseloadImport::tr("Give the service: each line is one service of the decision."));
    else if (const ServiceType *type = findService(m_profile, service.serviceCode))
        service.serviceCode = type->code;
    readHours(record, service);
    return line;
}

void Grouping::readHours(const CsvRecord &record, DecisionService &service)
{
    for (const QString &key : {QStringLiteral("own_hours"), QStringLiteral("shared_hours")}) {
        const QString text = m_columns.value(record, key);
        const auto hours = parseHours(text);
        if (!hours)
            problem(record,
                    key,
                    CaseloadImport::tr("\"%1\" is not a number of hours a week, e.g. 7,5.")
                        .arg(elide(text)));
        else if (key == u"own_hours")
            service.ownHours = *hours;
        else
            service.sharedHours = *hours;
    }
}

} // namespace

QList<DecisionLines> groupDecisionLines(const CsvTable &table,
                                        const ColumnMap &columns,
                                        const JurisdictionProfile &profile,
                                        QList<ImportProblem> &problems)
{
    Grouping grouping(columns, profile, problems);
    for (const CsvRecord &record : table.records) {
        if (record.wellFormed)
            grouping.add(record);
    }
    return grouping.decisions();
}

} // namespace fremdrift::importing
