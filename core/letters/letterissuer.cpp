#include "letters/letterissuer.h"

#include "i18n/language.h"
#include "letters/letterdata.h"
#include "repository/decisionrepository.h"
#include "repository/planrepository.h"
#include "storage/database.h"
#include "workflow/decisionworkflow.h"
#include "workflow/session.h"
#include "workflow/stepforms.h"

#include <QJsonArray>

#include <QTextDocumentFragment>
#include <algorithm>

namespace fremdrift {

namespace {

QString kindTitle(LetterKind kind, const LetterTexts &texts)
{
    switch (kind) {
    case LetterKind::PreNotice:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Pre-notice of evaluation"));
    case LetterKind::MeetingInvitation:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Meeting invitation"));
    case LetterKind::Minutes:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Minutes"));
    case LetterKind::DecisionLetter:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Decision"));
    case LetterKind::PlanReport:
        return texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Plan report"));
    }
    return {};
}

LetterLabels labelsIn(const LetterTexts &texts)
{
    return {texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Date")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Our reference")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Caseworker")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Page %1 of %2")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Phone")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Email")),
            texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "Org. no."))};
}

// The template parsed once and checked against the kind's fields and the law's part ids;
// nothing, with every error as a problem, when it cannot be used.
std::shared_ptr<const ParsedTemplate>
parseChecked(const QString &body, LetterKind kind, QList<LetterProblem> &problems)
{
    QList<TemplateError> errors;
    auto parsed = TemplateParser::parse(body, &errors);
    if (parsed && errors.isEmpty()) {
        errors = parsed->check(mergeFieldNamesFor(kind), letterPartIds());
    }
    for (const TemplateError &error : errors)
        problems.append({LetterProblem::Kind::Template, error.toString(), error.tag});
    return errors.isEmpty() ? parsed : nullptr;
}

// The law's parts of a decision letter (complaint right, deadline, ...) must each be in the
// template and print something.
QList<LetterProblem> missingParts(const RenderedTemplate &rendered,
                                  const JurisdictionProfile &profile)
{
    QList<LetterProblem> problems;
    const QString uiLanguage = languageForLocale(QLocale());
    for (const LetterRequirement &requirement : profile.complaint.letterRequirements) {
        const QString html = rendered.parts.value(requirement.id);
        if (!QTextDocumentFragment::fromHtml(html).toPlainText().trimmed().isEmpty())
            continue;
        problems.append(
            {LetterProblem::Kind::MissingPart,
             LetterIssuer::tr("The letter lacks what %1 requires: %2. Add it to the template "
                              "inside {{#part %3}} … {{/part}}.")
                 .arg(requirement.law, requirement.description.text(uiLanguage), requirement.id),
             requirement.id});
    }
    return problems;
}

QList<LetterProblem> emptyFieldProblems(const RenderedTemplate &rendered)
{
    QList<LetterProblem> problems;
    QSet<QString> reported;
    for (const EmptyField &field : rendered.emptyFields) {
        if (reported.contains(field.name))
            continue;
        reported.insert(field.name);
        problems.append({LetterProblem::Kind::EmptyField,
                         LetterIssuer::tr("Line %1, column %2: {{%3}} has no value for this "
                                          "letter. Fill it in where it comes from, or put it "
                                          "inside {{#if %3}} … {{/if}} in the template.")
                             .arg(field.at.line)
                             .arg(field.at.column)
                             .arg(field.name),
                         field.name});
    }
    return problems;
}

QStringList windowAddress(const LetterRecipient &recipient)
{
    return QStringList{recipient.name} + recipient.address;
}

QString caseworkerLine(const LetterPerson &caseworker, const LetterTexts &texts)
{
    if (caseworker.phone.isEmpty())
        return caseworker.name;
    return caseworker.name + QStringLiteral(", ")
           + texts.text(QT_TRANSLATE_NOOP("fremdrift::LetterTexts", "phone")) + u' '
           + caseworker.phone;
}

struct DraftInput
{
    const LetterFacts &facts;
    const LetterTemplate &tmpl;
    const ParsedTemplate &parsed;
    const LetterTexts &texts;
    QDate date;
    SendMethod method;
};

// One recipient's letter: merged, rendered and laid out, with what stops it.
LetterDraft makeDraft(const Session &session,
                      const DraftInput &in,
                      const LetterSubject &subject,
                      const LetterRecipient &to,
                      const QList<LetterRecipient> &copies,
                      QList<LetterProblem> &problems)
{
    const MergeData data
        = LetterData::mergeData(in.facts, session, in.texts, {in.date, in.method, to, copies});
    const RenderedTemplate rendered = in.parsed.render(data);
    problems += emptyFieldProblems(rendered);
    if (subject.kind == LetterKind::DecisionLetter)
        problems += missingParts(rendered, session.profile());

    LetterDraft draft;
    draft.subject = subject;
    draft.tmpl = in.tmpl;
    draft.language = in.texts.language();
    draft.recipient = to;
    draft.copies = copies;
    draft.clientId = in.facts.client ? std::optional(in.facts.client->id) : std::nullopt;
    draft.reference = LetterData::reference(in.facts);
    LetterDocument &document = draft.document;
    document.title = kindTitle(subject.kind, in.texts) + QStringLiteral(" – ") + to.name;
    document.language = in.texts.language();
    document.letterhead = in.facts.office.letterhead();
    document.labels = labelsIn(in.texts);
    document.recipientAddress = windowAddress(to);
    document.dateText = in.texts.date(in.date);
    document.reference = draft.reference;
    document.caseworkerLine = caseworkerLine(in.facts.caseworker, in.texts);
    document.bodyHtml = rendered.html;
    return draft;
}

// Each recipient's copy lists the others.
QList<LetterRecipient> othersThan(const QList<LetterRecipient> &all, qsizetype index)
{
    QList<LetterRecipient> others = all;
    others.removeAt(index);
    return others;
}

void addDrafts(const Session &session,
               const DraftInput &in,
               const LetterSubject &subject,
               const QList<LetterRecipient> &recipients,
               PreparedLetters &prepared)
{
    QList<LetterProblem> problems;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QList<LetterProblem> own;
        prepared.drafts.append(
            makeDraft(session, in, subject, recipients.at(i), othersThan(recipients, i), own));
        // Every copy has the same template: report each problem once.
        for (const LetterProblem &problem : own) {
            const bool seen
                = std::any_of(problems.cbegin(), problems.cend(), [&](const LetterProblem &p) {
                      return p.message == problem.message;
                  });
            if (!seen)
                problems.append(problem);
        }
    }
    prepared.problems += problems;
}

QList<LetterProblem> recipientProblems(const QList<LetterRecipient> &recipients, SendMethod method)
{
    QList<LetterProblem> problems;
    if (recipients.isEmpty())
        problems.append({LetterProblem::Kind::Recipient,
                         LetterIssuer::tr("The letter has nobody to go to: choose a recipient."),
                         QString()});
    if (method != SendMethod::Post)
        return problems;
    for (const LetterRecipient &recipient : recipients) {
        if (recipient.address.isEmpty())
            problems.append({LetterProblem::Kind::Recipient,
                             LetterIssuer::tr("%1 has no postal address. Add it to the client's "
                                              "record, or send the letter digitally or by hand.")
                                 .arg(recipient.name),
                             recipient.name});
    }
    return problems;
}

} // namespace

int BatchResult::issuedCount() const
{
    int count = 0;
    for (const BatchItem &item : items)
        count += int(item.letters.size());
    return count;
}

int BatchResult::skippedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const BatchItem &item) {
        return item.letters.isEmpty();
    }));
}

Result<PreparedLetters> LetterIssuer::prepare(const LetterSubject &subject,
                                              const LetterOptions &options) const
{
    auto facts = LetterData::load(m_session, subject);
    if (!facts)
        return facts.error();
    const QString language
        = options.language.isEmpty() ? m_session.profile().language : options.language;
    auto tmpl = TemplateRepository(m_session).current(subject.kind, language);
    if (!tmpl)
        return tmpl.error();

    PreparedLetters prepared;
    prepared.possibleRecipients = LetterData::recipients(*facts);
    const QList<LetterRecipient> recipients
        = options.recipients.isEmpty() ? prepared.possibleRecipients : options.recipients;
    const SendMethod method = options.method.value_or(SendMethod::Post);
    const auto parsed = parseChecked(tmpl->body, subject.kind, prepared.problems);
    if (!parsed)
        return prepared;
    if (subject.kind == LetterKind::DecisionLetter)
        prepared.problems += LetterData::decisionProblems(*facts, m_session.profile());
    prepared.problems += recipientProblems(recipients, method);

    const LetterTexts texts(tmpl->language);
    const DraftInput in{*facts,
                        *tmpl,
                        *parsed,
                        texts,
                        options.date.isValid() ? options.date : m_session.today(),
                        method};
    addDrafts(m_session, in, subject, recipients, prepared);
    return prepared;
}

PreparedLetters LetterIssuer::sample(const Session &session,
                                     LetterKind kind,
                                     const QString &language,
                                     const QString &templateBody)
{
    PreparedLetters prepared;
    const auto parsed = parseChecked(templateBody, kind, prepared.problems);
    if (!parsed)
        return prepared;
    const LetterFacts facts = LetterData::sample(session, kind, language);
    LetterTemplate tmpl;
    tmpl.kind = kind;
    tmpl.language = language;
    tmpl.body = templateBody;
    const LetterTexts texts(language);
    const DraftInput in{facts, tmpl, *parsed, texts, session.today(), SendMethod::Post};
    const QList<LetterRecipient> all = LetterData::recipients(facts);
    prepared.possibleRecipients = all;
    LetterSubject subject;
    subject.kind = kind;
    // The preview shows the client's copy; the guardian is listed among the copies.
    prepared.drafts.append(
        makeDraft(session, in, subject, all.first(), all.mid(1), prepared.problems));
    return prepared;
}

namespace {

IssuedLetter archiveRecord(const LetterDraft &draft, QByteArray pdf, int pages)
{
    IssuedLetter letter;
    letter.kind = draft.subject.kind;
    letter.language = draft.language;
    letter.clientId = draft.clientId;
    letter.decisionId = draft.subject.decisionId;
    letter.reviewId = draft.subject.reviewId;
    letter.meetingId = draft.subject.meetingId;
    letter.recipientName = draft.recipient.name;
    letter.recipientRole = draft.recipient.role;
    letter.recipientAddress = draft.recipient.address.join(u'\n');
    QStringList copies;
    for (const LetterRecipient &copy : draft.copies)
        copies.append(copy.name);
    letter.copiesTo = copies.join(u'\n');
    letter.reference = draft.reference;
    letter.pageCount = pages;
    letter.pdf = std::move(pdf);
    return letter;
}

QJsonObject preNoticeForm(const ReviewStep &step,
                          const QList<IssuedLetter> &letters,
                          const QDate &date,
                          SendMethod method)
{
    QJsonObject form = step.form;
    form.insert(QString::fromUtf16(form::sentOn), date.toString(Qt::ISODate));
    form.insert(QString::fromUtf16(form::method), sendMethodKey(method));
    QJsonArray recipients;
    QJsonArray ids;
    for (const IssuedLetter &letter : letters) {
        QJsonObject recipient{{QStringLiteral("name"), letter.recipientName},
                              {QStringLiteral("role"), letter.recipientRole}};
        recipients.append(recipient);
        ids.append(letter.id);
    }
    form.insert(QString::fromUtf16(form::recipients), recipients);
    form.insert(QString::fromUtf16(form::letterIds), ids);
    return form;
}

} // namespace

Result<QList<IssuedLetter>> LetterIssuer::issue(const PreparedLetters &prepared,
                                                const LetterOptions &options)
{
    if (!prepared.canIssue()) {
        QList<FieldProblem> problems;
        for (const LetterProblem &problem : prepared.problems)
            problems.append({problem.field, problem.message});
        if (problems.isEmpty())
            problems.append({QString(), tr("There is no letter to issue.")});
        return invalidInput(problems);
    }
    // Lay the PDFs out before the write lock is taken: the transaction stays short.
    QList<IssuedLetter> records;
    for (const LetterDraft &draft : prepared.drafts) {
        QList<int> pages;
        auto pdf = LetterLayout::pdf({draft.document}, &pages);
        if (!pdf)
            return pdf.error();
        records.append(archiveRecord(draft, *pdf, pages.value(0)));
    }
    const LetterDraft &first = prepared.drafts.first();
    const QDate date = options.date.isValid() ? options.date : m_session.today();
    const SendMethod method = options.method.value_or(SendMethod::Post);

    QList<IssuedLetter> stored;
    Status written = m_session.database().write([&](QSqlDatabase &db) -> Status {
        stored.clear();
        auto templateId = TemplateRepository(m_session).ensureStored(db, first.tmpl);
        if (!templateId)
            return templateId.error();
        LetterArchive archive(m_session);
        for (IssuedLetter record : records) {
            record.templateId = *templateId;
            auto saved = archive.store(db, record);
            if (!saved)
                return saved.error();
            stored.append(*saved);
        }
        return completeWorkflow(first.subject, stored, date, method);
    });
    if (!written)
        return written.error();
    return stored;
}

// The step the letter belongs to moves on with it, in the same transaction.
Status LetterIssuer::completeWorkflow(const LetterSubject &subject,
                                      const QList<IssuedLetter> &letters,
                                      const QDate &date,
                                      SendMethod method)
{
    if (subject.kind == LetterKind::PreNotice && subject.reviewId) {
        PlanRepository plans(m_session);
        auto review = plans.review(*subject.reviewId);
        if (!review)
            return review.error();
        const ReviewStep *step = review->step(QStringLiteral("pre_notice"));
        if (!step || step->isDone())
            return Ok{};
        ReviewStep done = *step;
        done.form = preNoticeForm(*step, letters, date, method);
        auto completed = plans.completeStep(done, date);
        if (!completed)
            return completed.error();
    }
    if (subject.kind == LetterKind::DecisionLetter && subject.decisionId) {
        DecisionRepository decisions(m_session);
        auto decision = decisions.get(*subject.decisionId);
        if (!decision)
            return decision.error();
        if (decision->status != DecisionStatus::Approved)
            return Ok{}; // already sent: this is a new copy of the letter
        ActionInput input;
        input.date = date;
        input.method = method;
        auto sent = decisions.perform(decision->id, decision->version, DecisionAction::Send, input);
        if (!sent)
            return sent.error();
    }
    return Ok{};
}

Result<BatchResult> LetterIssuer::issuePreNotices(qint64 planId,
                                                  const LetterOptions &options,
                                                  const std::function<bool(int, int)> &progress)
{
    auto view = PlanRepository(m_session).view(planId);
    if (!view)
        return view.error();
    QList<const Review *> pending;
    for (const Review &review : view->reviews) {
        const ReviewStep *step = review.step(QStringLiteral("pre_notice"));
        if (step && !step->isDone())
            pending.append(&review);
    }
    BatchResult result;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const Review &review = *pending.at(i);
        BatchItem item;
        item.reviewId = review.id;
        item.clientName = review.clientName;
        LetterSubject subject;
        subject.kind = LetterKind::PreNotice;
        subject.reviewId = review.id;
        LetterOptions own = options;
        own.recipients.clear(); // each review has its own client and guardian
        auto prepared = prepare(subject, own);
        if (!prepared) {
            item.problems.append(
                {LetterProblem::Kind::MissingContent, prepared.error().message, QString()});
        } else if (!prepared->canIssue()) {
            item.problems = prepared->problems;
        } else if (auto issued = issue(*prepared, own); !issued) {
            item.problems.append(
                {LetterProblem::Kind::MissingContent, issued.error().message, QString()});
        } else {
            item.letters = *issued;
            for (IssuedLetter &letter : item.letters)
                letter.pdf.clear();
            for (const LetterDraft &draft : prepared->drafts)
                item.documents.append(draft.document);
        }
        result.items.append(item);
        if (progress && !progress(int(i + 1), int(pending.size())))
            break;
    }
    return result;
}

} // namespace fremdrift
