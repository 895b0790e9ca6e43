// sipcodes/detail/status_line.hpp: status lines, parsed and formatted (RFC 3261
// §25.1): the code every spec's parse_status_line and format_status_line share
// (documented in sipcodes/status_line.hpp).

#ifndef SIPCODES_DETAIL_STATUS_LINE_HPP
#define SIPCODES_DETAIL_STATUS_LINE_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "records.hpp"
#include "text.hpp"

namespace sipcodes::detail {

/// How strictly parse_status_line() reads a line (sipcodes/status_line.hpp).
enum class parse_mode : std::uint8_t {
    strict,  ///< RFC 3261 §25.1 exactly
    lenient, ///< what robust stacks accept, still never a wrong code
};

inline constexpr std::string_view sip_version = "SIP/2.0";
inline constexpr std::string_view sip_version_lower = "sip/2.0";

[[nodiscard]] constexpr bool is_hex(char c) noexcept
{
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// RFC 3261 §25.1: Reason-Phrase = *(reserved / unreserved / escaped /
/// UTF8-NONASCII / UTF8-CONT / SP / HTAB). The ASCII characters it allows:
[[nodiscard]] constexpr bool allowed_in_reason(char c) noexcept
{
    return is_ascii_lower(c) || is_ascii_upper(c) || is_ascii_digit(c) ||
           std::string_view("-_.!~*'();/?:@&=+$, \t").find(c) != std::string_view::npos;
}

/// allowed_in_reason() of the 64 characters from `first`, one bit each.
[[nodiscard]] constexpr std::uint64_t reason_bits_from(unsigned first) noexcept
{
    std::uint64_t bits = 0;
    for (unsigned c = 0; c < 64; ++c) {
        bits |= static_cast<std::uint64_t>(allowed_in_reason(static_cast<char>(first + c))) << c;
    }
    return bits;
}

/// Worked out by the compiler, so that the test is a shift and a mask.
inline constexpr std::uint64_t reason_ascii_bits[2] = {reason_bits_from(0), reason_bits_from(64)};

/// For ASCII only (c < 0x80).
[[nodiscard]] constexpr bool is_reason_ascii(unsigned char c) noexcept
{
    return ((reason_ascii_bits[c >> 6] >> (c & 63u)) & 1u) != 0;
}

/// True if `reason` is a Reason-Phrase by that grammar: "%" only as %HH, a byte
/// C0-FD only as the lead of its UTF8-NONASCII sequence, never FE or FF.
[[nodiscard]] constexpr bool is_reason_phrase(std::string_view reason) noexcept
{
    for (std::size_t i = 0; i < reason.size(); ++i) {
        const auto u = static_cast<unsigned char>(reason[i]);
        if (u < 0x80) {
            if (reason[i] == '%') {
                if (i + 2 >= reason.size() || !is_hex(reason[i + 1]) || !is_hex(reason[i + 2])) {
                    return false;
                }
                i += 2;
            } else if (!is_reason_ascii(u)) {
                return false;
            }
        } else if (u >= 0xC0) { // UTF8-NONASCII: a lead byte and its continuation bytes
            const std::size_t follow = u < 0xE0 ? 1 : u < 0xF0 ? 2 : u < 0xF8 ? 3 : u < 0xFC ? 4 : u < 0xFE ? 5 : 0;
            if (follow == 0 || i + follow >= reason.size()) {
                return false;
            }
            for (std::size_t k = 1; k <= follow; ++k) {
                if ((static_cast<unsigned char>(reason[i + k]) & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += follow;
        } // else 80-BF: UTF8-CONT, allowed on its own
    }
    return true;
}

template <class Sink>
constexpr void put_status_line(Sink& out, int code, std::string_view reason) noexcept
{
    out.put(sip_version);
    out.put(' ');
    put_three_digits(out, code);
    out.put(' ');
    out.put(reason);
    out.put("\r\n");
}



/// parse_mode::strict: `SIP-Version SP Status-Code SP Reason-Phrase CRLF`.
[[nodiscard]] constexpr std::optional<status_line> parse_strict_status_line(std::string_view text) noexcept
{
    constexpr std::size_t code_at = sip_version.size() + 1;
    constexpr std::size_t reason_at = code_at + 4;
    if (text.size() < reason_at + 2) {
        return std::nullopt;
    }
    if (!equals_ignoring_ascii_case(text.substr(0, sip_version.size()), sip_version_lower)) {
        return std::nullopt;
    }
    if (text[code_at - 1] != ' ' || text[reason_at - 1] != ' ') {
        return std::nullopt;
    }
    const char d0 = text[code_at];
    const char d1 = text[code_at + 1];
    const char d2 = text[code_at + 2];
    if (!is_ascii_digit(d0) || !is_ascii_digit(d1) || !is_ascii_digit(d2)) {
        return std::nullopt;
    }
    const int code = (d0 - '0') * 100 + (d1 - '0') * 10 + (d2 - '0');
    if (code < 100 || code > 699) {
        return std::nullopt;
    }
    const std::size_t cr = text.find('\r', reason_at);
    if (cr == std::string_view::npos || cr + 1 >= text.size() || text[cr + 1] != '\n') {
        return std::nullopt; // no CRLF: truncated, or a bare CR
    }
    const std::string_view reason = text.substr(reason_at, cr - reason_at);
    if (!is_reason_phrase(reason)) {
        return std::nullopt;
    }
    return status_line{code, reason};
}

[[nodiscard]] constexpr bool is_blank(char c) noexcept
{
    return c == ' ' || c == '\t';
}

/// A byte a lenient Reason-Phrase may hold: anything but the controls (HTAB aside).
[[nodiscard]] constexpr bool is_lenient_reason_byte(char c) noexcept
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x20 && u != 0x7F) || c == '\t';
}

/// parse_mode::lenient: `SIP-Version 1*(SP/HTAB) Status-Code [1*(SP/HTAB) phrase]`,
/// then CRLF, LF or the end of the input; the phrase any bytes but controls,
/// trailing blanks dropped.
[[nodiscard]] constexpr std::optional<status_line> parse_lenient_status_line(std::string_view text) noexcept
{
    if (!equals_ignoring_ascii_case(text.substr(0, sip_version.size()), sip_version_lower)) {
        return std::nullopt;
    }
    std::size_t at = sip_version.size();
    const std::size_t code_at = [&] {
        std::size_t i = at;
        while (i < text.size() && is_blank(text[i])) {
            ++i;
        }
        return i;
    }();
    // At least one blank, three digits, and no fourth digit.
    if (code_at == at || code_at + 3 > text.size() || !is_ascii_digit(text[code_at]) ||
        !is_ascii_digit(text[code_at + 1]) || !is_ascii_digit(text[code_at + 2]) ||
        (code_at + 3 < text.size() && is_ascii_digit(text[code_at + 3]))) {
        return std::nullopt;
    }
    const int code = (text[code_at] - '0') * 100 + (text[code_at + 1] - '0') * 10 + (text[code_at + 2] - '0');
    if (code < 100 || code > 699) {
        return std::nullopt;
    }
    at = code_at + 3;
    const std::size_t reason_at = [&] {
        std::size_t i = at;
        while (i < text.size() && is_blank(text[i])) {
            ++i;
        }
        return i;
    }();
    std::size_t end = reason_at;
    while (end < text.size() && is_lenient_reason_byte(text[end])) {
        ++end;
    }
    // The line ends here: CRLF, LF or the end of the input; anything else (a
    // control, a lone CR, a phrase glued to the code) is malformed.
    const bool line_ends = end == text.size() || text[end] == '\n' ||
                           (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n');
    if (!line_ends || (reason_at == at && reason_at != end)) {
        return std::nullopt;
    }
    std::size_t reason_end = end;
    while (reason_end > reason_at && is_blank(text[reason_end - 1])) {
        --reason_end;
    }
    return status_line{code, text.substr(reason_at, reason_end - reason_at)};
}

/// Parses a status line (sipcodes/status_line.hpp documents both modes).
[[nodiscard]] constexpr std::optional<status_line> parse_status_line(std::string_view text,
                                                                     parse_mode mode = parse_mode::strict) noexcept
{
    return mode == parse_mode::lenient ? parse_lenient_status_line(text) : parse_strict_status_line(text);
}

/// Writes "SIP/2.0 <code> <reason>\r\n" into out[0, capacity) and returns the
/// length of the whole line, like snprintf: more than `capacity` means only a
/// prefix was written. No NUL is written. Returns 0 and writes nothing for a
/// code outside 100..699 or a reason that is not a §25.1 Reason-Phrase.
[[nodiscard]] constexpr std::size_t format_status_line(int code, std::string_view reason, char* out,
                                                       std::size_t capacity) noexcept
{
    if (code < 100 || code > 699) {
        return 0;
    }
    if (!is_reason_phrase(reason)) {
        return 0;
    }
    buffer_sink sink{out, out == nullptr ? 0 : capacity};
    put_status_line(sink, code, reason);
    return sink.size;
}

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_STATUS_LINE_HPP
