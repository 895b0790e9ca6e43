/* Prints, for every int from -1000 to 2000, what the C header says about it.
 * cpp_api_table.cpp prints the same table from the C++ header; the
 * c_matches_cpp test requires the two outputs to be identical. */
#include <sipcodes/sipcodes.h>

#include <stdio.h>

int main(void)
{
    int code;
    for (code = -1000; code <= 2000; ++code) {
        const char* phrase = sipcodes_reason_phrase(code);
        const char* name = sipcodes_class_name(sipcodes_class_of(code));
        printf("%d|%d|%s|%d|%s|%d|%d%d%d%d%d%d%d%d|%d\n", code, sipcodes_is_registered(code), phrase ? phrase : "-",
               sipcodes_class_of(code), name ? name : "-", sipcodes_canonical(code), sipcodes_is_provisional(code),
               sipcodes_is_final(code), sipcodes_is_success(code), sipcodes_is_redirection(code),
               sipcodes_is_failure(code), sipcodes_is_client_failure(code), sipcodes_is_server_failure(code),
               sipcodes_is_global_failure(code), sipcodes_is_deprecated(code));
    }
    /* Q.850 and RFC 3398, both ways, with their conditions. */
    for (code = -5; code <= 300; ++code) {
        const char* cause_name = sipcodes_q850_name(code);
        printf("q850 %d|%d|%s|%d|%d|%d|%d\n", code, sipcodes_is_q850(code), cause_name ? cause_name : "-",
               sipcodes_status_for_q850(code), sipcodes_status_for_q850_at(code, 0, 0),
               sipcodes_status_for_q850_at(code, 3, 1), sipcodes_status_for_q850_at(code, 0, 1));
    }
    for (code = -1000; code <= 2000; ++code) {
        printf("sip %d|%d|%d|%d|%d|%d|%d\n", code, sipcodes_q850_for_status(code),
               sipcodes_q850_for_status_challenge(code, 1), sipcodes_q850_for_status_challenge(code, 0),
               sipcodes_q850_for_status_warning(code, 304), sipcodes_q850_for_status_warning(code, 399),
               sipcodes_q850_for_status_warning(code, 999));
    }
    /* The enum names the codes; the count is not a code. */
    return SIPCODES_FLOW_FAILED == 430 && SIPCODES_NOT_ACCEPTABLE_ANYWHERE == 606 && SIPCODES_STATUS_COUNT_ == 75 &&
                   SIPCODES_CLASS_GLOBAL_FAILURE == 6
               ? 0
               : 1;
}
