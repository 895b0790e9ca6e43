// sipcodes/impl/compare.ipp: the code behind sipcodes/compare.hpp, for one spec.
// Included inside a spec's namespace after its attributes API and
// sipcodes/detail/records.hpp.

using comparison = ::sipcodes::detail::basic_comparison<status, status_class, action, header_set>;

namespace detail {

/// Only a status converts to a status: a range of ints is no response context.
[[nodiscard]] constexpr bool takes_status(status /*unused*/) noexcept
{
    return true;
}

/// How much a proxy prefers a final response when choosing what to forward
/// (higher wins); RFC 3261 §16.7.
[[nodiscard]] constexpr int response_rank(status s) noexcept
{
    const int code = static_cast<int>(s);
    switch (code / 100) {
    case 2: // step 5: a 2xx is forwarded at once, whatever else arrived
        return 60;
    case 6: // step 6: "if there are any 6xx responses", one of them is chosen
        return 50;
    case 3: // step 6: otherwise the lowest response class
        return 40;
    case 4:
        // step 6: among 4xx, prefer responses that help the caller resubmit:
        // 401, 407, 415, 420 and 484.
        return (code == 401 || code == 407 || code == 415 || code == 420 || code == 484) ? 31 : 30;
    case 5: // step 6: a 503 is never forwarded as such, so it ranks below other 5xx
        return code == 503 ? 20 : 21;
    case 1: // provisional: not a candidate while any final response exists
        return 10;
    default:
        return 0;
    }
}

} // namespace detail

inline namespace SIPCODES_TABLES {

constexpr status preferred_response(status a, status b) noexcept
{
    const int ra = detail::response_rank(a);
    const int rb = detail::response_rank(b);
    if (ra != rb) {
        return ra > rb ? a : b;
    }
    return to_int(b) < to_int(a) ? b : a;
}

/// best_response over any range of `status`.
template <class Range>
[[nodiscard]] constexpr auto best_response(const Range& responses) noexcept
    -> decltype(detail::takes_status(*std::begin(responses)), std::end(responses), std::optional<status>{})
{
    std::optional<status> best;
    for (const status s : responses) {
        if (is_final(s)) {
            best = best ? preferred_response(*best, s) : s;
        }
    }
    return best;
}

constexpr std::optional<status> best_response(std::initializer_list<status> responses) noexcept
{
    return best_response<std::initializer_list<status>>(responses);
}

constexpr std::optional<status> best_response(const status* first, std::size_t count) noexcept
{
    std::optional<status> best;
    for (std::size_t i = 0; i < count; ++i) {
        if (is_final(first[i])) {
            best = best ? preferred_response(*best, first[i]) : first[i];
        }
    }
    return best;
}

constexpr status upstream_status(status chosen) noexcept
{
    return to_int(chosen) == 503 ? static_cast<status>(500) : chosen;
}

constexpr comparison compare(status a, status b) noexcept
{
    const status_class ca = class_of(a);
    const status_class cb = class_of(b);
    const header_set ra = required_headers(a);
    const header_set rb = required_headers(b);
    const action aa = action_of(a);
    const action ab = action_of(b);
    const bool fa = is_final(a);
    const bool fb = is_final(b);
    return comparison{a,  b,  ca == cb, ca,      cb,      static_cast<int>(ca) - static_cast<int>(cb),
                      fa, fb, aa,       ab,      aa == ab, ra,
                      rb, ra - rb,      rb - ra, ra == rb,
                      fa && fb ? std::optional<status>(preferred_response(a, b)) : std::nullopt};
}

template <status A, status B>
struct comparison_traits {
    static_assert(A != B, "comparison_traits<A, B>: A and B are the same code; compare two different codes");
    static_assert(is_registered(A) && is_registered(B),
                  "comparison_traits<A, B>: both codes must be registered (a status made by a cast is not)");

    static constexpr comparison value = compare(A, B);
    static constexpr bool same_class = value.same_class;
    static constexpr status_class class_a = value.class_a;
    static constexpr status_class class_b = value.class_b;
    static constexpr int class_order = value.class_order;
    static constexpr bool a_is_final = value.a_is_final;
    static constexpr bool b_is_final = value.b_is_final;
    static constexpr bool same_action = value.same_action;
    static constexpr bool same_required_headers = value.same_required_headers;
    static constexpr std::optional<status> preferred = value.preferred;
};

} // namespace SIPCODES_TABLES
