#pragma once

#include "importing/csvreader.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

class Session;

// An existing caseload, as an office exports it from its care record system (Gerica, Profil,
// Treserva, Cura) or keeps it in Excel, brought in from CSV files (see csvreader.h for the file
// format). Clients first, then their decisions.
//
// Every line is checked first, with the same rules as the forms. A dry run only reports; a real
// import with any problem imports nothing and reports the problems; otherwise everything is
// written in one transaction, so a failure half-way leaves nothing behind.
enum class ImportKind { Clients, Decisions };

QString importKindKey(ImportKind kind); // "clients", "decisions" (CLI, JSON)
std::optional<ImportKind> importKindFromKey(const QString &key);

struct ImportReport
{
    int records = 0;  // clients: data lines; decisions: decisions (one or more lines each)
    int imported = 0; // written; 0 in a dry run or when there were problems
    bool dryRun = true;
    QString encoding;              // as read: "UTF-8" or "Windows-1252"
    QList<ImportProblem> problems; // by line; the import wrote nothing while any remain
    QList<ImportProblem> warnings; // imported, but worth a look (DK CPR failing mod 11)
};

// Errors only when the import could not run (unreadable file, no permission, read-only or busy
// database, a write that failed half-way and was rolled back); bad lines are in `problems`.
Result<ImportReport> importClients(Session &session, const QString &path, bool dryRun);
Result<ImportReport> importDecisions(Session &session, const QString &path, bool dryRun);
Result<ImportReport>
importCaseload(Session &session, ImportKind kind, const QString &path, bool dryRun);

// A column of an import file: its name and the other names it is known by (case and spaces,
// '-' or '_' do not matter).
struct ImportColumn
{
    QString key;
    QStringList aliases;
    bool required = false;
};

QList<ImportColumn> importColumns(ImportKind kind);

// The translation context of the import's messages.
class CaseloadImport final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::CaseloadImport)
};

} // namespace fremdrift
