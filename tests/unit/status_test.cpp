// sipcodes/status.hpp: every registered code against an independent copy of
// the IANA registry, and every look-up on every int from -1000 to 2000.
#include <sipcodes/status.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_status
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"
#include "probe_ints.hpp"

#include <climits>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using sipcodes::status;
using sipcodes::status_class;

using sipcodes_test::find_row;
using sipcodes_test::registry;
using sipcodes_test::registry_row;

using sipcodes_test::probe_ints;

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
            (row == nullptr && sipcodes::is_deprecated(s))) {
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
        }
    }
    BOOST_TEST(static_cast<int>(sipcodes::class_of(static_cast<status>(499))) == 4);
    BOOST_TEST(static_cast<int>(sipcodes::class_of(static_cast<status>(999))) == 0);
}
