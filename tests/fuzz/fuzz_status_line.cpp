// parse_status_line and format_status_line over arbitrary bytes.
//
// Input: the whole input is a candidate status line (NULs and all). For the
// format direction, the first two bytes also pick a code in -100..899 and the
// rest of the input is tried as a reason phrase.
#include <sipcodes/status_line.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_check.hpp"

using namespace sipcodes;

namespace {

constexpr std::size_t canary_size = 16;
constexpr unsigned char canary = 0xA5;

// "SIP/2.0 ddd " + reason + "\r\n", built here without the library.
std::string model_line(int code, std::string_view reason)
{
    std::string line = "SIP/2.0 ";
    line += static_cast<char>('0' + code / 100);
    line += static_cast<char>('0' + code / 10 % 10);
    line += static_cast<char>('0' + code % 10);
    line += ' ';
    line += reason;
    line += "\r\n";
    return line;
}

// RFC 3261 §25.1's status line read the plain way, byte by byte, written here
// without the library: the model the word-at-a-time strict parser must match.
// Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB).
bool model_reason_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != 0 && std::strchr("-_.!~*'();/?:@&=+$, \t", c) != nullptr);
}

bool model_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::optional<std::pair<int, std::string_view>> model_parse(std::string_view text)
{
    if (text.size() < 14) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < 7; ++i) {
        const char c = text[i];
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != "sip/2.0"[i]) {
            return std::nullopt;
        }
    }
    if (text[7] != ' ' || text[11] != ' ') {
        return std::nullopt;
    }
    int code = 0;
    for (std::size_t i = 8; i < 11; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        code = code * 10 + (text[i] - '0');
    }
    if (code < 100 || code > 699) {
        return std::nullopt;
    }
    const std::size_t cr = text.find('\r', 12);
    if (cr == std::string_view::npos || cr + 1 >= text.size() || text[cr + 1] != '\n') {
        return std::nullopt;
    }
    const std::string_view reason = text.substr(12, cr - 12);
    for (std::size_t i = 0; i < reason.size(); ++i) {
        const auto u = static_cast<unsigned char>(reason[i]);
        if (u == '%') {
            if (i + 2 >= reason.size() || !model_hex(static_cast<unsigned char>(reason[i + 1])) ||
                !model_hex(static_cast<unsigned char>(reason[i + 2]))) {
                return std::nullopt;
            }
            i += 2;
        } else if (u < 0x80) {
            if (!model_reason_ascii(u)) {
                return std::nullopt;
            }
        } else if (u >= 0xC0) {
            const std::size_t follow = u < 0xE0 ? 1 : u < 0xF0 ? 2 : u < 0xF8 ? 3 : u < 0xFC ? 4 : u < 0xFE ? 5 : 0;
            if (follow == 0 || i + follow >= reason.size()) {
                return std::nullopt;
            }
            for (std::size_t k = 1; k <= follow; ++k) {
                if ((static_cast<unsigned char>(reason[i + k]) & 0xC0) != 0x80) {
                    return std::nullopt;
                }
            }
            i += follow;
        }
    }
    return std::make_pair(code, reason);
}

// format_status_line(code, reason) into a buffer of every capacity from 0 to
// one more than needed: the same length each time, a prefix of the full line,
// nothing written past the capacity (canary bytes after it, and ASan on a heap
// block of exactly the capacity). For a line longer than 256 bytes (quadratic
// otherwise), the first and last 64 capacities and every 61st in between.
void check_all_capacities(int code, std::string_view reason, std::string_view full)
{
    const std::size_t needed = full.size();
    for (std::size_t cap = 0; cap <= needed + 1;
         cap += (needed <= 256 || cap < 64 || cap + 64 >= needed) ? 1 : 61) {
        std::vector<char> block(cap + canary_size, static_cast<char>(canary));
        char* out = block.data();
        FUZZ_CHECK(format_status_line(code, reason, out, cap) == needed);
        const std::size_t written = cap < needed ? cap : needed;
        FUZZ_CHECK(std::memcmp(out, full.data(), written) == 0);
        for (std::size_t i = written; i < block.size(); ++i) {
            FUZZ_CHECK(static_cast<unsigned char>(block[i]) == canary); // no NUL, no byte past the text or the capacity
        }
        const auto exact = std::make_unique<char[]>(cap);
        FUZZ_CHECK(format_status_line(code, reason, exact.get(), cap) == needed);
        FUZZ_CHECK(std::memcmp(exact.get(), full.data(), written) == 0);
    }
    FUZZ_CHECK(format_status_line(code, reason, nullptr, 0) == needed);
}

// Formats (code, reason) and checks that the result is the model line and
// parses back to the same code and reason.
void check_format(int code, std::string_view reason)
{
    std::vector<char> buf(reason.size() + 32);
    const std::size_t n = format_status_line(code, reason, buf.data(), buf.size());
    const std::string model = model_line(code < 0 ? 0 : code % 1000, reason);
    if (code < 100 || code > 699) {
        FUZZ_CHECK(n == 0);
        return;
    }
    // A reason is formatted iff the model line with it parses back to it: the
    // formatter and the parser accept the same Reason-Phrases.
    const auto back = parse_status_line(model);
    const bool accepted = back && back->code == code && back->reason == reason;
    FUZZ_CHECK((n != 0) == accepted);
    if (n == 0) {
        return;
    }
    FUZZ_CHECK(n == model.size());
    const std::string_view line(buf.data(), n);
    FUZZ_CHECK(line == model);
    const auto again = parse_status_line(line);
    FUZZ_CHECK(again && again->code == code && again->reason == reason);
    check_all_capacities(code, reason, line);
}

// parse_mode::lenient on the same bytes: never a code that is not the three
// digits it read, never a reason outside the input or holding a control or a
// line end, and every line the strict parser takes, it takes with that code.
void check_lenient(std::string_view text, const std::optional<status_line>& strict)
{
    const auto lenient = parse_status_line(text, parse_mode::lenient);
    if (strict) {
        FUZZ_CHECK(lenient && lenient->code == strict->code);
    }
    if (!lenient) {
        return;
    }
    FUZZ_CHECK(lenient->code >= 100 && lenient->code <= 699);
    const char* const begin = text.data();
    const char* const reason = lenient->reason.data();
    FUZZ_CHECK(reason >= begin + 11 && reason + lenient->reason.size() <= begin + text.size());
    // The three digits before the blanks that precede the reason (or before the
    // line end when there is no reason) are the code, with no digit before them.
    std::size_t digits = 7;
    while (text[digits] == ' ' || text[digits] == '\t') {
        ++digits;
    }
    FUZZ_CHECK(digits > 7 && text.substr(digits, 3) == model_line(lenient->code, "").substr(8, 3));
    for (const char c : lenient->reason) {
        const auto u = static_cast<unsigned char>(c);
        FUZZ_CHECK((u >= 0x20 && u != 0x7F) || c == '\t');
    }
}

// The overload that takes a status, on any value of the enum.
void check_format_status(std::uint16_t raw)
{
    const auto s = static_cast<status>(raw);
    char buf[128];
    const std::size_t n = format_status_line(s, buf, sizeof buf);
    if (raw < 100 || raw > 699) {
        FUZZ_CHECK(n == 0);
        return;
    }
    FUZZ_CHECK(n == model_line(raw, reason_phrase(s)).size());
    const auto p = parse_status_line(std::string_view(buf, n));
    FUZZ_CHECK(p && p->code == raw && p->reason == reason_phrase(s));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // libFuzzer hands over bytes; the API reads characters.
    const std::string_view text(reinterpret_cast<const char*>(data), size); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)

    const auto parsed = parse_status_line(text);
    const auto model = model_parse(text);
    FUZZ_CHECK(parsed.has_value() == model.has_value());
    if (parsed && model) {
        FUZZ_CHECK(parsed->code == model->first && parsed->reason == model->second);
    }
    if (parsed) {
        FUZZ_CHECK(parsed->code >= 100 && parsed->code <= 699);
        // The reason points into the input, after "SIP/2.0 ddd ", and is
        // followed by CRLF there.
        FUZZ_CHECK(parsed->reason.data() == text.data() + 12);
        FUZZ_CHECK(parsed->reason.size() + 14 <= text.size());
        FUZZ_CHECK(text.substr(12 + parsed->reason.size(), 2) == "\r\n");
        FUZZ_CHECK(parsed->reason.find('\r') == std::string_view::npos);
        FUZZ_CHECK(parsed->reason.find('\n') == std::string_view::npos);
        FUZZ_CHECK(parsed->reason.find('\0') == std::string_view::npos);
        // The digits are the code.
        FUZZ_CHECK(text.substr(8, 3) == model_line(parsed->code, "").substr(8, 3));
        // Whatever follows the CRLF is not read.
        const std::string_view head = text.substr(0, 14 + parsed->reason.size());
        const auto alone = parse_status_line(head);
        FUZZ_CHECK(alone && alone->code == parsed->code && alone->reason == parsed->reason);
        // Re-formatting gives a line that parses to the same code and reason.
        check_format(parsed->code, parsed->reason);
    }

    check_lenient(text, parsed);

    // The version's letters are case-insensitive: flipping their case changes nothing.
    if (size >= 7) {
        std::string flipped(text);
        for (std::size_t i = 0; i < 7; ++i) {
            char& c = flipped[i];
            if (c >= 'a' && c <= 'z') {
                c = static_cast<char>(c - 'a' + 'A');
            } else if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        const auto p2 = parse_status_line(flipped);
        FUZZ_CHECK(p2.has_value() == parsed.has_value());
        if (p2) {
            FUZZ_CHECK(p2->code == parsed->code && p2->reason == parsed->reason);
        }
    }

    // Format direction: a code from the first two bytes, the rest as a reason.
    if (size >= 2) {
        const unsigned pick = static_cast<unsigned>(data[0]) | static_cast<unsigned>(data[1]) << 8;
        const int code = static_cast<int>(pick % 1000u) - 100;
        check_format(code, text.substr(2));
        check_format_status(static_cast<std::uint16_t>(pick));
    }
    return 0;
}
