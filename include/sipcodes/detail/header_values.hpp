// sipcodes/detail/header_values.hpp: the RFC 3261 §25.1 grammar pieces that
// header values share (token, SWS, quoted-string, host), and the Reason
// (RFC 3326) and Warning (RFC 3261 §20.43) values built on them: the
// spec-independent code behind sipcodes/reason.hpp and sipcodes/warning.hpp.

#ifndef SIPCODES_DETAIL_HEADER_VALUES_HPP
#define SIPCODES_DETAIL_HEADER_VALUES_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "status_line.hpp" // is_blank, is_hex
#include "text.hpp"          // is_token_char

namespace sipcodes::detail {

inline constexpr std::size_t npos = std::string_view::npos;

/// The end of the token at `at` (== at when there is none).
[[nodiscard]] constexpr std::size_t token_end(std::string_view s, std::size_t at) noexcept
{
    while (at < s.size() && is_token_char(s[at])) {
        ++at;
    }
    return at;
}

/// SWS = [LWS], LWS = [*WSP CRLF] 1*WSP: where the text after optional white
/// space at `at` starts (a CRLF counts only when white space follows it).
[[nodiscard]] constexpr std::size_t skip_sws(std::string_view s, std::size_t at) noexcept
{
    while (at < s.size() && is_blank(s[at])) {
        ++at;
    }
    if (at + 2 < s.size() && s[at] == '\r' && s[at + 1] == '\n' && is_blank(s[at + 2])) {
        at += 2;
        while (at < s.size() && is_blank(s[at])) {
            ++at;
        }
    }
    return at;
}

/// The length of the UTF8-NONASCII sequence at `at` (RFC 3261 §25.1), 0 if there is none.
[[nodiscard]] constexpr std::size_t utf8_nonascii_length(std::string_view s, std::size_t at) noexcept
{
    const auto u = static_cast<unsigned char>(s[at]);
    const std::size_t follow = u < 0xC0 ? 0 : u < 0xE0 ? 1 : u < 0xF0 ? 2 : u < 0xF8 ? 3 : u < 0xFC ? 4 : u < 0xFE ? 5 : 0;
    if (follow == 0 || at + follow >= s.size()) {
        return 0;
    }
    for (std::size_t k = 1; k <= follow; ++k) {
        if ((static_cast<unsigned char>(s[at + k]) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return follow + 1;
}

/// Scans quoted-string content from `at`: *(qdtext / quoted-pair), where
///   qdtext = LWS / %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII
///   quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)
/// Returns where it stops: at a DQUOTE, at the end of `s`, or npos at
/// something that cannot be in a quoted-string.
[[nodiscard]] constexpr std::size_t scan_quoted(std::string_view s, std::size_t at) noexcept
{
    while (at < s.size()) {
        const char c = s[at];
        const auto u = static_cast<unsigned char>(c);
        if (c == '"') {
            return at;
        }
        if (c == '\\') {
            if (at + 1 >= s.size()) {
                return npos;
            }
            const auto e = static_cast<unsigned char>(s[at + 1]);
            if (e > 0x7F || e == 0x0A || e == 0x0D) {
                return npos;
            }
            at += 2;
        } else if (is_blank(c) || c == '\r') {
            const std::size_t next = skip_sws(s, at);
            if (next == at) {
                return npos; // a CR that does not start a fold
            }
            at = next;
        } else if (u >= 0x80) {
            const std::size_t length = utf8_nonascii_length(s, at);
            if (length == 0) {
                return npos;
            }
            at += length;
        } else if (u >= 0x21 && u != 0x7F) {
            ++at;
        } else {
            return npos;
        }
    }
    return at;
}

/// The index of the DQUOTE that closes the quoted-string whose content starts
/// at `at`, or npos if the content is malformed or the string is not closed.
[[nodiscard]] constexpr std::size_t quoted_content_end(std::string_view s, std::size_t at) noexcept
{
    const std::size_t end = scan_quoted(s, at);
    return end == s.size() ? npos : end;
}

/// True if `content` is the inside of a quoted-string (what the parsers return
/// as a text: escapes kept as they are).
[[nodiscard]] constexpr bool is_quoted_content(std::string_view content) noexcept
{
    return scan_quoted(content, 0) == content.size();
}

/// The end of an IPv6reference ("[" hex4 / ":" / "." "]") at `at`, or `at`.
[[nodiscard]] constexpr std::size_t ipv6_reference_end(std::string_view s, std::size_t at) noexcept
{
    if (at >= s.size() || s[at] != '[') {
        return at;
    }
    std::size_t i = at + 1;
    while (i < s.size() && (is_hex(s[i]) || s[i] == ':' || s[i] == '.')) {
        ++i;
    }
    if (i == at + 1 || i >= s.size() || s[i] != ']') {
        return at;
    }
    return i + 1;
}

/// The end of a gen-value (token / host / quoted-string) at `at`, or `at` if there is none.
[[nodiscard]] constexpr std::size_t gen_value_end(std::string_view s, std::size_t at) noexcept
{
    if (at < s.size() && s[at] == '"') {
        const std::size_t end = quoted_content_end(s, at + 1);
        return end == npos ? at : end + 1;
    }
    const std::size_t end = ipv6_reference_end(s, at);
    return end != at ? end : token_end(s, at);
}

/// Reads 1 to 3 digits at `at` into `value` (no fourth digit may follow);
/// returns the end, or `at` if there are none or too many.
[[nodiscard]] constexpr std::size_t three_digits_end(std::string_view s, std::size_t at, int& value) noexcept
{
    std::size_t i = at;
    int v = 0;
    while (i < s.size() && is_ascii_digit(s[i]) && i - at < 4) {
        v = v * 10 + (s[i] - '0');
        ++i;
    }
    if (i == at || i - at > 3) {
        return at;
    }
    value = v;
    return i;
}

/// One reason-value of a Reason header (RFC 3326 §2): its protocol ("SIP",
/// "Q.850", ...), its cause and its text as received, between the quotes with
/// any escapes left in (empty when the value has no text).
struct reason_value {
    std::string_view protocol;
    int cause;
    std::string_view text;
};

/// RFC 3326 §2 (with RFC 3261 §25.1's SEMI, EQUAL, generic-param):
///   reason-value = protocol *(SEMI reason-params)
///   reason-params = protocol-cause / reason-text / reason-extension
/// for one reason-value (no comma); LWS allowed before and after it.
[[nodiscard]] constexpr std::optional<reason_value> parse_reason(std::string_view value) noexcept
{
    std::size_t at = skip_sws(value, 0);
    const std::size_t protocol_end = token_end(value, at);
    if (protocol_end == at) {
        return std::nullopt;
    }
    reason_value result{value.substr(at, protocol_end - at), -1, {}};
    bool has_text = false;
    at = protocol_end;
    for (;;) {
        std::size_t i = skip_sws(value, at);
        if (i == value.size()) {
            break;
        }
        if (value[i] != ';') {
            return std::nullopt;
        }
        i = skip_sws(value, i + 1);
        const std::size_t name_end = token_end(value, i);
        if (name_end == i) {
            return std::nullopt;
        }
        const std::string_view name = value.substr(i, name_end - i);
        std::size_t k = skip_sws(value, name_end);
        const bool has_value = k < value.size() && value[k] == '=';
        if (has_value) {
            k = skip_sws(value, k + 1);
        }
        if (equals_ignoring_ascii_case(name, "cause")) {
            int cause = 0;
            const std::size_t end = has_value ? three_digits_end(value, k, cause) : k;
            if (!has_value || result.cause >= 0 || end == k) {
                return std::nullopt;
            }
            result.cause = cause;
            at = end;
        } else if (equals_ignoring_ascii_case(name, "text")) {
            if (!has_value || has_text || k >= value.size() || value[k] != '"') {
                return std::nullopt;
            }
            const std::size_t end = quoted_content_end(value, k + 1);
            if (end == npos) {
                return std::nullopt;
            }
            result.text = value.substr(k + 1, end - k - 1);
            has_text = true;
            at = end + 1;
        } else if (has_value) { // generic-param: token [EQUAL gen-value]; gen-value = token / host / quoted-string
            const std::size_t end = gen_value_end(value, k);
            if (end == k) {
                return std::nullopt;
            }
            at = end;
        } else {
            at = name_end;
        }
    }
    if (result.cause < 0) {
        return std::nullopt;
    }
    return result;
}

/// Writes `text` escaped as the content of a quoted-string: a DQUOTE or a
/// backslash gets a backslash before it.
template <class Sink>
constexpr void put_escaped(Sink& out, std::string_view text) noexcept
{
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out.put('\\');
        }
        out.put(c);
    }
}

/// A quoted-string's content and its closing quote: `text` escaped, or as it is
/// when it is already a quoted-string's content (as parsed).
template <class Sink>
constexpr void put_quoted_rest(Sink& sink, std::string_view text, bool escape) noexcept
{
    if (escape) {
        put_escaped(sink, text);
    } else {
        sink.put(text);
    }
    sink.put('"');
}

template <class Sink>
constexpr void put_number(Sink& out, int number) noexcept
{
    if (number >= 100) {
        out.put(static_cast<char>('0' + number / 100));
    }
    if (number >= 10) {
        out.put(static_cast<char>('0' + number / 10 % 10));
    }
    out.put(static_cast<char>('0' + number % 10));
}

/// Writes "<protocol>;cause=<cause>[;text="<text>"]"; `text` is escaped when
/// `escape` (a plain text), written as it is otherwise (a quoted-string's
/// content, as parse_reason() returns it).
[[nodiscard]] constexpr std::size_t format_reason_value(std::string_view protocol, int cause, std::string_view text,
                                                        bool escape, char* out, std::size_t capacity) noexcept
{
    if (protocol.empty() || token_end(protocol, 0) != protocol.size() || cause < 0 || cause > 999) {
        return 0;
    }
    buffer_sink sink{out, out == nullptr ? 0 : capacity};
    sink.put(protocol);
    sink.put(";cause=");
    put_number(sink, cause);
    if (!text.empty()) {
        sink.put(";text=\"");
        put_quoted_rest(sink, text, escape);
    }
    return sink.size;
}

/// Writes a reason-value as parse_reason() returned it, into out[0, capacity),
/// with snprintf semantics (the whole length is returned; no NUL). 0 and
/// nothing written if the protocol is not a token, the cause is not 0..999 or
/// the text is not a quoted-string's content.
[[nodiscard]] constexpr std::size_t format_reason(const reason_value& value, char* out, std::size_t capacity) noexcept
{
    if (!is_quoted_content(value.text)) {
        return 0;
    }
    return format_reason_value(value.protocol, value.cause, value.text, false, out, capacity);
}

/// One warning-value of a Warning header (RFC 3261 §20.43): the warn-code as
/// received (registered or not: to_warn_code() says), the warn-agent (a
/// hostport or a pseudonym) and the warn-text between its quotes, escapes left in.
struct warning_value {
    int code;
    std::string_view agent;
    std::string_view text;
};

/// The end of a warn-agent at `at`: hostport (host [":" port]) or pseudonym
/// (token); `at` if there is none. A token covers hostnames and IPv4 addresses.
[[nodiscard]] constexpr std::size_t warn_agent_end(std::string_view s, std::size_t at) noexcept
{
    std::size_t end = ipv6_reference_end(s, at);
    if (end == at) {
        end = token_end(s, at);
    }
    if (end == at) {
        return at;
    }
    if (end < s.size() && s[end] == ':') {
        std::size_t port = end + 1;
        while (port < s.size() && is_ascii_digit(s[port])) {
            ++port;
        }
        if (port == end + 1) {
            return at;
        }
        end = port;
    }
    return end;
}

/// RFC 3261 §25.1: warning-value = warn-code SP warn-agent SP warn-text, for
/// one warning-value (no comma); warn-code = 3DIGIT, warn-text = quoted-string
/// (which may start with LWS); LWS allowed before and after the whole.
[[nodiscard]] constexpr std::optional<warning_value> parse_warning(std::string_view value) noexcept
{
    std::size_t at = skip_sws(value, 0);
    if (at + 4 > value.size() || !is_ascii_digit(value[at]) || !is_ascii_digit(value[at + 1]) ||
        !is_ascii_digit(value[at + 2]) || value[at + 3] != ' ') {
        return std::nullopt;
    }
    warning_value result{(value[at] - '0') * 100 + (value[at + 1] - '0') * 10 + (value[at + 2] - '0'), {}, {}};
    at += 4;
    const std::size_t agent_end = warn_agent_end(value, at);
    if (agent_end == at || agent_end >= value.size() || value[agent_end] != ' ') {
        return std::nullopt;
    }
    result.agent = value.substr(at, agent_end - at);
    at = skip_sws(value, agent_end + 1);
    if (at >= value.size() || value[at] != '"') {
        return std::nullopt;
    }
    const std::size_t end = quoted_content_end(value, at + 1);
    if (end == npos || skip_sws(value, end + 1) != value.size()) {
        return std::nullopt;
    }
    result.text = value.substr(at + 1, end - at - 1);
    return result;
}

/// Writes `code agent "text"`; 0 and nothing written for a code outside
/// 0..999 or an agent that is not a hostport or pseudonym.
[[nodiscard]] constexpr std::size_t format_warning_value(int code, std::string_view agent, std::string_view text,
                                                         bool escape, char* out, std::size_t capacity) noexcept
{
    if (code < 0 || code > 999 || agent.empty() || warn_agent_end(agent, 0) != agent.size()) {
        return 0;
    }
    buffer_sink sink{out, out == nullptr ? 0 : capacity};
    put_three_digits(sink, code);
    sink.put(' ');
    sink.put(agent);
    sink.put(" \"");
    put_quoted_rest(sink, text, escape);
    return sink.size;
}

/// Writes a warning-value as parse_warning() returned it (snprintf semantics,
/// no NUL); 0 if it is not one (see format_warning_value, and a text that is
/// not a quoted-string's content).
[[nodiscard]] constexpr std::size_t format_warning(const warning_value& value, char* out, std::size_t capacity) noexcept
{
    if (!is_quoted_content(value.text)) {
        return 0;
    }
    return format_warning_value(value.code, value.agent, value.text, false, out, capacity);
}

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_HEADER_VALUES_HPP
