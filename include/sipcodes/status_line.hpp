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

/// How strictly parse_status_line() reads: parse_mode::strict (the default) or
/// parse_mode::lenient.
using parse_mode = detail::parse_mode;

/// Parses a status line; nullopt if it is malformed. Whatever follows the line
/// end (the headers of the message) is not read.
///
/// parse_mode::strict, RFC 3261 §25.1 exactly: `SIP-Version SP Status-Code SP
/// Reason-Phrase CRLF`, the version "SIP/2.0" (letters in any case, §7.1),
/// exactly one space on each side of a three-digit code in 100..699, a
/// Reason-Phrase by the §25.1 grammar (it may be empty, and need not be the
/// registry's phrase) and the CRLF.
///
/// parse_mode::lenient, what robust receivers take (the version and the code
/// are read as strictly; a receiver keys on the code only, RFC 3261 §21):
/// - no space and no phrase after the code ("SIP/2.0 200\r\n"; RFC 4475
///   §3.1.1.13 says a liberal receiver accepts it; pjsip, reSIProcate and
///   sofia-sip parse it);
/// - runs of SP or HTAB between the parts (RFC 3261 §7.3.1 allows LWS in
///   header values, and stacks reuse that tokenizer for the first line);
/// - any byte but the controls (HTAB aside) in the phrase, such as the "[...]"
///   or quotes deployed servers send; trailing blanks are dropped;
/// - CRLF, a lone LF, or the end of the input as the line end (a caller that
///   split the message into lines already; LF-only senders, §7.5 asks
///   receivers to be tolerant).
/// Never a code that is not exactly three digits in 100..699, never a byte
/// past the input.
using detail::parse_status_line; // (std::string_view text, parse_mode mode = parse_mode::strict)

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
