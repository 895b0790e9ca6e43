// sipcodes/warning.hpp: the Warning codes against the IANA registry typed by hand.
#include <sipcodes/warning.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_warning
#include <boost/test/unit_test.hpp>

#include "warn_registry.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string_view>

using namespace sipcodes;

BOOST_AUTO_TEST_CASE(every_registered_warn_code)
{
    for (const auto& row : sipcodes_test::warn_registry) {
        BOOST_TEST_CONTEXT(row.code)
        {
            const auto w = to_warn_code(row.code);
            BOOST_TEST_REQUIRE(w.has_value());
            BOOST_TEST(to_int(*w) == row.code);
            BOOST_TEST(warn_text(*w) == row.text);
        }
    }
}

BOOST_AUTO_TEST_CASE(nothing_else_is_a_warn_code)
{
    int count = 0;
    for (int c = -1000; c <= 70000; ++c) {
        if (to_warn_code(c)) {
            ++count;
            bool listed = false;
            for (const auto& row : sipcodes_test::warn_registry) {
                listed = listed || row.code == c;
            }
            BOOST_TEST(listed, c);
        }
    }
    BOOST_TEST(count == static_cast<int>(std::size(sipcodes_test::warn_registry)));
    BOOST_TEST(warn_text(static_cast<warn_code>(309)).empty());
    BOOST_TEST(warn_text(static_cast<warn_code>(299)).empty());
    BOOST_TEST(warn_text(static_cast<warn_code>(400)).empty());
    static_assert(to_warn_code(370) == warn_code::insufficient_bandwidth);
    static_assert(warn_text(warn_code::sips_required) == "SIPS Required");
}

BOOST_AUTO_TEST_CASE(parse_valid_warning_values)
{
    const auto a = parse_warning(R"(370 gw1.example.com "Insufficient bandwidth")");
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(a->code == 370);
    BOOST_TEST(a->agent == "gw1.example.com");
    BOOST_TEST(a->text == "Insufficient bandwidth");
    // RFC 3261 §20.43's example.
    const auto b = parse_warning(R"(307 isi.edu "Session parameter 'foo' not understood")");
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(b->code == 307);
    BOOST_TEST(b->agent == "isi.edu");
    for (const std::string_view good : std::initializer_list<std::string_view>{
             R"(399 10.0.0.1:5060 "x")", R"(399 [2001:db8::1]:5061 "x")", R"(399 [::1] "x")", R"(399 proxy-7 "")",
             R"(301 isi.edu "Incompatible network address type 'E.164'")", R"(  399 a "b"  )", R"(399 a  "b")",
             "399 a \r\n \"b\"", R"(399 a "esc \" \\ ok")", "399 a \"caf\xc3\xa9\"", R"(199 a "an unregistered code")"}) {
        BOOST_TEST_CONTEXT('"' << good << '"')
        {
            BOOST_TEST(parse_warning(good).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(reject_malformed_warning_values)
{
    for (const std::string_view bad : std::initializer_list<std::string_view>{
             "", "370", "370 ", "370 a", "370 a ", "370 a b", R"(370 a "b)", R"(37 a "b")", R"(3700 a "b")",
             R"(37x a "b")", R"(370  a "b")", "370\ta \"b\"", R"(370 a"b")", R"(370 a "b" c)", R"(370 a "b",399 c "d")",
             R"(370 a:b "c")", R"(370 a: "c")", R"(370 [zz] "c")", R"(370 [::1 "c")", R"(370 a "\")", "370 a \"\x01\"",
             "370 a \"\xff\"", "370 a\r\n \"b\"", std::string_view("370 a \"b\"\0", 10)}) {
        BOOST_TEST_CONTEXT('"' << bad << '"')
        {
            BOOST_TEST(!parse_warning(bad).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(format_warnings)
{
    char buffer[96] = {};
    const std::string_view full = R"(370 gw1.example.com "Insufficient bandwidth")";
    BOOST_TEST(format_warning(warn_code::insufficient_bandwidth, "gw1.example.com", buffer, sizeof buffer) ==
               full.size());
    BOOST_TEST(std::string_view(buffer, full.size()) == full);
    for (std::size_t capacity = 0; capacity <= full.size(); ++capacity) {
        char small[96];
        std::fill(std::begin(small), std::end(small), '#');
        BOOST_TEST(format_warning(warn_code::insufficient_bandwidth, "gw1.example.com", small, capacity) ==
                   full.size());
        BOOST_TEST(std::string_view(small, capacity) == full.substr(0, capacity));
        BOOST_TEST(small[capacity] == '#');
    }
    BOOST_TEST(format_warning(static_cast<warn_code>(309), "a", buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_warning(warn_code::miscellaneous_warning, "", buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_warning(warn_code::miscellaneous_warning, "a b", buffer, sizeof buffer) == 0u);
    // Every registered code: what is written parses back to it.
    for (const auto& row : sipcodes_test::warn_registry) {
        const std::size_t n = format_warning(*to_warn_code(row.code), "[2001:db8::1]:5060", buffer, sizeof buffer);
        const auto parsed = parse_warning(std::string_view(buffer, n));
        BOOST_TEST_REQUIRE(parsed.has_value());
        BOOST_TEST(parsed->code == row.code);
        BOOST_TEST(parsed->agent == "[2001:db8::1]:5060");
        BOOST_TEST(parsed->text == row.text);
    }
    // A parsed value formats back to the same value.
    const auto value = parse_warning(R"( 399 proxy "a \"b\"" )");
    BOOST_TEST_REQUIRE(value.has_value());
    const std::size_t n = format_warning(*value, buffer, sizeof buffer);
    const auto again = parse_warning(std::string_view(buffer, n));
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(again->code == 399);
    BOOST_TEST(again->agent == "proxy");
    BOOST_TEST(again->text == value->text);
    BOOST_TEST(format_warning(warning_value{1000, "a", ""}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_warning(warning_value{399, "a", R"(")"}, buffer, sizeof buffer) == 0u);
    static_assert(parse_warning(R"(370 a "b")")->code == 370);
}
