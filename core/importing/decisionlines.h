#pragma once

#include "domain/decision.h"
#include "importing/csvimport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace fremdrift {
class JurisdictionProfile;
}

namespace fremdrift::importing {

class ColumnMap;

// One service of a decision: one line of the file.
struct ServiceLine
{
    int line = 0;
    DecisionService service;
};

// The lines of one decision, which share its reference. Decision-level columns have one value
// per decision, repeated (or left empty) on its lines.
struct DecisionLines
{
    QString reference;
    int line = 0;
    QHash<QString, std::pair<QString, int>> values; // key → (value, line it is first given on)
    QList<ServiceLine> services;

    QString value(const QString &key) const { return values.value(key).first; }
    int lineOf(const QString &key) const
    {
        const auto found = values.constFind(key);
        return found == values.cend() ? line : found->second;
    }
};

// Lines → decisions, by reference, in the order they first appear. What is wrong with a line on
// its own (no reference, values that disagree, a service or hours that cannot be read) is added
// to `problems`.
QList<DecisionLines> groupDecisionLines(const CsvTable &table,
                                        const ColumnMap &columns,
                                        const JurisdictionProfile &profile,
                                        QList<ImportProblem> &problems);

} // namespace fremdrift::importing
