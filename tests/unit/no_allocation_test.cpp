// Proves that no function of the library allocates: operator new and malloc
// are replaced by counting versions, and every function runs on every input
// between two readings of the counter.
#include <sipcodes/sipcodes.hpp>

#define BOOST_TEST_MODULE sipcodes_no_allocation
#include <boost/test/unit_test.hpp>

#include "allocation_counter.hpp"

#include <cstddef>

using sipcodes_test::allocation_count;

BOOST_AUTO_TEST_CASE(counter_sees_allocations)
{
    // The counter works: otherwise the next test could not fail.
    BOOST_TEST(sipcodes_test::counter_works());
}

BOOST_AUTO_TEST_CASE(no_function_allocates)
{
    std::size_t checksum = 0;
    const long before = allocation_count();
    for (int c = -1000; c <= 2000; ++c) {
        if (const auto s = sipcodes::to_status(c)) {
            const sipcodes::status_info i = sipcodes::info(*s);
            checksum += i.phrase.size() + i.description.size() + i.when.size() + i.fix.size() + i.references.size();
            checksum += sipcodes::reason_phrase(*s).size() + sipcodes::class_name(sipcodes::class_of(*s)).size();
            checksum += sipcodes::is_final(*s) + sipcodes::is_failure(*s) + sipcodes::is_provisional(*s) +
                        sipcodes::is_success(*s) + sipcodes::is_redirection(*s) + sipcodes::is_deprecated(*s) +
                        sipcodes::is_client_failure(*s) + sipcodes::is_server_failure(*s) +
                        sipcodes::is_global_failure(*s) + sipcodes::is_registered(*s);
        }
        if (const auto k = sipcodes::canonical(c)) {
            checksum += static_cast<std::size_t>(sipcodes::to_int(*k));
        }
        if (const auto k = sipcodes::class_of(c)) {
            checksum += static_cast<std::size_t>(*k);
        }
        const sipcodes::status_info raw = sipcodes::info(static_cast<sipcodes::status>(c & 0xffff));
        checksum += raw.description.size();
    }
    const long after = allocation_count();
    BOOST_TEST(after == before);
    BOOST_TEST(checksum > 0u);
}

BOOST_AUTO_TEST_CASE(gateway_functions_do_not_allocate)
{
    using namespace sipcodes;
    std::size_t checksum = 0;
    char buffer[160];
    const long before = allocation_count();
    for (int c = -10; c <= 300; ++c) {
        if (const auto cause = to_q850(c)) {
            checksum += q850_name(*cause).size() + q850_class_name(class_of(*cause)).size() +
                        q850_mapping_note(*cause).size();
            checksum += format_reason(*cause, buffer, sizeof buffer);
            for (const auto where : {cause_location::user, cause_location::transit}) {
                for (const auto diagnostic : {cause_diagnostic::absent, cause_diagnostic::present}) {
                    const auto s = status_for_q850(*cause, where, diagnostic);
                    checksum += s ? static_cast<std::size_t>(to_int(*s)) : 0u;
                }
            }
            const auto s = status_for_q850(*cause);
            checksum += s ? static_cast<std::size_t>(to_int(*s)) : 0u;
        }
        if (const auto w = to_warn_code(c + 200)) {
            checksum += warn_text(*w).size() + format_warning(*w, "gw.example.com", buffer, sizeof buffer);
        }
    }
    for (const status s : all_statuses) {
        for (const auto cause : {q850_for_status(s), q850_for_status(s, challenge::unanswerable),
                                 q850_for_status(s, warn_code::insufficient_bandwidth)}) {
            checksum += cause ? static_cast<std::size_t>(to_int(*cause)) : 0u;
        }
        checksum += q850_mapping_note(s).size() + format_reason(s, buffer, sizeof buffer);
    }
    for (const char* text : {"SIP ;cause=200 ;text=\"Call completed elsewhere\"", "Q.850;cause=16;location=LN",
                             "bad", "370 gw1.example.com \"Insufficient bandwidth\""}) {
        if (const auto r = parse_reason(text)) {
            checksum += format_reason(*r, buffer, sizeof buffer);
        }
        if (const auto w = parse_warning(text)) {
            checksum += format_warning(*w, buffer, sizeof buffer);
        }
        checksum += is_registered_reason_protocol(text);
    }
    const long after = allocation_count();
    BOOST_TEST(after == before);
    BOOST_TEST(checksum > 0u);
}

BOOST_AUTO_TEST_CASE(no_page_allocates)
{
    static char buffer[sipcodes::max_html_size > sipcodes::max_page_size ? sipcodes::max_html_size
                                                                          : sipcodes::max_page_size];
    std::size_t checksum = 0;
    const long before = allocation_count();
    for (const sipcodes::locale l : sipcodes::all_locales) {
        for (const sipcodes::texts t : {sipcodes::texts::localized, sipcodes::texts::reference}) {
            checksum += sipcodes::render_comparison(sipcodes::status::moved_temporarily, sipcodes::status::flow_failed,
                                                    l, sipcodes::layout::sections, buffer, sizeof buffer, t);
            checksum += sipcodes::render_comparison_html(sipcodes::status::ok, sipcodes::status::decline, l, buffer,
                                                         sizeof buffer, t);
            checksum += sipcodes::render_code_html(sipcodes::status::busy_here, l, buffer, sizeof buffer, t);
        }
        checksum += sipcodes::class_name(sipcodes::status_class::global_failure, l).size();
        checksum += sipcodes::localized(sipcodes::status::busy_here, l).fix.size();
    }
    const long after = allocation_count();
    BOOST_TEST(after == before);
    BOOST_TEST(checksum > 0u);
}
