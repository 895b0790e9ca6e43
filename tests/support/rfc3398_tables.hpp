// RFC 3398's two mapping tables, typed from the RFC's text independently of
// spec/q850.yaml (numbers only, no enumerators of the library): the tests
// compare the generated tables with them row by row, so a wrong row in the
// spec or a generator that drops one fails a test.
#ifndef SIPCODES_TEST_RFC3398_TABLES_HPP
#define SIPCODES_TEST_RFC3398_TABLES_HPP

namespace sipcodes_test::rfc3398 {

/// §7.2.4.1, the text before the table: "Hence receipt of cause code 44
/// should not result in any SIP status code being sent; effectively, the cause
/// code is untranslatable."
inline constexpr int untranslatable_cause = 44;

/// §7.2.4.1: "If a cause value other than those listed below is received, the
/// default response '500 Server internal error' SHOULD be used."
inline constexpr int default_status = 500;

/// §7.2.4.1 "ISDN Cause Code to Status Code Mapping": cause -> response.
struct cause_row {
    int cause;
    int status; // 0: no response ("---")
    const char* condition; // "" or the condition under which this row applies
};

inline constexpr cause_row cause_to_status[] = {
    // normal event
    {1, 404, ""},    // unallocated number
    {2, 404, ""},    // no route to network
    {3, 404, ""},    // no route to destination
    {16, 0, ""},     // normal call clearing: (*) results in BYE or CANCEL
    {17, 486, ""},   // user busy
    {18, 408, ""},   // no user responding
    {19, 480, ""},   // no answer from the user
    {20, 480, ""},   // subscriber absent
    {21, 403, ""},   // call rejected, (+) ...
    {21, 603, "user"}, // ... 6xx rather than 4xx when the cause location is 'user'
    {22, 410, ""},   // number changed (w/o diagnostic)
    {22, 301, "diagnostic"}, // number changed (w/ diagnostic)
    {23, 410, ""},   // redirection to new destination
    {26, 404, ""},   // non-selected user clearing (=) ANSI procedure
    {27, 502, ""},   // destination out of order
    {28, 484, ""},   // address incomplete
    {29, 501, ""},   // facility rejected
    {31, 480, ""},   // normal unspecified
    // resource unavailable
    {34, 503, ""},   // no circuit available
    {38, 503, ""},   // network out of order
    {41, 503, ""},   // temporary failure
    {42, 503, ""},   // switching equipment congestion
    {47, 503, ""},   // resource unavailable
    // service or option not available
    {55, 403, ""},   // incoming calls barred within CUG
    {57, 403, ""},   // bearer capability not authorized
    {58, 503, ""},   // bearer capability not presently available
    // service or option not implemented
    {65, 488, ""},   // bearer capability not implemented
    {70, 488, ""},   // only restricted digital avail
    {79, 501, ""},   // service or option not implemented
    // invalid message
    {87, 403, ""},   // user not member of CUG
    {88, 503, ""},   // incompatible destination
    // protocol error
    {102, 504, ""},  // recovery of timer expiry
    {111, 500, ""},  // protocol error
    // interworking
    {127, 500, ""},  // interworking unspecified
};

/// §8.2.6.1 "SIP Status Code to ISDN Cause Code Mapping": response -> cause.
struct status_row {
    int printed; // the code as the RFC prints it
    int status;  // the code meant (differs once: "504 Version Not Supported" is 505)
    int cause;   // 0: "---"
    const char* condition; // "" / "challenge" (*) / "no mapping" / "by Warning header"
};

inline constexpr status_row status_to_cause[] = {
    {400, 400, 41, ""},          // Bad Request: Temporary Failure
    {401, 401, 21, "challenge"}, // Unauthorized: Call rejected (*)
    {402, 402, 21, ""},          // Payment required: Call rejected
    {403, 403, 21, ""},          // Forbidden: Call rejected
    {404, 404, 1, ""},           // Not found: Unallocated number
    {405, 405, 63, ""},          // Method not allowed: Service or option unavailable
    {406, 406, 79, ""},          // Not acceptable: Service/option not implemented (+)
    {407, 407, 21, "challenge"}, // Proxy authentication required: Call rejected (*)
    {408, 408, 102, ""},         // Request timeout: Recovery on timer expiry
    {410, 410, 22, ""},          // Gone: Number changed (w/o diagnostic)
    {413, 413, 127, ""},         // Request Entity too long: Interworking (+)
    {414, 414, 127, ""},         // Request-URI too long: Interworking (+)
    {415, 415, 79, ""},          // Unsupported media type: Service/option not implemented (+)
    {416, 416, 127, ""},         // Unsupported URI Scheme: Interworking (+)
    {420, 420, 127, ""},         // Bad extension: Interworking (+)
    {421, 421, 127, ""},         // Extension Required: Interworking (+)
    {423, 423, 127, ""},         // Interval Too Brief: Interworking (+)
    {480, 480, 18, ""},          // Temporarily unavailable: No user responding
    {481, 481, 41, ""},          // Call/Transaction Does not Exist: Temporary Failure
    {482, 482, 25, ""},          // Loop Detected: Exchange - routing error
    {483, 483, 25, ""},          // Too many hops: Exchange - routing error
    {484, 484, 28, ""},          // Address incomplete: Invalid Number Format (+)
    {485, 485, 1, ""},           // Ambiguous: Unallocated number
    {486, 486, 17, ""},          // Busy here: User busy
    {487, 487, 0, "no mapping"}, // Request Terminated: --- (no mapping)
    {488, 488, 0, "by Warning header"}, // Not Acceptable here: --- by Warning header
    {500, 500, 41, ""},          // Server internal error: Temporary failure
    {501, 501, 79, ""},          // Not implemented: Not implemented, unspecified
    {502, 502, 38, ""},          // Bad gateway: Network out of order
    {503, 503, 41, ""},          // Service unavailable: Temporary failure
    {504, 504, 102, ""},         // Server time-out: Recovery on timer expiry
    {504, 505, 127, ""},         // "504 Version Not Supported": Interworking (+), meaning 505
    {513, 513, 127, ""},         // Message Too Large: Interworking (+)
    {600, 600, 17, ""},          // Busy everywhere: User busy
    {603, 603, 21, ""},          // Decline: Call rejected
    {604, 604, 1, ""},           // Does not exist anywhere: Unallocated number
    {606, 606, 0, "by Warning header"}, // Not acceptable: --- by Warning header
};

/// §8.2.6.1: "Any SIP status codes not listed below (associated with SIP
/// extensions, versions of SIP subsequent to the issue of this document, or
/// simply omitted) should be mapping to cause code 31"; with a Warning in a 488
/// or 606, 31 for most codes, 65 when the Warning speaks of an unavailable
/// bearer capability (the RFC names no Warning code: 304 and 370 are this
/// project's reading).
inline constexpr int unlisted_cause = 31;
inline constexpr int warning_default_cause = 31;
inline constexpr int bearer_capability_cause = 65;

/// ITU-T Q.850 Table 1: the cause values it defines.
inline constexpr int q850_values[] = {
    1,  2,  3,  4,  5,  6,  7,  8,  9,  16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30,
    31, 34, 38, 39, 40, 41, 42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70,
    79, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127,
};

} // namespace sipcodes_test::rfc3398

#endif // SIPCODES_TEST_RFC3398_TABLES_HPP
