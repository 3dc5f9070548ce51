#pragma once

#include "domain/client.h"
#include "importing/recordimport.h"
#include "importing/stafflookup.h"

#include <QHash>
#include <QList>

namespace fremdrift {
class Session;
}

namespace fremdrift::importing {

class ColumnMap;

// Clients, one a line: read with the rules of the client form, each national ID once in the
// file and not yet in the database.
class ClientImport final : public RecordImport
{
public:
    ClientImport(Session &session, const ColumnMap &columns);

    Status check(const CsvTable &table, ImportReport &report) override;
    Result<int> write(QSqlDatabase &transaction, int &line) override;

private:
    struct ClientLine
    {
        int line = 0;
        Client client;
        QString unitName;
    };

    Status checkRecord(const CsvRecord &record, ImportReport &report);
    ClientLine readText(const CsvRecord &record) const;
    void
    readBirthDate(const CsvRecord &record, Client &client, QList<ImportProblem> &problems) const;
    void readConsent(const CsvRecord &record, Client &client, QList<ImportProblem> &problems) const;
    void readIndividualPlan(const CsvRecord &record,
                            Client &client,
                            QList<ImportProblem> &problems) const;
    Status readCaseworker(const CsvRecord &record, Client &client, QList<ImportProblem> &problems);
    bool checkRules(int line,
                    Client &client,
                    QList<ImportProblem> &problems,
                    QList<ImportProblem> &warnings) const;
    Status checkUnique(int line, const Client &client, QList<ImportProblem> &problems);
    QString value(const CsvRecord &record, const char *key) const;

    Session &m_session;
    const ColumnMap &m_columns;
    StaffLookup m_staff;
    QHash<QString, int> m_lineOfNationalId;
    QList<ClientLine> m_lines;
};

} // namespace fremdrift::importing
