#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Stackdraft::Core {

// Where an error was found and what a person should do about it. Any part may be empty.
struct Error
{
    QString message;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString field; // model path, e.g. "environments[2].deployments.backend.cpu"

    // "file:line:col: field: message", leaving out what is unknown.
    QString toString() const;
};

// A value or an Error: the return type of every fallible call (g++ 12 has no std::expected).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For calls that return nothing but can fail.
struct Success
{
};
using Status = Result<Success>;
inline Status success()
{
    return Success {};
}

} // namespace Stackdraft::Core
