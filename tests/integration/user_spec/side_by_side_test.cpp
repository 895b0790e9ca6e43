// The standard API and a user spec's in one file, the standard one first (the
// other test file includes them the other way round): both sets of functions
// resolve to their own spec, whatever the argument types they share (layout,
// status_line, the sinks). Built in both table layouts.
#include <sipcodes/io.hpp>
#include <sipcodes/sipcodes.hpp>
#include <demo_codes/demo_codes.hpp>
#include <demo_codes/io.hpp>

#include <boost/test/unit_test.hpp>

#include <sstream>
#include <string>

BOOST_AUTO_TEST_CASE(both_specs_answer_for_themselves_in_one_file)
{
    static_assert(demo::sip::render_comparison(demo::sip::status::ok, demo::sip::status::vendor_quota_exceeded,
                                               demo::sip::locale::en, demo::sip::layout::lines, nullptr, 0) > 0);
    static_assert(sipcodes::render_comparison(sipcodes::status::ok, sipcodes::status::flow_failed,
                                              sipcodes::locale::en, sipcodes::layout::lines, nullptr, 0) > 0);
    static_assert(!sipcodes::to_status(499) && demo::sip::to_status(499));
    static_assert(demo::sip::parse_status_line("SIP/2.0 499 Vendor\r\n")->code == 499);
    std::ostringstream out;
    out << sipcodes::status::flow_failed << '|' << demo::sip::status::vendor_quota_exceeded;
    BOOST_TEST(out.str() == "430 Flow Failed|499 Vendor Quota Exceeded");
}

BOOST_AUTO_TEST_CASE(the_user_specs_longest_page_is_its_max_page_size)
{
    using namespace demo::sip;
    std::size_t largest = 0;
    std::string page(max_page_size, '\0');
    for (const status a : all_statuses) {
        for (const status b : all_statuses) {
            for (const locale l : all_locales) {
                for (const layout y : {layout::lines, layout::sections}) {
                    for (const texts t : {texts::localized, texts::reference}) {
                        if (a == b) {
                            continue;
                        }
                        const std::size_t n = render_comparison(a, b, l, y, page.data(), page.size(), t);
                        BOOST_TEST(n <= max_page_size);
                        largest = n > largest ? n : largest;
                    }
                }
            }
        }
    }
    BOOST_TEST(largest == max_page_size);
}
