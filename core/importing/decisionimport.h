#pragma once

#include "domain/decision.h"
#include "domain/nationalid.h"
#include "importing/decisionlines.h"
#include "importing/recordimport.h"
#include "importing/stafflookup.h"

#include <QList>

#include <optional>

namespace fremdrift {
class Session;
}

namespace fremdrift::importing {

class ColumnMap;

// Decisions, one or more lines each (a line a service), grouped by reference: read with the
// rules every draft follows, for clients already in the database, under references not yet in
// it. They are written as they are (in force, or drafts), with their services.
class DecisionImport final : public RecordImport
{
public:
    DecisionImport(Session &session, const ColumnMap &columns);

    // The header must name the client, by national ID or by id.
    static void
    checkHeader(const ColumnMap &columns, int headerLine, QList<ImportProblem> &problems);

    Status check(const CsvTable &table, ImportReport &report) override;
    Result<int> write(QSqlDatabase &transaction, int &line) override;

private:
    // One decision being checked: what is read so far and what is wrong with it.
    struct Candidate
    {
        const DecisionLines &lines;
        Decision decision;
        QList<ImportProblem> problems;
        std::optional<qint64> clientCaseworker;
        bool clientFound = false;
    };

    struct DecisionToWrite
    {
        int line = 0;
        Decision decision;
    };

    Status checkDecision(const DecisionLines &lines, ImportReport &report);
    Status findClient(Candidate &candidate);
    Status findClientByNationalId(Candidate &candidate, const QString &nationalId);
    Status findClientById(Candidate &candidate, const QString &idText);
    Result<bool> matchClient(Candidate &candidate, const QString &where, const QVariant &key);
    void readLegalBasis(Candidate &candidate) const;
    void readStatus(Candidate &candidate) const;
    void readDates(Candidate &candidate) const;
    Status readCaseworker(Candidate &candidate);
    void readSectionsAndServices(Candidate &candidate) const;
    Status checkNew(Candidate &candidate);
    void checkDraftRules(Candidate &candidate) const;
    void problem(Candidate &candidate, const QString &key, const QString &message) const;

    Status insertDecision(QSqlDatabase &transaction, Decision &decision) const;
    Status insertServices(QSqlDatabase &transaction, Decision &decision) const;

    Session &m_session;
    const ColumnMap &m_columns;
    StaffLookup m_staff;
    NationalIdOptions m_idOptions;
    QList<DecisionToWrite> m_decisions;
};

} // namespace fremdrift::importing
