#include "domain/jsonreading.h"

#include "domain/json.h"

namespace fremdrift {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QString FieldReader::text(const char *key)
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        problem(key, JsonReading::tr("\"%1\" must be text.").arg(QLatin1String(key)));
    return value.toString();
}

QDate FieldReader::date(const char *key)
{
    const QString value = text(key);
    const QDate parsed = dateFromIso(value);
    if (!value.isEmpty() && !parsed.isValid())
        problem(key,
                JsonReading::tr("\"%1\" must be a date as YYYY-MM-DD, not \"%2\".")
                    .arg(QLatin1String(key), value));
    return parsed;
}

bool FieldReader::flag(const char *key)
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (!value.isUndefined() && !value.isNull() && !value.isBool())
        problem(key, JsonReading::tr("\"%1\" must be true or false.").arg(QLatin1String(key)));
    return value.toBool();
}

std::optional<qint64> FieldReader::id(const char *key)
{
    const QJsonValue value = m_json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        problem(key, JsonReading::tr("\"%1\" must be a number.").arg(QLatin1String(key)));
    return value.toInteger();
}

void FieldReader::problem(const char *key, const QString &message)
{
    m_problems.append({QString::fromLatin1(key), message});
}

void FieldReader::addProblems(const char *key, const QList<FieldProblem> &problems)
{
    for (const FieldProblem &nested : problems)
        m_problems.append({QString::fromLatin1(key) + u'.' + nested.field, nested.message});
}

std::optional<Error> FieldReader::error() const
{
    if (m_problems.isEmpty())
        return std::nullopt;
    Error error = makeError(Error::Code::InvalidInput, m_problems.constFirst().message);
    error.problems = m_problems;
    return error;
}

} // namespace fremdrift
