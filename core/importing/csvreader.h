#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fremdrift {

// Something wrong with one line of an imported file. `line` is the file's physical line number
// where the record starts (the header is line 1; 0: the file as a whole).
struct ImportProblem
{
    int line = 0;
    QString message;
};

// One record of a CSV file: its fields and the physical line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool wellFormed = true; // false: its problem is in CsvTable::problems; do not use it
};

// A CSV file as read: the header, the data records (entirely empty records are skipped) and
// what could not be read (a quote that is never closed, a record with too many fields).
struct CsvTable
{
    QString encoding; // "UTF-8" or "Windows-1252"
    QChar delimiter;
    int headerLine = 1;
    QStringList header;
    QList<CsvRecord> records;
    QList<ImportProblem> problems;
};

// An RFC 4180 reader for the CSV files care record systems and Excel export:
//  - UTF-8 (a BOM is skipped), or Windows-1252 / Latin-1 when the bytes are not valid UTF-8;
//  - the delimiter is whichever of ';', ',' or tab occurs most in the header line (outside
//    quotes); Excel's "sep=;" first line is honoured;
//  - fields in double quotes may hold delimiters, line breaks and doubled quotes ("");
//  - lines end in LF, CRLF or CR.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::CsvReader)

public:
    // The text of `bytes`; `encoding` is set to the encoding found.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    // Parses decoded text; the first non-empty record is the header.
    static CsvTable parse(const QString &text);
    // Reads and parses a file; an Error only when the file cannot be read.
    static Result<CsvTable> readFile(const QString &path);
};

} // namespace fremdrift
