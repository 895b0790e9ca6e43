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
#include "tables.hpp" // load_le64
#include "text.hpp"

namespace sipcodes::detail {

/// How strictly parse_status_line() reads a line (sipcodes/status_line.hpp).
enum class parse_mode : std::uint8_t {
    strict,  ///< RFC 3261 §25.1 exactly
    lenient, ///< what robust stacks accept, still never a wrong code
};

inline constexpr std::string_view sip_version = "SIP/2.0";

[[nodiscard]] constexpr bool is_hex(char c) noexcept
{
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// What a byte is to the Reason-Phrase scanner (RFC 3261 §25.1: Reason-Phrase
/// = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)).
enum class reason_byte : char {
    plain = '.',     ///< allowed on its own: an ASCII character of the grammar, or UTF8-CONT (80-BF)
    cr = 'C',        ///< the line end, if LF follows
    percent = 'P',   ///< "%": must start an escape %HH
    utf8_lead = 'U', ///< C0-FD: the lead of a UTF8-NONASCII sequence
    invalid = 'X',   ///< anything else: a control, a character the grammar leaves out, FE, FF
};

/// reason_byte of every byte value, 32 per row: the ASCII the grammar allows
/// is the letters, digits, SP, HTAB and -_.!~*'();/?:@&=+$, (written out, not
/// computed, so that no include pays for it; tests/compile_time checks it).
inline constexpr char reason_byte_kinds[] = "XXXXXXXXX.XXXCXXXXXXXXXXXXXXXXXX" // 00-1F: HTAB, CR
                                            "..XX.P......................X.X." // 20-3F: " # % < >
                                            "...........................XXXX." // 40-5F: [ \ ] ^
                                            "X..........................XXX.X" // 60-7F: ` { | } DEL
                                            "................................" // 80-9F: UTF8-CONT
                                            "................................" // A0-BF: UTF8-CONT
                                            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU" // C0-DF
                                            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUXX"; // E0-FF

[[nodiscard]] constexpr reason_byte reason_byte_of(char c) noexcept
{
    return static_cast<reason_byte>(reason_byte_kinds[static_cast<unsigned char>(c)]);
}

/// Checks the escape or UTF-8 sequence that starts at reason[i] (a percent or
/// a lead byte) and returns the index just past it, or 0 if it is malformed.
[[nodiscard]] constexpr std::size_t past_sequence(std::string_view reason, std::size_t i) noexcept
{
    const auto u = static_cast<unsigned char>(reason[i]);
    if (u == '%') {
        return i + 2 < reason.size() && is_hex(reason[i + 1]) && is_hex(reason[i + 2]) ? i + 3 : 0;
    }
    const std::size_t follow = u < 0xE0 ? 1 : u < 0xF0 ? 2 : u < 0xF8 ? 3 : u < 0xFC ? 4 : 5;
    if (i + follow >= reason.size()) {
        return 0;
    }
    for (std::size_t k = 1; k <= follow; ++k) {
        if ((static_cast<unsigned char>(reason[i + k]) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return i + follow + 1;
}

/// True if `reason` is a Reason-Phrase by that grammar: "%" only as %HH, a byte
/// C0-FD only as the lead of its UTF8-NONASCII sequence, never FE or FF.
[[nodiscard]] constexpr bool is_reason_phrase(std::string_view reason) noexcept
{
    for (std::size_t i = 0; i < reason.size();) {
        const reason_byte kind = reason_byte_of(reason[i]);
        if (kind == reason_byte::plain) {
            ++i;
        } else if (kind == reason_byte::percent || kind == reason_byte::utf8_lead) {
            i = past_sequence(reason, i);
            if (i == 0) {
                return false;
            }
        } else {
            return false;
        }
    }
    return true;
}

/// For the 8 bytes of `word`, byte k of the result is 0x80 unless byte k is an
/// ASCII letter or SP, the bytes most of a phrase is made of, and 0 if it is:
/// the whole result is 0 for a word of those (the common case). A few
/// operations on the whole word; no byte carries into the next, since every
/// sum below stays under 0x100 in each byte.
[[nodiscard]] constexpr std::uint64_t not_letters_or_spaces(std::uint64_t word) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = ones * 0x80u;
    const std::uint64_t low = word & ~high;                              // each byte 00-7F
    const std::uint64_t folded = low | ones * 0x20u;                     // A-Z to a-z
    const std::uint64_t at_least_a = folded + ones * (0x80u - 'a');      // high bit: folded >= 'a'
    const std::uint64_t past_z = folded + ones * (0x80u - ('z' + 1u));   // high bit: folded > 'z'
    const std::uint64_t not_space = (low ^ ones * 0x20u) + ones * 0x7Fu; // high bit: low != SP
    const std::uint64_t wanted = ((at_least_a & ~past_z) | ~not_space) & ~word; // and not 80-FF
    return ~wanted & high;
}

/// The index of the lowest byte of `word` that is not 0; `word` is not 0.
[[nodiscard]] constexpr unsigned first_nonzero_byte(std::uint64_t word) noexcept
{
#if defined(__GNUC__) || defined(__clang__)
    return static_cast<unsigned>(__builtin_ctzll(word)) / 8;
#else
    unsigned k = 0;
    while (((word >> (8 * k)) & 0xFFu) == 0) {
        ++k;
    }
    return k;
#endif
}

/// "SIP/2.0 " as load_le64() reads it, with the letters in lower case, and the
/// bits that fold S, I and P to lower case (0x20 in each letter's byte: only
/// "S" and "s" give "s", and so on, so the fold accepts nothing else).
inline constexpr std::uint64_t sip_version_sp_word = load_le64("sip/2.0 ");
inline constexpr std::uint64_t sip_version_fold = 0x202020u;

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
/// The version and its space are one 8-byte compare; the phrase is checked in
/// the same pass that finds the CR: letters and SP a word at a time, any other
/// byte by a table load.
[[nodiscard]] constexpr std::optional<status_line> parse_strict_status_line(std::string_view text) noexcept
{
    constexpr std::size_t code_at = sip_version.size() + 1;
    constexpr std::size_t reason_at = code_at + 4;
    if (text.size() < reason_at + 2) {
        return std::nullopt;
    }
    if ((load_le64(text.data()) | sip_version_fold) != sip_version_sp_word) {
        return std::nullopt;
    }
    const auto d0 = static_cast<unsigned>(static_cast<unsigned char>(text[code_at])) - '0';
    const auto d1 = static_cast<unsigned>(static_cast<unsigned char>(text[code_at + 1])) - '0';
    const auto d2 = static_cast<unsigned>(static_cast<unsigned char>(text[code_at + 2])) - '0';
    if (d0 - 1 > 5 || d1 > 9 || d2 > 9 || text[reason_at - 1] != ' ') {
        return std::nullopt; // d0 - 1 > 5: not a digit 1-6, so not a code in 100..699
    }
    const auto code = static_cast<int>(d0 * 100 + d1 * 10 + d2);
    std::size_t i = reason_at;
    for (;;) {
        // Skip letters and SP 8 at a time while 8 bytes remain, then plain
        // bytes one at a time; any other byte is read by the switch.
        if (text.size() - i >= 8) {
            const std::uint64_t others = not_letters_or_spaces(load_le64(text.data() + i));
            if (others == 0) {
                i += 8;
                continue;
            }
            i += first_nonzero_byte(others);
        } else {
            while (i < text.size() && reason_byte_of(text[i]) == reason_byte::plain) {
                ++i;
            }
            if (i == text.size()) {
                return std::nullopt; // no CRLF: truncated
            }
        }
        switch (reason_byte_of(text[i])) {
        case reason_byte::cr:
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                return status_line{code, text.substr(reason_at, i - reason_at)};
            }
            return std::nullopt; // a bare CR
        case reason_byte::percent:
        case reason_byte::utf8_lead:
            // A CR or LF is neither a hex digit nor a continuation byte, so the
            // sequence is checked against the phrase alone.
            i = past_sequence(text, i);
            if (i == 0) {
                return std::nullopt;
            }
            break;
        case reason_byte::plain: // a digit, a mark, UTF8-CONT...: allowed on its own
            ++i;
            break;
        case reason_byte::invalid:
            return std::nullopt;
        }
    }
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

/// True when none of the 8 bytes of `word` is a control (00-1F, 7F): eight
/// bytes of a lenient phrase at once (an HTAB among them is left to the byte
/// loop). As in not_letters_or_spaces(), no byte carries into the next.
[[nodiscard]] constexpr bool no_controls(std::uint64_t word) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = ones * 0x80u;
    const std::uint64_t low = word & ~high;                            // each byte 00-7F
    const std::uint64_t at_least_sp = low + ones * (0x80u - 0x20u);     // high bit: low >= 0x20
    const std::uint64_t not_del = (low ^ ones * 0x7Fu) + ones * 0x7Fu; // high bit: low != 0x7F
    return (((at_least_sp & not_del) | word) & high) == high;
}

/// parse_mode::lenient: `SIP-Version 1*(SP/HTAB) Status-Code [1*(SP/HTAB) phrase]`,
/// then CRLF, LF or the end of the input; the phrase any bytes but controls,
/// trailing blanks dropped.
[[nodiscard]] constexpr std::optional<status_line> parse_lenient_status_line(std::string_view text) noexcept
{
    // The shortest line: the version, a blank and three digits. The version is
    // the first 7 bytes of one 8-byte compare, with its letters' case folded.
    constexpr std::uint64_t version_bytes = 0x00FFFFFFFFFFFFFFu;
    if (text.size() < sip_version.size() + 4 ||
        ((load_le64(text.data()) | sip_version_fold) & version_bytes) != (sip_version_sp_word & version_bytes)) {
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
    while (text.size() - end >= 8 && no_controls(load_le64(text.data() + end))) {
        end += 8;
    }
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
