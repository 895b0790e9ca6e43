// sipcodes/warning.hpp: the Warning codes against the IANA registry typed by hand.
#include <sipcodes/warning.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_warning
#include <boost/test/unit_test.hpp>

#include "warn_registry.hpp"

#include <iterator>

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
