// Facts checked by the compiler: if this file compiles, they hold. Built in
// every C++ standard the compiler offers (17, 20, 23).
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace {

using namespace sipcodes;

// The status-line scanner's byte table (detail/status_line.hpp, written out)
// against RFC 3261 §25.1 read here: Reason-Phrase = *(reserved / unreserved /
// escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB).
constexpr char reason_byte_by_grammar(unsigned u)
{
    constexpr std::string_view marks = "-_.!~*'()";   // unreserved = alphanum / mark
    constexpr std::string_view reserved = ";/?:@&=+$,";
    const auto c = static_cast<char>(u);
    const bool ascii_ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          marks.find(c) != std::string_view::npos || reserved.find(c) != std::string_view::npos ||
                          c == ' ' || c == '\t';
    return u == '\r' ? 'C' : u == '%' ? 'P' : u < 0x80 ? (ascii_ok ? '.' : 'X') : u < 0xC0 ? '.' : u < 0xFE ? 'U' : 'X';
}

constexpr bool reason_byte_table_follows_the_grammar()
{
    for (unsigned u = 0; u < 256; ++u) {
        if (sipcodes::detail::reason_byte_kinds[u] != reason_byte_by_grammar(u)) {
            return false;
        }
    }
    return sizeof sipcodes::detail::reason_byte_kinds == 257;
}
static_assert(reason_byte_table_follows_the_grammar());

// Look-ups
static_assert(to_int(status::flow_failed) == 430);
static_assert(reason_phrase(status::flow_failed) == "Flow Failed");
static_assert(reason_phrase(status::ok) == "OK");
static_assert(reason_phrase(status::server_internal_error) == "Server Internal Error");
static_assert(reason_phrase(status::server_time_out) == "Server Time-out");
static_assert(reason_phrase(status::session_interval_too_small) == "Session Interval Too Small");
static_assert(reason_phrase(status::bad_identity_info) == "Bad Identity Info");
static_assert(reason_phrase(status::unsupported_credential) == "Unsupported Credential");
static_assert(reason_phrase(status::not_acceptable) == reason_phrase(status::not_acceptable_anywhere));
static_assert(to_int(status::not_acceptable) == 406 && to_int(status::not_acceptable_anywhere) == 606);
static_assert(to_status(430) == status::flow_failed);
static_assert(to_status(608) == status::rejected);
static_assert(!to_status(409) && !to_status(499) && !to_status(0) && !to_status(-430) && !to_status(1430));
static_assert(canonical(430) == status::flow_failed);
static_assert(canonical(499) == status::bad_request);
static_assert(canonical(183) == status::session_progress);
static_assert(canonical(189) == status::session_progress); // unknown 1xx -> 183 (§8.1.3.2)
static_assert(canonical(101) == status::session_progress);
static_assert(canonical(100) == status::trying);
static_assert(canonical(699) == status::busy_everywhere);
static_assert(!canonical(99) && !canonical(700) && !canonical(-1));
static_assert(class_of(430) == status_class::client_failure);
static_assert(!class_of(99) && !class_of(700));
static_assert(class_of(status::moved_temporarily) == status_class::redirection);
static_assert(class_name(status_class::client_failure) == "Client Failure");
static_assert(class_name(class_of(status::accepted)) == "Success");

// Predicates
static_assert(is_provisional(status::session_progress) && !is_final(status::session_progress));
static_assert(is_final(status::ok) && is_success(status::ok) && !is_failure(status::ok));
static_assert(is_redirection(status::use_proxy));
static_assert(is_failure(status::flow_failed) && is_client_failure(status::flow_failed));
static_assert(is_failure(status::service_unavailable) && is_server_failure(status::service_unavailable));
static_assert(is_failure(status::decline) && is_global_failure(status::decline));
static_assert(is_deprecated(status::accepted) && !is_deprecated(status::ok));

// info()
static_assert(info(status::flow_failed).code == 430);
static_assert(info(status::flow_failed).phrase == "Flow Failed");
static_assert(info(status::flow_failed).references == "RFC 5626");
static_assert(info(status::flow_failed).class_ == status_class::client_failure);
static_assert(info(status::accepted).deprecated);
static_assert(info(status::flow_failed).description.substr(0, 17) == "The specific flow");
static_assert(info(static_cast<status>(499)).description.empty());

// Whole-table properties, evaluated by the compiler.
constexpr bool ascending_and_round_trips()
{
    int previous = 0;
    for (const status s : all_statuses) {
        if (to_int(s) <= previous || to_status(to_int(s)) != s || canonical(to_int(s)) != s) {
            return false;
        }
        if (reason_phrase(s).empty() || info(s).description.empty() || info(s).when.empty() ||
            info(s).fix.empty() || info(s).references.empty()) {
            return false;
        }
        previous = to_int(s);
    }
    return true;
}
static_assert(all_statuses.size() == 75);
static_assert(ascending_and_round_trips());

constexpr std::size_t registered_between(int first, int last)
{
    std::size_t n = 0;
    for (int c = first; c <= last; ++c) {
        n += to_status(c) ? 1 : 0;
    }
    return n;
}
static_assert(registered_between(-1000, 2000) == 75);
static_assert(registered_between(100, 199) == 6 && registered_between(600, 699) == 6);

// Usable as template arguments and in constant-initialised objects.
template <status S>
struct tag {
    static constexpr std::string_view phrase = reason_phrase(S);
};
static_assert(tag<status::request_pending>::phrase == "Request Pending");
constexpr status_info stored = info(status::busy_here);
static_assert(stored.phrase == "Busy Here");

// best_response takes ranges of statuses, and nothing else is a candidate.
template <class Range, class = void>
struct takes_range : std::false_type {};
template <class Range>
struct takes_range<Range, std::void_t<decltype(best_response(std::declval<const Range&>()))>> : std::true_type {};
static_assert(takes_range<std::array<status, 2>>::value);
static_assert(takes_range<status[3]>::value);
static_assert(!takes_range<std::array<int, 2>>::value);
static_assert(!takes_range<int>::value);
constexpr std::array<status, 3> context{status::busy_here, status::ringing, status::decline};
static_assert(best_response(context) == status::decline);

} // namespace

int main()
{
    return 0;
}
