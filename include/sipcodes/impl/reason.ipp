// sipcodes/impl/reason.ipp: the code behind sipcodes/reason.hpp, for one spec.
// Included inside a spec's namespace after its q850 API,
// sipcodes/detail/header_values.hpp and its generated/reason.hpp.

using reason_value = ::sipcodes::detail::reason_value;
using ::sipcodes::detail::format_reason;
using ::sipcodes::detail::parse_reason;

inline namespace SIPCODES_TABLES {

constexpr std::size_t format_reason(status s, char* out, std::size_t capacity) noexcept
{
    if (!is_registered(s)) {
        return 0;
    }
    return ::sipcodes::detail::format_reason_value("SIP", to_int(s), reason_phrase(s), true, out, capacity);
}

constexpr std::size_t format_reason(q850 c, char* out, std::size_t capacity) noexcept
{
    if (!to_q850(to_int(c))) {
        return 0;
    }
    return ::sipcodes::detail::format_reason_value("Q.850", to_int(c), q850_name(c), true, out, capacity);
}

constexpr bool is_registered_reason_protocol(std::string_view protocol) noexcept
{
    for (const auto at : detail::reason_protocol_at) {
        const std::string_view name = ::sipcodes::detail::length_prefixed(detail::reason_protocol_text + at);
        if (!name.empty() && ::sipcodes::detail::equals_ignoring_ascii_case(protocol, name)) {
            return true;
        }
    }
    return false;
}

} // namespace SIPCODES_TABLES
