// sipcodes/attributes.hpp: the header fields each code requires, and what a
// client should do next, each with the RFC section in info(s).
//
//     static_assert(requires_header(status::unauthorized, header::www_authenticate));
//     static_assert(action_of(status::unauthorized) == action::authenticate_and_retry);
//     static_assert(requires_header(status::ok, header::sip_etag, method::publish));
//     static_assert(!allows_header(status::request_pending, header::retry_after));

#ifndef SIPCODES_ATTRIBUTES_HPP
#define SIPCODES_ATTRIBUTES_HPP

#include "detail/header_set.hpp"
#include "method.hpp"
#include "status.hpp"
// enum class header (accept, ..., www_authenticate), header_count;
// enum class action (wait_for_final, ..., give_up), action_count.
#include <sipcodes/generated/attributes.hpp>

namespace sipcodes {

/// A set of header fields, iterable in `header` order: contains(h), empty(),
/// size(), bits(), |, &, - (difference), ==.
using header_set = detail::basic_header_set<header, detail::header_bits, header_count>;

inline namespace SIPCODES_TABLES {

/// The field name as written on the wire: header_name(header::www_authenticate) == "WWW-Authenticate".
[[nodiscard]] constexpr std::string_view header_name(header h) noexcept;

/// The header fields a response with this code MUST carry; empty for an
/// unregistered value. The RFC section: info(s).headers_source.
[[nodiscard]] constexpr header_set required_headers(status s) noexcept;

/// Header fields of which a response with this code MUST carry at least one
/// (the one that fits the case: RFC 3261 §21.4.13 for 415); empty for most codes.
[[nodiscard]] constexpr header_set required_one_of(status s) noexcept;

/// The header fields a response with this code SHOULD carry.
[[nodiscard]] constexpr header_set recommended_headers(status s) noexcept;

/// True if a response with this code MUST carry `h`:
/// requires_header(status::unauthorized, header::www_authenticate).
[[nodiscard]] constexpr bool requires_header(status s, header h) noexcept;

/// The header fields a response with this code MUST carry when it answers a
/// request with this method: required_headers(s) and the MUSTs that depend on
/// the method (a 2xx to INVITE carries Contact, RFC 3261 §20 Table 2, and so
/// does a 2xx to REFER, RFC 3515 §2.2; a 2xx to PUBLISH SIP-ETag and Expires,
/// RFC 3903 §6; a 2xx to SUBSCRIBE Expires, RFC 6665 §3.1.1; a 489 to PUBLISH
/// Allow-Events, RFC 3903 §11.1.1). A reliable provisional response also
/// carries RSeq and Require: 100rel (RFC 3262 §3), but whether it is sent
/// reliably is the UAS's choice, not the code's: allows_header() covers RSeq.
[[nodiscard]] constexpr header_set required_headers(status s, method m) noexcept;

/// True if a response with this code to a request with this method MUST carry `h`:
/// requires_header(status::ok, header::expires, method::subscribe).
[[nodiscard]] constexpr bool requires_header(status s, header h, method m) noexcept;

/// The header fields a response with this code may carry at all: all but those
/// that RFC 3261 §20 (Tables 2 and 3) and the extensions' tables confine to
/// other codes (Retry-After to 404, 413, 480, 486, 500, 503, 600 and 603,
/// §20.33; Contact to 1xx, 2xx, 3xx and 485; RSeq to reliable provisional
/// responses...). Empty for an unregistered value.
[[nodiscard]] constexpr header_set allowed_headers(status s) noexcept;

/// True if a response with this code may carry `h`:
/// !allows_header(status::request_pending, header::retry_after) (RFC 3261 §20.33).
[[nodiscard]] constexpr bool allows_header(status s, header h) noexcept;

/// True if a response with this code SHOULD carry `h`.
[[nodiscard]] constexpr bool recommends_header(status s, header h) noexcept;

/// What a client should do next. An unregistered value in 100..699 acts as the
/// code canonical() maps it to (RFC 3261 §8.1.3.2); anything else gives
/// action::give_up. The RFC section: info(s).action_source.
[[nodiscard]] constexpr action action_of(status s) noexcept;

/// What a client should do next when the response answers a request with this
/// method: action_of(s), unless the RFCs make the method matter (a 2xx to
/// INVITE needs its ACK, RFC 3261 §13.2.2.4: action::send_ack). Inside a
/// dialog, also read impact_on_dialog(s, m) (method.hpp): a 408 or 481 ends
/// the usage (RFC 3261 §12.2.1.2, RFC 5057 §5.1).
[[nodiscard]] constexpr action action_of(status s, method m) noexcept;

/// The action's identifier: action_name(action::give_up) == "give_up".
[[nodiscard]] constexpr std::string_view action_name(action a) noexcept;

/// One sentence saying what to do: "Answer the challenge with credentials and retry."
[[nodiscard]] constexpr std::string_view action_description(action a) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/attributes.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_ATTRIBUTES_HPP
