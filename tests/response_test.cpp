// RFC 3261 §16.7 best-response selection, attributes (required headers and
// actions), and status lines.
#include <sipcodes/sipcodes.hpp>

#define BOOST_TEST_MODULE sipcodes_response
#include <boost/test/unit_test.hpp>

#include <sipcodes/io.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
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

BOOST_AUTO_TEST_CASE(required_headers_follow_the_rfcs)
{
    struct rule {
        status code;
        header field;
    };
    const rule musts[] = {
        {status::unauthorized, header::www_authenticate},
        {status::proxy_authentication_required, header::proxy_authenticate},
        {status::method_not_allowed, header::allow},
        {status::unknown_resource_priority, header::accept_resource_priority},
        {status::bad_extension, header::unsupported},
        {status::extension_required, header::require},
        {status::session_interval_too_small, header::min_se},
        {status::interval_too_brief, header::min_expires},
        {status::bad_info_package, header::recv_info},
        {status::security_agreement_required, header::security_server},
        {status::use_proxy, header::contact},
    };
    std::size_t must_count = 0;
    for (const rule& r : musts) {
        BOOST_TEST_CONTEXT(r.code << " must carry " << header_name(r.field))
        {
            BOOST_TEST(requires_header(r.code, r.field));
            BOOST_TEST(!recommends_header(r.code, r.field));
        }
    }
    for (const status s : all_statuses) {
        must_count += required_headers(s).size();
        // A code with header rules says where they come from, and only then.
        BOOST_TEST((required_headers(s).empty() && recommended_headers(s).empty() && required_one_of(s).empty()) ==
                   info(s).headers_source.empty());
        BOOST_TEST((required_headers(s) & recommended_headers(s)).empty());
        BOOST_TEST(info(s).action_source.substr(0, 4) == "RFC ");
    }
    BOOST_TEST(must_count == std::size(musts)); // nothing else is MUST
    // 415: one of Accept, Accept-Encoding, Accept-Language, whichever fits (§21.4.13).
    const header_set one_of = required_one_of(status::unsupported_media_type);
    BOOST_TEST(one_of.size() == 3u);
    BOOST_TEST(one_of.contains(header::accept));
    BOOST_TEST(!requires_header(status::unsupported_media_type, header::accept));
    std::size_t codes_with_one_of = 0;
    for (const status s : all_statuses) {
        codes_with_one_of += required_one_of(s).empty() ? 0 : 1;
    }
    BOOST_TEST(codes_with_one_of == 1u);
    for (const status s : {status::multiple_choices, status::moved_permanently, status::moved_temporarily}) {
        BOOST_TEST(recommends_header(s, header::contact));
    }
    BOOST_TEST(recommends_header(status::bad_event, header::allow_events));
    BOOST_TEST(recommends_header(status::consent_needed, header::permission_missing));
    BOOST_TEST(recommends_header(status::not_acceptable_here, header::warning));
    BOOST_TEST(!requires_header(static_cast<status>(499), header::allow));
    BOOST_TEST(!requires_header(status::unauthorized, static_cast<header>(200)));
}

BOOST_AUTO_TEST_CASE(header_names_and_sets)
{
    BOOST_TEST(header_name(header::www_authenticate) == "WWW-Authenticate");
    BOOST_TEST(header_name(header::min_se) == "Min-SE");
    BOOST_TEST(header_name(static_cast<header>(header_count)).empty());
    const header_set s = required_one_of(status::unsupported_media_type);
    BOOST_TEST(s.size() == 3u);
    std::vector<std::string_view> names;
    for (const header h : s) {
        names.push_back(header_name(h));
    }
    BOOST_TEST((names == std::vector<std::string_view>{"Accept", "Accept-Encoding", "Accept-Language"}));
    BOOST_TEST((s - required_headers(status::unauthorized)) == s);
    BOOST_TEST((s & required_headers(status::unauthorized)).empty());
    BOOST_TEST((s | required_headers(status::unauthorized)).size() == 4u);
    const header_set none{};
    BOOST_TEST(none.empty());
    BOOST_TEST((none.begin() == none.end()));
}

BOOST_AUTO_TEST_CASE(actions_agree_with_the_classes_and_fix_texts)
{
    for (const status s : all_statuses) {
        const action a = action_of(s);
        const std::string fix(info(s).fix);
        BOOST_TEST_CONTEXT(s << ": " << action_name(a) << " / " << fix)
        {
            BOOST_TEST(!action_name(a).empty());
            BOOST_TEST(!action_description(a).empty());
            BOOST_TEST((a == action::wait_for_final) == is_provisional(s));
            if (is_success(s)) {
                BOOST_TEST((a == action::done || a == action::wait_for_notify));
            }
            switch (a) {
            case action::authenticate_and_retry:
                BOOST_TEST(fix.find("Authorization") != std::string::npos);
                break;
            case action::retry_at_contact:
            case action::choose_contact:
            case action::retry_via_proxy:
                BOOST_TEST(fix.find("Contact") != std::string::npos);
                break;
            case action::wait_for_notify:
                BOOST_TEST(fix.find("NOTIFY") != std::string::npos);
                break;
            case action::retry_later:
                BOOST_TEST((fix.find("later") != std::string::npos || fix.find("Retry-After") != std::string::npos ||
                            fix.find("Wait") != std::string::npos || fix.find("retry") != std::string::npos));
                break;
            case action::retry_elsewhere:
                BOOST_TEST(fix.find("alternate") != std::string::npos);
                break;
            case action::retry_with_new_flow:
                BOOST_TEST(fix.find("flow") != std::string::npos);
                break;
            case action::fix_request_and_retry:
                BOOST_TEST((fix.find("esend") != std::string::npos || fix.find("etry") != std::string::npos ||
                            fix.find("again") != std::string::npos || fix.find("e-register") != std::string::npos ||
                            fix.find("end a new") != std::string::npos));
                break;
            default:
                break;
            }
        }
    }
    BOOST_TEST((action_of(status::unauthorized) == action::authenticate_and_retry));
    BOOST_TEST((action_of(status::call_transaction_does_not_exist) == action::terminate_dialog));
    BOOST_TEST((action_of(status::service_unavailable) == action::retry_elsewhere));
    // An unknown code acts like its class's x00 (RFC 3261 §8.1.3.2).
    BOOST_TEST((action_of(static_cast<status>(499)) == action_of(status::bad_request)));
    BOOST_TEST((action_of(static_cast<status>(999)) == action::give_up));
    BOOST_TEST(action_name(action::give_up) == "give_up");
}

BOOST_AUTO_TEST_CASE(parse_valid_status_lines)
{
    const auto ok = parse_status_line("SIP/2.0 200 OK\r\n");
    BOOST_TEST_REQUIRE(ok.has_value());
    BOOST_TEST(ok->code == 200);
    BOOST_TEST(ok->reason == "OK");
    const auto custom = parse_status_line("sip/2.0 487 Request Cancelled\r\nVia: SIP/2.0/UDP x\r\n\r\n");
    BOOST_TEST_REQUIRE(custom.has_value());
    BOOST_TEST(custom->code == 487);
    BOOST_TEST(custom->reason == "Request Cancelled");
    const auto empty = parse_status_line("SIP/2.0 499 \r\n");
    BOOST_TEST_REQUIRE(empty.has_value());
    BOOST_TEST(empty->code == 499);
    BOOST_TEST(empty->reason.empty());
    BOOST_TEST(parse_status_line("SIP/2.0 100 Trying\tnow \xE2\x80\x94 ok\r\n").has_value());
    BOOST_TEST(parse_status_line("SIP/2.0 699 x\r\n").has_value());
    for (const std::string_view good : std::initializer_list<std::string_view>{
             "SIP/2.0 200 OK%20now\r\n", "SIP/2.0 200 R\xc3\xa9ponse\r\n", "SIP/2.0 200 \x80\r\n",
             "SIP/2.0 200 a;b/c?d:e@f&g=h+i$j,k-l_m.n!o~p*q'r(s)t\r\n", "SIP/2.0 200 \t\r\n"}) {
        BOOST_TEST_CONTEXT('"' << good << '"')
        {
            BOOST_TEST(parse_status_line(good).has_value());
        }
    }
    static_assert(parse_status_line("SIP/2.0 430 Flow Failed\r\n")->code == 430);
}

BOOST_AUTO_TEST_CASE(reject_malformed_status_lines)
{
    for (const std::string_view bad : std::initializer_list<std::string_view>{
             "", "SIP/2.0 200 OK", "SIP/2.0 200 OK\n", "SIP/2.0 200 OK\r", "SIP/2.0 200 OK\rX",
             "SIP/2.0 200\r\n", "SIP/2.0  200 OK\r\n", " SIP/2.0 200 OK\r\n", "SIP/2.0 200OK\r\n",
             "SIP/2.0 099 Low\r\n", "SIP/2.0 700 High\r\n", "SIP/2.0 0200 OK\r\n", "SIP/2.0 20 OK\r\n",
             "SIP/2.0 2000 OK\r\n", "SIP/2.0 2x0 OK\r\n", "SIP/2.0 -20 OK\r\n", "SIP/1.0 200 OK\r\n",
             "HTTP/1.1 200 OK\r\n", "SIP/2.1 200 OK\r\n", "SIP/2.0\t200 OK\r\n", "SIP/2.0 200 O\nK\r\n",
             "SIP/2.0 200 O\x01K\r\n", "SIP/2.0 200 O\x7fK\r\n", std::string_view("SIP/2.0 200 O\0K\r\n", 17),
             // RFC 3261 §25.1 Reason-Phrase grammar
             "SIP/2.0 200 <OK>\r\n", "SIP/2.0 200 \"OK\"\r\n", "SIP/2.0 200 100%\r\n", "SIP/2.0 200 %4\r\n",
             "SIP/2.0 200 %zz\r\n", "SIP/2.0 200 a\\b\r\n", "SIP/2.0 200 {OK}\r\n", "SIP/2.0 200 O\xffK\r\n",
             "SIP/2.0 200 O\xfeK\r\n", "SIP/2.0 200 \xc3\r\n", "SIP/2.0 200 \xe2\x80\r\n", "SIP/2.0 200 \xc3\x41\r\n",
         }) {
        BOOST_TEST_CONTEXT('"' << bad << '"')
        {
            BOOST_TEST(!parse_status_line(bad).has_value());
        }
    }
}

BOOST_AUTO_TEST_CASE(every_proper_prefix_of_a_status_line_is_rejected)
{
    for (const std::string_view line : {std::string_view("SIP/2.0 430 Flow Failed\r\n"), std::string_view("SIP/2.0 100 \r\n")}) {
        for (std::size_t n = 0; n < line.size(); ++n) {
            BOOST_TEST_CONTEXT(n)
            {
                BOOST_TEST(!parse_status_line(line.substr(0, n)).has_value());
            }
        }
        BOOST_TEST(parse_status_line(line).has_value());
    }
}

BOOST_AUTO_TEST_CASE(format_round_trips_every_code)
{
    char line[80];
    for (const status s : all_statuses) {
        const std::size_t n = format_status_line(s, line, sizeof line);
        BOOST_TEST_REQUIRE(n <= sizeof line);
        const std::string_view text(line, n);
        const auto parsed = parse_status_line(text);
        BOOST_TEST_REQUIRE(parsed.has_value());
        BOOST_TEST(parsed->code == to_int(s));
        BOOST_TEST(parsed->reason == reason_phrase(s));
        BOOST_TEST(text == "SIP/2.0 " + std::to_string(to_int(s)) + " " + std::string(reason_phrase(s)) + "\r\n");
    }
    BOOST_TEST(format_status_line(status::ok, nullptr, 0) == 16u);
    BOOST_TEST(format_status_line(487, "Request Cancelled", line, sizeof line) == 31u);
    BOOST_TEST(format_status_line(99, "Low", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(700, "High", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "O\r\nK", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "<bad>", line, sizeof line) == 0u);
    BOOST_TEST(format_status_line(200, "", line, sizeof line) == 14u);
    BOOST_TEST(format_status_line(static_cast<status>(65535), line, sizeof line) == 0u);
}

BOOST_AUTO_TEST_CASE(format_reports_small_buffers_and_writes_a_prefix)
{
    const std::string full = "SIP/2.0 430 Flow Failed\r\n";
    char buffer[40];
    for (std::size_t capacity = 0; capacity <= full.size() + 2; ++capacity) {
        std::memset(buffer, '#', sizeof buffer);
        const std::size_t n = format_status_line(status::flow_failed, buffer, capacity);
        const std::size_t written = std::min(capacity, full.size());
        BOOST_TEST(n == full.size());
        BOOST_TEST(std::string_view(buffer, written) == std::string_view(full).substr(0, written));
        BOOST_TEST(std::count(buffer + written, buffer + sizeof buffer, '#') == static_cast<std::ptrdiff_t>(sizeof buffer - written));
    }
}
