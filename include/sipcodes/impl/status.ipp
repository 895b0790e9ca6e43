// sipcodes/impl/status.ipp: the code behind sipcodes/status.hpp, for one spec.
//
// Included inside a spec's namespace (sipcodes by status.hpp, a user spec's by
// its generated status.hpp), after <array>, <cstddef>, <cstdint>, <optional>,
// <string_view>, sipcodes/detail/{config,tables}.hpp and the spec's
// generated/status.hpp; it reads that spec's tables.

#if SIPCODES_COMPACT_TABLES
#include "compact_tables.ipp" // IWYU pragma: export
#else
#include "dense_tables.ipp" // IWYU pragma: export
#endif

namespace detail {

// In the table layout's namespace, opened by the file above: it reads that layout's tables.
inline namespace SIPCODES_TABLES {

/// 1-based row of a registered status in all_statuses; 0 for anything else.
[[nodiscard]] constexpr std::size_t row_of(status s) noexcept
{
    return detail::row_of_code(static_cast<int>(s));
}
} // namespace SIPCODES_TABLES

} // namespace detail

inline namespace SIPCODES_TABLES {

constexpr int to_int(status s) noexcept
{
    return static_cast<int>(s);
}

constexpr bool is_registered(status s) noexcept
{
    return detail::registered_code(to_int(s)) != 0;
}

SIPCODES_INLINE_LOOKUP constexpr std::optional<status> to_status(int code) noexcept
{
    return detail::find_status(code);
}

constexpr std::optional<status> canonical(int code) noexcept
{
    // An int, like the status it becomes: GCC then builds the optional without a branch.
    const int answer = detail::canonical_code(code);
    return answer != 0 ? std::optional<status>(static_cast<status>(answer)) : std::nullopt;
}

SIPCODES_INLINE_LOOKUP constexpr std::optional<status_class> class_of(int code) noexcept
{
    // Branch-free: a number outside the range reads entry 0 (nullopt), so random
    // input costs no mispredicted branch.
    const auto number = static_cast<unsigned>(code);
    const unsigned in_range = number - static_cast<unsigned>(detail::min_code) < detail::index_size ? 1u : 0u;
    return detail::class_answers[(number / 100u) & (0u - in_range)];
}

constexpr status_class class_of(status s) noexcept
{
    return class_of(to_int(s)).value_or(status_class{});
}

SIPCODES_INLINE_LOOKUP constexpr std::string_view reason_phrase(status s) noexcept
{
    return detail::phrase_of(to_int(s));
}

SIPCODES_INLINE_LOOKUP constexpr std::string_view reason_phrase(int code) noexcept
{
    return detail::phrase_of(code);
}

constexpr std::string_view class_name(status_class c) noexcept
{
    const auto digit = static_cast<std::size_t>(c);
    return digit < std::size(detail::class_names) ? ::sipcodes::detail::slice(detail::class_name_text, detail::class_names[digit])
                                                   : std::string_view{};
}

constexpr bool is_deprecated(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    return row != 0 && ((detail::deprecated_bits[(row - 1) / 8] >> ((row - 1) % 8)) & 1u) != 0;
}

constexpr bool is_provisional(status s) noexcept
{
    return class_of(s) == status_class::provisional;
}

constexpr bool is_final(status s) noexcept
{
    return to_int(s) >= 200 && to_int(s) <= detail::max_code;
}

constexpr bool is_success(status s) noexcept
{
    return class_of(s) == status_class::success;
}

constexpr bool is_redirection(status s) noexcept
{
    return class_of(s) == status_class::redirection;
}

constexpr bool is_failure(status s) noexcept
{
    return to_int(s) >= 400 && to_int(s) <= detail::max_code;
}

constexpr bool is_client_failure(status s) noexcept
{
    return class_of(s) == status_class::client_failure;
}

constexpr bool is_server_failure(status s) noexcept
{
    return class_of(s) == status_class::server_failure;
}

constexpr bool is_global_failure(status s) noexcept
{
    return class_of(s) == status_class::global_failure;
}

} // namespace SIPCODES_TABLES
