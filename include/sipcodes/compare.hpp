// sipcodes/compare.hpp: pair comparisons and RFC 3261 §16.7 best-response selection.
//
//     static_assert(preferred_response(status::busy_here, status::decline) == status::decline);
//     static_assert(best_response({status::not_found, status::unauthorized}) == status::unauthorized);
//     static_assert(!comparison_traits<status::moved_temporarily, status::flow_failed>::same_class);

#ifndef SIPCODES_COMPARE_HPP
#define SIPCODES_COMPARE_HPP

#include <initializer_list>

#include "attributes.hpp" // std::begin and std::end come with <array> ([iterator.range]/1)
#include "detail/records.hpp"

namespace sipcodes {

/// Everything that tells two codes apart, computed once: a, b, same_class,
/// class_a, class_b, class_order, a_is_final, b_is_final, action_a, action_b,
/// same_action, required_a, required_b, required_only_a, required_only_b,
/// same_required_headers, preferred (see detail/records.hpp).
using comparison = detail::basic_comparison<status, status_class, action, header_set>;

inline namespace SIPCODES_TABLES {

/// Which of two responses a proxy forwards (RFC 3261 §16.7 steps 5 and 6): a 2xx
/// beats everything; then any 6xx; then the lowest class; within 4xx the codes that
/// help the caller resubmit (401, 407, 415, 420, 484); a 503 below every other 5xx.
/// Between equals, the lower code wins, so the result does not depend on the order
/// of the arguments.
[[nodiscard]] constexpr status preferred_response(status a, status b) noexcept;

/// The response a proxy forwards from a whole response context (§16.7 step 6),
/// before the 503 -> 500 rewrite of upstream_status(). Only final responses
/// count: with none, nullopt (a proxy whose timers run out then sends 408
/// Request Timeout itself, §16.7 step 6; a 1xx is never "the best response").
/// Over a brace list, a pointer and a count, or (a template in impl/compare.ipp)
/// any range of `status`: best_response(responses) for a container or an array.
[[nodiscard]] constexpr std::optional<status> best_response(std::initializer_list<status> responses) noexcept;
[[nodiscard]] constexpr std::optional<status> best_response(const status* first, std::size_t count) noexcept;

/// The code a proxy sends upstream for the response it chose: a 503 becomes 500
/// (RFC 3261 §16.7 step 6: 503 means the proxy itself is unavailable); any other
/// code is forwarded as it is.
[[nodiscard]] constexpr status upstream_status(status chosen) noexcept;

/// Compares two codes; see comparison.
[[nodiscard]] constexpr comparison compare(status a, status b) noexcept;

/// compare(A, B) as compile-time constants, for static_assert: value (the
/// comparison) and its fields same_class, class_a, class_b, class_order,
/// a_is_final, b_is_final, same_action, same_required_headers, preferred.
/// A and B must be two different registered codes.
template <status A, status B>
struct comparison_traits;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/compare.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_COMPARE_HPP
