#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace fremdrift {

// One thing wrong with one field of a form, so the UI can point at it. `field` is the
// value type's member name in snake_case ("evaluation_date", "services[2].own_hours").
struct FieldProblem
{
    QString field;
    QString message;
};

// What went wrong, in the user's language. `code` lets callers and tests tell kinds apart
// without parsing the message.
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        NotSQLite,
        NotOurs,
        Corrupt,
        NewerSchema,
        FolderMissing,
        AlreadyExists,
        ReadOnly,
        Busy,
        InvalidInput,
        Io,
        Conflict,         // someone else saved the same record first
        PermissionDenied, // the current user's role does not allow it
    };

    Code code = Code::Generic;
    QString message;
    QString detail; // technical detail (driver text), shown under the message
    QList<FieldProblem> problems; // for InvalidInput: what is wrong, field by field
};

// A value or an Error. Core never shows UI and never exits: it returns one of these.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok
{};

// A result that carries nothing but success or an Error.
using Status = Result<Ok>;

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), {}};
}

// InvalidInput with every problem, the message one line each.
inline Error invalidInput(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages << problem.message;
    Error error = makeError(Error::Code::InvalidInput, messages.join(u'\n'));
    error.problems = problems;
    return error;
}

} // namespace fremdrift
