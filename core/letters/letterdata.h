#pragma once

#include "domain/client.h"
#include "domain/decision.h"
#include "domain/meeting.h"
#include "domain/progressplan.h"
#include "letters/letterissuer.h"
#include "letters/lettertexts.h"
#include "letters/officedetails.h"
#include "letters/templatelanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace fremdrift {

class Session;

// A member of staff as letters name them.
struct LetterPerson
{
    QString name;
    QString title;
    QString phone;
    QString email;
};

// Everything one subject's letters draw on, read once and shared by every recipient's copy.
struct LetterFacts
{
    LetterKind kind = LetterKind::PreNotice;
    OfficeDetails office;
    std::optional<Client> client;
    QList<Contact> contacts;
    LetterPerson caseworker;
    LetterPerson leader;
    std::optional<Decision> decision;
    std::optional<Decision> previous; // the decision `decision` replaces
    std::optional<Review> review;
    std::optional<Meeting> meeting;
    std::optional<PlanView> plan;
    // Plan reports: the tables of core/documents/planreport, in the interface language.
    QString planStepTable;
    QString planReviewGrid;
    QString planLateSteps;
};

// How one copy is addressed: its date, how it is sent, who gets it and who gets copies.
struct LetterAddressing
{
    QDate date;
    SendMethod method = SendMethod::Post;
    LetterRecipient to;
    QList<LetterRecipient> copies;
};

class LetterData final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::LetterData)

public:
    static Result<LetterFacts> load(Session &session, const LetterSubject &subject);
    // Invented people and a decision with every section written, for the editor's preview.
    static LetterFacts sample(const Session &session, LetterKind kind, const QString &language);

    // The client first, then each guardian, then relatives and others who receive letters.
    static QList<LetterRecipient> recipients(const LetterFacts &facts);

    static MergeData mergeData(const LetterFacts &facts, const Session &session,
                               const LetterTexts &texts, const LetterAddressing &addressing);

    // What the decision itself lacks for its letter (seed 000 and the law): its sections,
    // services, evaluation date, the replaced decision, approval.
    static QList<LetterProblem> decisionProblems(const LetterFacts &facts,
                                                 const JurisdictionProfile &profile);

    // The reference a letter shows: the decision's, else the review's or meeting's number.
    static QString reference(const LetterFacts &facts);
};

} // namespace fremdrift
