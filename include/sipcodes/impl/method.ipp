// sipcodes/impl/method.ipp: the code behind sipcodes/method.hpp, for one spec.
// Included inside a spec's namespace after its status API,
// sipcodes/detail/text.hpp and its generated/method.hpp.

inline namespace SIPCODES_TABLES {

constexpr std::string_view method_name(method m) noexcept
{
    const auto i = static_cast<std::size_t>(m);
    return i < method_count ? ::sipcodes::detail::slice(detail::method_name_text, detail::method_names[i])
                            : std::string_view{};
}

constexpr std::optional<method> to_method(std::string_view name) noexcept
{
    if (name.size() > detail::longest_method_bytes) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < method_count; ++i) {
        if (::sipcodes::detail::slice(detail::method_name_text, detail::method_names[i]) == name) {
            return static_cast<method>(i);
        }
    }
    return std::nullopt;
}

constexpr bool is_method_token(std::string_view name) noexcept
{
    if (name.empty()) {
        return false;
    }
    for (const char c : name) {
        if (!::sipcodes::detail::is_token_char(c)) {
            return false;
        }
    }
    return true;
}

constexpr bool can_answer(status s, method m) noexcept
{
    const std::size_t row = detail::row_of(s);
    const auto bit = static_cast<unsigned>(m);
    return row != 0 && bit < method_count && ((detail::answer_rows[row - 1] >> bit) & 1u) != 0;
}

constexpr dialog_impact impact_on_dialog(status s, method m) noexcept
{
    std::size_t row = detail::row_of(s);
    int code = to_int(s);
    if (row == 0) {
        const auto fallback = canonical(code);
        if (!fallback) {
            return dialog_impact::none;
        }
        code = to_int(*fallback);
        row = detail::row_of(*fallback);
    }
    // The array has one placeholder slot when the count is 0: not a range-for.
    for (std::size_t i = 0; i < detail::dialog_exception_count; ++i) { // NOLINT(modernize-loop-convert)
        const detail::dialog_exception& e = detail::dialog_exceptions[i];
        if (e.code == code && e.request == m) {
            return e.impact;
        }
    }
    return detail::dialog_rows[row - 1];
}

constexpr std::string_view dialog_impact_name(dialog_impact i) noexcept
{
    switch (i) {
    case dialog_impact::none: return "none";
    case dialog_impact::transaction_only: return "transaction_only";
    case dialog_impact::usage: return "usage";
    case dialog_impact::dialog: return "dialog";
    }
    return {};
}

} // namespace SIPCODES_TABLES
