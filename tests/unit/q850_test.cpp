// sipcodes/q850.hpp: Q.850 causes and RFC 3398's tables, row by row against a
// copy typed from the RFC (tests/support/rfc3398_tables.hpp), and every
// registered code (tests/support/iana_registry.hpp) mapped or explicitly not.
#include <sipcodes/q850.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_q850
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"
#include "rfc3398_tables.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

using namespace sipcodes;
namespace rfc = sipcodes_test::rfc3398;

namespace {

int number(std::optional<status> s)
{
    return s ? to_int(*s) : 0;
}

int number(std::optional<q850> c)
{
    return c ? to_int(*c) : 0;
}

bool is(const char* condition, std::string_view what)
{
    return std::string_view(condition) == what;
}

/// The RFC's §7.2.4.1 row for `cause` without a condition, or nullptr.
const rfc::cause_row* row_of_7241(int cause)
{
    for (const auto& row : rfc::cause_to_status) {
        if (row.cause == cause && is(row.condition, "")) {
            return &row;
        }
    }
    return nullptr;
}

bool listed_in_8261(int code)
{
    for (const auto& row : rfc::status_to_cause) {
        if (row.status == code) {
            return true;
        }
    }
    return false;
}

} // namespace

BOOST_AUTO_TEST_CASE(causes_are_q850s)
{
    int count = 0;
    for (int c = -5; c <= 300; ++c) {
        bool defined = false;
        for (const int v : rfc::q850_values) {
            defined = defined || v == c;
        }
        BOOST_TEST_CONTEXT("cause " + std::to_string(c))
        {
            const auto cause = to_q850(c);
            BOOST_TEST(cause.has_value() == defined);
            if (cause) {
                ++count;
                BOOST_TEST(to_int(*cause) == c);
                BOOST_TEST(!q850_name(*cause).empty());
                BOOST_TEST(static_cast<int>(class_of(*cause)) == (c < 32 ? 0 : c >> 4));
                BOOST_TEST(!q850_class_name(class_of(*cause)).empty());
            }
        }
    }
    BOOST_TEST(count == static_cast<int>(q850_count));
    BOOST_TEST(q850_name(q850::user_busy) == "User busy");
    BOOST_TEST(q850_name(q850::interworking_unspecified) == "Interworking, unspecified");
    BOOST_TEST(q850_name(static_cast<q850>(0)).empty());
    BOOST_TEST(q850_name(static_cast<q850>(200)).empty());
    BOOST_TEST(q850_class_name(q850_class::resource_unavailable) == "Resource unavailable");
    BOOST_TEST(q850_class_name(static_cast<q850_class>(1)).empty());
    for (std::size_t i = 1; i < all_q850.size(); ++i) {
        BOOST_TEST(to_int(all_q850[i - 1]) < to_int(all_q850[i]));
    }
}

BOOST_AUTO_TEST_CASE(every_cause_either_table_names_is_a_q850)
{
    for (const auto& row : rfc::cause_to_status) {
        BOOST_TEST(to_q850(row.cause).has_value(), "cause " << row.cause);
    }
    for (const auto& row : rfc::status_to_cause) {
        if (row.cause != 0) {
            BOOST_TEST(to_q850(row.cause).has_value(), "cause " << row.cause);
        }
    }
}

BOOST_AUTO_TEST_CASE(section_7_2_4_1_row_by_row)
{
    int rows = 0;
    for (const auto& row : rfc::cause_to_status) {
        BOOST_TEST_CONTEXT("cause " << row.cause << " -> " << row.status << " " << row.condition)
        {
            const q850 c = *to_q850(row.cause);
            if (is(row.condition, "user")) {
                BOOST_TEST(number(status_for_q850(c, cause_location::user, cause_diagnostic::absent)) == row.status);
            } else if (is(row.condition, "diagnostic")) {
                BOOST_TEST(number(status_for_q850(c, cause_location::transit, cause_diagnostic::present)) ==
                           row.status);
            } else {
                ++rows;
                BOOST_TEST(number(status_for_q850(c)) == row.status);
                // Without the conditions, the default row.
                BOOST_TEST(number(status_for_q850(c, cause_location::public_local, cause_diagnostic::absent)) ==
                           row.status);
            }
        }
    }
    BOOST_TEST(rows == 32);
    // A cause the table does not list: the default 500, except 44 (no response).
    for (const q850 c : all_q850) {
        if (row_of_7241(to_int(c)) == nullptr) {
            const int expected = to_int(c) == rfc::untranslatable_cause ? 0 : rfc::default_status;
            BOOST_TEST(number(status_for_q850(c)) == expected, "cause " << to_int(c));
            BOOST_TEST(number(status_for_q850(c, cause_location::user, cause_diagnostic::present)) == expected);
        }
    }
    // The conditions change only their own rows.
    BOOST_TEST(number(status_for_q850(q850::call_rejected, cause_location::user, cause_diagnostic::present)) == 603);
    BOOST_TEST(number(status_for_q850(q850::number_changed, cause_location::user, cause_diagnostic::absent)) == 410);
    BOOST_TEST(number(status_for_q850(q850::user_busy, cause_location::user, cause_diagnostic::present)) == 486);
    BOOST_TEST(!status_for_q850(q850::normal_call_clearing, cause_location::user, cause_diagnostic::present));
    BOOST_TEST(!status_for_q850(static_cast<q850>(0)).has_value());
    BOOST_TEST(!status_for_q850(static_cast<q850>(200)).has_value());
}

BOOST_AUTO_TEST_CASE(every_cause_value_has_a_row_the_default_or_none)
{
    // Every value 1..127, those Q.850 (05/1998) does not define included (a later
    // amendment's 14 or 24 is a "cause value other than those listed" too).
    int by_row = 0;
    int by_default = 0;
    int none = 0;
    for (int value = 1; value <= 127; ++value) {
        BOOST_TEST_CONTEXT("cause " << value)
        {
            const auto c = static_cast<q850>(value);
            const std::string_view note = q850_mapping_note(c);
            BOOST_TEST(!note.empty());
            if (const rfc::cause_row* row = row_of_7241(value)) {
                ++by_row;
                BOOST_TEST(number(status_for_q850(c)) == row->status);
                BOOST_TEST(note.find("default") == std::string_view::npos);
                if (row->status == 0) {
                    ++none; // 16: the reason, then the section
                    BOOST_TEST(note.find("(RFC 3398 §7.2.4.1") != std::string_view::npos);
                    BOOST_TEST(note.size() > std::string_view("RFC 3398 §7.2.4.1 (*)").size() + 10);
                } else {
                    BOOST_TEST(note.find("RFC 3398 §7.2.4.1") == 0u);
                }
            } else if (value == rfc::untranslatable_cause) {
                ++none;
                BOOST_TEST(!status_for_q850(c).has_value());
                BOOST_TEST(!status_for_q850(c, cause_location::user, cause_diagnostic::present).has_value());
                BOOST_TEST(note.find("RFC 3398 §7.2.4.1") != std::string_view::npos);
                BOOST_TEST(note.find("IAM") != std::string_view::npos);
            } else {
                ++by_default;
                BOOST_TEST(number(status_for_q850(c)) == rfc::default_status);
                BOOST_TEST(number(status_for_q850(c, cause_location::user, cause_diagnostic::present)) ==
                           rfc::default_status);
                BOOST_TEST(note == "RFC 3398 §7.2.4.1, the default for a cause the table does not list");
            }
        }
    }
    BOOST_TEST(by_row == 32);
    BOOST_TEST(none == 2); // 16 and 44
    BOOST_TEST(by_row + by_default == 126);
    BOOST_TEST(q850_mapping_note(static_cast<q850>(0)).empty());
    BOOST_TEST(q850_mapping_note(static_cast<q850>(128)).empty());
    BOOST_TEST(q850_mapping_note(static_cast<q850>(255)).empty());
    BOOST_TEST(number(status_for_q850(static_cast<q850>(24))) == 500); // Amd.1, not in the spec
    BOOST_TEST(!to_q850(24).has_value());
}

BOOST_AUTO_TEST_CASE(section_8_2_6_1_row_by_row)
{
    for (const auto& row : rfc::status_to_cause) {
        BOOST_TEST_CONTEXT(row.printed << " (" << row.status << ") -> " << row.cause << " " << row.condition)
        {
            const status s = *to_status(row.status);
            if (is(row.condition, "challenge")) {
                BOOST_TEST(!q850_for_status(s).has_value());
                BOOST_TEST(number(q850_for_status(s, challenge::unanswerable)) == row.cause);
                BOOST_TEST(!q850_for_status(s, challenge::answerable).has_value());
            } else if (is(row.condition, "by Warning header")) {
                BOOST_TEST(!q850_for_status(s).has_value());
                BOOST_TEST(number(q850_for_status(s, warn_code::miscellaneous_warning)) == rfc::warning_default_cause);
                BOOST_TEST(number(q850_for_status(s, warn_code::incompatible_media_format)) ==
                           rfc::warning_default_cause);
                BOOST_TEST(number(q850_for_status(s, warn_code::media_type_not_available)) ==
                           rfc::bearer_capability_cause);
                BOOST_TEST(number(q850_for_status(s, warn_code::insufficient_bandwidth)) ==
                           rfc::bearer_capability_cause);
                BOOST_TEST(number(q850_for_status(s, static_cast<warn_code>(999))) == rfc::warning_default_cause);
            } else if (is(row.condition, "no mapping")) {
                BOOST_TEST(!q850_for_status(s).has_value());
                BOOST_TEST(!q850_for_status(s, challenge::unanswerable).has_value());
                BOOST_TEST(!q850_for_status(s, warn_code::insufficient_bandwidth).has_value());
            } else {
                BOOST_TEST(number(q850_for_status(s)) == row.cause);
                // The other overloads do not change an unconditional row.
                BOOST_TEST(number(q850_for_status(s, challenge::answerable)) == row.cause);
                BOOST_TEST(number(q850_for_status(s, warn_code::insufficient_bandwidth)) == row.cause);
            }
            BOOST_TEST(q850_mapping_note(s).find("RFC 3398") != std::string_view::npos);
        }
    }
    // The misprinted row is read as 505; 504 keeps its own row.
    BOOST_TEST(number(q850_for_status(status::server_time_out)) == 102);
    BOOST_TEST(number(q850_for_status(status::version_not_supported)) == 127);
}

BOOST_AUTO_TEST_CASE(every_registered_code_maps_or_says_why_not)
{
    int mapped = 0;
    int unmapped = 0;
    for (const auto& entry : sipcodes_test::registry) {
        BOOST_TEST_CONTEXT(entry.code)
        {
            const status s = *to_status(entry.code);
            const std::string_view note = q850_mapping_note(s);
            BOOST_TEST(!note.empty());
            if (!listed_in_8261(entry.code)) {
                // §8.2.6.1: a rejection the table does not list maps to 31;
                // provisional, success and redirection release nothing.
                const int expected = entry.code >= 400 ? rfc::unlisted_cause : 0;
                BOOST_TEST(number(q850_for_status(s)) == expected);
                BOOST_TEST(number(q850_for_status(s, challenge::unanswerable)) == expected);
                BOOST_TEST(number(q850_for_status(s, warn_code::insufficient_bandwidth)) == expected);
            }
            const bool some = q850_for_status(s).has_value() ||
                              q850_for_status(s, challenge::unanswerable).has_value() ||
                              q850_for_status(s, warn_code::miscellaneous_warning).has_value();
            if (some) {
                ++mapped;
            } else {
                ++unmapped;
                // No cause: the note gives the reason, not only a section.
                BOOST_TEST(note.size() > std::string_view("RFC 3398 §8.2.6.1").size() + 10);
            }
        }
    }
    BOOST_TEST(mapped + unmapped == 75);
    BOOST_TEST(unmapped == 15); // 6 x 1xx, 3 x 2xx, 5 x 3xx, 487
}

BOOST_AUTO_TEST_CASE(an_unregistered_value_maps_by_its_class)
{
    // §8.2.6.1: a code "associated with SIP extensions, versions of SIP subsequent
    // to the issue of this document" maps to 31 even if the registry does not
    // hold it yet; below 400 nothing is released; outside 100..699 is no code.
    for (int code = 0; code <= 800; ++code) {
        if (to_status(code)) {
            continue;
        }
        BOOST_TEST_CONTEXT("value " << code)
        {
            const auto s = static_cast<status>(code);
            const bool in_range = code >= 100 && code <= 699;
            const int expected = in_range && code >= 400 ? rfc::unlisted_cause : 0;
            BOOST_TEST(number(q850_for_status(s)) == expected);
            BOOST_TEST(number(q850_for_status(s, challenge::unanswerable)) == expected);
            BOOST_TEST(number(q850_for_status(s, warn_code::insufficient_bandwidth)) == expected);
            BOOST_TEST(q850_mapping_note(s).empty() == !in_range);
            if (in_range) {
                BOOST_TEST(q850_mapping_note(s).find("RFC 3398 §8.2") != std::string_view::npos);
            }
        }
    }
    BOOST_TEST(q850_mapping_note(static_cast<status>(499)) == "RFC 3398 §8.2.6.1, a code the table does not list");
    BOOST_TEST(q850_mapping_note(static_cast<status>(399)).find("RFC 3398 §8.2.5") != std::string_view::npos);
}

namespace {

constexpr bool every_code_has_a_row_or_a_reason()
{
    for (const status s : all_statuses) {
        if (q850_mapping_note(s).empty()) {
            return false;
        }
    }
    return true;
}

constexpr bool every_cause_value_has_a_row_the_default_or_a_reason()
{
    for (int value = 1; value <= 127; ++value) {
        if (q850_mapping_note(static_cast<q850>(value)).empty()) {
            return false;
        }
    }
    return true;
}

} // namespace

// The proof at compile time: every code of the spec maps somewhere or says why
// not, and so does every cause value.
static_assert(every_code_has_a_row_or_a_reason());
static_assert(every_cause_value_has_a_row_the_default_or_a_reason());
static_assert(status_for_q850(q850::channel_unacceptable) == status::server_internal_error);
static_assert(!status_for_q850(q850::requested_circuit_not_available));
static_assert(status_for_q850(q850::user_busy) == status::busy_here);
static_assert(q850_for_status(status::busy_everywhere) == q850::user_busy);
