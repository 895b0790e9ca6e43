// sipcodes/impl/status_line.ipp: the code behind sipcodes/status_line.hpp, for
// one spec. Included inside a spec's namespace after its status API and
// sipcodes/detail/status_line.hpp, which holds the spec-independent parser.

using status_line = ::sipcodes::detail::status_line;
using parse_mode = ::sipcodes::detail::parse_mode;
using ::sipcodes::detail::format_status_line;
using ::sipcodes::detail::parse_status_line;

inline namespace SIPCODES_TABLES {

constexpr std::size_t format_status_line(status s, char* out, std::size_t capacity) noexcept
{
    return ::sipcodes::detail::format_status_line(to_int(s), reason_phrase(s), out, capacity);
}

} // namespace SIPCODES_TABLES
