#pragma once

#include "jurisdiction/jurisdictionprofile.h"
#include "letters/letterarchive.h"
#include "letters/letterlayout.h"
#include "letters/mergefields.h"
#include "letters/templaterepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fremdrift {

class Session;

// What a letter is about: a decision (decision letter), a review (pre-notice), a meeting
// (invitation, minutes) or a plan (plan report). Exactly one id is set.
struct LetterSubject
{
    LetterKind kind = LetterKind::PreNotice;
    std::optional<qint64> decisionId;
    std::optional<qint64> reviewId;
    std::optional<qint64> meetingId;
    std::optional<qint64> planId;
};

// Someone a letter goes to: the client, a guardian, a relative who receives letters.
struct LetterRecipient
{
    QString name;
    QString role; // "client", "guardian", "relative", "other"
    std::optional<qint64> contactId;
    QStringList address; // the lines under the name; empty when the address is unknown
};

// One thing that stops a letter from being issued, in the interface language.
struct LetterProblem
{
    enum class Kind {
        Template,        // the template has an error (with its line and column)
        MissingContent,  // the decision lacks what the law or the seed requires
        MissingPart,     // the template lacks a part the law requires (complaint_right ...)
        EmptyField,      // a field the template prints is empty
        Recipient,       // a recipient without an address
    };

    Kind kind = Kind::MissingContent;
    QString message;
    QString field; // the merge field, part id or decision field concerned, if any
};

// A letter ready to issue: one per recipient, each with the others as copies.
struct LetterDraft
{
    LetterSubject subject;
    LetterTemplate tmpl;
    QString language;
    LetterRecipient recipient;
    QList<LetterRecipient> copies;
    LetterDocument document;
    std::optional<qint64> clientId;
    QString reference;
};

struct PreparedLetters
{
    QList<LetterDraft> drafts;     // one per recipient
    QList<LetterProblem> problems; // empty: ready to issue
    QList<LetterRecipient> possibleRecipients; // for the dialog's recipient list

    bool canIssue() const { return problems.isEmpty() && !drafts.isEmpty(); }
};

struct LetterOptions
{
    QString language; // empty: the jurisdiction's official language
    // Empty: the client and every guardian and relative who receives letters.
    QList<LetterRecipient> recipients;
    QDate date;       // empty: today
    std::optional<SendMethod> method; // how the letters are sent; default post
};

// One review's result in a batch.
struct BatchItem
{
    qint64 reviewId = 0;
    QString clientName;
    QList<IssuedLetter> letters; // as stored, without the PDF bytes
    QList<LetterDocument> documents; // the same letters, for one combined file to print
    QList<LetterProblem> problems; // why it was skipped
};

struct BatchResult
{
    QList<BatchItem> items;
    int issuedCount() const;  // letters issued
    int skippedCount() const; // reviews skipped
};

// Produces letters: prepares the drafts (merge data, template, checks, layout), previews them,
// issues them into the archive, and issues a plan's pre-notices in one go.
class LetterIssuer final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::LetterIssuer)

public:
    explicit LetterIssuer(Session &session) : m_session(session) {}

    // The drafts and everything that stops them. Reads only.
    Result<PreparedLetters> prepare(const LetterSubject &subject,
                                    const LetterOptions &options = {}) const;

    // Issues the prepared letters in one transaction: each PDF stored with its SHA-256 and the
    // template version (the shipped default is stored as version 1 on first use). A pre-notice
    // completes the review's step 1 (sent on, method, recipients, letter ids); a decision letter
    // sends the approved decision (DecisionAction::Send). Refuses when problems remain.
    Result<QList<IssuedLetter>> issue(const PreparedLetters &prepared,
                                      const LetterOptions &options = {});

    // The pre-notices of every review in `planId` whose step 1 is not done: each review in its
    // own transaction, so one review's problem skips that review only. `progress(done, total)`
    // is called after each review; returning false stops the batch after that review.
    Result<BatchResult> issuePreNotices(qint64 planId, const LetterOptions &options,
                                        const std::function<bool(int, int)> &progress = {});

    // The letter for a template being edited, on the office's sample data (invented people),
    // for the editor's live preview. Template errors come back as problems.
    static PreparedLetters sample(const Session &session, LetterKind kind,
                                  const QString &language, const QString &templateBody);

private:
    Status completeWorkflow(const LetterSubject &subject, const QList<IssuedLetter> &letters,
                            const QDate &date, SendMethod method);

    Session &m_session;
};

} // namespace fremdrift
