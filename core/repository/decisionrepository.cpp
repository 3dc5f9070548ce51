#include "repository/decisionrepository.h"

#include "domain/json.h"
#include "repository/decisionrows.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QSqlQuery>

namespace fremdrift {

namespace {

const QString decisionSelect = QStringLiteral(
    "SELECT d.id, d.reference, d.client_id, c.family_name || ', ' || c.given_name, "
    "d.legal_basis, d.status, d.replaces_decision_id, d.valid_from, d.valid_to, "
    "d.evaluation_date, d.health_information, d.functioning_and_needs, d.needs_all_life_areas, "
    "d.own_needs_wishes_goals, d.user_participation, d.relatives_participation, "
    "d.municipality_assessment, d.caseworker_id, cw.full_name, d.submitted_at, d.approved_by, "
    "ap.full_name, d.approved_at, d.refusal_comment, d.sent_on, d.sent_method, d.received_on, "
    "d.received_assumed, d.complaint_deadline, d.in_force_on, d.ended_on, d.version, "
    "d.updated_at "
    "FROM decisions d JOIN clients c ON c.id = d.client_id "
    "LEFT JOIN staff_users cw ON cw.id = d.caseworker_id "
    "LEFT JOIN staff_users ap ON ap.id = d.approved_by ");

QDate date(const QSqlQuery &row, int column)
{
    return dateFromIso(row.value(column).toString());
}

Decision decisionFrom(const QSqlQuery &row)
{
    Decision d;
    d.id = row.value(0).toLongLong();
    d.reference = row.value(1).toString();
    d.clientId = row.value(2).toLongLong();
    d.clientName = row.value(3).toString();
    d.legalBasis = row.value(4).toString();
    d.status = statusFromKey(row.value(5).toString()).value_or(DecisionStatus::Draft);
    d.replacesDecisionId = sql::optionalId(row.value(6));
    d.validFrom = date(row, 7);
    d.validTo = date(row, 8);
    d.evaluationDate = date(row, 9);
    const QList<DecisionSection> sections = allDecisionSections();
    for (qsizetype i = 0; i < sections.size(); ++i)
        d.setSection(sections.at(i), row.value(10 + int(i)).toString());
    d.caseworkerId = sql::optionalId(row.value(17));
    d.caseworkerName = row.value(18).toString();
    d.submittedAt = row.value(19).toString();
    d.approvedBy = sql::optionalId(row.value(20));
    d.approvedByName = row.value(21).toString();
    d.approvedAt = row.value(22).toString();
    d.refusalComment = row.value(23).toString();
    d.sentOn = date(row, 24);
    d.sentMethod = sendMethodFromKey(row.value(25).toString());
    d.receivedOn = date(row, 26);
    d.receivedAssumed = row.value(27).toBool();
    d.complaintDeadline = date(row, 28);
    d.inForceOn = date(row, 29);
    d.endedOn = date(row, 30);
    d.version = row.value(31).toInt();
    d.updatedAt = row.value(32).toString();
    return d;
}

Status replaceServices(const QSqlDatabase &db, const Decision &decision)
{
    if (auto removed = sql::run(db,
                                QStringLiteral("DELETE FROM decision_services WHERE decision_id = ?"),
                                {decision.id});
        !removed)
        return removed.error();
    int position = 0;
    for (const DecisionService &service : decision.services) {
        auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO decision_services(decision_id, "
                                                "position, service_code, own_hours_per_week, "
                                                "shared_hours_per_week, description) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"),
                                 {decision.id, position++, service.serviceCode, service.ownHours,
                                  service.sharedHours, service.description});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

// The next reference of the year, YYYY/NNNN, read inside the write transaction.
Result<QString> nextReference(const QSqlDatabase &db, int year)
{
    auto highest = sql::scalar(db,
                               QStringLiteral("SELECT max(CAST(substr(reference, 6) AS INTEGER)) "
                                              "FROM decisions WHERE reference LIKE ?"),
                               {QStringLiteral("%1/%").arg(year)});
    if (!highest)
        return highest.error();
    return QStringLiteral("%1/%2").arg(year).arg(highest->toInt() + 1, 4, 10, QLatin1Char('0'));
}

} // namespace

Result<QList<DecisionService>> DecisionRepository::services(qint64 decisionId) const
{
    auto rows = sql::run(m_session.database().connection(),
                         QStringLiteral("SELECT id, service_code, own_hours_per_week, "
                                        "shared_hours_per_week, description FROM "
                                        "decision_services WHERE decision_id = ? ORDER BY position"),
                         {decisionId});
    if (!rows)
        return rows.error();
    QList<DecisionService> services;
    while (rows->next())
        services.append({rows->value(0).toLongLong(), rows->value(1).toString(),
                         rows->value(2).toDouble(), rows->value(3).toDouble(),
                         rows->value(4).toString()});
    return services;
}

Result<Decision> DecisionRepository::get(qint64 id) const
{
    auto row = sql::run(m_session.database().connection(),
                        decisionSelect + QStringLiteral("WHERE d.id = ?"),
                        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no decision with id %1.").arg(id));
    Decision decision = decisionFrom(*row);
    auto list = services(id);
    if (!list)
        return list.error();
    decision.services = *list;
    return decision;
}

Result<QList<DecisionSummary>> DecisionRepository::list(const DecisionFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions << QStringLiteral("d.status = ?");
        values << statusKey(*filter.status);
    }
    if (filter.unitId) {
        conditions << QStringLiteral("c.unit_id = ?");
        values << *filter.unitId;
    }
    if (filter.caseworkerId) {
        conditions << QStringLiteral("d.caseworker_id = ?");
        values << *filter.caseworkerId;
    }
    if (filter.clientId) {
        conditions << QStringLiteral("d.client_id = ?");
        values << *filter.clientId;
    }
    if (filter.evaluationWithinWeeks) {
        // Only decisions that still apply are due for evaluation.
        conditions << QStringLiteral("d.evaluation_date <= ? AND ") + decisionrows::applyingCondition();
        values << isoDate(m_session.today().addDays(7 * *filter.evaluationWithinWeeks));
    }
    QSqlQuery query(m_session.database().connection());
    query.setForwardOnly(true);
    // Due for evaluation, office-wide: the index of decisions that apply, in order.
    const bool dueList = filter.evaluationWithinWeeks && !filter.clientId;
    query.prepare(decisionrows::summarySelect(dueList ? decisionrows::DecisionOrder::ApplyingByEvaluation
                                                      : decisionrows::DecisionOrder::Any)
                  + (conditions.isEmpty() ? QString()
                                          : QStringLiteral("WHERE ")
                                                + conditions.join(QStringLiteral(" AND ")))
                  // One client's decisions newest first, as a history reads; the office's
                  // list by when each is due for evaluation.
                  + (filter.clientId
                         ? QStringLiteral(" ORDER BY d.valid_from IS NULL, d.valid_from DESC, "
                                          "d.id DESC LIMIT ?")
                     : dueList ? QStringLiteral(" ORDER BY d.evaluation_date, d.id LIMIT ?")
                               : QStringLiteral(" ORDER BY d.evaluation_date IS NULL, "
                                                "d.evaluation_date, d.id LIMIT ?")));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<DecisionSummary> decisions;
    while (query.next())
        decisions << decisionrows::summaryFrom(query);
    return decisions;
}

Result<Decision> DecisionRepository::saveDraft(Decision decision)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    QJsonObject before;
    if (decision.id != 0) {
        auto stored = get(decision.id);
        if (!stored)
            return stored.error();
        if (!isEditable(stored->status))
            return makeError(Error::Code::InvalidInput,
                             tr("The decision is \"%1\" and cannot be changed. Take it back to "
                                "draft first; that is recorded.")
                                 .arg(statusName(stored->status)));
        before = toJson(*stored);
    }
    if (const auto problems = checkDecisionDraft(decision, m_session.profile()); !problems.isEmpty())
        return invalidInput(problems);
    if (!decision.caseworkerId)
        decision.caseworkerId = m_session.user().id;

    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        if (decision.reference.trimmed().isEmpty()) {
            auto reference = nextReference(db, m_session.today().year());
            if (!reference)
                return reference.error();
            decision.reference = *reference;
        }
        QStringList columns = {QStringLiteral("reference"), QStringLiteral("client_id"),
                               QStringLiteral("legal_basis"), QStringLiteral("status"),
                               QStringLiteral("replaces_decision_id"),
                               QStringLiteral("valid_from"), QStringLiteral("valid_to"),
                               QStringLiteral("evaluation_date"),
                               QStringLiteral("caseworker_id"), QStringLiteral("updated_by")};
        QVariantList values = {decision.reference.trimmed(), decision.clientId,
                               sql::text(decision.legalBasis), statusKey(DecisionStatus::Draft),
                               sql::nullable(decision.replacesDecisionId),
                               sql::nullable(decision.validFrom), sql::nullable(decision.validTo),
                               sql::nullable(decision.evaluationDate),
                               sql::nullable(decision.caseworkerId), m_session.user().id};
        for (DecisionSection section : allDecisionSections()) {
            columns << sectionKey(section);
            values << decision.section(section);
        }
        auto id = sql::saveRow(db, QStringLiteral("decisions"), columns, values, decision.id,
                               decision.version);
        if (!id)
            return id.error();
        const bool isNew = decision.id == 0;
        decision.id = *id;
        if (Status s = replaceServices(db, decision); !s)
            return s;
        return AuditTrail::append(db,
                                  m_session.audit(isNew ? QStringLiteral("create")
                                                        : QStringLiteral("update"),
                                                  QStringLiteral("decision"),
                                                  decision.id,
                                                  decision.clientId,
                                                  AuditTrail::changes(before, toJson(decision))));
    });
    if (!saved)
        return saved.error();
    return get(decision.id);
}

Result<Decision> DecisionRepository::perform(qint64 id,
                                             int version,
                                             DecisionAction action,
                                             const ActionInput &input)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->version != version)
        return sql::conflict(m_session.database().connection(), QStringLiteral("decisions"), id);
    if (const auto problems = checkAction(*stored, action, input, m_session.user(),
                                          m_session.profile(), m_session.today());
        !problems.isEmpty())
        return invalidInput(problems);

    Decision decision = *stored;
    applyAction(decision, action, input, m_session.user(), m_session.calendar());
    QJsonObject detail = AuditTrail::changes(toJson(*stored), toJson(decision));
    if (!input.comment.isEmpty())
        detail[QStringLiteral("comment")] = input.comment.trimmed();
    if (action == DecisionAction::PutInForce && !input.overrideReason.trimmed().isEmpty()
        && stored->complaintDeadline.isValid() && m_session.today() <= stored->complaintDeadline)
        detail[QStringLiteral("override_reason")] = input.overrideReason.trimmed();

    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        const QStringList columns = {
            QStringLiteral("status"), QStringLiteral("submitted_at"),
            QStringLiteral("approved_by"), QStringLiteral("approved_at"),
            QStringLiteral("refusal_comment"), QStringLiteral("sent_on"),
            QStringLiteral("sent_method"), QStringLiteral("received_on"),
            QStringLiteral("received_assumed"), QStringLiteral("complaint_deadline"),
            QStringLiteral("in_force_on"), QStringLiteral("ended_on"),
            QStringLiteral("updated_by")};
        const QVariantList values = {
            statusKey(decision.status), sql::nullable(decision.submittedAt),
            sql::nullable(decision.approvedBy), sql::nullable(decision.approvedAt),
            sql::nullable(decision.refusalComment), sql::nullable(decision.sentOn),
            decision.sentMethod ? QVariant(sendMethodKey(*decision.sentMethod))
                                : QVariant(QMetaType::fromType<QString>()),
            sql::nullable(decision.receivedOn), decision.receivedAssumed,
            sql::nullable(decision.complaintDeadline), sql::nullable(decision.inForceOn),
            sql::nullable(decision.endedOn), m_session.user().id};
        auto row = sql::saveRow(db, QStringLiteral("decisions"), columns, values, id, version);
        if (!row)
            return row.error();
        // A new decision in force replaces the one it was written to replace.
        if (action == DecisionAction::PutInForce && decision.replacesDecisionId) {
            auto replaced = sql::run(db,
                                     QStringLiteral("UPDATE decisions SET status = 'replaced', "
                                                    "version = version + 1, updated_by = ? "
                                                    "WHERE id = ? AND status = 'in_force'"),
                                     {m_session.user().id, *decision.replacesDecisionId});
            if (!replaced)
                return replaced.error();
        }
        return AuditTrail::append(db,
                                  m_session.audit(actionKey(action),
                                                  QStringLiteral("decision"),
                                                  id,
                                                  decision.clientId,
                                                  detail));
    });
    if (!saved)
        return saved.error();
    return get(id);
}

Result<std::optional<Decision>> DecisionRepository::previous(const Decision &decision) const
{
    if (!decision.replacesDecisionId)
        return std::optional<Decision>();
    auto replaced = get(*decision.replacesDecisionId);
    if (!replaced)
        return replaced.error();
    return std::optional<Decision>(std::move(replaced).value());
}

} // namespace fremdrift
