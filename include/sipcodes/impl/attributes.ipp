// sipcodes/impl/attributes.ipp: the code behind sipcodes/attributes.hpp, for
// one spec. Included inside a spec's namespace after its status and method
// APIs, sipcodes/detail/header_set.hpp and its generated/attributes.hpp.

using header_set = ::sipcodes::detail::basic_header_set<header, detail::header_bits, header_count>;

inline namespace SIPCODES_TABLES {

constexpr std::string_view header_name(header h) noexcept
{
    const auto i = static_cast<std::size_t>(h);
    return i < header_count ? ::sipcodes::detail::slice(detail::header_name_text, detail::header_names[i])
                            : std::string_view{};
}

constexpr header_set required_headers(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    return row == 0 ? header_set{} : header_set(detail::attribute_rows[row - 1].must);
}

constexpr header_set required_one_of(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    return row == 0 ? header_set{} : header_set(detail::attribute_rows[row - 1].one_of);
}

constexpr header_set recommended_headers(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    return row == 0 ? header_set{} : header_set(detail::attribute_rows[row - 1].should);
}

constexpr bool requires_header(status s, header h) noexcept
{
    return required_headers(s).contains(h);
}

constexpr header_set required_headers(status s, method m) noexcept
{
    header_set result = required_headers(s);
    // The array has one placeholder slot when the count is 0: not a range-for.
    for (std::size_t i = 0; i < detail::method_must_count; ++i) { // NOLINT(modernize-loop-convert)
        const detail::method_must& e = detail::method_musts[i];
        if (e.code == to_int(s) && e.request == m) {
            result = result | header_set(e.must);
        }
    }
    return result;
}

constexpr bool requires_header(status s, header h, method m) noexcept
{
    return required_headers(s, m).contains(h);
}

constexpr header_set allowed_headers(status s) noexcept
{
    const std::size_t row = detail::row_of(s);
    return row == 0 ? header_set{} : header_set(detail::allowed_rows[row - 1]);
}

constexpr bool allows_header(status s, header h) noexcept
{
    return allowed_headers(s).contains(h);
}

constexpr bool recommends_header(status s, header h) noexcept
{
    return recommended_headers(s).contains(h);
}

constexpr action action_of(status s) noexcept
{
    std::size_t row = detail::row_of(s);
    if (row == 0) {
        if (const auto fallback = canonical(to_int(s))) {
            row = detail::row_of(*fallback);
        }
    }
    return row == 0 ? detail::fallback_action : detail::attribute_rows[row - 1].next;
}

constexpr action action_of(status s, method m) noexcept
{
    // The array has one placeholder slot when the count is 0: not a range-for.
    for (std::size_t i = 0; i < detail::method_action_count; ++i) { // NOLINT(modernize-loop-convert)
        const detail::method_action& e = detail::method_actions[i];
        if (e.code == to_int(s) && e.request == m) {
            return e.next;
        }
    }
    return action_of(s);
}

constexpr std::string_view action_name(action a) noexcept
{
    const auto i = static_cast<std::size_t>(a);
    return i < action_count ? ::sipcodes::detail::slice(detail::action_name_text, detail::action_names[i])
                            : std::string_view{};
}

constexpr std::string_view action_description(action a) noexcept
{
    const auto i = static_cast<std::size_t>(a);
    return i < action_count ? ::sipcodes::detail::slice(detail::action_text, detail::action_texts[i])
                            : std::string_view{};
}

} // namespace SIPCODES_TABLES
