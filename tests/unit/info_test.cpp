// sipcodes/info.hpp: every record against an independent copy of the IANA
// registry, the texts' shape, and empty records for values made by a cast.
#include <sipcodes/info.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_info
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"

#include <set>
#include <string_view>

namespace {

using sipcodes::status;

using sipcodes_test::find_row;
using sipcodes_test::registry;
using sipcodes_test::registry_row;

} // namespace

BOOST_AUTO_TEST_CASE(every_record_matches_the_registry)
{
    for (const registry_row& row : registry) {
        BOOST_TEST_CONTEXT("code " << row.code)
        {
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
        }
    }
}

BOOST_AUTO_TEST_CASE(every_unregistered_status_value_has_no_texts)
{
    // All 65,536 values the enum can hold; only a cast makes the unregistered ones.
    for (int c = 0; c <= 0xffff; ++c) {
        if (find_row(c) == nullptr && !sipcodes::info(static_cast<status>(c)).description.empty()) {
            BOOST_ERROR("status value " << c << " is not registered but has a description");
        }
    }
}

BOOST_AUTO_TEST_CASE(values_made_by_a_cast_are_safe)
{
    for (const int c : {0, 99, 101, 198, 409, 499, 699, 700, 999, 65535}) {
        BOOST_TEST_CONTEXT("status " << c)
        {
            const sipcodes::status_info i = sipcodes::info(static_cast<status>(c));
            BOOST_TEST(i.code == c);
            BOOST_TEST(i.description.empty());
            BOOST_TEST(i.when.empty());
            BOOST_TEST(i.fix.empty());
            BOOST_TEST(i.references.empty());
        }
    }
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
               "After sending a REFER request for call transfer. The transferee acknowledges receipt but hasn't completed the transfer yet.");
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
