#pragma once

#include "jurisdiction/jurisdictioncode.h"
#include "letters/mergefields.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fremdrift {

class Session;

// One version of a template. Versions are never changed: editing saves the next version.
struct LetterTemplate
{
    qint64 id = 0; // 0: the shipped default, not stored yet
    LetterKind kind = LetterKind::PreNotice;
    JurisdictionCode jurisdiction = JurisdictionCode::Norway;
    QString language;  // "nb", "sv", "da", "en"
    int version = 1;
    QString body;
    QString note;      // what changed, from whoever saved it
    std::optional<qint64> createdBy;
    QString createdByName;
    QString createdAt; // ISO 8601 UTC; empty for the shipped default

    bool isShippedDefault() const { return id == 0; }
};

// The languages a jurisdiction ships templates in: its official language and English.
QStringList templateLanguages(JurisdictionCode jurisdiction);
// The shipped default (":/templates/no/decision_letter.nb.html"), or an error if none.
Result<QString> shippedTemplateBody(LetterKind kind, JurisdictionCode jurisdiction,
                                    const QString &language);

class TemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::TemplateRepository)

public:
    explicit TemplateRepository(const Session &session) : m_session(session) {}

    // The newest stored version, else the shipped default (id 0, version 1). A language with
    // neither falls back to the jurisdiction's official language.
    Result<LetterTemplate> current(LetterKind kind, const QString &language) const;
    // Every stored version, newest first (the shipped default is not listed until stored).
    Result<QList<LetterTemplate>> versions(LetterKind kind, const QString &language) const;
    Result<LetterTemplate> get(qint64 id) const;

    // Saves `body` as the next version after `basedOnVersion` (the version the editor opened).
    // Refuses a body with template errors (listed with line and column as problems), and a
    // stale editor: when someone saved a newer version meanwhile, a Conflict naming them.
    // Needs Permission::ManageTemplates. Audited.
    //
    // Versions count from the shipped default, which is version 1 whether stored or not (as
    // current() reports it): an editor opened on it passes 1, and the save stores the shipped
    // default as version 1 (if it is not stored yet) and the edit as version 2. Only where
    // nothing is shipped and nothing stored does an editor start from 0, and save version 1.
    Result<LetterTemplate> save(LetterKind kind, const QString &language, const QString &body,
                                int basedOnVersion, const QString &note);

    // Inside a write(): makes sure `tmpl` is stored (the shipped default is stored as version 1
    // the first time a letter is issued from it) and returns its id. A default whose very body
    // is stored already (another PC issued from it first) gets that version's id; one that
    // another version has replaced meanwhile is a Conflict: the letter must be prepared again.
    Result<qint64> ensureStored(QSqlDatabase &db, const LetterTemplate &tmpl) const;

private:
    JurisdictionCode jurisdiction() const;
    Result<std::optional<LetterTemplate>> newestStored(const QSqlDatabase &db, LetterKind kind,
                                                       const QString &language) const;
    // The newest stored version in exactly `language`, else its shipped default, else nothing.
    Result<std::optional<LetterTemplate>> currentIn(LetterKind kind,
                                                    const QString &language) const;
    Status checkBody(LetterKind kind, const QString &language, const QString &body) const;
    // Inserts one version with its audit entry, inside the caller's write.
    Result<qint64> insertVersion(const QSqlDatabase &db, LetterKind kind, const QString &language,
                                 const QString &body, int version, const QString &note) const;
    static Error staleEditor(const std::optional<LetterTemplate> &newest, int basedOnVersion,
                             int newestVersion);
    static QString shippedNote();

    const Session &m_session;
};

} // namespace fremdrift
