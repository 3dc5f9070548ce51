#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace fremdrift {

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
    };

    Code code = Code::Generic;
    QString message;
    QString detail; // technical detail (driver text), shown under the message
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
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace fremdrift
