// sipcodes/status_line.hpp: status lines (RFC 3261 §25.1) parsed, refused and
// formatted, with buffers of every size.
#include <sipcodes/status_line.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_status_line
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

using namespace sipcodes;

BOOST_AUTO_TEST_CASE(parse_valid_status_lines)
{
    const auto ok = parse_status_line("SIP/2.0 200 OK\r\n");
    BOOST_TEST_REQUIRE(ok.has_value());
    BOOST_TEST(ok->code == 200);
    BOOST_TEST(ok->reason == "OK");
    const auto custom = parse_status_line("sip/2.0 487 Request Cancelled\r\nVia: SIP/2.0/UDP x\r\n\r\n");
    BOOST_TEST_REQUIRE(custom.has_value());
    BOOST_TEST(custom->code == 487);
    BOOST_TEST(custom->reason == "Request Cancelled");
    const auto empty = parse_status_line("SIP/2.0 499 \r\n");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->code == 499);
    BOOST_TEST(empty->reason.empty());
    BOOST_TEST(parse_status_line("SIP/2.0 100 Trying\tnow \xE2\x80\x94 ok\r\n").has_value());
    BOOST_TEST(parse_status_line("SIP/2.0 699 x\r\n").has_value());
    for (const std::string_view good : std::initializer_list<std::string_view>{
             "SIP/2.0 200 OK%20now\r\n", "SIP/2.0 200 R\xc3\xa9ponse\r\n", "SIP/2.0 200 \x80\r\n",
             "SIP/2.0 200 a;b/c?d:e@f&g=h+i$j,k-l_m.n!o~p*q'r(s)t\r\n", "SIP/2.0 200 \t\r\n"}) {
        BOOST_TEST_CONTEXT('"' << good << '"')
        {
            BOOST_TEST(parse_status_line(good).has_value());
        }
    }
    static_assert(parse_status_line("SIP/2.0 430 Flow Failed\r\n")->code == 430);
}

BOOST_AUTO_TEST_CASE(reject_malformed_status_lines)
{
    for (const std::string_view bad : std::initializer_list<std::string_view>{
             "", "SIP/2.0 200 OK", "SIP/2.0 200 OK\n", "SIP/2.0 200 OK\r", "SIP/2.0 200 OK\rX",
             "SIP/2.0 200\r\n", "SIP/2.0  200 OK\r\n", " SIP/2.0 200 OK\r\n", "SIP/2.0 200OK\r\n",
             "SIP/2.0 099 Low\r\n", "SIP/2.0 700 High\r\n", "SIP/2.0 0200 OK\r\n", "SIP/2.0 20 OK\r\n",
             "SIP/2.0 2000 OK\r\n", "SIP/2.0 2x0 OK\r\n", "SIP/2.0 -20 OK\r\n", "SIP/1.0 200 OK\r\n",
             "HTTP/1.1 200 OK\r\n", "SIP/2.1 200 OK\r\n", "SIP/2.0\t200 OK\r\n", "SIP/2.0 200 O\nK\r\n",
             "SIP/2.0 200 O\x01K\r\n", "SIP/2.0 200 O\x7fK\r\n", std::string_view("SIP/2.0 200 O\0K\r\n", 17),
             // RFC 3261 §25.1 Reason-Phrase grammar
             "SIP/2.0 200 <OK>\r\n", "SIP/2.0 200 \"OK\"\r\n", "SIP/2.0 200 100%\r\n", "SIP/2.0 200 %4\r\n",
             "SIP/2.0 200 %zz\r\n", "SIP/2.0 200 a\\b\r\n", "SIP/2.0 200 {OK}\r\n", "SIP/2.0 200 O\xffK\r\n",
             "SIP/2.0 200 O\xfeK\r\n", "SIP/2.0 200 \xc3\r\n", "SIP/2.0 200 \xe2\x80\r\n", "SIP/2.0 200 \xc3\x41\r\n",
         }) {
        BOOST_TEST_CONTEXT('"' << bad << '"')
        {
            BOOST_TEST(!parse_status_line(bad).has_value());
        }
    }
}

// Lines robust stacks take, most of which RFC 3261 does not: each with the code
// and reason the lenient parser reads, and whether the strict one takes it too.
BOOST_AUTO_TEST_CASE(lenient_mode_takes_what_robust_stacks_take)
{
    struct sample {
        std::string_view line;
        int code;
        std::string_view reason;
        bool strict_takes = false;
    };
    for (const sample& s : std::initializer_list<sample>{
             {"SIP/2.0 200\r\n", 200, ""},                       // RFC 4475 §3.1.1.13: no SP, no phrase
             {"SIP/2.0 200", 200, ""},                             // the caller split the line off
             {"SIP/2.0 200 OK", 200, "OK"},
             {"SIP/2.0 200 OK\n", 200, "OK"},                      // LF-only line end
             {"SIP/2.0 200 OK\nVia: SIP/2.0/UDP h\r\n", 200, "OK"}, // the headers are not read
             {"SIP/2.0  \t486\t \tBusy Here\r\n", 486, "Busy Here"}, // runs of SP and HTAB
             {"SIP/2.0 486 Busy Here \t\r\n", 486, "Busy Here", true}, // trailing blanks dropped
             {"SIP/2.0 200 \r\n", 200, "", true},
             {"SIP/2.0 480 Temporarily Unavailable [call Processing Released]\r\n", 480,
              "Temporarily Unavailable [call Processing Released]"},
             {"SIP/2.0 200 \"OK\" <100%> {x}\r\n", 200, "\"OK\" <100%> {x}"},
             {"SIP/2.0 200 O\xffK\r\n", 200, "O\xffK"},            // any byte above the controls
             {"sip/2.0 499 Unknown To Us\r\n", 499, "Unknown To Us", true}, // an unregistered code is a code
         }) {
        BOOST_TEST_CONTEXT('"' << s.line << '"')
        {
            const auto parsed = parse_status_line(s.line, parse_mode::lenient);
            BOOST_TEST_REQUIRE(parsed.has_value());
            BOOST_TEST(parsed->code == s.code);
            BOOST_TEST(parsed->reason == s.reason);
            BOOST_TEST(parse_status_line(s.line).has_value() == s.strict_takes);
        }
    }
    static_assert(parse_status_line("SIP/2.0 200\r\n", parse_mode::lenient)->code == 200);
    static_assert(parse_mode{} == parse_mode::strict);
}

// Never a wrong code, never past the input: what the lenient parser still refuses.
BOOST_AUTO_TEST_CASE(lenient_mode_never_reads_a_wrong_code)
{
    for (const std::string_view bad : std::initializer_list<std::string_view>{
             "", "SIP/2.0", "SIP/2.0 ", "SIP/2.0 20", "SIP/2.0 2000 OK", "SIP/2.0 0200 OK", "SIP/2.0 099 Low",
             "SIP/2.0 700 High", "SIP/2.0 2x0 OK", "SIP/2.0 -20 OK", "SIP/2.0200 OK", "SIP/2.0 200OK",
             "SIP/2.0 200\rOK\r\n", "SIP/2.0 200 OK\r", "SIP/2.0 200 OK\rX", "SIP/2.0 200 O\x01K\r\n",
             "SIP/2.0 200 O\x7fK", std::string_view("SIP/2.0 200 O\0K", 15), " SIP/2.0 200 OK",
             "SIP/1.0 200 OK", "HTTP/1.1 200 OK", "SIP/2.0\r\n200 OK",
         }) {
        BOOST_TEST_CONTEXT('"' << bad << '"')
        {
            BOOST_TEST(!parse_status_line(bad, parse_mode::lenient).has_value());
        }
    }
}

// Every line the strict parser takes, the lenient one takes with the same code.
BOOST_AUTO_TEST_CASE(lenient_mode_takes_every_strict_line)
{
    for (const status s : all_statuses) {
        char buf[128];
        const std::size_t n = format_status_line(s, buf, sizeof buf);
        const std::string_view line(buf, n);
        const auto strict = parse_status_line(line);
        const auto lenient = parse_status_line(line, parse_mode::lenient);
        BOOST_TEST_REQUIRE(strict.has_value());
        BOOST_TEST_REQUIRE(lenient.has_value());
        BOOST_TEST(lenient->code == strict->code);
        BOOST_TEST(lenient->reason == strict->reason);
    }
}

// The strict parser reads the phrase 8 bytes at a time while 8 remain: every
// kind of byte at every offset of a word, and at the end of the input, gets
// the answer a byte-by-byte reading gives.
BOOST_AUTO_TEST_CASE(phrase_bytes_are_checked_at_every_offset)
{
    struct piece {
        std::string_view bytes;
        bool valid;
    };
    const piece pieces[] = {
        {"%41", true},         {"%4", false},       {"%", false},          {"%G1", false},
        {"\xC3\xA9", true},    {"\xC3", false},     {"\xE2\x82\xAC", true}, {"\xE2\x82", false},
        {"\xC3\x41", false},   {"\xBF", true},      {"\xFE", false},        {"\xFF", false},
        {"\x7F", false},       {"\"", false},       {"[", false},          {"\t", true},
        {"\r", false},         {"\n", false},       {std::string_view("\0", 1), false},
        {"~", true},
    };
    for (const piece& p : pieces) {
        for (std::size_t before = 0; before <= 17; ++before) {
            for (std::size_t after = 0; after <= 9; after += 3) {
                const std::string reason = std::string(before, 'a') + std::string(p.bytes) + std::string(after, 'z'); // not a hex digit
                for (const std::string_view tail : {"", "Via: SIP/2.0/UDP h\r\n\r\n"}) {
                    const std::string line = "SIP/2.0 404 " + reason + "\r\n" + std::string(tail);
                    const auto parsed = parse_status_line(line);
                    BOOST_TEST(parsed.has_value() == p.valid, "'" << reason << "' before " << before);
                    if (parsed) {
                        BOOST_TEST(parsed->code == 404);
                        BOOST_TEST(parsed->reason == reason);
                    }
                }
            }
        }
    }
}

// Both parsers skip 8 bytes at a time (strict: letters and SP; lenient: no
// control): every byte value at every offset of a phrase of mixed bytes gets
// the answer of a byte-by-byte model of each grammar, written out here.
BOOST_AUTO_TEST_CASE(every_byte_value_at_every_offset_matches_a_byte_model)
{
    const auto strict_plain = [](unsigned char u) { // RFC 3261 §25.1, one byte alone
        const bool letter_or_digit = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        return letter_or_digit || u == ' ' || u == '\t' || (u >= 0x80 && u <= 0xBF) ||
               std::string_view("-_.!~*'();/?:@&=+$,").find(static_cast<char>(u)) != std::string_view::npos;
    };
    const auto lenient_byte = [](unsigned char u) { return (u >= 0x20 && u != 0x7F) || u == '\t'; };
    const std::string_view filler = "Ab c9-zQ x_Y.k"; // letters, SP, digits and marks
    for (unsigned value = 0; value < 256; ++value) {
        const auto u = static_cast<unsigned char>(value);
        for (std::size_t before = 1; before <= 17; ++before) {
            std::string prefix;
            while (prefix.size() < before) {
                prefix += filler.substr(0, before - prefix.size());
            }
            const std::string reason = prefix + static_cast<char>(u) + "Tail words";
            const std::string line = "SIP/2.0 486 " + reason + "\r\nCSeq: 1 INVITE\r\n\r\n";

            const auto strict = parse_status_line(line);
            BOOST_TEST(strict.has_value() == strict_plain(u), "strict, byte " << value << " after " << before);
            if (strict) {
                BOOST_TEST(strict->reason == reason);
            }

            // Lenient: a control ends the phrase; only LF (or CRLF) may end the line there.
            const auto lenient = parse_status_line(line, parse_mode::lenient);
            if (lenient_byte(u)) {
                BOOST_TEST_REQUIRE(lenient.has_value(), "lenient, byte " << value << " after " << before);
                BOOST_TEST(lenient->reason == reason);
            } else if (u == '\n') {
                BOOST_TEST_REQUIRE(lenient.has_value(), "lenient, LF after " << before);
                BOOST_TEST(lenient->reason == std::string_view(prefix).substr(0, prefix.find_last_not_of(" \t") + 1));
            } else {
                BOOST_TEST(!lenient.has_value(), "lenient, byte " << value << " after " << before);
            }
            BOOST_TEST((!lenient || lenient->code == 486));
        }
    }
}

BOOST_AUTO_TEST_CASE(every_proper_prefix_of_a_status_line_is_rejected)
{
    for (const std::string_view line : {std::string_view("SIP/2.0 430 Flow Failed\r\n"), std::string_view("SIP/2.0 100 \r\n")}) {
        for (std::size_t n = 0; n < line.size(); ++n) {
            BOOST_TEST_CONTEXT(n)
            {
                BOOST_TEST(!parse_status_line(line.substr(0, n)).has_value());
            }
        }
        BOOST_TEST(parse_status_line(line).has_value());
    }
}

BOOST_AUTO_TEST_CASE(format_round_trips_every_code)
{
    char line[80];
    for (const status s : all_statuses) {
        const std::size_t n = format_status_line(s, line, sizeof line);
        BOOST_TEST_REQUIRE(n <= sizeof line);
        const std::string_view text(line, n);
        const auto parsed = parse_status_line(text);
        BOOST_TEST_REQUIRE(parsed.has_value());
        BOOST_TEST(parsed->code == to_int(s));
        BOOST_TEST(parsed->reason == reason_phrase(s));
        BOOST_TEST(text == "SIP/2.0 " + std::to_string(to_int(s)) + " " + std::string(reason_phrase(s)) + "\r\n");
    }
    BOOST_TEST(format_status_line(status::ok, nullptr, 0) == 16u);
    BOOST_TEST(format_status_line(487, "Request Cancelled", line, sizeof line) == 31u);
    BOOST_TEST(format_status_line(99, "Low", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(700, "High", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "O\r\nK", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "<bad>", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "", line, sizeof line) == 14u);
    BOOST_TEST(format_status_line(static_cast<status>(65535), line, sizeof line) == 0u);
}

BOOST_AUTO_TEST_CASE(format_reports_small_buffers_and_writes_a_prefix)
{
    const std::string full = "SIP/2.0 430 Flow Failed\r\n";
    char buffer[40];
    for (std::size_t capacity = 0; capacity <= full.size() + 2; ++capacity) {
        std::memset(buffer, '#', sizeof buffer);
        const std::size_t n = format_status_line(status::flow_failed, buffer, capacity);
        const std::size_t written = std::min(capacity, full.size());
        BOOST_TEST(n == full.size());
        BOOST_TEST(std::string_view(buffer, written) == std::string_view(full).substr(0, written));
        BOOST_TEST(std::count(buffer + written, buffer + sizeof buffer, '#') == static_cast<std::ptrdiff_t>(sizeof buffer - written));
    }
}
