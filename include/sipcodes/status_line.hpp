// sipcodes/status_line.hpp: SIP status lines, parsed and formatted (RFC 3261 §7.2, §25.1).
//
//     constexpr auto line = parse_status_line("SIP/2.0 430 Flow Failed\r\n");
//     static_assert(line && line->code == 430 && line->reason == "Flow Failed");

#ifndef SIPCODES_STATUS_LINE_HPP
#define SIPCODES_STATUS_LINE_HPP

#include "detail/status_line.hpp"
#include "status.hpp"

namespace sipcodes {

/// A parsed status line: `code` is the number as received (registered or not;
/// canonical() maps it to a status), `reason` the phrase as received, which may
/// be empty or differ from reason_phrase(): a receiver keys on the number only.
using status_line = detail::status_line;

/// Parses `SIP-Version SP Status-Code SP Reason-Phrase CRLF` (RFC 3261 §25.1):
/// the version is "SIP/2.0" (letters in any case, §7.1), exactly one space on
/// each side of a three-digit code in 100..699, a Reason-Phrase by the §25.1
/// grammar (it may be empty, and need not be the registry's phrase), and the
/// CRLF that ends the line. Whatever follows the CRLF (the headers of the
/// message) is not read. Anything else is malformed: nullopt.
using detail::parse_status_line; // (std::string_view text) -> std::optional<status_line>

/// Writes "SIP/2.0 <code> <reason>\r\n" into out[0, capacity) and returns the
/// length of the whole line, like snprintf: more than `capacity` means only a
/// prefix was written. No NUL is written. Returns 0 and writes nothing for a
/// code outside 100..699 or a reason that is not a §25.1 Reason-Phrase.
using detail::format_status_line; // (int code, std::string_view reason, char* out, std::size_t capacity)

inline namespace SIPCODES_TABLES {

/// Writes "SIP/2.0 430 Flow Failed\r\n" (the registry's phrase) into
/// out[0, capacity); see format_status_line(int, std::string_view, char*, std::size_t).
/// A value made by a cast has no phrase: "SIP/2.0 499 \r\n", which §25.1 allows.
[[nodiscard]] constexpr std::size_t format_status_line(status s, char* out, std::size_t capacity) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/status_line.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_STATUS_LINE_HPP
