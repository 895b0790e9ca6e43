// sipcodes/detail/text.hpp: the text helpers every spec's API shares: the
// writers behind the functions that fill a caller's buffer, three-digit codes
// and ASCII case.

#ifndef SIPCODES_DETAIL_TEXT_HPP
#define SIPCODES_DETAIL_TEXT_HPP

#include <cstddef>
#include <string_view>

namespace sipcodes::detail {

/// Writes the first `capacity` bytes of a text into `out` and counts all of
/// them: the writer behind every function that fills a caller's buffer, which
/// returns the full length like snprintf and never writes past `capacity`.
struct buffer_sink {
    char* out;
    std::size_t capacity;
    std::size_t size = 0;
    constexpr void put(char c) noexcept
    {
        if (size < capacity) {
            out[size] = c;
        }
        ++size;
    }
    constexpr void put(std::string_view s) noexcept
    {
        for (const char c : s) {
            put(c);
        }
    }
};

/// Counts the bytes a text needs without writing them.
struct length_sink {
    std::size_t size = 0;
    constexpr void put(std::string_view s) noexcept { size += s.size(); }
    constexpr void put(char /*c*/) noexcept { ++size; }
};

/// Writes a number of 0..999 as exactly three digits ("430", "099").
template <class Sink>
constexpr void put_three_digits(Sink& out, int number) noexcept
{
    out.put(static_cast<char>('0' + number / 100 % 10));
    out.put(static_cast<char>('0' + number / 10 % 10));
    out.put(static_cast<char>('0' + number % 10));
}

[[nodiscard]] constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_ascii_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// A character of an RFC 3261 §25.1 token: alphanum / "-" / "." / "!" / "%" /
/// "*" / "_" / "+" / "`" / "'" / "~".
[[nodiscard]] constexpr bool is_token_char(char c) noexcept
{
    if (is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c)) {
        return true;
    }
    switch (c) {
    case '-': case '.': case '!': case '%': case '*': case '_': case '+': case '`': case '\'': case '~':
        return true;
    default:
        return false;
    }
}

[[nodiscard]] constexpr char to_ascii_lower(char c) noexcept
{
    return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] constexpr char to_ascii_upper(char c) noexcept
{
    return is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

/// True if `text` equals `lower`, which is in lower case, with ASCII case ignored.
[[nodiscard]] constexpr bool equals_ignoring_ascii_case(std::string_view text, std::string_view lower) noexcept
{
    if (text.size() != lower.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (to_ascii_lower(text[i]) != lower[i]) {
            return false;
        }
    }
    return true;
}

/// `s` with its first letter in lower case when it starts an ordinary word
/// ("The user" -> "the user", "A UAS" -> "a UAS"), unchanged when it starts an
/// acronym ("UAS", "SIP") or with anything but an ASCII capital. Same length.
template <class Sink>
constexpr void put_lowered(Sink& out, std::string_view s) noexcept
{
    if (!s.empty() && is_ascii_upper(s[0]) &&
        (s.size() == 1 || s[1] == ' ' || is_ascii_lower(s[1]))) {
        out.put(to_ascii_lower(s[0]));
        out.put(s.substr(1));
    } else {
        out.put(s);
    }
}

/// Writes through to another sink with the characters that HTML gives a
/// meaning escaped (& < > " '), so that a text can go into an element or an
/// attribute value as it is.
template <class Sink>
struct html_escaping_sink {
    Sink& out;
    constexpr void put(char c) noexcept
    {
        switch (c) {
        case '&':
            out.put("&amp;");
            break;
        case '<':
            out.put("&lt;");
            break;
        case '>':
            out.put("&gt;");
            break;
        case '"':
            out.put("&quot;");
            break;
        case '\'':
            out.put("&#39;");
            break;
        default:
            out.put(c);
            break;
        }
    }
    constexpr void put(std::string_view s) noexcept
    {
        for (const char c : s) {
            put(c);
        }
    }
};

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_TEXT_HPP
