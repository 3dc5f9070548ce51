#include "importing/columnmap.h"

#include "importing/importvalues.h"

namespace fremdrift::importing {

namespace {

// Every name a column is known by, normalized, to its key.
QHash<QString, QString> keysByName(const QList<ImportColumn> &specs)
{
    QHash<QString, QString> keyFor;
    for (const ImportColumn &spec : specs) {
        keyFor.insert(normalizeName(spec.key), spec.key);
        for (const QString &alias : spec.aliases)
            keyFor.insert(normalizeName(alias), spec.key);
    }
    return keyFor;
}

void reportUnknown(const QStringList &unknown,
                   const QList<ImportColumn> &specs,
                   int headerLine,
                   QList<ImportProblem> &problems)
{
    if (unknown.isEmpty())
        return;
    QStringList known;
    for (const ImportColumn &spec : specs)
        known << spec.key;
    problems.append(
        {headerLine,
         CaseloadImport::tr("Unknown column %1: check the spelling, or remove the column. "
                            "The columns this file may have are: %2.")
             .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")))});
}

void reportMissing(const ColumnMap &columns,
                   const QList<ImportColumn> &specs,
                   int headerLine,
                   QList<ImportProblem> &problems)
{
    QStringList missing;
    for (const ImportColumn &spec : specs) {
        if (spec.required && !columns.has(spec.key))
            missing << spec.key;
    }
    if (!missing.isEmpty())
        problems.append({headerLine,
                         CaseloadImport::tr("Required column missing: %1.")
                             .arg(missing.join(QStringLiteral(", ")))});
}

} // namespace

ColumnMap ColumnMap::map(const CsvTable &table,
                         const QList<ImportColumn> &specs,
                         QList<ImportProblem> &problems)
{
    ColumnMap columns;
    const QHash<QString, QString> keyFor = keysByName(specs);
    QStringList unknown;
    for (int at = 0; at < table.header.size(); ++at) {
        const QString written = table.header.at(at).trimmed();
        const QString name = normalizeName(written);
        if (name.isEmpty()) {
            columns.m_unnamed << at;
            continue;
        }
        const auto key = keyFor.constFind(name);
        if (key == keyFor.cend())
            unknown << u'"' + written + u'"';
        else
            columns.addColumn(*key, written, at, table.headerLine, problems);
    }
    reportUnknown(unknown, specs, table.headerLine, problems);
    reportMissing(columns, specs, table.headerLine, problems);
    return columns;
}

void ColumnMap::addColumn(const QString &key,
                          const QString &written,
                          int at,
                          int headerLine,
                          QList<ImportProblem> &problems)
{
    if (m_index.contains(key)) {
        problems.append({headerLine,
                         CaseloadImport::tr("The columns \"%1\" and \"%2\" both mean %3: keep one.")
                             .arg(m_header.value(key), written, key)});
        return;
    }
    m_index.insert(key, at);
    m_header.insert(key, written);
}

QString ColumnMap::value(const CsvRecord &record, const QString &key) const
{
    const int at = m_index.value(key, -1);
    return at < 0 || at >= record.fields.size() ? QString() : record.fields.at(at).trimmed();
}

ImportProblem ColumnMap::problem(int line, const QString &key, const QString &message) const
{
    return {line, QStringLiteral("%1: %2").arg(name(key), message)};
}

void ColumnMap::checkUnnamed(const CsvRecord &record, QList<ImportProblem> &problems) const
{
    for (int at : m_unnamed) {
        if (at < record.fields.size() && !record.fields.at(at).trimmed().isEmpty())
            problems.append(
                {record.line,
                 CaseloadImport::tr("Column %1 has no name in the header, but this line has "
                                    "\"%2\" in it.")
                     .arg(at + 1)
                     .arg(elide(record.fields.at(at)))});
    }
}

} // namespace fremdrift::importing
