// sipcodes/q850.hpp: ITU-T Q.850 cause values and the RFC 3398 mappings
// between them and SIP status codes, for gateways to ISUP / ISDN networks.
//
//     static_assert(to_q850(17) == q850::user_busy);
//     static_assert(status_for_q850(q850::user_busy) == status::busy_here);       // §7.2.4.1
//     static_assert(!status_for_q850(q850::normal_call_clearing));                // BYE or CANCEL
//     static_assert(status_for_q850(q850::channel_unacceptable) == status::server_internal_error); // no row
//     static_assert(q850_for_status(status::not_found) == q850::unallocated_number); // §8.2.6.1
//     static_assert(q850_for_status(status::not_acceptable_here, warn_code::insufficient_bandwidth) ==
//                   q850::bearer_capability_not_implemented);
//
// Both tables are the spec's (spec/q850.yaml), RFC 3398's by default; a user
// spec can replace rows (a carrier's or a national profile). Every cause maps
// to a status by its row or the default (500), or explicitly to none; every
// registered code maps to a cause, or explicitly to none: q850_mapping_note()
// says which row applies, or why there is nothing to send.
//
// Not modelled: the cause location of the REL a gateway sends. RFC 3398
// §8.2.6.1 gives it by class, 'user' for a 6xx and 'network' for a 4xx or 5xx
// (no row of its table is marked as an exception); which network value
// (cause_location::public_local, private_local, ...) depends on where the
// gateway stands, so the caller chooses it (docs/gateway_mappings.md).

#ifndef SIPCODES_Q850_HPP
#define SIPCODES_Q850_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/gateway.hpp"
#include "status.hpp"
#include "warning.hpp"
// enum class q850 (unallocated_number = 1 ... interworking_unspecified = 127),
// q850_count, all_q850; the RFC 3398 tables.
#include <sipcodes/generated/q850.hpp>

namespace sipcodes {

/// The class of a cause (ITU-T Q.850 Table 1): normal_event, resource_unavailable,
/// service_unavailable, service_not_implemented, invalid_message, protocol_error, interworking.
using q850_class = detail::q850_class;

/// Where a cause was generated (the location of the Cause indicators):
/// cause_location::user, private_local, public_local, transit, ... (RFC 8606's U, LPN, LN, TN, ...).
using cause_location = detail::cause_location;

/// Whether a cause carries a diagnostic: cause_diagnostic::absent or present.
using cause_diagnostic = detail::cause_diagnostic;

/// Whether the gateway can answer a 401 / 407 challenge: challenge::answerable or unanswerable.
using challenge = detail::challenge;

/// Q.850's name of a class: q850_class_name(q850_class::resource_unavailable) == "Resource unavailable".
using detail::q850_class_name; // (q850_class c)

inline namespace SIPCODES_TABLES {

/// The number of a cause: `to_int(q850::user_busy) == 17`.
[[nodiscard]] constexpr int to_int(q850 c) noexcept;

/// The cause with this number, or nullopt for a number the spec does not hold.
[[nodiscard]] constexpr std::optional<q850> to_q850(int cause) noexcept;

/// Q.850's name of a cause: "User busy". Empty for a value that is not a cause.
[[nodiscard]] constexpr std::string_view q850_name(q850 c) noexcept;

/// The class of a cause (its top three bits).
[[nodiscard]] constexpr q850_class class_of(q850 c) noexcept;

/// RFC 3398 §7.2.4.1: the response a gateway sends when the call is released
/// with this cause. A cause without a row gets the default, 500 Server
/// Internal Error ("If a cause value other than those listed below is
/// received, the default response '500 Server internal error' SHOULD be
/// used"), for any value 1..127, those the spec does not name included.
/// nullopt for 16 (normal call clearing usually ends the call with a BYE or
/// CANCEL, not a response), for 44 (the gateway re-sends the IAM on another
/// circuit: the RFC says no status is sent) and for a value that is not 1..127.
/// The conditional rows answer their default here: 21 -> 403, 22 -> 410.
[[nodiscard]] constexpr std::optional<status> status_for_q850(q850 c) noexcept;

/// The same, with the conditions of RFC 3398 §7.2.4.1 made explicit:
/// - 21 at cause_location::user -> 603 Decline rather than 403. Footnote (+)
///   says the 6xx "could be given": passing cause_location::user is the
///   caller's choice to give it;
/// - 22 with cause_diagnostic::present (the new number) -> 301 Moved
///   Permanently, whose Contact carries it, rather than 410.
/// Every other row does not depend on them.
[[nodiscard]] constexpr std::optional<status> status_for_q850(q850 c, cause_location where,
                                                              cause_diagnostic diagnostic) noexcept;

/// RFC 3398 §8.2.6.1: the cause a gateway puts in the REL when a call it
/// placed is rejected with `s`. A 4xx-6xx the table does not list maps to 31
/// ("Any SIP status codes not listed below (associated with SIP extensions,
/// versions of SIP subsequent to the issue of this document, or simply
/// omitted) should be mapping to cause code 31"): that includes a value the
/// registry does not hold (static_cast<status>(499)), which acts as its class.
/// nullopt when no cause is sent: 1xx, 2xx, 3xx (§8.2.2 to §8.2.5: the gateway
/// sends an ACM, CPG or ANM, or tries the Contact), 487 (the call was already
/// released by a CANCEL or BYE), and a value outside 100..699. Conditional
/// rows give nullopt here, never a guess:
/// - 401, 407: use q850_for_status(s, challenge);
/// - 488, 606: the Warning header decides, use q850_for_status(s, warn_code).
[[nodiscard]] constexpr std::optional<q850> q850_for_status(status s) noexcept;

/// 401, 407: 21 Call rejected if the gateway cannot answer the challenge;
/// nullopt if it can (it retries with credentials and releases nothing).
/// Any other code: as q850_for_status(s).
[[nodiscard]] constexpr std::optional<q850> q850_for_status(status s, challenge c) noexcept;

/// 488, 606 carrying a Warning with `w`: 65 Bearer capability not implemented
/// when the Warning speaks of an unavailable bearer capability (304, 370), 31
/// Normal, unspecified otherwise (RFC 3398 §8.2.6.1, after its table). Any
/// other code: as q850_for_status(s).
[[nodiscard]] constexpr std::optional<q850> q850_for_status(status s, warn_code w) noexcept;

/// Why `s` maps as it does: the RFC section of its row ("RFC 3398 §8.2.6.1"),
/// or the reason there is no cause, with its section. An unregistered value in
/// 100..699 gives its class's note; anything else, empty.
[[nodiscard]] constexpr std::string_view q850_mapping_note(status s) noexcept;

/// Why `c` maps as it does in status_for_q850: the RFC section of its row, the
/// default's ("RFC 3398 §7.2.4.1, the default for a cause the table does not
/// list"), or the reason no response is sent (16, 44), with its section. Empty
/// for a value that is not 1..127.
[[nodiscard]] constexpr std::string_view q850_mapping_note(q850 c) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/q850.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_Q850_HPP
