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
    const auto code = static_cast<unsigned>(s);
    constexpr auto past_codes = static_cast<unsigned>(max_code) + 1;
    const auto rank = static_cast<std::int32_t>(response_ranks[code < past_codes ? code : past_codes]);
    return rank * 65536 - static_cast<std::int32_t>(code);
}

/// The key of `s` if it is a final response (rank final_rank or more), else 0.
[[nodiscard]] constexpr std::int32_t final_response_key(status s) noexcept
{
    const std::int32_t key = response_key(s);
    return key > final_rank * 65536 - 65536 ? key : 0;
}

/// What compare() reads of one code: its row's facts, each looked up once.
struct code_facts {
    status code;
    status_class cls;
    bool final;
    action next;
    header_set required;
    std::int32_t key;
};

/// best_response(): the status behind the highest key, nullopt for none.
[[nodiscard]] constexpr std::optional<status> status_of_key(std::int32_t key) noexcept
{
    const std::int32_t rank = (key + 65535) / 65536;
    return key > 0 ? std::optional<status>(static_cast<status>(rank * 65536 - key)) : std::nullopt;
}

/// One row look-up for a registered code; a value made by a cast takes
/// action_of()'s fallback and requires nothing.
[[nodiscard]] constexpr code_facts facts_of(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    if (row == 0) {
        return {s, class_of(s), is_final(s), action_of(s), header_set{}, response_key(s)};
    }
    const code_attributes& attributes = attribute_rows[row - 1];
    return {s, class_of(s), is_final(s), attributes.next, header_set(attributes.must), response_key(s)};
}

/// facts_of(S) as a constant, so that comparison_traits works each code out once.
template <status S>
inline constexpr code_facts facts_v = facts_of(S);

[[nodiscard]] constexpr comparison compare_facts(const code_facts& a, const code_facts& b) noexcept
{
    const bool both_final = a.final && b.final;
    return comparison{a.code,
                      b.code,
                      a.cls == b.cls,
                      a.cls,
                      b.cls,
                      static_cast<int>(a.cls) - static_cast<int>(b.cls),
                      a.final,
                      b.final,
                      a.next,
                      b.next,
                      a.next == b.next,
                      a.required,
                      b.required,
                      a.required - b.required,
                      b.required - a.required,
                      a.required == b.required,
                      both_final ? std::optional<status>(b.key > a.key ? b.code : a.code) : std::nullopt};
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
    return detail::compare_facts(detail::facts_of(a), detail::facts_of(b));
}

template <status A, status B>
struct comparison_traits {
    static_assert(A != B, "comparison_traits<A, B>: A and B are the same code; compare two different codes");
    static_assert(is_registered(A) && is_registered(B),
                  "comparison_traits<A, B>: both codes must be registered (a status made by a cast is not)");

    // From each code's facts, worked out once per code rather than once per pair.
    static constexpr comparison value = detail::compare_facts(detail::facts_v<A>, detail::facts_v<B>);
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
