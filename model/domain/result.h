#pragma once

#include "domain/error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace msp {

// An expected-like result: a value or an Error. No exceptions cross our
// library boundaries; failures are values the caller must look at.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool isOk() const { return m_state.index() == 0; }
    explicit operator bool() const { return isOk(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T valueOr(T fallback) const { return isOk() ? std::get<0>(m_state) : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_state); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Result<void> ok()
{
    return {};
}

} // namespace msp

// Propagates a failed Result<...> from the enclosing function.
#define MSP_TRY(expr)                                                                                                  \
    do {                                                                                                               \
        if (auto &&mspTryResult = (expr); !mspTryResult.isOk())                                                        \
            return mspTryResult.error();                                                                               \
    } while (false)
