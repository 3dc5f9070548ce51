#include "repository/decisionrows.h"

#include "domain/json.h"

namespace fremdrift::decisionrows {

QString applyingCondition()
{
    return QStringLiteral("d.status IN ('approved', 'sent', 'in_force')");
}

QString summarySelect(DecisionOrder order)
{
    const QString from = order == DecisionOrder::ApplyingByEvaluation
                             ? QStringLiteral("FROM decisions d INDEXED BY "
                                              "decisions_applying_by_evaluation ")
                             : QStringLiteral("FROM decisions d ");
    return QStringLiteral(
               "SELECT d.id, d.reference, d.client_id, c.family_name || ', ' || c.given_name, "
               "u.name, cw.full_name, d.status, d.legal_basis, d.valid_from, d.evaluation_date, "
               "(SELECT total(own_hours_per_week) FROM decision_services s "
               " WHERE s.decision_id = d.id), "
               "(SELECT total(shared_hours_per_week) FROM decision_services s "
               " WHERE s.decision_id = d.id) ")
           + from
           + QStringLiteral("JOIN clients c ON c.id = d.client_id "
                            "LEFT JOIN units u ON u.id = c.unit_id "
                            "LEFT JOIN staff_users cw ON cw.id = d.caseworker_id ");
}

DecisionSummary summaryFrom(const QSqlQuery &row)
{
    DecisionSummary s;
    s.id = row.value(0).toLongLong();
    s.reference = row.value(1).toString();
    s.clientId = row.value(2).toLongLong();
    s.clientName = row.value(3).toString();
    s.unitName = row.value(4).toString();
    s.caseworkerName = row.value(5).toString();
    s.status = statusFromKey(row.value(6).toString()).value_or(DecisionStatus::Draft);
    s.legalBasis = row.value(7).toString();
    s.validFrom = dateFromIso(row.value(8).toString());
    s.evaluationDate = dateFromIso(row.value(9).toString());
    s.ownHours = row.value(10).toDouble();
    s.sharedHours = row.value(11).toDouble();
    return s;
}

} // namespace fremdrift::decisionrows
