// sipcodes/compare.hpp: RFC 3261 §16.7 best-response selection, upstream_status
// and what compare() tells apart.
#include <sipcodes/compare.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_compare
#include <boost/test/unit_test.hpp>

#include <sipcodes/io.hpp> // statuses in failure messages

#include <array>
#include <vector>

using namespace sipcodes;

namespace {

struct preference {
    int winner;
    int loser;
};

// Each row: the first code wins over the second, in either argument order.
const preference preferences[] = {
    // A 2xx beats everything (step 5: forwarded at once).
    {200, 600}, {200, 603}, {200, 180}, {202, 486}, {204, 302}, {200, 503},
    // Any 6xx beats 3xx-5xx (step 6).
    {600, 300}, {603, 401}, {604, 500}, {606, 302}, {607, 484}, {608, 503},
    // Otherwise the lowest class.
    {300, 400}, {302, 404}, {380, 500}, {305, 503}, {404, 500}, {486, 503}, {430, 502},
    // Within 4xx: 401, 407, 415, 420, 484 help the caller resubmit.
    {401, 404}, {407, 486}, {415, 403}, {420, 480}, {484, 488}, {401, 400}, {484, 403},
    // Within 5xx: 503 ranks below every other 5xx.
    {500, 503}, {502, 503}, {504, 503}, {513, 503}, {580, 503},
    // Ties go to the lower code, so order does not matter.
    {404, 486}, {400, 403}, {401, 407}, {500, 502}, {600, 603}, {300, 302}, {200, 202},
    // A final response beats a provisional one.
    {486, 180}, {503, 183}, {604, 100},
};

status as_status(int code)
{
    const auto s = to_status(code);
    // cppcheck-suppress unusedScopedObject ; cppcheck misreads the macro's message expression
    BOOST_REQUIRE_MESSAGE(s.has_value(), code << " is not registered");
    return *s;
}

} // namespace

BOOST_AUTO_TEST_CASE(preferred_response_follows_rfc3261_16_7)
{
    for (const preference& p : preferences) {
        BOOST_TEST_CONTEXT(p.winner << " over " << p.loser)
        {
            const status w = as_status(p.winner);
            const status l = as_status(p.loser);
            BOOST_TEST(to_int(preferred_response(w, l)) == p.winner);
            BOOST_TEST(to_int(preferred_response(l, w)) == p.winner);
        }
    }
}

BOOST_AUTO_TEST_CASE(preferred_response_is_a_total_order)
{
    // Symmetric, idempotent and transitive over every registered final code.
    std::vector<status> finals;
    for (const status s : all_statuses) {
        if (is_final(s)) {
            finals.push_back(s);
        }
    }
    for (const status a : finals) {
        BOOST_TEST(preferred_response(a, a) == a);
        for (const status b : finals) {
            const status ab = preferred_response(a, b);
            if (ab != preferred_response(b, a) || (ab != a && ab != b)) {
                BOOST_ERROR("not symmetric for " << a << " and " << b);
            }
            for (const status c : finals) {
                if (preferred_response(a, b) == a && preferred_response(b, c) == b && preferred_response(a, c) != a) {
                    BOOST_ERROR("not transitive: " << a << " > " << b << " > " << c);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(best_response_over_a_response_context)
{
    BOOST_TEST((best_response({status::busy_here, status::not_found, status::busy_everywhere}) == status::busy_everywhere));
    BOOST_TEST((best_response({status::service_unavailable, status::server_time_out}) == status::server_time_out));
    BOOST_TEST((best_response({status::service_unavailable}) == status::service_unavailable));
    BOOST_TEST((best_response({status::not_found, status::unauthorized, status::proxy_authentication_required}) ==
                status::unauthorized));
    BOOST_TEST((best_response({status::decline, status::ok}) == status::ok));
    const std::array<status, 4> forked{status::request_timeout, status::temporarily_unavailable, status::moved_temporarily,
                                       status::server_internal_error};
    BOOST_TEST((best_response(forked) == status::moved_temporarily));
    BOOST_TEST((best_response(forked.data(), forked.size()) == status::moved_temporarily));
    const std::vector<status> none;
    BOOST_TEST(!best_response(none).has_value());
    // Provisional responses are never the answer (§16.7 step 6): only finals count.
    BOOST_TEST(!best_response({status::trying, status::ringing}).has_value());
    BOOST_TEST((best_response({status::ringing, status::busy_here, status::session_progress}) == status::busy_here));
    const status provisional[] = {status::trying, status::session_progress};
    BOOST_TEST(!best_response(provisional, 2).has_value());
    BOOST_TEST(!best_response(nullptr, 0).has_value());
    static_assert(best_response({status::busy_here, status::decline}) == status::decline);
}

BOOST_AUTO_TEST_CASE(upstream_status_turns_503_into_500)
{
    BOOST_TEST((upstream_status(status::service_unavailable) == status::server_internal_error));
    for (const status s : all_statuses) {
        if (to_int(s) != 503) {
            BOOST_TEST((upstream_status(s) == s));
        }
    }
    static_assert(upstream_status(*best_response({status::service_unavailable})) == status::server_internal_error);
}

BOOST_AUTO_TEST_CASE(compare_reports_classes_actions_and_headers)
{
    const comparison c = compare(status::unauthorized, status::proxy_authentication_required);
    BOOST_TEST(c.same_class);
    BOOST_TEST(c.same_action);
    BOOST_TEST(!c.same_required_headers);
    BOOST_TEST(c.required_only_a.contains(header::www_authenticate));
    BOOST_TEST(c.required_only_b.contains(header::proxy_authenticate));
    BOOST_TEST((c.preferred == status::unauthorized));

    const comparison d = compare(status::ringing, status::flow_failed);
    BOOST_TEST(!d.same_class);
    BOOST_TEST(d.class_order < 0);
    BOOST_TEST(!d.a_is_final);
    BOOST_TEST(d.b_is_final);
    BOOST_TEST(!d.preferred.has_value());
    BOOST_TEST((d.action_a == action::wait_for_final));
    BOOST_TEST((d.action_b == action::retry_with_new_flow));
}
