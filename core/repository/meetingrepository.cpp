#include "repository/meetingrepository.h"

#include "domain/json.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/meetingrules.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>

#include <map>

namespace fremdrift {

namespace {

const QString meetingSelect = QStringLiteral(
    "SELECT m.id, m.kind, m.client_id, c.family_name || ', ' || c.given_name, m.review_id, "
    "m.title, m.starts_at, m.ends_at, m.location, m.video_link, m.agreed_how, m.agenda, "
    "m.minutes, m.agreements, m.next_meeting_on, m.held, m.version, m.updated_at "
    "FROM meetings m LEFT JOIN clients c ON c.id = m.client_id ");

const QString participantSelect = QStringLiteral(
    "SELECT id, meeting_id, name, role, staff_user_id, contact_id, email, invited, accepted, "
    "attended, is_coordinator, is_minute_taker FROM meeting_participants ");

Meeting meetingFrom(const QSqlQuery &row)
{
    Meeting m;
    m.id = row.value(0).toLongLong();
    m.kind = meetingKindFromKey(row.value(1).toString()).value_or(MeetingKind::Other);
    m.clientId = sql::optionalId(row.value(2));
    m.clientName = row.value(3).toString();
    m.reviewId = sql::optionalId(row.value(4));
    m.title = row.value(5).toString();
    m.startsAt = meetingTimeFromText(row.value(6).toString());
    m.endsAt = meetingTimeFromText(row.value(7).toString());
    m.location = row.value(8).toString();
    m.videoLink = row.value(9).toString();
    m.agreedHow = row.value(10).toString();
    m.agenda = row.value(11).toString();
    m.minutes = row.value(12).toString();
    m.agreements = row.value(13).toString();
    m.nextMeetingOn = dateFromIso(row.value(14).toString());
    m.held = row.value(15).toBool();
    m.version = row.value(16).toInt();
    m.updatedAt = row.value(17).toString();
    return m;
}

MeetingParticipant participantFrom(const QSqlQuery &row)
{
    MeetingParticipant p;
    p.id = row.value(0).toLongLong();
    p.name = row.value(2).toString();
    p.role = row.value(3).toString();
    if (p.role.isEmpty())
        p.role = QStringLiteral("other");
    p.staffUserId = sql::optionalId(row.value(4));
    p.contactId = sql::optionalId(row.value(5));
    p.email = row.value(6).toString();
    p.invited = row.value(7).toBool();
    p.accepted = row.value(8).toBool();
    p.attended = row.value(9).toBool();
    p.isCoordinator = row.value(10).toBool();
    p.isMinuteTaker = row.value(11).toBool();
    return p;
}

// Trims what people type, so that " Kari " and "Kari" are one person to the rotation.
void tidy(Meeting &meeting)
{
    meeting.title = meeting.title.trimmed();
    meeting.location = meeting.location.trimmed();
    meeting.videoLink = meeting.videoLink.trimmed();
    for (MeetingParticipant &p : meeting.participants) {
        p.name = p.name.trimmed();
        p.email = p.email.trimmed();
    }
}

Status replaceParticipants(const QSqlDatabase &db, const Meeting &meeting)
{
    if (auto removed = sql::run(db,
                                QStringLiteral("DELETE FROM meeting_participants "
                                               "WHERE meeting_id = ?"),
                                {meeting.id});
        !removed)
        return removed.error();
    int position = 0;
    for (const MeetingParticipant &p : meeting.participants) {
        auto inserted = sql::run(db,
                                 QStringLiteral("INSERT INTO meeting_participants(meeting_id, "
                                                "position, name, role, staff_user_id, contact_id, "
                                                "email, invited, accepted, attended, "
                                                "is_coordinator, is_minute_taker) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {meeting.id,
                                  position++,
                                  p.name,
                                  p.role,
                                  sql::nullable(p.staffUserId),
                                  sql::nullable(p.contactId),
                                  sql::nullable(p.email),
                                  p.invited,
                                  p.accepted,
                                  p.attended,
                                  p.isCoordinator,
                                  p.isMinuteTaker});
        if (!inserted)
            return inserted.error();
    }
    return Ok{};
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(meetingTimeText(time))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<QList<MeetingParticipant>> MeetingRepository::participants(qint64 meetingId) const
{
    auto rows
        = sql::run(m_session.database().connection(),
                   participantSelect + QStringLiteral("WHERE meeting_id = ? ORDER BY position, id"),
                   {meetingId});
    if (!rows)
        return rows.error();
    QList<MeetingParticipant> result;
    while (rows->next())
        result << participantFrom(*rows);
    return result;
}

Result<Meeting> MeetingRepository::get(qint64 id) const
{
    auto row = sql::run(
        m_session.database().connection(), meetingSelect + QStringLiteral("WHERE m.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no meeting with id %1.").arg(id));
    Meeting meeting = meetingFrom(*row);
    auto people = participants(id);
    if (!people)
        return people.error();
    meeting.participants = std::move(people).value();
    return meeting;
}

Result<QList<Meeting>> MeetingRepository::list(const MeetingFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("m.starts_at >= ?");
        values << meetingTimeText(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("m.starts_at < ?");
        values << meetingTimeText(filter.to);
    }
    if (filter.clientId) {
        conditions << QStringLiteral("m.client_id = ?");
        values << *filter.clientId;
    }
    if (filter.reviewId) {
        conditions << QStringLiteral("m.review_id = ?");
        values << *filter.reviewId;
    }
    if (filter.staffUserId) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM meeting_participants p "
                                     "WHERE p.meeting_id = m.id AND p.staff_user_id = ?)");
        values << *filter.staffUserId;
    }
    if (filter.kind) {
        conditions << QStringLiteral("m.kind = ?");
        values << meetingKindKey(*filter.kind);
    }
    QSqlQuery query(m_session.database().connection());
    query.setForwardOnly(true);
    query.prepare(meetingSelect
                  + (conditions.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
                  + QStringLiteral(" ORDER BY m.starts_at IS NULL, m.starts_at, m.id LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(filter.limit);
    if (!query.exec())
        return sql::fromSqlError(query.lastError());
    QList<Meeting> meetings;
    std::map<qint64, qsizetype> rowOf;
    QStringList ids;
    while (query.next()) {
        meetings << meetingFrom(query);
        rowOf[meetings.constLast().id] = meetings.size() - 1;
        ids << QString::number(meetings.constLast().id);
    }
    if (meetings.isEmpty())
        return meetings;
    // Everyone's participants in one query rather than one per meeting: on a network drive
    // each query is a round trip. The ids are integers read from the database.
    auto people = sql::run(m_session.database().connection(),
                           participantSelect
                               + QStringLiteral("WHERE meeting_id IN (%1) ORDER BY meeting_id, "
                                                "position, id")
                                     .arg(ids.join(u',')));
    if (!people)
        return people.error();
    while (people->next())
        meetings[rowOf[people->value(1).toLongLong()]].participants << participantFrom(*people);
    return meetings;
}

Result<std::optional<Meeting>> MeetingRepository::forReview(qint64 reviewId) const
{
    auto row = sql::scalar(m_session.database().connection(),
                           QStringLiteral("SELECT id FROM meetings WHERE review_id = ? AND "
                                          "kind = 'evaluation' ORDER BY starts_at DESC, id DESC "
                                          "LIMIT 1"),
                           {reviewId});
    if (!row)
        return row.error();
    if (row->isNull())
        return std::optional<Meeting>();
    auto meeting = get(row->toLongLong());
    if (!meeting)
        return meeting.error();
    return std::optional<Meeting>(std::move(meeting).value());
}

Status MeetingRepository::checkReferences(Meeting &meeting) const
{
    const QSqlDatabase db = m_session.database().connection();
    QList<FieldProblem> problems;
    if (meeting.clientId) {
        auto client = sql::scalar(
            db, QStringLiteral("SELECT id FROM clients WHERE id = ?"), {*meeting.clientId});
        if (!client)
            return client.error();
        if (client->isNull())
            problems.append({QStringLiteral("client_id"),
                             tr("There is no client with id %1.").arg(*meeting.clientId)});
    }
    if (meeting.reviewId) {
        auto reviewClient = sql::scalar(
            db, QStringLiteral("SELECT client_id FROM reviews WHERE id = ?"), {*meeting.reviewId});
        if (!reviewClient)
            return reviewClient.error();
        if (reviewClient->isNull())
            problems.append({QStringLiteral("review_id"),
                             tr("There is no review with id %1.").arg(*meeting.reviewId)});
        else if (!meeting.clientId)
            meeting.clientId = reviewClient->toLongLong(); // the review's meeting is its client's
        else if (*meeting.clientId != reviewClient->toLongLong())
            problems.append({QStringLiteral("review_id"),
                             tr("Review %1 is about another client: choose the review of this "
                                "meeting's client, or no review.")
                                 .arg(*meeting.reviewId)});
    }
    if (!problems.isEmpty())
        return invalidInput(problems);
    return Ok{};
}

Result<Meeting> MeetingRepository::save(Meeting meeting)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    tidy(meeting);
    if (const auto problems = checkMeeting(meeting); !problems.isEmpty())
        return invalidInput(problems);
    if (Status references = checkReferences(meeting); !references)
        return references.error();
    QJsonObject before;
    if (meeting.id != 0) {
        auto stored = get(meeting.id);
        if (!stored)
            return stored.error();
        before = toJson(*stored);
    }

    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        const QStringList columns = {QStringLiteral("kind"),
                                     QStringLiteral("client_id"),
                                     QStringLiteral("review_id"),
                                     QStringLiteral("title"),
                                     QStringLiteral("starts_at"),
                                     QStringLiteral("ends_at"),
                                     QStringLiteral("location"),
                                     QStringLiteral("video_link"),
                                     QStringLiteral("agreed_how"),
                                     QStringLiteral("agenda"),
                                     QStringLiteral("minutes"),
                                     QStringLiteral("agreements"),
                                     QStringLiteral("next_meeting_on"),
                                     QStringLiteral("held"),
                                     QStringLiteral("updated_by")};
        const QVariantList values = {meetingKindKey(meeting.kind),
                                     sql::nullable(meeting.clientId),
                                     sql::nullable(meeting.reviewId),
                                     sql::nullable(meeting.title),
                                     nullableTime(meeting.startsAt),
                                     nullableTime(meeting.endsAt),
                                     sql::nullable(meeting.location),
                                     sql::nullable(meeting.videoLink),
                                     sql::nullable(meeting.agreedHow),
                                     sql::nullable(meeting.agenda),
                                     sql::nullable(meeting.minutes),
                                     sql::nullable(meeting.agreements),
                                     sql::nullable(meeting.nextMeetingOn),
                                     meeting.held,
                                     m_session.user().id};
        auto id = sql::saveRow(
            db, QStringLiteral("meetings"), columns, values, meeting.id, meeting.version);
        if (!id)
            return id.error();
        const bool isNew = meeting.id == 0;
        meeting.id = *id;
        if (Status s = replaceParticipants(db, meeting); !s)
            return s;
        return AuditTrail::append(
            db,
            m_session.audit(isNew ? QStringLiteral("create") : QStringLiteral("update"),
                            QStringLiteral("meeting"),
                            meeting.id,
                            meeting.clientId,
                            AuditTrail::changes(before, toJson(meeting))));
    });
    if (!saved)
        return saved.error();
    return get(meeting.id);
}

Status MeetingRepository::remove(qint64 id, int version)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::EditCases); !allowed)
        return allowed;
    auto stored = get(id);
    if (!stored)
        return stored.error();
    return m_session.database().write([&](QSqlDatabase &db) -> Status {
        // A letter issued for the meeting is kept as issued, and so is what it refers to.
        auto letters = sql::scalar(db,
                                   QStringLiteral("SELECT count(*) FROM letters "
                                                  "WHERE meeting_id = ?"),
                                   {id});
        if (!letters)
            return letters.error();
        if (letters->toInt() > 0)
            return makeError(Error::Code::InvalidInput,
                             tr("A letter was issued for this meeting, so it is kept. Mark it "
                                "as not held and write why in the minutes instead."));
        auto removed = sql::run(
            db, QStringLiteral("DELETE FROM meetings WHERE id = ? AND version = ?"), {id, version});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() == 0)
            return sql::conflict(db, QStringLiteral("meetings"), id);
        return AuditTrail::append(db,
                                  m_session.audit(QStringLiteral("delete"),
                                                  QStringLiteral("meeting"),
                                                  id,
                                                  stored->clientId,
                                                  toJson(*stored)));
    });
}

Result<QList<Meeting>> MeetingRepository::earlierMeetings(const Meeting &meeting) const
{
    if (!meeting.clientId)
        return QList<Meeting>();
    MeetingFilter filter;
    filter.clientId = meeting.clientId;
    filter.kind = meeting.kind;
    filter.to
        = meeting.startsAt.isValid() ? meeting.startsAt : QDateTime(m_session.today(), QTime(0, 0));
    auto found = list(filter);
    if (!found)
        return found.error();
    QList<Meeting> earlier;
    for (Meeting &other : *found) {
        if (other.id != meeting.id)
            earlier << std::move(other);
    }
    return earlier;
}

Result<std::optional<int>> MeetingRepository::suggestMinuteTaker(const Meeting &meeting) const
{
    auto earlier = earlierMeetings(meeting);
    if (!earlier)
        return earlier.error();
    return fremdrift::suggestMinuteTaker(meeting, *earlier);
}

Result<QString> MeetingRepository::calendarKey() const
{
    auto created = m_session.database().setting(QStringLiteral("created_at"));
    QString seed;
    if (created)
        seed = *created;
    else if (created.error().code == Error::Code::NotFound)
        seed = QFileInfo(m_session.database().path()).fileName(); // a file made before the setting
    else
        return created.error();
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

} // namespace fremdrift
