// The IANA "Warning Codes (warn-codes)" registry, typed from
// https://www.iana.org/assignments/sip-parameters independently of spec/.
#ifndef SIPCODES_TEST_WARN_REGISTRY_HPP
#define SIPCODES_TEST_WARN_REGISTRY_HPP

#include <string_view>

namespace sipcodes_test {

struct warn_row {
    int code;
    std::string_view text;
    std::string_view reference;
};

inline constexpr warn_row warn_registry[] = {
    {300, "Incompatible network protocol", "RFC 3261"},
    {301, "Incompatible network address formats", "RFC 3261"},
    {302, "Incompatible transport protocol", "RFC 3261"},
    {303, "Incompatible bandwidth units", "RFC 3261"},
    {304, "Media type not available", "RFC 3261"},
    {305, "Incompatible media format", "RFC 3261"},
    {306, "Attribute not understood", "RFC 3261"},
    {307, "Session description parameter not understood", "RFC 3261"},
    {308, "Incompatible language specification", "RFC 8373"},
    {330, "Multicast not available", "RFC 3261"},
    {331, "Unicast not available", "RFC 3261"},
    {370, "Insufficient bandwidth", "RFC 3261"},
    {380, "SIPS Not Allowed", "RFC 5630"},
    {381, "SIPS Required", "RFC 5630"},
    {399, "Miscellaneous warning", "RFC 3261"},
};

} // namespace sipcodes_test

#endif // SIPCODES_TEST_WARN_REGISTRY_HPP
