// sipcodes/io.hpp: a status or a class printed as one string, whatever the
// stream's flags.
#include <sipcodes/io.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_io
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"

#include <iomanip>
#include <sstream>
#include <string>

namespace {

using sipcodes::status;
using sipcodes::status_class;

using sipcodes_test::registry;
using sipcodes_test::registry_row;

std::string printed(status s)
{
    std::ostringstream os;
    os << s;
    return os.str();
}

} // namespace

BOOST_AUTO_TEST_CASE(every_code_prints_its_number_and_phrase)
{
    for (const registry_row& row : registry) {
        BOOST_TEST_CONTEXT("code " << row.code)
        {
            BOOST_TEST(printed(row.value) == std::to_string(row.code) + " " + std::string(row.phrase));
        }
    }
}

BOOST_AUTO_TEST_CASE(values_made_by_a_cast_print_their_number)
{
    for (const int c : {0, 99, 101, 198, 409, 499, 699, 700, 999, 65535}) {
        BOOST_TEST_CONTEXT("status " << c)
        {
            BOOST_TEST(printed(static_cast<status>(c)) == std::to_string(c));
        }
    }
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
