#pragma once

#include "importing/csvimport.h"

#include <QHash>
#include <QList>
#include <QString>

namespace fremdrift::importing {

// The columns of an import file, mapped by their header to the import's keys (importColumns()).
class ColumnMap final
{
public:
    // Maps the header of `table`; what is wrong with it (unknown, doubled or missing columns) is
    // added to `problems`.
    static ColumnMap
    map(const CsvTable &table, const QList<ImportColumn> &specs, QList<ImportProblem> &problems);

    bool has(const QString &key) const { return m_index.contains(key); }

    // The value, trimmed; empty when the column is not in the file.
    QString value(const CsvRecord &record, const QString &key) const;

    // The column as the file names it, for messages.
    QString name(const QString &key) const { return m_header.value(key, key); }

    // A problem with the column `key` on `line`: "<column>: <message>".
    ImportProblem problem(int line, const QString &key, const QString &message) const;

    // Values in columns without a name would be lost silently.
    void checkUnnamed(const CsvRecord &record, QList<ImportProblem> &problems) const;

private:
    void addColumn(const QString &key,
                   const QString &written,
                   int at,
                   int headerLine,
                   QList<ImportProblem> &problems);

    QHash<QString, int> m_index;
    QHash<QString, QString> m_header;
    QList<int> m_unnamed;
};

} // namespace fremdrift::importing
