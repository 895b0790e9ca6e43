// sipcodes/impl/q850.ipp: the code behind sipcodes/q850.hpp, for one spec.
// Included inside a spec's namespace after its status and warning APIs,
// sipcodes/detail/gateway.hpp and its generated/q850.hpp.

using q850_class = ::sipcodes::detail::q850_class;
using cause_location = ::sipcodes::detail::cause_location;
using cause_diagnostic = ::sipcodes::detail::cause_diagnostic;
using challenge = ::sipcodes::detail::challenge;
using ::sipcodes::detail::q850_class_name;

namespace detail {

[[nodiscard]] constexpr bool is_q850_value(int cause) noexcept
{
    if (cause < 0 || cause >= static_cast<int>(q850_table_size)) {
        return false;
    }
    const auto u = static_cast<unsigned>(cause);
    return ((q850_bits[u / 32] >> (u % 32)) & 1u) != 0;
}

/// The status a list of alternatives gives `cause`, or 0.
[[nodiscard]] constexpr int q850_alternative_of(const q850_alternative* rows, int cause) noexcept
{
    for (; rows->cause != 0; ++rows) {
        if (rows->cause == cause) {
            return rows->status;
        }
    }
    return 0;
}

/// The class digit 1..6 of a value 100..699, or 0.
[[nodiscard]] constexpr std::size_t q850_class_digit(status s) noexcept
{
    const int code = static_cast<int>(s);
    return code >= 100 && code <= 699 ? static_cast<std::size_t>(code / 100) : 0;
}

inline namespace SIPCODES_TABLES {
/// The byte of status_q850 for `s`: its row's; for an unregistered value in
/// 100..699, its class's (status_q850_unlisted); status_q850_none otherwise.
[[nodiscard]] constexpr std::uint8_t status_q850_of(status s) noexcept
{
    const std::size_t row = row_of(s);
    if (row != 0) {
        return status_q850[row - 1];
    }
    const std::size_t digit = q850_class_digit(s);
    return digit == 0 ? status_q850_none : status_q850_unlisted[digit - 1];
}
} // namespace SIPCODES_TABLES

[[nodiscard]] constexpr std::optional<q850> q850_of_value(int cause) noexcept
{
    if (!is_q850_value(cause)) {
        return std::nullopt;
    }
    return static_cast<q850>(cause);
}

[[nodiscard]] constexpr std::optional<status> status_of_code(int code) noexcept
{
    if (code == 0) {
        return std::nullopt;
    }
    return static_cast<status>(code);
}

} // namespace detail

inline namespace SIPCODES_TABLES {

constexpr int to_int(q850 c) noexcept
{
    return static_cast<int>(c);
}

constexpr std::optional<q850> to_q850(int cause) noexcept
{
    return detail::q850_of_value(cause);
}

constexpr std::string_view q850_name(q850 c) noexcept
{
    const int i = to_int(c);
    if (i >= static_cast<int>(detail::q850_table_size)) {
        return {};
    }
    return ::sipcodes::detail::length_prefixed(detail::q850_name_text + detail::q850_name_at[static_cast<std::size_t>(i)]);
}

constexpr q850_class class_of(q850 c) noexcept
{
    return ::sipcodes::detail::q850_class_of_value(to_int(c));
}

constexpr std::optional<status> status_for_q850(q850 c) noexcept
{
    const int i = to_int(c);
    if (i >= static_cast<int>(detail::q850_table_size)) {
        return std::nullopt;
    }
    return detail::status_of_code(detail::q850_to_status[static_cast<std::size_t>(i)]);
}

constexpr std::optional<status> status_for_q850(q850 c, cause_location where, cause_diagnostic diagnostic) noexcept
{
    const int i = to_int(c);
    if (where == cause_location::user) {
        if (const int alternative = detail::q850_alternative_of(detail::q850_user_location_rows, i)) {
            return static_cast<status>(alternative);
        }
    }
    if (diagnostic == cause_diagnostic::present) {
        if (const int alternative = detail::q850_alternative_of(detail::q850_diagnostic_rows, i)) {
            return static_cast<status>(alternative);
        }
    }
    return status_for_q850(c);
}

constexpr std::optional<q850> q850_for_status(status s) noexcept
{
    const std::uint8_t value = detail::status_q850_of(s);
    if ((value & detail::status_q850_conditional) != 0) {
        return std::nullopt; // by the Warning code, or only if the challenge cannot be answered
    }
    return detail::q850_of_value(value);
}

constexpr std::optional<q850> q850_for_status(status s, challenge c) noexcept
{
    const std::uint8_t value = detail::status_q850_of(s);
    if (value != detail::status_q850_by_warning && (value & detail::status_q850_conditional) != 0) {
        if (c == challenge::answerable) {
            return std::nullopt;
        }
        return detail::q850_of_value(value & 0x7F);
    }
    return q850_for_status(s);
}

constexpr std::optional<q850> q850_for_status(status s, warn_code w) noexcept
{
    if (detail::status_q850_of(s) == detail::status_q850_by_warning) {
        const int i = to_int(w) - static_cast<int>(detail::warning_q850_first);
        const bool listed = i >= 0 && i < static_cast<int>(sizeof detail::warning_q850);
        return detail::q850_of_value(listed ? detail::warning_q850[static_cast<std::size_t>(i)] : detail::warning_q850_default);
    }
    return q850_for_status(s);
}

constexpr std::string_view q850_mapping_note(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    if (row != 0) {
        return ::sipcodes::detail::slice(detail::q850_note_text, detail::q850_notes[row - 1]);
    }
    const std::size_t digit = detail::q850_class_digit(s);
    return digit == 0 ? std::string_view{}
                      : ::sipcodes::detail::slice(detail::q850_note_text, detail::q850_unlisted_notes[digit - 1]);
}

constexpr std::string_view q850_mapping_note(q850 c) noexcept
{
    const int i = to_int(c);
    if (i >= static_cast<int>(detail::q850_table_size)) {
        return {};
    }
    return ::sipcodes::detail::slice(detail::q850_cause_note_text, detail::q850_cause_notes[static_cast<std::size_t>(i)]);
}

} // namespace SIPCODES_TABLES
