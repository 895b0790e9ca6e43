/* sipcodes/sipcodes.h: SIP response codes for C (C99 and later) and C++.
 *
 * Every function is static inline and allocates nothing. Each table is a
 * static const array inside the function that reads it, so a program links
 * only the tables of the functions it calls, in read-only data, with no
 * pointers in them. The tables are the C++ header's dense tables
 * (sipcodes/generated/c_tables.inc); the code is sipcodes/impl/c_api.inc, which
 * a header generated for a user spec uses too, with its own prefix.
 */
#ifndef SIPCODES_H
#define SIPCODES_H

#include <stddef.h>
#include <stdint.h>

#include <sipcodes/generated/c_enums.h> /* sipcodes_status: SIPCODES_OK = 200, ...; sipcodes_class */

#ifdef __cplusplus
extern "C" {
#endif

/* Nonzero if `code` is in the registry. */
static inline int sipcodes_is_registered(int code);

/* The registry's reason phrase ("Flow Failed"), NUL-terminated; NULL for any
 * number that is not a registered code. */
static inline const char* sipcodes_reason_phrase(int code);

/* The class (1-6) of any number in 100-699, registered or not; 0 outside. */
static inline int sipcodes_class_of(int code);

/* The class's name as the reference pages print it ("Client Failure"); NULL
 * for anything but 1-6. */
static inline const char* sipcodes_class_name(int class_digit);

/* How a UAC must treat a code (RFC 3261 section 8.1.3.2): a registered code as
 * itself, an unknown 1xx as 183, an unknown final code as its class's x00; 0
 * for numbers outside 100-699 (or when that fallback is not registered). */
static inline int sipcodes_canonical(int code);

/* Nonzero if the registry marks the code deprecated (202). */
static inline int sipcodes_is_deprecated(int code);

/* Class predicates on any number (0 outside 100-699). */
static inline int sipcodes_is_provisional(int code);
static inline int sipcodes_is_final(int code);
static inline int sipcodes_is_success(int code);
static inline int sipcodes_is_redirection(int code);
static inline int sipcodes_is_failure(int code);
static inline int sipcodes_is_client_failure(int code);
static inline int sipcodes_is_server_failure(int code);
static inline int sipcodes_is_global_failure(int code);

/* Q.850 causes and RFC 3398 (sipcodes/q850.hpp documents each row):
 * nonzero if `cause` is a Q.850 cause of the spec; */
static inline int sipcodes_is_q850(int cause);
/* Q.850's name of a cause ("User busy"), NUL-terminated; NULL for anything else; */
static inline const char* sipcodes_q850_name(int cause);
/* RFC 3398 section 7.2.4.1: the response for a cause value 1-127: its row's,
 * or the default 500 for a value without a row; 0 for none (16, 44, or a value
 * outside 1-127); with its conditions: location is the Q.850 location (0 =
 * user: 21 -> 603, the caller's choice), diagnostic nonzero when the cause
 * carries one (22 -> 301); */
static inline int sipcodes_status_for_q850(int cause);
static inline int sipcodes_status_for_q850_at(int cause, int location, int diagnostic);
/* RFC 3398 section 8.2.6.1: the cause for a rejection, 31 for a 4xx-6xx the
 * table does not list (registered or not), 0 for none (100-399, 487, a value
 * outside 100-699, and the conditional rows: 401/407 need _challenge, 488/606
 * _warning);
 * cannot_answer nonzero when the gateway cannot answer the challenge;
 * warn_code is the Warning's code (any other int counts as an unlisted code). */
static inline int sipcodes_q850_for_status(int code);
static inline int sipcodes_q850_for_status_challenge(int code, int cannot_answer);
static inline int sipcodes_q850_for_status_warning(int code, int warn_code);

#ifdef __cplusplus
} /* extern "C" */
#endif

#define SIPCODES_C_PREFIX sipcodes
#include <sipcodes/generated/c_tables.inc>
#include "impl/c_api.inc"
#include <sipcodes/generated/c_q850.inc>
#include "impl/c_q850.inc"
#undef SIPCODES_C_PREFIX

#endif /* SIPCODES_H */
