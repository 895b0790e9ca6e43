// sipcodes/reason.hpp: Reason header values (RFC 3326) parsed, refused,
// formatted with buffers of every size, and the Reason Protocols registry.
#include <sipcodes/reason.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_reason
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"
#include "reason_registry.hpp"

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>

using namespace sipcodes;

namespace {

std::string formatted(status s)
{
    std::string out(format_reason(s, nullptr, 0), '\0');
    BOOST_TEST(format_reason(s, out.data(), out.size()) == out.size());
    return out;
}

std::string formatted(q850 c)
{
    std::string out(format_reason(c, nullptr, 0), '\0');
    BOOST_TEST(format_reason(c, out.data(), out.size()) == out.size());
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(parse_valid_reason_values)
{
    // RFC 3326 §2's examples, and RFC 3261 §25.1's LWS around ; and =.
    const auto a = parse_reason(R"(SIP ;cause=200 ;text="Call completed elsewhere")");
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(a->protocol == "SIP");
    BOOST_TEST(a->cause == 200);
    BOOST_TEST(a->text == "Call completed elsewhere");
    const auto b = parse_reason(R"(Q.850;cause=16;text="Terminated")");
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(b->protocol == "Q.850");
    BOOST_TEST(b->cause == 16);
    BOOST_TEST(b->text == "Terminated");
    const auto c = parse_reason(R"(  preemption ; cause = 1 ; text = "UA Preemption"  )");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(c->protocol == "preemption");
    BOOST_TEST(c->cause == 1);
    // Folded LWS, no text, the parameters in any order and any case.
    const auto d = parse_reason("Q.850\r\n ;\r\n\tCAUSE=\r\n 031");
    BOOST_TEST_REQUIRE(d.has_value());
    BOOST_TEST(d->cause == 31);
    BOOST_TEST(d->text.empty());
    const auto e = parse_reason(R"(SIP;Text="a \"quoted\" word";cause=487)");
    BOOST_TEST_REQUIRE(e.has_value());
    BOOST_TEST(e->text == R"(a \"quoted\" word)"); // escapes kept
    BOOST_TEST(e->cause == 487);
    // Generic parameters (RFC 8606's location, extensions) are skipped.
    for (const std::string_view good : std::initializer_list<std::string_view>{
             "Q.850;cause=16;location=LN", R"(Q.850;location=U;cause=16;text="x")", "SIP;cause=0", "SIP;cause=999",
             "SIP;cause=1;flag", R"(SIP;cause=1;x="q;\\")", "SIP;cause=1;host=[2001:db8::1]", "SIP;cause=1;x=a.b-c",
             R"(SIP;cause=1;text="")", "SIP;cause=1;text=\"caf\xc3\xa9\"", "X-Vendor;cause=5"}) {
        BOOST_TEST_CONTEXT('"' << good << '"')
        {
            BOOST_TEST(parse_reason(good).has_value());
        }
    }
    static_assert(parse_reason("Q.850;cause=16")->cause == 16);
}

BOOST_AUTO_TEST_CASE(reject_malformed_reason_values)
{
    for (const std::string_view bad : std::initializer_list<std::string_view>{
             "", " ", "SIP", "SIP;", R"(SIP;text="x")", ";cause=1", "SIP;cause", "SIP;cause=", "SIP;cause=1000",
             "SIP;cause=-1", "SIP;cause=1x", "SIP;cause=1;cause=2", "SIP;cause=1;text=x", R"(SIP;cause=1;text="x)",
             R"(SIP;cause=1;text="a"b")", R"(SIP;cause=1;text="x";text="y")", "SIP;cause=1,Q.850;cause=16",
             "SIP cause=1", "SIP;cause=1;", "SIP;cause=1;=x", "SIP;cause=1;x=", R"(SIP;cause=1;x=")", R"(S"P;cause=1)",
             R"(SIP;cause=1;text="\")", "SIP;cause=1;text=\"a\x01\"", "SIP;cause=1;text=\"\xff\"",
             "SIP;cause=1;text=\"\xc3\"", "SIP;cause=1\r\n", "SIP;cause=1;text=\"a\r\nb\"", "SIP;cause=1;x=[zz]",
             "SIP;cause =\r\n\r\n 1", std::string_view("SIP;cause=1\0", 12)}) {
        BOOST_TEST_CONTEXT('"' << bad << '"')
        {
            BOOST_TEST(!parse_reason(bad).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(format_for_status_and_cause)
{
    BOOST_TEST(formatted(status::busy_here) == R"(SIP;cause=486;text="Busy Here")");
    BOOST_TEST(formatted(status::ok) == R"(SIP;cause=200;text="OK")");
    BOOST_TEST(formatted(q850::normal_call_clearing) == R"(Q.850;cause=16;text="Normal call clearing")");
    BOOST_TEST(formatted(q850::unallocated_number) == R"(Q.850;cause=1;text="Unallocated (unassigned) number")");
    char buffer[8] = {};
    BOOST_TEST(format_reason(static_cast<status>(499), buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(static_cast<q850>(0), buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(static_cast<q850>(15), buffer, sizeof buffer) == 0u);
    // Every registered code and every cause: what is written parses back to it.
    for (const auto& row : sipcodes_test::registry) {
        const std::string text = formatted(row.value);
        const auto parsed = parse_reason(text);
        BOOST_TEST_REQUIRE(parsed.has_value(), text);
        BOOST_TEST(parsed->protocol == "SIP");
        BOOST_TEST(parsed->cause == row.code);
        BOOST_TEST(parsed->text == row.phrase);
    }
    for (const q850 c : all_q850) {
        const std::string text = formatted(c);
        const auto parsed = parse_reason(text);
        BOOST_TEST_REQUIRE(parsed.has_value(), text);
        BOOST_TEST(parsed->cause == to_int(c));
        BOOST_TEST(parsed->text == q850_name(c));
    }
}

BOOST_AUTO_TEST_CASE(format_has_snprintf_semantics)
{
    const std::string full = R"(Q.850;cause=17;text="User busy")";
    for (std::size_t capacity = 0; capacity <= full.size() + 2; ++capacity) {
        std::string buffer(full.size() + 4, '#');
        BOOST_TEST(format_reason(q850::user_busy, buffer.data(), capacity) == full.size());
        const std::size_t written = capacity < full.size() ? capacity : full.size();
        BOOST_TEST(buffer.substr(0, written) == full.substr(0, written));
        BOOST_TEST(buffer.substr(written) == std::string(buffer.size() - written, '#'));
    }
    BOOST_TEST(format_reason(q850::user_busy, nullptr, 100) == full.size());
}

BOOST_AUTO_TEST_CASE(format_a_parsed_value_round_trips)
{
    for (const std::string_view text : std::initializer_list<std::string_view>{
             R"(SIP ;cause=200 ;text="Call completed elsewhere")", "Q.850;cause=016;location=LN",
             R"(x;cause=1;text="a\\b\"c")", R"(SIP;cause=1;text="")"}) {
        const auto value = parse_reason(text);
        BOOST_TEST_REQUIRE(value.has_value());
        char buffer[128] = {};
        const std::size_t n = format_reason(*value, buffer, sizeof buffer);
        BOOST_TEST_REQUIRE(n > 0u);
        const auto again = parse_reason(std::string_view(buffer, n));
        BOOST_TEST_REQUIRE(again.has_value());
        BOOST_TEST(again->protocol == value->protocol);
        BOOST_TEST(again->cause == value->cause);
        BOOST_TEST(again->text == value->text);
    }
    char buffer[64] = {};
    BOOST_TEST(format_reason(reason_value{"S P", 1, {}}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(reason_value{"", 1, {}}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(reason_value{"SIP", 1000, {}}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(reason_value{"SIP", -1, {}}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(reason_value{"SIP", 1, R"(a"b)"}, buffer, sizeof buffer) == 0u);
    BOOST_TEST(format_reason(reason_value{"SIP", 1, R"(a\)"}, buffer, sizeof buffer) == 0u);
}

BOOST_AUTO_TEST_CASE(reason_protocols_registry)
{
    // The IANA "Reason Protocols" registry, typed independently of spec/reason.yaml.
    for (const auto& row : sipcodes_test::reason_protocols) {
        BOOST_TEST(is_registered_reason_protocol(row.protocol), row.protocol);
    }
    BOOST_TEST(std::size(sipcodes_test::reason_protocols) == 22u);
    BOOST_TEST(detail::reason_protocol_count == std::size(sipcodes_test::reason_protocols));
    for (const std::string_view protocol : std::initializer_list<std::string_view>{"sip", "q.850", "preemption",
                                                                                    "ngap-prot", "5gmm"}) {
        BOOST_TEST(is_registered_reason_protocol(protocol), protocol);
    }
    for (const std::string_view protocol : std::initializer_list<std::string_view>{
             "", "Q850", "SIPS", "SI", "X-Vendor", "Q.8500", "NGAP", "5GMMX", "S1AP", std::string_view("SIP\0", 4)}) {
        BOOST_TEST(!is_registered_reason_protocol(protocol), protocol);
    }
    static_assert(is_registered_reason_protocol("Q.850"));
    static_assert(is_registered_reason_protocol("NGAP-RNL"));
}
