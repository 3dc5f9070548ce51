#include "letters/letterarchive.h"

#include "letters/templaterepository.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/accesslog.h"
#include "workflow/clientrules.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

namespace fremdrift {

namespace {

// Every column but the PDF, which is read by get() alone: the PDF is stored last in the row, so
// a list never reads a byte of it.
const QString letterSelect = QStringLiteral(
    "SELECT l.id, l.kind, l.template_id, t.version_no, l.language, l.client_id, "
    "c.family_name || ', ' || c.given_name, l.decision_id, l.review_id, l.meeting_id, "
    "l.recipient_name, l.recipient_role, l.recipient_address, l.copies_to, l.reference, "
    "l.issued_at, l.issued_by, s.full_name, l.page_count, l.sha256%1 "
    "FROM letters l JOIN templates t ON t.id = l.template_id "
    "LEFT JOIN clients c ON c.id = l.client_id "
    "LEFT JOIN staff_users s ON s.id = l.issued_by ");
constexpr int pdfColumn = 20;

QString selectWithoutPdf()
{
    return letterSelect.arg(QString());
}

QString selectWithPdf()
{
    return letterSelect.arg(QStringLiteral(", l.pdf"));
}

const QStringList recipientRoles = {QStringLiteral("client"),
                                    QStringLiteral("guardian"),
                                    QStringLiteral("relative"),
                                    QStringLiteral("other")};

IssuedLetter letterFrom(const QSqlQuery &row)
{
    IssuedLetter l;
    l.id = row.value(0).toLongLong();
    l.kind = letterKindFromKey(row.value(1).toString()).value_or(LetterKind::PreNotice);
    l.templateId = row.value(2).toLongLong();
    l.templateVersion = row.value(3).toInt();
    l.language = row.value(4).toString();
    l.clientId = sql::optionalId(row.value(5));
    l.clientName = row.value(6).toString();
    l.decisionId = sql::optionalId(row.value(7));
    l.reviewId = sql::optionalId(row.value(8));
    l.meetingId = sql::optionalId(row.value(9));
    l.recipientName = row.value(10).toString();
    l.recipientRole = row.value(11).toString();
    l.recipientAddress = row.value(12).toString();
    l.copiesTo = row.value(13).toString();
    l.reference = row.value(14).toString();
    l.issuedAt = row.value(15).toString();
    l.issuedBy = sql::optionalId(row.value(16));
    l.issuedByName = row.value(17).toString();
    l.pageCount = row.value(18).toInt();
    l.sha256 = row.value(19).toString();
    return l;
}

QJsonValue jsonId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonLines(const QString &text)
{
    return QJsonArray::fromStringList(text.split(u'\n', Qt::SkipEmptyParts));
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject IssuedLetter::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), letterKindKey(kind)},
            {QStringLiteral("template_id"), templateId},
            {QStringLiteral("template_version"), templateVersion},
            {QStringLiteral("language"), language},
            {QStringLiteral("client_id"), jsonId(clientId)},
            {QStringLiteral("client_name"), clientName},
            {QStringLiteral("decision_id"), jsonId(decisionId)},
            {QStringLiteral("review_id"), jsonId(reviewId)},
            {QStringLiteral("meeting_id"), jsonId(meetingId)},
            {QStringLiteral("recipient_name"), recipientName},
            {QStringLiteral("recipient_role"), recipientRole},
            {QStringLiteral("recipient_address"), jsonLines(recipientAddress)},
            {QStringLiteral("copies_to"), jsonLines(copiesTo)},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("issued_at"), issuedAt},
            {QStringLiteral("issued_by"), jsonId(issuedBy)},
            {QStringLiteral("issued_by_name"), issuedByName},
            {QStringLiteral("page_count"), pageCount},
            {QStringLiteral("sha256"), sha256}};
}

Result<QList<IssuedLetter>> LetterArchive::list(const LetterFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    const std::pair<const char *, const std::optional<qint64> &> ids[] = {
        {"l.client_id", filter.clientId},
        {"l.decision_id", filter.decisionId},
        {"l.review_id", filter.reviewId},
        {"l.meeting_id", filter.meetingId},
    };
    for (const auto &[column, id] : ids) {
        if (id) {
            conditions << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << *id;
        }
    }
    if (filter.kind) {
        conditions << QStringLiteral("l.kind = ?");
        values << letterKindKey(*filter.kind);
    }
    // Every word typed must occur in the recipient's name or the reference (as issued), or in
    // the client's search text: all folded by Fremdrift, since SQLite folds ASCII only.
    for (const QString &word : foldForSearch(filter.text).split(u' ', Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("(instr(l.search_text, ?) > 0 "
                                     "OR instr(coalesce(c.search_text, ''), ?) > 0)");
        values << word << word;
    }
    QSqlQuery query(m_session.database().connection());
    query.setForwardOnly(true);
    query.prepare(selectWithoutPdf()
                  + (conditions.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
                  + QStringLiteral(" ORDER BY l.issued_at DESC, l.id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<IssuedLetter> letters;
    while (query.next())
        letters << letterFrom(query);
    return letters;
}

Result<IssuedLetter> LetterArchive::get(qint64 id) const
{
    auto row = sql::run(m_session.database().connection(),
                        selectWithPdf() + QStringLiteral("WHERE l.id = ?"),
                        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no issued letter with id %1.").arg(id));
    IssuedLetter letter = letterFrom(*row);
    letter.pdf = row->value(pdfColumn).toByteArray();
    // A letter shows the client's case as much as the record does: no log, no letter.
    if (letter.clientId) {
        if (Status logged = AccessLog::logRecordOpened(m_session, *letter.clientId); !logged)
            return logged.error();
    }
    return letter;
}

Result<bool> LetterArchive::verify(qint64 id) const
{
    auto row = sql::run(m_session.database().connection(),
                        QStringLiteral("SELECT sha256, pdf FROM letters WHERE id = ?"),
                        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no issued letter with id %1.").arg(id));
    return sha256Hex(row->value(1).toByteArray()) == row->value(0).toString();
}

Status LetterArchive::checkLetter(const IssuedLetter &letter) const
{
    QList<FieldProblem> problems;
    if (!isCitizenLetter(letter.kind))
        problems.append({QStringLiteral("kind"),
                         tr("«%1» is not a letter to a citizen, so it is not archived.")
                             .arg(letterKindName(letter.kind))});
    if (letter.recipientName.trimmed().isEmpty())
        problems.append({QStringLiteral("recipient_name"), tr("The letter has no recipient.")});
    if (!recipientRoles.contains(letter.recipientRole))
        problems.append(
            {QStringLiteral("recipient_role"),
             tr("The recipient's role «%1» is unknown: it is one of %2.")
                 .arg(letter.recipientRole, recipientRoles.join(QStringLiteral(", ")))});
    const QStringList languages = templateLanguages(m_session.profile().code);
    if (!languages.contains(letter.language))
        problems.append({QStringLiteral("language"),
                         tr("Letters are written in %1; «%2» is not one of them.")
                             .arg(languages.join(QStringLiteral(", ")), letter.language)});
    if (letter.templateId <= 0)
        problems.append({QStringLiteral("template_id"),
                         tr("The letter does not say which template it was written from.")});
    if (letter.pdf.isEmpty())
        problems.append({QStringLiteral("pdf"), tr("The letter has no PDF to keep.")});
    if (letter.pageCount < 0)
        problems.append({QStringLiteral("page_count"), tr("The page count cannot be negative.")});
    if (!problems.isEmpty())
        return invalidInput(problems);
    return Ok{};
}

Result<IssuedLetter> LetterArchive::store(QSqlDatabase &db, IssuedLetter letter) const
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    if (Status valid = checkLetter(letter); !valid)
        return valid.error();
    const StaffUser &user = m_session.user();
    letter.issuedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    letter.issuedBy = user.id ? std::optional<qint64>(user.id) : std::nullopt;
    letter.sha256 = sha256Hex(letter.pdf);
    auto inserted = sql::run(
        db,
        QStringLiteral("INSERT INTO letters(kind, template_id, language, client_id, decision_id, "
                       "review_id, meeting_id, recipient_name, recipient_role, "
                       "recipient_address, copies_to, reference, issued_at, issued_by, "
                       "page_count, sha256, search_text, pdf) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {letterKindKey(letter.kind),
         letter.templateId,
         letter.language,
         sql::nullable(letter.clientId),
         sql::nullable(letter.decisionId),
         sql::nullable(letter.reviewId),
         sql::nullable(letter.meetingId),
         letter.recipientName.trimmed(),
         letter.recipientRole,
         sql::nullable(letter.recipientAddress),
         sql::nullable(letter.copiesTo),
         sql::nullable(letter.reference),
         letter.issuedAt,
         sql::nullable(letter.issuedBy),
         letter.pageCount,
         letter.sha256,
         foldForSearch(letter.recipientName + u' ' + letter.reference),
         letter.pdf});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();

    auto row = sql::run(db, selectWithoutPdf() + QStringLiteral("WHERE l.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound,
                         tr("There is no issued letter with id %1.").arg(id));
    IssuedLetter stored = letterFrom(*row);
    stored.pdf = letter.pdf;

    // What was sent to whom, and the fingerprint of the PDF; the PDF itself is in the archive.
    const QJsonObject detail{{QStringLiteral("kind"), letterKindKey(stored.kind)},
                             {QStringLiteral("recipient_name"), stored.recipientName},
                             {QStringLiteral("recipient_role"), stored.recipientRole},
                             {QStringLiteral("reference"), stored.reference},
                             {QStringLiteral("language"), stored.language},
                             {QStringLiteral("template_id"), stored.templateId},
                             {QStringLiteral("template_version"), stored.templateVersion},
                             {QStringLiteral("page_count"), stored.pageCount},
                             {QStringLiteral("sha256"), stored.sha256}};
    if (Status audited = AuditTrail::append(db,
                                            m_session.audit(QStringLiteral("issue_letter"),
                                                            QStringLiteral("letter"),
                                                            stored.id,
                                                            stored.clientId,
                                                            detail));
        !audited)
        return audited.error();
    return stored;
}

} // namespace fremdrift
