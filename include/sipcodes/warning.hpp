// sipcodes/warning.hpp: the Warning codes (RFC 3261 §20.43, the IANA "Warning
// Codes" registry with RFC 5630 and RFC 8373), and warning-values parsed and formatted.
//
//     static_assert(to_warn_code(370) == warn_code::insufficient_bandwidth);
//     static_assert(warn_text(warn_code::insufficient_bandwidth) == "Insufficient bandwidth");
//     constexpr auto w = parse_warning("370 gw1.example.com \"Insufficient bandwidth\"");
//     static_assert(w && w->code == 370 && w->agent == "gw1.example.com");

#ifndef SIPCODES_WARNING_HPP
#define SIPCODES_WARNING_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/config.hpp"
#include "detail/header_values.hpp"
#include "detail/tables.hpp"
// enum class warn_code (incompatible_network_protocol = 300 ... miscellaneous_warning = 399).
#include <sipcodes/generated/warning.hpp>

namespace sipcodes {

/// One warning-value: `code` as received (any three digits; to_warn_code() says
/// whether it is registered), `agent` (a hostport or a pseudonym) and `text`,
/// the warn-text between its quotes with any escapes left in.
using warning_value = detail::warning_value;

/// Parses one warning-value (RFC 3261 §20.43, §25.1): `warn-code SP warn-agent
/// SP warn-text`, e.g. `370 gw1.example.com "Insufficient bandwidth"`. The
/// code is exactly three digits, the agent a host[:port] (IPv6 in brackets)
/// or a token, the text a quoted-string (escapes checked, not undone). LWS may
/// come before the text and around the whole; nothing else, not a comma.
using detail::parse_warning; // (std::string_view value)

/// Writes a warning_value back, `code agent "text"`, into out[0, capacity) with
/// snprintf semantics (the whole length returned, no NUL). 0 and nothing
/// written if the code is not 0..999, the agent not a hostport or pseudonym or
/// the text not a quoted-string's content.
using detail::format_warning; // (const warning_value& value, char* out, std::size_t capacity)

inline namespace SIPCODES_TABLES {

/// Writes `370 gw1.example.com "Insufficient bandwidth"`: the code, `agent`
/// and the registry's warn-text. 0 and nothing written for an unregistered
/// value or an agent that is not a hostport or pseudonym. snprintf semantics.
[[nodiscard]] constexpr std::size_t format_warning(warn_code w, std::string_view agent, char* out,
                                                   std::size_t capacity) noexcept;

/// The number of a warn-code: `to_int(warn_code::insufficient_bandwidth) == 370`.
[[nodiscard]] constexpr int to_int(warn_code w) noexcept;

/// The registered warn-code with this number, or nullopt for any other int.
[[nodiscard]] constexpr std::optional<warn_code> to_warn_code(int code) noexcept;

/// The warn-text the registry recommends (English): "Insufficient bandwidth".
/// Empty for a value that is not registered.
[[nodiscard]] constexpr std::string_view warn_text(warn_code w) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/warning.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_WARNING_HPP
