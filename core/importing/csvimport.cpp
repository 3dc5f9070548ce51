#include "importing/csvimport.h"

#include "importing/clientimport.h"
#include "importing/columnmap.h"
#include "importing/decisionimport.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "workflow/permissions.h"
#include "workflow/session.h"

#include <QFileInfo>

#include <algorithm>
#include <memory>

// The run every import shares: read the file and map its header, check every line
// (clientimport.cpp, decisionimport.cpp), then write everything in one transaction or nothing.
namespace fremdrift {

namespace {

using importing::ColumnMap;
using importing::RecordImport;

void sortProblems(QList<ImportProblem> &problems)
{
    std::stable_sort(
        problems.begin(), problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
            return a.line < b.line;
        });
}

// The file as read, with its header mapped; `report` holds any problems so far.
struct ImportFile
{
    CsvTable table;
    ColumnMap columns;
    ImportReport report;
    bool headerOk = false;
};

void mapHeader(ImportFile &file, ImportKind kind)
{
    QList<ImportProblem> &problems = file.report.problems;
    const qsizetype before = problems.size();
    file.columns = ColumnMap::map(file.table, importColumns(kind), problems);
    if (kind == ImportKind::Decisions)
        importing::DecisionImport::checkHeader(file.columns, file.table.headerLine, problems);
    file.headerOk = problems.size() == before;
}

Result<ImportFile>
readImportFile(Session &session, ImportKind kind, const QString &path, bool dryRun)
{
    if (Status allowed = requirePermission(session.user(), Permission::EditCases); !allowed)
        return allowed.error();
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    ImportFile file;
    file.table = std::move(table).value();
    file.report.dryRun = dryRun;
    file.report.encoding = file.table.encoding;
    file.report.problems = file.table.problems;
    if (file.table.header.isEmpty()) {
        file.report.problems.append(
            {1, CaseloadImport::tr("The file is empty: the first line must name the columns.")});
        return file;
    }
    mapHeader(file, kind);
    return file;
}

std::unique_ptr<RecordImport>
recordImport(ImportKind kind, Session &session, const ColumnMap &columns)
{
    if (kind == ImportKind::Clients)
        return std::make_unique<importing::ClientImport>(session, columns);
    return std::make_unique<importing::DecisionImport>(session, columns);
}

Error failedWrite(const Error &cause, int line)
{
    Error error
        = makeError(cause.code,
                    line > 0 ? CaseloadImport::tr("Line %1 could not be written, so nothing was "
                                                  "imported: %2")
                                   .arg(line)
                                   .arg(cause.message)
                             : CaseloadImport::tr("The import could not be written, so nothing was "
                                                  "imported: %1")
                                   .arg(cause.message),
                    cause.detail);
    error.problems = cause.problems;
    return error;
}

AuditEntry importSummary(const Session &session, ImportKind kind, const QString &path, int count)
{
    return session.audit(QStringLiteral("import"),
                         QStringLiteral("file"),
                         std::nullopt,
                         std::nullopt,
                         {{QStringLiteral("kind"), importKindKey(kind)},
                          {QStringLiteral("file"), QFileInfo(path).fileName()},
                          {QStringLiteral("imported"), count}});
}

// Writes all the records checked, and a summary in the audit trail, or nothing.
Result<ImportReport> writeAll(Session &session,
                              ImportKind kind,
                              const QString &path,
                              RecordImport &records,
                              ImportReport report)
{
    int imported = 0;
    int failedLine = 0;
    const Status written = session.database().write([&](QSqlDatabase &transaction) -> Status {
        // write() may run this again after a busy database: start over each time.
        auto count = records.write(transaction, failedLine);
        if (!count)
            return count.error();
        imported = *count;
        failedLine = 0;
        return AuditTrail::append(transaction, importSummary(session, kind, path, imported));
    });
    if (!written)
        return failedWrite(written.error(), failedLine);
    report.imported = imported;
    return report;
}

Result<ImportReport> run(Session &session, ImportKind kind, const QString &path, bool dryRun)
{
    auto file = readImportFile(session, kind, path, dryRun);
    if (!file)
        return file.error();
    ImportReport &report = file->report;
    if (!file->headerOk) {
        // Clients are lines, counted all the same; decisions are only known from their lines.
        if (kind == ImportKind::Clients)
            report.records = int(file->table.records.size());
        sortProblems(report.problems);
        return report;
    }
    const std::unique_ptr<RecordImport> records = recordImport(kind, session, file->columns);
    if (Status checked = records->check(file->table, report); !checked)
        return checked.error();
    sortProblems(report.problems);
    if (dryRun || !report.problems.isEmpty())
        return report;
    return writeAll(session, kind, path, *records, std::move(report));
}

} // namespace

QString importKindKey(ImportKind kind)
{
    return kind == ImportKind::Clients ? QStringLiteral("clients") : QStringLiteral("decisions");
}

std::optional<ImportKind> importKindFromKey(const QString &key)
{
    if (key == u"clients")
        return ImportKind::Clients;
    if (key == u"decisions")
        return ImportKind::Decisions;
    return std::nullopt;
}

Result<ImportReport> importClients(Session &session, const QString &path, bool dryRun)
{
    return run(session, ImportKind::Clients, path, dryRun);
}

Result<ImportReport> importDecisions(Session &session, const QString &path, bool dryRun)
{
    return run(session, ImportKind::Decisions, path, dryRun);
}

Result<ImportReport>
importCaseload(Session &session, ImportKind kind, const QString &path, bool dryRun)
{
    return run(session, kind, path, dryRun);
}

} // namespace fremdrift
