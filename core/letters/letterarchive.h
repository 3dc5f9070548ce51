#pragma once

#include "letters/mergefields.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fremdrift {

class Session;

// A letter as it was issued. The row and its PDF can never change (the database refuses an
// UPDATE or DELETE on letters), so what the citizen received can always be shown again.
struct IssuedLetter
{
    qint64 id = 0;
    LetterKind kind = LetterKind::PreNotice;
    qint64 templateId = 0;
    int templateVersion = 0;   // read only
    QString language;
    std::optional<qint64> clientId;
    QString clientName;        // read only
    std::optional<qint64> decisionId;
    std::optional<qint64> reviewId;
    std::optional<qint64> meetingId;
    QString recipientName;
    QString recipientRole;     // "client", "guardian", "relative", "other"
    QString recipientAddress;  // the lines in the window, joined by "\n"
    QString copiesTo;          // the others, joined by "\n"
    QString reference;
    QString issuedAt;          // ISO 8601 UTC
    std::optional<qint64> issuedBy;
    QString issuedByName;      // read only
    int pageCount = 0;
    QString sha256;            // of `pdf`, lower-case hex
    QByteArray pdf;            // loaded by LetterArchive::get() only

    // For the CLI, without the PDF: snake_case keys, null for an id not set, and the address
    // and copies as arrays of lines.
    QJsonObject toJson() const;
};

struct LetterFilter
{
    std::optional<qint64> clientId;
    std::optional<qint64> decisionId;
    std::optional<qint64> reviewId;
    std::optional<qint64> meetingId;
    std::optional<LetterKind> kind;
    QString text; // in the recipient's or client's name or the reference
    int limit = 500;
};

class LetterArchive final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::LetterArchive)

public:
    explicit LetterArchive(Session &session) : m_session(session) {}

    // Newest first, without the PDFs.
    Result<QList<IssuedLetter>> list(const LetterFilter &filter) const;
    // With the PDF. Reading a letter is logged as access to the client's record.
    Result<IssuedLetter> get(qint64 id) const;
    // Whether the stored PDF still has the stored SHA-256.
    Result<bool> verify(qint64 id) const;

    // Inside a write(): stores `letter` (its pdf set; id, sha256, issuedAt and issuedBy are
    // filled in here) with an audit entry, and returns it as stored.
    Result<IssuedLetter> store(QSqlDatabase &db, IssuedLetter letter) const;

private:
    Status checkLetter(const IssuedLetter &letter) const;

    Session &m_session;
};

QString sha256Hex(const QByteArray &bytes);

} // namespace fremdrift
