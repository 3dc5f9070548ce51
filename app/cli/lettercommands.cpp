// letter, letters, template: letters to citizens from the templates, the archive of issued
// letters, and the templates themselves.
#include "commands.h"

#include "letters/letterissuer.h"
#include "util/savefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <numeric>

namespace fremdrift::cli {

namespace {

QString kindKeys()
{
    QStringList keys;
    for (LetterKind kind : allLetterKinds())
        keys << letterKindKey(kind);
    return keys.join(u'|');
}

std::optional<LetterKind> kindOption(const QCommandLineParser &parser,
                                     const QCommandLineOption &option)
{
    const auto kind = letterKindFromKey(parser.value(option));
    if (!kind)
        printError(Cli::tr("Unknown kind of letter \"%1\": use %2.")
                       .arg(parser.value(option), kindKeys()));
    return kind;
}

std::optional<SendMethod> methodOption(const QCommandLineParser &parser,
                                       const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return SendMethod::Post;
    const auto method = sendMethodFromKey(parser.value(option));
    if (!method)
        printError(Cli::tr("Unknown way of sending \"%1\": use post, digital or hand.")
                       .arg(parser.value(option)));
    return method;
}

// Writes `bytes` whole or not at all: a half-written PDF is never left behind.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    const Status saved = saveWholeFile(path, bytes);
    if (!saved)
        printError(saved.error());
    return saved.ok();
}

QJsonArray problemsJson(const QList<LetterProblem> &problems)
{
    QJsonArray list;
    for (const LetterProblem &problem : problems)
        list.append(QJsonObject{{QStringLiteral("message"), problem.message},
                                {QStringLiteral("field"), problem.field}});
    return list;
}

void printLetterProblems(const QList<LetterProblem> &problems)
{
    QList<FieldProblem> fields;
    for (const LetterProblem &problem : problems)
        fields.append({problem.field, problem.message});
    printProblems(fields);
}

QJsonArray lettersJson(const QList<IssuedLetter> &letters)
{
    QJsonArray list;
    for (const IssuedLetter &letter : letters)
        list.append(letter.toJson());
    return list;
}

struct RenderOptions
{
    QCommandLineOption kind{QStringLiteral("kind"),
                            Cli::tr("The kind of letter: %1.").arg(kindKeys()),
                            QStringLiteral("kind")};
    QCommandLineOption decision{QStringLiteral("decision"),
                                Cli::tr("The decision (decision letters)."),
                                QStringLiteral("id")};
    QCommandLineOption review{
        QStringLiteral("review"), Cli::tr("The review (pre-notices)."), QStringLiteral("id")};
    QCommandLineOption meeting{QStringLiteral("meeting"),
                               Cli::tr("The meeting (invitations, minutes)."),
                               QStringLiteral("id")};
    QCommandLineOption language{QStringLiteral("language"),
                                Cli::tr("The letter's language (default: the country's)."),
                                QStringLiteral("code")};
    QCommandLineOption method{QStringLiteral("method"),
                              Cli::tr("How it is sent: post (default), digital or hand."),
                              QStringLiteral("method")};
    QCommandLineOption date{QStringLiteral("date"),
                            Cli::tr("The letter's date (default today)."),
                            QStringLiteral("date")};
    QCommandLineOption out{QStringLiteral("out"),
                           Cli::tr("The PDF file to write: every recipient's letter in one file."),
                           QStringLiteral("file")};
    QCommandLineOption issue{QStringLiteral("issue"),
                             Cli::tr("Issue the letters: keep them in the archive and move the "
                                     "review or decision on, as the application does.")};

    QList<QCommandLineOption> all() const
    {
        return {kind, decision, review, meeting, language, method, date, out, issue};
    }
};

std::optional<LetterSubject> subjectFrom(const QCommandLineParser &parser,
                                         const RenderOptions &options)
{
    const auto kind = kindOption(parser, options.kind);
    if (!kind)
        return std::nullopt;
    LetterSubject subject;
    subject.kind = *kind;
    const auto idOf = [&](const QCommandLineOption &option) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = parser.value(option).toLongLong(&ok);
        return ok ? std::optional(id) : std::nullopt;
    };
    const std::pair<const QCommandLineOption *, std::optional<qint64> *> ids[]
        = {{&options.decision, &subject.decisionId},
           {&options.review, &subject.reviewId},
           {&options.meeting, &subject.meetingId}};
    int given = 0;
    for (const auto &[option, id] : ids) {
        if (parser.isSet(*option)) {
            *id = idOf(*option);
            ++given;
        }
    }
    if (given != 1 || !(subject.decisionId || subject.reviewId || subject.meetingId)) {
        printError(Cli::tr("Give exactly one of --decision ID, --review ID or --meeting ID."));
        return std::nullopt;
    }
    return subject;
}

// letter render --kind K --decision|--review|--meeting ID --out FILE [--issue]
int renderLetter(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const RenderOptions options;
    parser.addOptions(options.all());
    if (!parseCommand(parser, args) || !requireOption(parser, options.kind)
        || !requireOption(parser, options.out))
        return UsageError;
    const auto subject = subjectFrom(parser, options);
    const auto method = methodOption(parser, options.method);
    const auto date = dateOption(parser, options.date);
    if (!subject || !method || !date)
        return UsageError;
    auto workspace = openWorkspace(context,
                                   parser.isSet(options.issue) ? Database::Access::ReadWrite
                                                               : Database::Access::ReadOnly);
    if (!workspace)
        return Failure;

    LetterOptions letterOptions;
    letterOptions.language = parser.value(options.language);
    letterOptions.method = method;
    letterOptions.date = *date;
    LetterIssuer issuer(*workspace->session);
    auto prepared = issuer.prepare(*subject, letterOptions);
    if (!prepared) {
        printError(prepared.error());
        return Failure;
    }
    if (!prepared->canIssue()) {
        printLetterProblems(prepared->problems);
        return Failure;
    }
    QList<LetterDocument> documents;
    for (const LetterDraft &draft : prepared->drafts)
        documents.append(draft.document);
    QList<int> pages;
    auto pdf = LetterLayout::pdf(documents, &pages);
    if (!pdf) {
        printError(pdf.error());
        return Failure;
    }
    QJsonObject result{{QStringLiteral("kind"), letterKindKey(subject->kind)},
                       {QStringLiteral("file"), parser.value(options.out)},
                       {QStringLiteral("letters"), int(documents.size())},
                       {QStringLiteral("pages"), std::accumulate(pages.cbegin(), pages.cend(), 0)}};
    if (parser.isSet(options.issue)) {
        auto issued = issuer.issue(*prepared, letterOptions);
        if (!issued) {
            printError(issued.error());
            return Failure;
        }
        result.insert(QStringLiteral("issued"), lettersJson(*issued));
    }
    if (!writeFile(parser.value(options.out), *pdf))
        return Failure;
    printJson(result);
    return Success;
}

QString fileNameFor(const IssuedLetter &letter)
{
    QString name = QStringLiteral("%1-%2-%3.pdf")
                       .arg(letter.id)
                       .arg(letterKindKey(letter.kind), letter.recipientName);
    static const QString unsafe = QStringLiteral("/\\:*?\"<>| ");
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = u'_';
    }
    return name;
}

// One PDF per letter as stored in the archive, and if asked one combined file to print.
int writeBatch(const BatchResult &batch, const QDir &folder, const QString &combinedPath)
{
    QJsonArray files;
    QJsonArray skipped;
    QList<LetterDocument> documents;
    for (const BatchItem &item : batch.items) {
        if (item.letters.isEmpty()) {
            skipped.append(QJsonObject{{QStringLiteral("review_id"), item.reviewId},
                                       {QStringLiteral("client"), item.clientName},
                                       {QStringLiteral("problems"), problemsJson(item.problems)}});
        }
        documents += item.documents;
        for (const IssuedLetter &letter : item.letters)
            files.append(folder.filePath(fileNameFor(letter)));
    }
    QJsonObject result{{QStringLiteral("issued"), batch.issuedCount()},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("files"), files}};
    if (!combinedPath.isEmpty() && !documents.isEmpty()) {
        auto pdf = LetterLayout::pdf(documents);
        if (!pdf) {
            printError(pdf.error());
            return Failure;
        }
        if (!writeFile(combinedPath, *pdf))
            return Failure;
        result.insert(QStringLiteral("combined"), combinedPath);
    }
    printJson(result);
    return skipped.isEmpty() ? Success : Failure;
}

// letters batch --plan ID --kind pre_notice --out DIR [--combined FILE]
int batchLetters(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption plan(
        QStringLiteral("plan"), Cli::tr("The progress plan."), QStringLiteral("id"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("The kind of letter; pre_notice is issued in batches."),
                                  QStringLiteral("kind"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("The folder for one PDF per letter."),
                                 QStringLiteral("dir"));
    const QCommandLineOption combined(QStringLiteral("combined"),
                                      Cli::tr("Also write every letter into this one PDF, to "
                                              "print in one go."),
                                      QStringLiteral("file"));
    const QCommandLineOption method(QStringLiteral("method"),
                                    Cli::tr("How they are sent: post (default), digital or hand."),
                                    QStringLiteral("method"));
    parser.addOptions({plan, kind, out, combined, method});
    if (!parseCommand(parser, args) || !requireOption(parser, plan) || !requireOption(parser, kind)
        || !requireOption(parser, out))
        return UsageError;
    if (parser.value(kind) != letterKindKey(LetterKind::PreNotice)) {
        printError(Cli::tr("Only pre-notices (pre_notice) are issued for a whole plan."));
        return UsageError;
    }
    const auto sendMethod = methodOption(parser, method);
    bool ok = false;
    const qint64 planId = parser.value(plan).toLongLong(&ok);
    if (!ok || !sendMethod) {
        if (!ok)
            printError(Cli::tr("The plan's id must be a number."));
        return UsageError;
    }
    const QDir folder(parser.value(out));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        printError(Cli::tr("Could not create the folder %1.").arg(folder.path()));
        return Failure;
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;

    LetterOptions options;
    options.method = sendMethod;
    LetterIssuer issuer(*workspace->session);
    auto batch = issuer.issuePreNotices(planId, options, [](int done, int total) {
        std::fprintf(stderr, "%s\n", qPrintable(Cli::tr("%1 of %2 reviews").arg(done).arg(total)));
        return true;
    });
    if (!batch) {
        printError(batch.error());
        return Failure;
    }
    // The archive holds each letter's PDF exactly as issued: the files are copies of those.
    LetterArchive archive(*workspace->session);
    for (const BatchItem &item : batch->items) {
        for (const IssuedLetter &letter : item.letters) {
            auto stored = archive.get(letter.id);
            if (!stored) {
                printError(stored.error());
                return Failure;
            }
            if (!writeFile(folder.filePath(fileNameFor(letter)), stored->pdf))
                return Failure;
        }
    }
    return writeBatch(*batch, folder, parser.value(combined));
}

// letter show ID [--pdf FILE]: the letter as issued, its hash checked again
int showLetter(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
                                       Cli::tr("Also write the PDF exactly as it was issued."),
                                       QStringLiteral("file"));
    parser.addOption(pdfOption);
    if (!parseCommand(parser, args, 1))
        return UsageError;
    const auto id = idArgument(parser);
    if (!id)
        return UsageError;
    auto workspace = openWorkspace(context);
    if (!workspace)
        return Failure;
    LetterArchive archive(*workspace->session);
    auto letter = archive.get(*id);
    if (!letter) {
        printError(letter.error());
        return Failure;
    }
    QJsonObject json = letter->toJson();
    json.insert(QStringLiteral("sha256_verified"), sha256Hex(letter->pdf) == letter->sha256);
    json.insert(QStringLiteral("pdf_bytes"), letter->pdf.size());
    if (parser.isSet(pdfOption) && !writeFile(parser.value(pdfOption), letter->pdf))
        return Failure;
    printJson(json);
    return Success;
}

// letter list [--client ID] [--decision ID] [--review ID] [--kind K]
int listLetters(const Context &context, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption client(
        QStringLiteral("client"), Cli::tr("Only this client's."), QStringLiteral("id"));
    const QCommandLineOption decision(
        QStringLiteral("decision"), Cli::tr("Only this decision's."), QStringLiteral("id"));
    const QCommandLineOption review(
        QStringLiteral("review"), Cli::tr("Only this review's."), QStringLiteral("id"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("Only this kind: %1.").arg(kindKeys()),
                                  QStringLiteral("kind"));
    parser.addOptions({client, decision, review, kind});
    if (!parseCommand(parser, args))
        return UsageError;
    LetterFilter filter;
    const auto idInto = [&](const QCommandLineOption &option, std::optional<qint64> &id) {
        if (parser.isSet(option))
            id = parser.value(option).toLongLong();
    };
    idInto(client, filter.clientId);
    idInto(decision, filter.decisionId);
    idInto(review, filter.reviewId);
    if (parser.isSet(kind)) {
        filter.kind = kindOption(parser, kind);
        if (!filter.kind)
            return UsageError;
    }
    auto workspace = openWorkspace(context, Database::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto letters = LetterArchive(*workspace->session).list(filter);
    if (!letters) {
        printError(letters.error());
        return Failure;
    }
    printJson({{QStringLiteral("letters"), lettersJson(*letters)},
               {QStringLiteral("count"), int(letters->size())}});
    return Success;
}

// template check FILE --kind K: the template's errors with line and column, as the editor
// shows them; exit 0 only when there are none.
int checkTemplate(const Context &context, const QStringList &args)
{
    Q_UNUSED(context)
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("The kind of letter: %1.").arg(kindKeys()),
                                  QStringLiteral("kind"));
    parser.addOption(kind);
    if (!parseCommand(parser, args, 1) || !requireOption(parser, kind))
        return UsageError;
    const auto letterKind = kindOption(parser, kind);
    if (!letterKind || parser.positionalArguments().size() != 1) {
        if (letterKind)
            printError(Cli::tr("Give the template file to check."));
        return UsageError;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(Cli::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        return Failure;
    }
    const QList<TemplateError> errors = templateErrors(
        QString::fromUtf8(file.readAll()), mergeFieldNamesFor(*letterKind), letterPartIds());
    QJsonArray list;
    for (const TemplateError &error : errors)
        list.append(QJsonObject{{QStringLiteral("line"), error.at.line},
                                {QStringLiteral("column"), error.at.column},
                                {QStringLiteral("message"), error.message},
                                {QStringLiteral("tag"), error.tag}});
    printJson({{QStringLiteral("errors"), list}, {QStringLiteral("count"), int(list.size())}});
    return errors.isEmpty() ? Success : Failure;
}

} // namespace

int runLetter(const Context &context, const QStringList &args)
{
    return runSubcommand(context,
                         args,
                         {{QStringLiteral("render"), renderLetter},
                          {QStringLiteral("show"), showLetter},
                          {QStringLiteral("list"), listLetters}});
}

int runLetters(const Context &context, const QStringList &args)
{
    return runSubcommand(context, args, {{QStringLiteral("batch"), batchLetters}});
}

int runTemplate(const Context &context, const QStringList &args)
{
    return runSubcommand(context, args, {{QStringLiteral("check"), checkTemplate}});
}

} // namespace fremdrift::cli
