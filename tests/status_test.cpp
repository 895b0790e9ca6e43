// Table-driven checks of every registered code against an independent copy of
// the IANA registry, and of every look-up on every int from -1000 to 2000.
#include <sipcodes/sipcodes.hpp> // first: the umbrella header is self-contained

#define BOOST_TEST_MODULE sipcodes_status
#include <boost/test/unit_test.hpp>

#include <sipcodes/io.hpp>

#include "iana_registry.hpp"

#include <climits>
#include <cstddef>
#include <iomanip>
#include <sstream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sipcodes_test {
std::string printed(sipcodes::status s); // self_contained_io.cpp
}

namespace {

using sipcodes::status;
using sipcodes::status_class;

using sipcodes_test::find_row;
using sipcodes_test::registry;
using sipcodes_test::registry_row;

// The inputs every int-taking function is checked on.
std::vector<int> probe_ints()
{
    std::vector<int> ints;
    for (int c = -1000; c <= 2000; ++c) {
        ints.push_back(c);
    }
    for (const int c : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX, 65535, 65536, 65536 + 430}) {
        ints.push_back(c);
    }
    return ints;
}

} // namespace

BOOST_AUTO_TEST_CASE(registry_has_75_codes_in_ascending_order)
{
    BOOST_TEST(sipcodes::status_count == 75u);
    BOOST_TEST(std::size(registry) == sipcodes::all_statuses.size());
    for (std::size_t i = 0; i < sipcodes::all_statuses.size(); ++i) {
        BOOST_TEST(sipcodes::to_int(sipcodes::all_statuses[i]) == registry[i].code);
        if (i > 0) {
            BOOST_TEST(sipcodes::to_int(sipcodes::all_statuses[i - 1]) < sipcodes::to_int(sipcodes::all_statuses[i]));
        }
    }
}

BOOST_AUTO_TEST_CASE(every_code_matches_the_registry)
{
    for (const registry_row& row : registry) {
        BOOST_TEST_CONTEXT("code " << row.code)
        {
            BOOST_TEST(sipcodes::to_int(row.value) == row.code);
            BOOST_TEST(sipcodes::reason_phrase(row.value) == row.phrase);
            BOOST_TEST(static_cast<int>(sipcodes::class_of(row.value)) == row.code / 100);
            BOOST_TEST(sipcodes::is_registered(row.value));
            BOOST_TEST(sipcodes::is_deprecated(row.value) == (row.code == 202));

            const sipcodes::status_info i = sipcodes::info(row.value);
            BOOST_TEST(i.code == row.code);
            BOOST_TEST(i.phrase == row.phrase);
            BOOST_TEST(static_cast<int>(i.class_) == row.code / 100);
            BOOST_TEST(i.references == row.references);
            BOOST_TEST(i.deprecated == (row.code == 202));
            for (const std::string_view text : {i.description, i.when, i.fix}) {
                BOOST_TEST(text.size() >= 40u);
                BOOST_TEST(text.size() <= 400u);
                BOOST_TEST(text.find("  ") == std::string_view::npos);
                BOOST_TEST(text.front() != ' ');
                BOOST_TEST((text.back() == '.' || text.back() == ')'));
            }
            BOOST_TEST(sipcodes_test::printed(row.value) == std::to_string(row.code) + " " + std::string(row.phrase));
        }
    }
}

BOOST_AUTO_TEST_CASE(predicates_follow_the_class)
{
    for (const registry_row& row : registry) {
        const int digit = row.code / 100;
        BOOST_TEST_CONTEXT("code " << row.code)
        {
            BOOST_TEST(sipcodes::is_provisional(row.value) == (digit == 1));
            BOOST_TEST(sipcodes::is_final(row.value) == (digit >= 2));
            BOOST_TEST(sipcodes::is_success(row.value) == (digit == 2));
            BOOST_TEST(sipcodes::is_redirection(row.value) == (digit == 3));
            BOOST_TEST(sipcodes::is_failure(row.value) == (digit >= 4));
            BOOST_TEST(sipcodes::is_client_failure(row.value) == (digit == 4));
            BOOST_TEST(sipcodes::is_server_failure(row.value) == (digit == 5));
            BOOST_TEST(sipcodes::is_global_failure(row.value) == (digit == 6));
        }
    }
}

BOOST_AUTO_TEST_CASE(class_names_as_the_reference_pages_print_them)
{
    BOOST_TEST(sipcodes::class_name(status_class::provisional) == "Provisional");
    BOOST_TEST(sipcodes::class_name(status_class::success) == "Success");
    BOOST_TEST(sipcodes::class_name(status_class::redirection) == "Redirection");
    BOOST_TEST(sipcodes::class_name(status_class::client_failure) == "Client Failure");
    BOOST_TEST(sipcodes::class_name(status_class::server_failure) == "Server Failure");
    BOOST_TEST(sipcodes::class_name(status_class::global_failure) == "Global Failure");
    for (const unsigned bad : {0u, 7u, 9u, 255u}) {
        BOOST_TEST(sipcodes::class_name(static_cast<status_class>(bad)).empty());
    }
}

BOOST_AUTO_TEST_CASE(to_status_accepts_exactly_the_registered_codes)
{
    for (const int c : probe_ints()) {
        const registry_row* row = find_row(c);
        const std::optional<status> s = sipcodes::to_status(c);
        BOOST_TEST_CONTEXT("int " << c)
        {
            BOOST_TEST(s.has_value() == (row != nullptr));
            if (row != nullptr && s) {
                BOOST_TEST(sipcodes::to_int(*s) == c);
            }
            // The one-look-up int overload agrees.
            BOOST_TEST(sipcodes::reason_phrase(c) == (row != nullptr ? row->phrase : std::string_view{}));
        }
    }
}

BOOST_AUTO_TEST_CASE(every_status_value_answers_as_the_registry_says)
{
    BOOST_TEST_MESSAGE("tables: " << (SIPCODES_COMPACT_TABLES ? "compact" : "dense"));
    // All 65,536 values the enum can hold, registered or made by a cast.
    for (int c = 0; c <= 0xffff; ++c) {
        const registry_row* row = find_row(c);
        const auto s = static_cast<status>(c);
        if (sipcodes::is_registered(s) != (row != nullptr) ||
            sipcodes::reason_phrase(s) != (row != nullptr ? row->phrase : std::string_view{}) ||
            (row == nullptr && (sipcodes::is_deprecated(s) || !sipcodes::info(s).description.empty()))) {
            BOOST_ERROR("status value " << c << " answers wrongly");
        }
    }
}

BOOST_AUTO_TEST_CASE(canonical_follows_rfc3261_8_1_3_2)
{
    for (const int c : probe_ints()) {
        const std::optional<status> s = sipcodes::canonical(c);
        BOOST_TEST_CONTEXT("int " << c)
        {
            if (find_row(c) != nullptr) {
                BOOST_TEST((s && sipcodes::to_int(*s) == c));
            } else if (c >= 101 && c <= 199) {
                // RFC 3261 §8.1.3.2: an unknown provisional code is treated as 183.
                BOOST_TEST((s && *s == status::session_progress));
            } else if (c >= 200 && c <= 699) {
                // ... and an unknown final code as its class's x00 (all six are registered).
                BOOST_TEST((s && sipcodes::to_int(*s) == c / 100 * 100));
            } else {
                BOOST_TEST(!s.has_value());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(class_of_int_covers_100_to_699)
{
    for (const int c : probe_ints()) {
        const std::optional<status_class> k = sipcodes::class_of(c);
        BOOST_TEST_CONTEXT("int " << c)
        {
            if (c >= 100 && c <= 699) {
                BOOST_TEST((k && static_cast<int>(*k) == c / 100));
            } else {
                BOOST_TEST(!k.has_value());
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(values_made_by_a_cast_are_safe)
{
    // Only a cast can make these; every function must still answer sensibly.
    for (const int c : {0, 99, 101, 198, 409, 499, 699, 700, 999, 65535}) {
        const auto s = static_cast<status>(c);
        BOOST_TEST_CONTEXT("status " << c)
        {
            BOOST_TEST(!sipcodes::is_registered(s));
            BOOST_TEST(sipcodes::reason_phrase(s).empty());
            BOOST_TEST(!sipcodes::is_deprecated(s));
            const sipcodes::status_info i = sipcodes::info(s);
            BOOST_TEST(i.code == c);
            BOOST_TEST(i.description.empty());
            BOOST_TEST(i.when.empty());
            BOOST_TEST(i.fix.empty());
            BOOST_TEST(i.references.empty());
            BOOST_TEST(sipcodes_test::printed(s) == std::to_string(c));
        }
    }
    BOOST_TEST(static_cast<int>(sipcodes::class_of(static_cast<status>(499))) == 4);
    BOOST_TEST(static_cast<int>(sipcodes::class_of(static_cast<status>(999))) == 0);
}

BOOST_AUTO_TEST_CASE(stream_output_is_one_string)
{
    const auto print = [](auto value, auto... manipulators) {
        std::ostringstream os;
        (os << ... << manipulators) << value << '|';
        return os.str();
    };
    BOOST_TEST(print(status::flow_failed) == "430 Flow Failed|");
    BOOST_TEST(print(static_cast<status>(499)) == "499|");
    BOOST_TEST(print(static_cast<status>(65535)) == "65535|");
    BOOST_TEST(print(status_class::client_failure) == "4xx Client Failure|");
    BOOST_TEST(print(static_cast<status_class>(9)) == "9|");
    // The number is decimal whatever the flags; a width pads the whole text.
    BOOST_TEST(print(status::ok, std::hex, std::showpos, std::uppercase) == "200 OK|");
    BOOST_TEST(print(status::ok, std::setw(10)) == "    200 OK|");
    BOOST_TEST(print(status::ok, std::left, std::setfill('.'), std::setw(10)) == "200 OK....|");
    BOOST_TEST(print(status_class::success, std::setw(14)) == "   2xx Success|");
    BOOST_TEST(print(static_cast<status_class>(12), std::hex) == "12|");
    BOOST_TEST(print(status::ok, std::internal, std::setw(8)) == "  200 OK|"); // as for a string
    BOOST_TEST(print(status::ok, std::setw(3)) == "200 OK|");
    std::ostringstream os;
    os << std::setw(8) << status::ok << status::ringing; // the width is used once
    BOOST_TEST(os.str() == "  200 OK180 Ringing");
}

BOOST_AUTO_TEST_CASE(seed_texts_are_verbatim)
{
    // The reference pages' texts for the six codes they cover, unchanged.
    BOOST_TEST(sipcodes::info(status::flow_failed).description ==
               "The specific flow to a user agent has failed but other flows may succeed. Used with SIP outbound (RFC 5626).");
    BOOST_TEST(sipcodes::info(status::flow_failed).when ==
               "When using SIP outbound connections and the specific TCP/TLS connection (flow) to the UA has been lost.");
    BOOST_TEST(sipcodes::info(status::flow_failed).fix ==
               "The proxy should attempt delivery via other registered flows. The UA should re-register to establish a new flow.");
    BOOST_TEST(sipcodes::info(status::accepted).when ==
               "After sending a REFER request for call transfer. The transfer target acknowledges receipt but hasn't completed the transfer yet.");
    BOOST_TEST(sipcodes::info(status::ok).fix ==
               "No fix needed \xE2\x80\x94 this is a success response. The caller should send an ACK to complete the three-way handshake for INVITE transactions.");
    BOOST_TEST(sipcodes::info(status::multiple_choices).fix ==
               "Select one of the provided Contact addresses and resend the request to that specific URI.");
    BOOST_TEST(sipcodes::info(status::moved_permanently).description ==
               "The user can no longer be found at the address in the Request-URI. The client should direct future requests to the new address in the Contact header.");
    BOOST_TEST(sipcodes::info(status::moved_temporarily).when ==
               "When a user is temporarily reachable at a different location, such as when traveling or using a different device.");
}

BOOST_AUTO_TEST_CASE(texts_are_distinct)
{
    // A copy-paste slip in the spec shows up as two codes sharing a text.
    std::set<std::string_view> seen;
    for (const status s : sipcodes::all_statuses) {
        const sipcodes::status_info i = sipcodes::info(s);
        for (const std::string_view text : {i.description, i.when, i.fix}) {
            BOOST_TEST_CONTEXT("code " << i.code << ": " << text)
            {
                BOOST_TEST(seen.insert(text).second);
            }
        }
    }
}
