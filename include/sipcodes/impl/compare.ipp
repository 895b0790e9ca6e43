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

/// A response's place in RFC 3261 §16.7's choice as one number, higher
/// preferred: its rank (response_ranks, worked out by the generator) times
/// 65536 minus the code, so that between equal ranks the lower code wins (a
/// status is 16 bits). One load and no branch; any value of the enum reads the
/// table in bounds. Final responses have a key above 0.
[[nodiscard]] constexpr std::int32_t response_key(status s) noexcept
{
    const unsigned code = static_cast<unsigned>(s);
    const unsigned slot = code - static_cast<unsigned>(min_code);
    const auto rank = static_cast<std::int32_t>(response_ranks[slot < index_size ? slot : index_size]);
    return rank * 65536 - static_cast<std::int32_t>(code);
}

/// The key of `s` if it is a final response (rank final_rank or more), else 0.
[[nodiscard]] constexpr std::int32_t final_response_key(status s) noexcept
{
    const std::int32_t key = response_key(s);
    return key > final_rank * 65536 - 65536 ? key : 0;
}

/// best_response(): the status behind the highest key, nullopt for none.
[[nodiscard]] constexpr std::optional<status> status_of_key(std::int32_t key) noexcept
{
    const std::int32_t rank = (key + 65535) / 65536;
    return key > 0 ? std::optional<status>(static_cast<status>(rank * 65536 - key)) : std::nullopt;
}

} // namespace detail

inline namespace SIPCODES_TABLES {

constexpr status preferred_response(status a, status b) noexcept
{
    return detail::response_key(b) > detail::response_key(a) ? b : a;
}

/// best_response over any range of `status`.
template <class Range>
[[nodiscard]] constexpr auto best_response(const Range& responses) noexcept
    -> decltype(detail::takes_status(*std::begin(responses)), std::end(responses), std::optional<status>{})
{
    std::int32_t best = 0;
    for (const status s : responses) {
        const std::int32_t key = detail::final_response_key(s);
        best = key > best ? key : best;
    }
    return detail::status_of_key(best);
}

constexpr std::optional<status> best_response(std::initializer_list<status> responses) noexcept
{
    return best_response<std::initializer_list<status>>(responses);
}

constexpr std::optional<status> best_response(const status* first, std::size_t count) noexcept
{
    std::int32_t best = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::int32_t key = detail::final_response_key(first[i]);
        best = key > best ? key : best;
    }
    return detail::status_of_key(best);
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
