#pragma once

#include "importing/csvimport.h"
#include "util/result.h"

class QSqlDatabase;

namespace fremdrift::importing {

// One kind of record in an import file (clients, decisions): the part of an import between
// reading the file and writing it all or nothing, which csvimport.cpp does for every kind.
class RecordImport
{
public:
    RecordImport() = default;
    virtual ~RecordImport() = default;
    RecordImport(const RecordImport &) = delete;
    RecordImport &operator=(const RecordImport &) = delete;

    // Checks every data line of `table`: sets report.records and adds the problems and warnings
    // found; what passes is kept for write(). An error only when the check could not run.
    virtual Status check(const CsvTable &table, ImportReport &report) = 0;

    // Writes what check() kept, in the import's transaction, and returns how many records it
    // wrote. `line` is the line being written, for the message when it fails.
    virtual Result<int> write(QSqlDatabase &transaction, int &line) = 0;
};

} // namespace fremdrift::importing
