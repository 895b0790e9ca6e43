// The IANA "Reason Protocols" registry (sip-parameters-3), typed independently
// of spec/reason.yaml: RFC 3326 §4 created it with SIP (RFC 3261) and Q.850
// (ITU-T Q.850); the later rows follow a transcription of the registry's XML
// (22 rows), whose seven 5G rows a Go SIP stack's constants confirm.
#ifndef SIPCODES_TEST_REASON_REGISTRY_HPP
#define SIPCODES_TEST_REASON_REGISTRY_HPP

#include <string_view>

namespace sipcodes_test {

struct reason_protocol_row {
    std::string_view protocol;
    std::string_view reference;
};

inline constexpr reason_protocol_row reason_protocols[] = {
    {"SIP", "RFC 3261"},
    {"Q.850", "ITU-T Q.850"},
    {"Preemption", "RFC 4411"},
    {"EMM", "3GPP TS 24.301"},
    {"ESM", "3GPP TS 24.301"},
    {"S1AP-RNL", "3GPP TS 36.413"},
    {"S1AP-TL", "3GPP TS 36.413"},
    {"S1AP-NAS", "3GPP TS 36.413"},
    {"S1AP-MISC", "3GPP TS 36.413"},
    {"S1AP-PROT", "3GPP TS 36.413"},
    {"DIAMETER", "3GPP TS 29.274"},
    {"IKEV2", "3GPP TS 29.274"},
    {"RELEASE_CAUSE", "3GPP TS 24.229"},
    {"FAILURE_CAUSE", "3GPP TS 24.229"},
    {"STIR", "RFC 8224"},
    {"5GMM", "3GPP TS 24.501"},
    {"5GSM", "3GPP TS 24.501"},
    {"NGAP-RNL", "3GPP TS 38.413"},
    {"NGAP-TL", "3GPP TS 38.413"},
    {"NGAP-NAS", "3GPP TS 38.413"},
    {"NGAP-MISC", "3GPP TS 38.413"},
    {"NGAP-PROT", "3GPP TS 38.413"},
};

} // namespace sipcodes_test

#endif // SIPCODES_TEST_REASON_REGISTRY_HPP
