// sipcodes/impl/warning.ipp: the code behind sipcodes/warning.hpp, for one
// spec. Included inside a spec's namespace after sipcodes/detail/tables.hpp and
// its generated/warning.hpp.

using warning_value = ::sipcodes::detail::warning_value;
using ::sipcodes::detail::format_warning;
using ::sipcodes::detail::parse_warning;

inline namespace SIPCODES_TABLES {

constexpr int to_int(warn_code w) noexcept
{
    return static_cast<int>(w);
}

constexpr std::optional<warn_code> to_warn_code(int code) noexcept
{
    const int i = code - detail::warn_code_first;
    if (i < 0 || i >= static_cast<int>(detail::warn_table_size)) {
        return std::nullopt;
    }
    const auto u = static_cast<unsigned>(i);
    if (((detail::warn_bits[u / 32] >> (u % 32)) & 1u) == 0) {
        return std::nullopt;
    }
    return static_cast<warn_code>(code);
}

constexpr std::string_view warn_text(warn_code w) noexcept
{
    const int i = to_int(w) - detail::warn_code_first;
    if (i < 0 || i >= static_cast<int>(detail::warn_table_size)) {
        return {};
    }
    return ::sipcodes::detail::length_prefixed(detail::warn_text_blob + detail::warn_text_at[static_cast<std::size_t>(i)]);
}

constexpr std::size_t format_warning(warn_code w, std::string_view agent, char* out, std::size_t capacity) noexcept
{
    if (!to_warn_code(to_int(w))) {
        return 0;
    }
    return ::sipcodes::detail::format_warning_value(to_int(w), agent, warn_text(w), true, out, capacity);
}

} // namespace SIPCODES_TABLES
