// sipcodes/method.hpp: the methods registry, and can_answer / impact_on_dialog
// for every registered code x every registered method against the rules typed
// from the RFC texts in tests/support/method_rules.hpp.
#include <sipcodes/method.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_method
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"
#include "method_rules.hpp"

#include <sipcodes/io.hpp> // statuses in failure messages

#include <cstddef>
#include <string>
#include <string_view>

using sipcodes::dialog_impact;
using sipcodes::method;
using sipcodes::status;

BOOST_AUTO_TEST_CASE(the_registry_has_14_methods_in_its_order)
{
    BOOST_TEST(sipcodes::method_count == 14u);
    BOOST_TEST(std::size(sipcodes_test::method_registry) == sipcodes::all_methods.size());
    for (std::size_t i = 0; i < sipcodes::all_methods.size(); ++i) {
        const auto& row = sipcodes_test::method_registry[i];
        BOOST_TEST(static_cast<int>(sipcodes::all_methods[i]) == static_cast<int>(row.value));
        BOOST_TEST(sipcodes::method_name(row.value) == row.name);
        BOOST_TEST((sipcodes::to_method(row.name) == row.value));
    }
}

BOOST_AUTO_TEST_CASE(method_names_are_case_sensitive_tokens)
{
    // RFC 3261 §7.1: method names are case-sensitive.
    BOOST_TEST(!sipcodes::to_method("invite"));
    BOOST_TEST(!sipcodes::to_method("Invite"));
    BOOST_TEST(!sipcodes::to_method("INVITE "));
    BOOST_TEST(!sipcodes::to_method(""));
    BOOST_TEST(!sipcodes::to_method("SUBSCRIBES"));
    BOOST_TEST(!sipcodes::to_method(std::string_view("INVITE\0", 7)));
    // RFC 3261 §25.1: extension-method = token. Not registered, not malformed.
    for (const std::string_view extension : {"invite", "FOO", "X-OPEN", "a.b!%*_+`'~-9"}) {
        BOOST_TEST_CONTEXT(extension)
        {
            BOOST_TEST(!sipcodes::to_method(extension));
            BOOST_TEST(sipcodes::is_method_token(extension));
        }
    }
    for (const std::string_view malformed : {"", "IN VITE", "INVITE\r\n", "A/B", "\"Q\"", "A:B", "N\xc3\xa9"}) {
        BOOST_TEST_CONTEXT(malformed) { BOOST_TEST(!sipcodes::is_method_token(malformed)); }
    }
    for (const auto& row : sipcodes_test::method_registry) {
        BOOST_TEST(sipcodes::is_method_token(row.name));
    }
    // Every single byte: a token character exactly when RFC 3261 §25.1 lists it.
    const std::string_view listed = "-.!%*_+`'~";
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        BOOST_TEST(sipcodes::is_method_token(std::string_view(&c, 1)) == (alnum || listed.find(c) != listed.npos),
                   "byte " << b);
    }
}

BOOST_AUTO_TEST_CASE(values_that_are_not_methods)
{
    const auto bad = static_cast<method>(sipcodes::method_count);
    BOOST_TEST(sipcodes::method_name(bad).empty());
    BOOST_TEST(!sipcodes::can_answer(status::ok, bad));
    BOOST_TEST(!sipcodes::can_answer(status::ok, static_cast<method>(255)));
    BOOST_TEST(sipcodes::impact_on_dialog(status::ok, bad) == dialog_impact::none);
    BOOST_TEST(sipcodes::impact_on_dialog(status::not_found, bad) == dialog_impact::dialog);
}

BOOST_AUTO_TEST_CASE(can_answer_every_code_and_method)
{
    std::size_t legal = 0;
    for (const auto& code : sipcodes_test::registry) {
        for (const auto& m : sipcodes_test::method_registry) {
            BOOST_TEST_CONTEXT(code.code << " to " << m.name)
            {
                const bool expected = sipcodes_test::rfc_can_answer(code.code, m.name);
                BOOST_TEST(sipcodes::can_answer(code.value, m.value) == expected);
                legal += expected ? 1 : 0;
            }
        }
    }
    BOOST_TEST(legal == 785u); // of 75 x 14 = 1,050 pairs
    // Nothing answers ACK; unregistered codes answer nothing.
    for (const status s : sipcodes::all_statuses) {
        BOOST_TEST(!sipcodes::can_answer(s, method::ack));
    }
    for (const int unregistered : {0, 99, 101, 299, 499, 699, 700, 1000}) {
        for (const method m : sipcodes::all_methods) {
            BOOST_TEST(!sipcodes::can_answer(static_cast<status>(unregistered), m));
        }
    }
}

BOOST_AUTO_TEST_CASE(impact_on_dialog_every_code_and_method)
{
    std::size_t counts[4] = {};
    for (const auto& code : sipcodes_test::registry) {
        for (const auto& m : sipcodes_test::method_registry) {
            BOOST_TEST_CONTEXT(code.code << " to " << m.name)
            {
                const dialog_impact got = sipcodes::impact_on_dialog(code.value, m.value);
                BOOST_TEST(static_cast<int>(got) == sipcodes_test::rfc_impact(code.code, m.name));
                ++counts[static_cast<std::size_t>(got)];
            }
        }
    }
    BOOST_TEST(counts[0] == 9u * 14u); // 1xx and 2xx
    BOOST_TEST(counts[3] == 9u * 14u); // 404 410 416 482 483 484 485 502 604
}

BOOST_AUTO_TEST_CASE(unregistered_codes_act_as_their_canonical_code)
{
    // RFC 3261 §8.1.3.2: an unknown final code x yz is treated as x00; an unknown 1xx as 183.
    for (int code = 100; code <= 699; ++code) {
        const auto fallback = sipcodes::canonical(code);
        BOOST_TEST_REQUIRE(fallback.has_value());
        for (const method m : sipcodes::all_methods) {
            BOOST_TEST(sipcodes::impact_on_dialog(static_cast<status>(code), m) ==
                           sipcodes::impact_on_dialog(*fallback, m),
                       code);
        }
    }
    for (const int outside : {0, 99, 700, 1000, 65535}) {
        BOOST_TEST(sipcodes::impact_on_dialog(static_cast<status>(outside), method::invite) == dialog_impact::none);
    }
}

BOOST_AUTO_TEST_CASE(examples_of_the_issue)
{
    BOOST_TEST(!sipcodes::can_answer(status::ringing, method::options));
    BOOST_TEST(sipcodes::can_answer(status::trying, method::options));
    BOOST_TEST(sipcodes::can_answer(status::no_notification, method::subscribe));
    BOOST_TEST(sipcodes::can_answer(status::conditional_request_failed, method::publish));
    BOOST_TEST(!sipcodes::can_answer(status::interval_too_brief, method::invite));
    BOOST_TEST(sipcodes::can_answer(status::bad_info_package, method::info));
    BOOST_TEST(!sipcodes::can_answer(status::request_timeout, method::info)); // pjproject #4936
    BOOST_TEST(sipcodes::impact_on_dialog(status::request_timeout, method::info) == dialog_impact::usage);
    BOOST_TEST(sipcodes::impact_on_dialog(status::busy_here, method::invite) == dialog_impact::transaction_only);
    BOOST_TEST(sipcodes::impact_on_dialog(status::ok, method::bye) == dialog_impact::none);
    // RFC 5057 §5.1 Tables 1-2 and notes (3), (7), (10); RFC 6665 §4.1.2.2, §4.2.2.
    BOOST_TEST(sipcodes::impact_on_dialog(status::forbidden, method::notify) == dialog_impact::transaction_only);
    BOOST_TEST(sipcodes::impact_on_dialog(status::temporarily_unavailable, method::info) == dialog_impact::usage);
    BOOST_TEST(sipcodes::impact_on_dialog(status::too_many_hops, method::bye) == dialog_impact::dialog);
    BOOST_TEST(sipcodes::impact_on_dialog(status::not_implemented, method::notify) == dialog_impact::usage);
    BOOST_TEST(sipcodes::impact_on_dialog(status::not_implemented, method::info) == dialog_impact::transaction_only);
    // RFC 3892 §5, §2.3: the refer target answers the referenced request (an INVITE) with 429.
    BOOST_TEST(sipcodes::can_answer(status::provide_referrer_identity, method::invite));
    BOOST_TEST(!sipcodes::can_answer(status::provide_referrer_identity, method::cancel));
    BOOST_TEST(sipcodes::dialog_impact_name(dialog_impact::transaction_only) == "transaction_only");
    BOOST_TEST(sipcodes::dialog_impact_name(static_cast<dialog_impact>(9)).empty());
}
