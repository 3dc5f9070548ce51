#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace fremdrift {

// What reading a record's JSON back says about a wrong value, in the interface language.
class JsonReading final
{
    Q_DECLARE_TR_FUNCTIONS(fremdrift::JsonReading)
};

// An optional id as JSON: the number, or null when there is none.
QJsonValue optionalId(const std::optional<qint64> &id);

// Reads the values of one JSON object (domain/json.h's shapes) and collects, field by field,
// what has the wrong type. A missing or null key reads as empty.
class FieldReader final
{
public:
    explicit FieldReader(const QJsonObject &json)
        : m_json(json)
    {
    }

    QString text(const char *key);
    QDate date(const char *key); // YYYY-MM-DD
    bool flag(const char *key);
    std::optional<qint64> id(const char *key);

    // One of the stable keys of a choice ("full", "needed"), read by `fromKey`.
    template<typename T>
    T choice(const char *key, std::optional<T> (*fromKey)(const QString &), T fallback)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return fallback;
        const std::optional<T> known = fromKey(value);
        if (!known)
            problem(key,
                    JsonReading::tr("\"%1\" cannot be \"%2\".").arg(QLatin1String(key), value));
        return known.value_or(fallback);
    }

    void problem(const char *key, const QString &message);
    // Problems found by a reader of a nested object, named by where it sits ("participants").
    void addProblems(const char *key, const QList<FieldProblem> &problems);

    // An error listing every problem, or nothing when all was read.
    std::optional<Error> error() const;

private:
    const QJsonObject &m_json;
    QList<FieldProblem> m_problems;
};

} // namespace fremdrift
