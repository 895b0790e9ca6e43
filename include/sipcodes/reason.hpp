// sipcodes/reason.hpp: the Reason header field (RFC 3326, RFC 6432): one
// reason-value parsed, or formatted for a status or a Q.850 cause.
//
//     constexpr auto r = parse_reason("Q.850 ;cause=16 ;text=\"Terminated\"");
//     static_assert(r && r->protocol == "Q.850" && r->cause == 16 && r->text == "Terminated");
//     char buf[64];
//     std::size_t n = format_reason(q850::user_busy, buf, sizeof buf); // Q.850;cause=17;text="User busy"

#ifndef SIPCODES_REASON_HPP
#define SIPCODES_REASON_HPP

#include <cstddef>
#include <string_view>

#include "detail/header_values.hpp"
#include "q850.hpp"
// The IANA "Reason Protocols" registry (spec/reason.yaml).
#include <sipcodes/generated/reason.hpp>

namespace sipcodes {

/// One reason-value: `protocol` ("SIP", "Q.850", ... as received), `cause` (0..999)
/// and `text`, the reason-text between its quotes with any escapes left in
/// (empty when there is none). The views point into the parsed text.
using reason_value = detail::reason_value;

/// Parses one reason-value (RFC 3326 §2), such as `SIP ;cause=200 ;text="Call
/// completed elsewhere"`: a protocol token, then `;`-separated parameters with
/// LWS allowed around `;` and `=` (RFC 3261 §25.1 SEMI, EQUAL). `cause` is
/// required, once, as 1 to 3 digits; `text`, at most once, is a quoted-string
/// (escapes are checked, not undone); other parameters (RFC 8606's `location`,
/// extensions) are generic-params, checked and skipped. nullopt for anything
/// else, including a comma (a header field with several values must be split
/// first). The protocol is not checked against the registry: see
/// is_registered_reason_protocol().
using detail::parse_reason; // (std::string_view value)

/// Writes a reason_value back, `protocol;cause=N;text="..."` (no text part when
/// its text is empty), into out[0, capacity) with snprintf semantics: the whole
/// length is returned, more than `capacity` means only a prefix was written; no
/// NUL. Returns 0 and writes nothing if the protocol is not a token, the cause
/// not 0..999, or the text not a quoted-string's content.
using detail::format_reason; // (const reason_value& value, char* out, std::size_t capacity)

inline namespace SIPCODES_TABLES {

/// `SIP;cause=486;text="Busy Here"`, the registry's phrase as the text (RFC
/// 3326 §2). 0 and nothing written for an unregistered value. snprintf semantics.
[[nodiscard]] constexpr std::size_t format_reason(status s, char* out, std::size_t capacity) noexcept;

/// `Q.850;cause=17;text="User busy"`, Q.850's name as the text (RFC 3326 §2,
/// RFC 6432 for responses). 0 and nothing written for a value that is not a
/// cause of the spec. snprintf semantics.
[[nodiscard]] constexpr std::size_t format_reason(q850 c, char* out, std::size_t capacity) noexcept;

/// True if `protocol` is in the IANA "Reason Protocols" registry, ignoring
/// case: "SIP", "Q.850", "Preemption", "EMM", ...
[[nodiscard]] constexpr bool is_registered_reason_protocol(std::string_view protocol) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/reason.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_REASON_HPP
