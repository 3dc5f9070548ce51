#include "letters/templaterepository.h"

#include "jurisdiction/jurisdictionprofile.h"
#include "letters/templatelanguage.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace fremdrift {

namespace {

const QString templateSelect = QStringLiteral(
    "SELECT t.id, t.kind, t.jurisdiction, t.language, t.version_no, t.body, t.note, "
    "t.created_by, s.full_name, t.created_at "
    "FROM templates t LEFT JOIN staff_users s ON s.id = t.created_by ");

// The versions of one template, newest first.
const QString versionsWhere = QStringLiteral(
    "WHERE t.kind = ? AND t.jurisdiction = ? AND t.language = ? ORDER BY t.version_no DESC ");

LetterTemplate templateFrom(const QSqlQuery &row)
{
    LetterTemplate t;
    t.id = row.value(0).toLongLong();
    t.kind = letterKindFromKey(row.value(1).toString()).value_or(LetterKind::PreNotice);
    t.jurisdiction
        = parseJurisdictionCode(row.value(2).toString()).value_or(JurisdictionCode::Norway);
    t.language = row.value(3).toString();
    t.version = row.value(4).toInt();
    t.body = row.value(5).toString();
    t.note = row.value(6).toString();
    t.createdBy = sql::optionalId(row.value(7));
    t.createdByName = row.value(8).toString();
    t.createdAt = row.value(9).toString();
    return t;
}

QString shippedPath(LetterKind kind, JurisdictionCode jurisdiction, const QString &language)
{
    return QStringLiteral(":/templates/%1/%2.%3.html")
        .arg(jurisdictionCodeText(jurisdiction).toLower(), letterKindKey(kind), language);
}

// Who saved a version, for messages; a version saved by a user since removed has no name.
QString authorName(const LetterTemplate &version)
{
    return version.createdByName.isEmpty() ? TemplateRepository::tr("Someone else")
                                           : version.createdByName;
}

} // namespace

QStringList templateLanguages(JurisdictionCode jurisdiction)
{
    QStringList languages;
    if (auto profile = JurisdictionProfile::load(jurisdiction))
        languages << profile->language;
    languages << QStringLiteral("en");
    return languages;
}

Result<QString>
shippedTemplateBody(LetterKind kind, JurisdictionCode jurisdiction, const QString &language)
{
    QFile file(shippedPath(kind, jurisdiction, language));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         TemplateRepository::tr("Fremdrift has no template «%1» in the language "
                                                "«%2».")
                             .arg(letterKindName(kind), language));
    return QString::fromUtf8(file.readAll());
}

Result<std::optional<LetterTemplate>> TemplateRepository::newestStored(
    const QSqlDatabase &db, LetterKind kind, const QString &language) const
{
    auto row = sql::run(db,
                        templateSelect + versionsWhere + QStringLiteral("LIMIT 1"),
                        {letterKindKey(kind), jurisdictionCodeText(jurisdiction()), language});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<LetterTemplate>();
    return std::optional<LetterTemplate>(templateFrom(*row));
}

Result<std::optional<LetterTemplate>> TemplateRepository::currentIn(LetterKind kind,
                                                                    const QString &language) const
{
    auto stored = newestStored(m_session.database().connection(), kind, language);
    if (!stored || *stored)
        return stored;
    auto body = shippedTemplateBody(kind, jurisdiction(), language);
    if (!body)
        return std::optional<LetterTemplate>();
    LetterTemplate shipped;
    shipped.kind = kind;
    shipped.jurisdiction = jurisdiction();
    shipped.language = language;
    shipped.version = 1;
    shipped.body = *body;
    return std::optional<LetterTemplate>(std::move(shipped));
}

Result<LetterTemplate> TemplateRepository::current(LetterKind kind, const QString &language) const
{
    auto found = currentIn(kind, language);
    if (!found)
        return found.error();
    const QString official = m_session.profile().language;
    if (!*found && language != official) {
        found = currentIn(kind, official);
        if (!found)
            return found.error();
    }
    if (!*found)
        return makeError(Error::Code::NotFound,
                         tr("There is no template «%1» in the language «%2», nor in «%3».")
                             .arg(letterKindName(kind), language, official));
    return std::move(**found);
}

Result<QList<LetterTemplate>> TemplateRepository::versions(LetterKind kind,
                                                           const QString &language) const
{
    auto rows = sql::run(m_session.database().connection(),
                         templateSelect + versionsWhere,
                         {letterKindKey(kind), jurisdictionCodeText(jurisdiction()), language});
    if (!rows)
        return rows.error();
    QList<LetterTemplate> result;
    while (rows->next())
        result << templateFrom(*rows);
    return result;
}

Result<LetterTemplate> TemplateRepository::get(qint64 id) const
{
    auto row = sql::run(
        m_session.database().connection(), templateSelect + QStringLiteral("WHERE t.id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(Error::Code::NotFound, tr("There is no template with id %1.").arg(id));
    return templateFrom(*row);
}

Status
TemplateRepository::checkBody(LetterKind kind, const QString &language, const QString &body) const
{
    QList<FieldProblem> problems;
    const QStringList languages = templateLanguages(jurisdiction());
    if (!languages.contains(language))
        problems.append({QStringLiteral("language"),
                         tr("Templates are written in %1; «%2» is not one of them.")
                             .arg(languages.join(QStringLiteral(", ")), language)});
    if (body.trimmed().isEmpty())
        problems.append({QStringLiteral("body"), tr("The template is empty: write the letter.")});
    for (const TemplateError &error :
         templateErrors(body, mergeFieldNamesFor(kind), letterPartIds()))
        problems.append({QStringLiteral("body"), error.toString()});
    if (!problems.isEmpty())
        return invalidInput(problems);
    return Ok{};
}

Result<LetterTemplate> TemplateRepository::save(LetterKind kind,
                                                const QString &language,
                                                const QString &body,
                                                int basedOnVersion,
                                                const QString &note)
{
    if (Status allowed = requirePermission(m_session.user(), Permission::ManageTemplates); !allowed)
        return allowed.error();
    if (Status valid = checkBody(kind, language, body); !valid)
        return valid.error();
    auto shipped = shippedTemplateBody(kind, jurisdiction(), language);

    qint64 savedId = 0;
    Status saved = m_session.database().write([&](QSqlDatabase &db) -> Status {
        // Read inside the write transaction, so that no one can save in between.
        auto newest = newestStored(db, kind, language);
        if (!newest)
            return newest.error();
        const int newestVersion = *newest ? (*newest)->version : (shipped ? 1 : 0);
        if (basedOnVersion != newestVersion)
            return staleEditor(*newest, basedOnVersion, newestVersion);
        if (!*newest && shipped) {
            // The shipped default is version 1: stored now, it stays in the list of versions.
            auto stored = insertVersion(db, kind, language, *shipped, 1, shippedNote());
            if (!stored)
                return stored.error();
        }
        auto id = insertVersion(db, kind, language, body, newestVersion + 1, note.trimmed());
        if (!id)
            return id.error();
        savedId = *id;
        return Ok{};
    });
    if (!saved)
        return saved.error();
    return get(savedId);
}

Result<qint64> TemplateRepository::ensureStored(QSqlDatabase &db, const LetterTemplate &tmpl) const
{
    if (!tmpl.isShippedDefault()) {
        auto exists
            = sql::scalar(db, QStringLiteral("SELECT id FROM templates WHERE id = ?"), {tmpl.id});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return makeError(Error::Code::NotFound,
                             tr("There is no template with id %1.").arg(tmpl.id));
        return tmpl.id;
    }
    // Another PC may have stored the same default since the letter was prepared.
    auto same = sql::scalar(
        db,
        QStringLiteral("SELECT id FROM templates WHERE kind = ? AND "
                       "jurisdiction = ? AND language = ? AND body = ? "
                       "ORDER BY version_no DESC LIMIT 1"),
        {letterKindKey(tmpl.kind), jurisdictionCodeText(jurisdiction()), tmpl.language, tmpl.body});
    if (!same)
        return same.error();
    if (!same->isNull())
        return same->toLongLong();
    auto newest = newestStored(db, tmpl.kind, tmpl.language);
    if (!newest)
        return newest.error();
    if (*newest)
        return makeError(Error::Code::Conflict,
                         tr("%1 saved a new version of the template «%2» while this letter was "
                            "being prepared. Prepare the letter again to use it.")
                             .arg(authorName(**newest), letterKindName(tmpl.kind)));
    return insertVersion(db, tmpl.kind, tmpl.language, tmpl.body, 1, shippedNote());
}

JurisdictionCode TemplateRepository::jurisdiction() const
{
    return m_session.profile().code;
}

Result<qint64> TemplateRepository::insertVersion(const QSqlDatabase &db,
                                                 LetterKind kind,
                                                 const QString &language,
                                                 const QString &body,
                                                 int version,
                                                 const QString &note) const
{
    const StaffUser &user = m_session.user();
    auto inserted
        = sql::run(db,
                   QStringLiteral("INSERT INTO templates(kind, jurisdiction, language, "
                                  "version_no, body, note, created_by, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {letterKindKey(kind),
                    jurisdictionCodeText(jurisdiction()),
                    language,
                    version,
                    body,
                    sql::nullable(note),
                    sql::nullable(user.id ? std::optional<qint64>(user.id) : std::nullopt),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    const QJsonObject detail{{QStringLiteral("kind"), letterKindKey(kind)},
                             {QStringLiteral("language"), language},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("note"), note}};
    if (Status audited = AuditTrail::append(
            db,
            m_session.audit(
                QStringLiteral("create"), QStringLiteral("template"), id, std::nullopt, detail));
        !audited)
        return audited.error();
    return id;
}

Error TemplateRepository::staleEditor(const std::optional<LetterTemplate> &newest,
                                      int basedOnVersion,
                                      int newestVersion)
{
    if (!newest || basedOnVersion > newestVersion)
        return makeError(Error::Code::InvalidInput,
                         tr("The template you edited was version %1, but the newest version is "
                            "%2. Reload the template and make your changes again.")
                             .arg(basedOnVersion)
                             .arg(newestVersion));
    const QDateTime when = QDateTime::fromString(newest->createdAt, Qt::ISODate);
    return makeError(Error::Code::Conflict,
                     tr("%1 saved version %2 of this template at %3, after you opened version "
                        "%4. Your changes were not saved: reload to see theirs, then make yours "
                        "again.")
                         .arg(authorName(*newest),
                              QString::number(newest->version),
                              QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                              QString::number(basedOnVersion)));
}

QString TemplateRepository::shippedNote()
{
    return tr("As shipped with Fremdrift");
}

} // namespace fremdrift
