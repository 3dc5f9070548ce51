#include "importing/importvalues.h"

#include "importing/csvimport.h"

#include <QRegularExpression>

#include <cmath>

namespace fremdrift::importing {

QString normalizeName(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_C).trimmed().toCaseFolded();
    for (QChar &c : text) {
        if (c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'\t')
            c = u'_';
    }
    static const QRegularExpression repeated(QStringLiteral("_+"));
    text.replace(repeated, QStringLiteral("_"));
    while (text.startsWith(u'_'))
        text.remove(0, 1);
    while (text.endsWith(u'_'))
        text.chop(1);
    return text;
}

QString elide(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

std::optional<QDate> parseDate(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return QDate();
    if (const qsizetype space = value.indexOf(u' '); space > 0)
        value.truncate(space);
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"),
                                  QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d-M-yyyy")}) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

std::optional<double> parseHours(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return 0.0;
    value.replace(u',', u'.');
    bool ok = false;
    const double hours = value.toDouble(&ok);
    if (!ok || !std::isfinite(hours))
        return std::nullopt;
    return hours;
}

QString dateProblem(const QString &text)
{
    return CaseloadImport::tr("\"%1\" is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.")
        .arg(elide(text));
}

} // namespace fremdrift::importing
