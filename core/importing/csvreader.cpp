#include "importing/csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace fremdrift {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (the five undefined bytes stay as the
// C1 controls Latin-1 gives them).
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        text += value >= 0x80 && value <= 0x9F ? QChar(windows1252High[value - 0x80])
                                               : QChar(char16_t(value));
    }
    return text;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Which of ';', ',' and tab separates the header's fields: the most frequent outside quotes,
// ';' on a tie (Nordic Excel), ',' when there is none (a single column).
QChar detectDelimiter(const QString &text, qsizetype pos)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineBreak(c))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons == 0 && commas == 0 && tabs == 0)
        return u',';
    if (semicolons >= commas && semicolons >= tabs)
        return u';';
    return tabs > commas ? QChar(u'\t') : QChar(u',');
}

struct RawRecord
{
    int line = 0;
    QStringList fields;
    bool unterminated = false;
};

// Splits `text` from `pos` into records; `line` is the physical line `pos` is on.
QList<RawRecord> tokenize(const QString &text, qsizetype pos, int line, QChar delimiter)
{
    QList<RawRecord> records;
    const qsizetype end = text.size();
    while (pos < end) {
        RawRecord record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            if (pos < end && text.at(pos) == u'"') {
                ++pos;
                bool closed = false;
                while (pos < end) {
                    const QChar c = text.at(pos);
                    if (c == u'"') {
                        if (pos + 1 < end && text.at(pos + 1) == u'"') {
                            field += u'"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (isLineBreak(c)) {
                        field += u'\n';
                        ++line;
                        ++pos;
                        if (c == u'\r' && pos < end && text.at(pos) == u'\n')
                            ++pos;
                        continue;
                    }
                    field += c;
                    ++pos;
                }
                if (!closed) {
                    record.fields << field;
                    record.unterminated = true;
                    records << record;
                    return records;
                }
            }
            // An unquoted field, or what follows a closing quote (kept, as Excel does).
            while (pos < end) {
                const QChar c = text.at(pos);
                if (c == delimiter || isLineBreak(c))
                    break;
                field += c;
                ++pos;
            }
            record.fields << field;
            field.clear();
            if (pos >= end)
                break;
            const QChar c = text.at(pos);
            ++pos;
            if (c == delimiter) {
                if (pos >= end) {
                    record.fields << QString();
                    recordDone = true;
                }
                continue;
            }
            if (c == u'\r' && pos < end && text.at(pos) == u'\n')
                ++pos;
            ++line;
            recordDone = true;
        }
        records << record;
    }
    return records;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    const QByteArray data = hasBom ? bytes.mid(bom.size()) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    // A BOM says UTF-8 whatever follows; without one, bytes that are not valid UTF-8 come from
    // a care system or Excel writing Windows-1252 (a superset of Latin-1's printable range).
    if (hasBom || !utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return fromWindows1252(data);
}

CsvTable CsvReader::parse(const QString &text)
{
    CsvTable table;
    qsizetype pos = 0;
    int line = 1;
    // Excel's "sep=;" line names the delimiter and is not the header.
    QChar delimiter;
    if (text.startsWith(QStringLiteral("sep="), Qt::CaseInsensitive) && text.size() >= 5
        && (text.size() == 5 || isLineBreak(text.at(5)))) {
        delimiter = text.at(4);
        pos = 5;
        if (pos < text.size() && text.at(pos) == u'\r')
            ++pos;
        if (pos < text.size() && text.at(pos) == u'\n')
            ++pos;
        line = 2;
    }
    // Skip empty lines before the header, counting them.
    while (pos < text.size() && isLineBreak(text.at(pos))) {
        if (text.at(pos) == u'\r' && pos + 1 < text.size() && text.at(pos + 1) == u'\n')
            ++pos;
        ++pos;
        ++line;
    }
    if (delimiter.isNull())
        delimiter = detectDelimiter(text, pos);
    table.delimiter = delimiter;

    const QList<RawRecord> raw = tokenize(text, pos, line, delimiter);
    bool haveHeader = false;
    for (const RawRecord &record : raw) {
        if (record.unterminated) {
            table.problems.append({record.line,
                                   tr("A quotation mark that opens a field on this line is never "
                                      "closed, so the rest of the file cannot be read.")});
            if (haveHeader)
                table.records.append({record.line, record.fields, false});
            break;
        }
        if (isBlank(record.fields))
            continue;
        if (!haveHeader) {
            haveHeader = true;
            table.headerLine = record.line;
            table.header = record.fields;
            continue;
        }
        CsvRecord row{record.line, record.fields, true};
        const qsizetype columns = table.header.size();
        if (row.fields.size() > columns && isBlank(row.fields.mid(columns)))
            row.fields.resize(columns); // trailing delimiters
        if (row.fields.size() != columns) {
            row.wellFormed = false;
            table.problems.append(
                {row.line,
                 tr("The line has %1 fields, but the header has %2 columns. "
                    "A field holding \"%3\" or a line break must be in "
                    "double quotes.")
                     .arg(row.fields.size())
                     .arg(columns)
                     .arg(delimiter == u'\t' ? QStringLiteral("\\t") : QString(delimiter))});
        }
        table.records.append(row);
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            Error::Code::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return makeError(
            Error::Code::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QString encoding;
    const QString text = decode(bytes, &encoding);
    CsvTable table = parse(text);
    table.encoding = encoding;
    return table;
}

} // namespace fremdrift
