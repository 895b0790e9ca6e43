// comparison_traits checked by the compiler for all 75 x 74 ordered pairs of
// registered codes, plus facts about particular pairs and compile-time pages.
#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace {

using namespace sipcodes;

// Per-code facts, computed once, that each pair's traits must agree with.
struct facts {
    status_class cls;
    action act;
    header_set required;
    // cppcheck-suppress unusedStructMember ; read in check_pair's static_asserts, which cppcheck does not follow
    bool final;
};

template <std::size_t... I>
constexpr std::array<facts, status_count> make_facts(std::index_sequence<I...> /*rows*/)
{
    return {{facts{class_of(all_statuses[I]), action_of(all_statuses[I]), required_headers(all_statuses[I]),
                   is_final(all_statuses[I])}...}};
}
constexpr auto per_code = make_facts(std::make_index_sequence<status_count>{});

template <std::size_t I, std::size_t J>
constexpr bool check_pair()
{
    if constexpr (I == J) {
        return true;
    } else {
        using ab = comparison_traits<all_statuses[I], all_statuses[J]>;
        using ba = comparison_traits<all_statuses[J], all_statuses[I]>;
        static_assert(ab::class_a == per_code[I].cls && ab::class_b == per_code[J].cls);
        static_assert(ab::a_is_final == per_code[I].final && ab::b_is_final == per_code[J].final);
        static_assert(ab::value.action_a == per_code[I].act && ab::value.action_b == per_code[J].act);
        static_assert(ab::same_class == (per_code[I].cls == per_code[J].cls));
        static_assert(ab::class_order == static_cast<int>(per_code[I].cls) - static_cast<int>(per_code[J].cls));
        static_assert(ab::same_action == (per_code[I].act == per_code[J].act));
        static_assert(ab::same_required_headers == (per_code[I].required == per_code[J].required));
        static_assert(ab::preferred.has_value() == (per_code[I].final && per_code[J].final));
        static_assert(ab::preferred == ba::preferred);
        static_assert(!ab::preferred || *ab::preferred == all_statuses[I] || *ab::preferred == all_statuses[J]);
        return true;
    }
}

template <std::size_t I, std::size_t... J>
constexpr bool check_row(std::index_sequence<J...> /*columns*/)
{
    return (check_pair<I, J>() && ...);
}

template <std::size_t... I>
constexpr bool check_all(std::index_sequence<I...> columns)
{
    return (check_row<I>(columns) && ...);
}

static_assert(check_all(std::make_index_sequence<status_count>{}));

static_assert(!comparison_traits<status::moved_temporarily, status::flow_failed>::same_class);
static_assert(comparison_traits<status::moved_temporarily, status::flow_failed>::class_order < 0);
static_assert(comparison_traits<status::not_found, status::flow_failed>::same_class);
static_assert(comparison_traits<status::busy_here, status::busy_everywhere>::preferred == status::busy_everywhere);
static_assert(comparison_traits<status::unauthorized, status::not_found>::preferred == status::unauthorized);
static_assert(comparison_traits<status::service_unavailable, status::server_time_out>::preferred == status::server_time_out);
static_assert(!comparison_traits<status::ringing, status::ok>::preferred);
static_assert(comparison_traits<status::unauthorized, status::proxy_authentication_required>::same_action);
static_assert(!comparison_traits<status::unauthorized, status::proxy_authentication_required>::same_required_headers);
static_assert(requires_header(status::unauthorized, header::www_authenticate));
static_assert(requires_header(status::interval_too_brief, header::min_expires));
static_assert(action_of(status::flow_failed) == action::retry_with_new_flow);

// Pages built by the compiler.
constexpr auto page_301_430 = comparison_page<status::moved_permanently, status::flow_failed>();
static_assert(page_301_430.size() <= max_page_size);
static_assert(std::string_view(page_301_430).substr(0, 12) == "SIP 301 Move");
static_assert(comparison_page<status::ok, status::flow_failed, locale::ru>().size() ==
              render_comparison(status::ok, status::flow_failed, locale::ru, layout::lines, nullptr, 0));

} // namespace

int main()
{
    return 0;
}
