// Which responses may carry a header field, and which method-dependent header
// fields a response must carry, typed from RFC 3261 §20 (Tables 2 and 3) and
// the extensions' tables independently of spec/: one rule per header as the
// tables state it.
#ifndef SIPCODES_TEST_HEADER_RULES_HPP
#define SIPCODES_TEST_HEADER_RULES_HPP

#include <sipcodes/attributes.hpp>

#include <string_view>

namespace sipcodes_test {

/// May a response with this code carry the header named `name` (as on the wire)?
[[nodiscard]] constexpr bool rfc_allows(int code, std::string_view name) noexcept
{
    const int klass = code / 100;
    if (name == "Accept" || name == "Accept-Encoding" || name == "Accept-Language") {
        return klass == 2 || code == 415; // Table 2: 2xx, 415
    }
    if (name == "Alert-Info") {
        return code == 180; // Table 2: 180
    }
    if (name == "Authentication-Info" || name == "SIP-ETag" || name == "Session-Expires") {
        return klass == 2; // Table 2; RFC 3903 §11.3.1; RFC 4028 §4
    }
    if (name == "Contact") {
        return klass == 1 || klass == 2 || klass == 3 || code == 485; // Table 2: 1xx, 2xx, 3xx, 485
    }
    if (name == "Error-Info") {
        return code >= 300; // Table 2: 300-699
    }
    if (name == "Min-Expires") {
        return code == 423;
    }
    if (name == "Min-SE") {
        return code == 422; // RFC 4028 §5
    }
    if (name == "Proxy-Authenticate" || name == "WWW-Authenticate") {
        return code == 401 || code == 407;
    }
    if (name == "Record-Route") {
        return klass == 2 || (code >= 180 && code <= 189); // Table 2: 2xx, 18x
    }
    if (name == "Retry-After") { // §20.33
        return code == 404 || code == 413 || code == 480 || code == 486 || code == 500 || code == 503 ||
               code == 600 || code == 603;
    }
    if (name == "RSeq") {
        return klass == 1 && code != 100; // RFC 3262 §3, §7.1: a provisional response sent reliably, never 100
    }
    if (name == "Security-Server") {
        return code == 421 || code == 494; // RFC 3329 §2.6
    }
    if (name == "Unsupported") {
        return code == 420;
    }
    return true; // Table 2's "r" and the rest: any response
}

/// Must a response with this code to this method carry the header `name`, on
/// top of what the code requires whatever the method?
[[nodiscard]] constexpr bool rfc_requires_for_method(int code, std::string_view m, std::string_view name) noexcept
{
    if (code == 489) {
        return m == "PUBLISH" && name == "Allow-Events"; // RFC 3903 §11.1.1 Table 2: 489, PUBLISH, m
    }
    if (code != 200) {
        return false; // 202 answers only REFER (its Contact is required whatever the method); 204 Expires
    }
    return (m == "INVITE" && name == "Contact") ||                            // RFC 3261 Table 2: 2xx to INVITE, m
           (m == "PUBLISH" && (name == "SIP-ETag" || name == "Expires")) ||   // RFC 3903 §6 step 6
           (m == "REFER" && name == "Contact") ||                             // RFC 3515 §2.2 Table 1: 2xx, m
           (m == "SUBSCRIBE" && name == "Expires");                           // RFC 6665 §3.1.1
}

} // namespace sipcodes_test

#endif
