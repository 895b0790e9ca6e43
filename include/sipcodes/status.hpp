// sipcodes/status.hpp: SIP response codes: the enum, reason phrases, classes and look-ups.
//
// Everything is constexpr and noexcept, allocates nothing and reads tables in
// read-only data that hold offsets into one char array, never pointers (no
// relocations, even in position-independent code). This header is all a
// firmware needs for code -> phrase and class; the long texts are in info.hpp.
//
//     static_assert(reason_phrase(status::flow_failed) == "Flow Failed");
//     static_assert(to_status(430) == status::flow_failed && !to_status(499));
//     static_assert(canonical(499) == status::bad_request);

#ifndef SIPCODES_STATUS_HPP
#define SIPCODES_STATUS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/config.hpp"
#include "detail/tables.hpp"
// version; enum class status (trying = 100 ... rejected = 608); enum class
// status_class (provisional = 1 ... global_failure = 6); status_count;
// all_statuses (every status, ascending); SIPCODES_VERSION_MAJOR/MINOR/PATCH.
#include <sipcodes/generated/status.hpp>

namespace sipcodes {
inline namespace SIPCODES_TABLES {

/// The number of a status: `to_int(status::ok) == 200`.
[[nodiscard]] constexpr int to_int(status s) noexcept;

/// True if `s` is a registered code (false only for values made by a cast).
[[nodiscard]] constexpr bool is_registered(status s) noexcept;

/// The registered status with this number, or nullopt for any other int.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::optional<status> to_status(int code) noexcept;

/// How a UAC must treat a code (RFC 3261 §8.1.3.2): a registered code as itself;
/// an unrecognised provisional code as 183 Session Progress; an unrecognised
/// final code x yz as its class's x00. nullopt outside 100..699 (and where the
/// fallback itself is not in the spec).
[[nodiscard]] constexpr std::optional<status> canonical(int code) noexcept;

/// The class of any number in 100..699, registered or not; nullopt outside.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::optional<status_class> class_of(int code) noexcept;

/// The class of a status (its first digit). A value outside 100..699, which
/// only a cast can make, gives status_class{} (no enumerator).
[[nodiscard]] constexpr status_class class_of(status s) noexcept;

/// The IANA reason phrase: `reason_phrase(status::flow_failed) == "Flow Failed"`.
/// Empty for a value that is not registered.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::string_view reason_phrase(status s) noexcept;

/// The reason phrase of any int in one look-up: `reason_phrase(430) == "Flow
/// Failed"`; empty for a number that is not a registered code. The same as
/// `to_status(code)` followed by `reason_phrase(*s)`, which compilers merge into
/// one look-up, but with no branch on the optional.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::string_view reason_phrase(int code) noexcept;

/// The class's name as the reference pages print it: "Client Failure".
/// Empty for a value that is not a class.
[[nodiscard]] constexpr std::string_view class_name(status_class c) noexcept;

/// True if the registry marks `s` deprecated (202 Accepted, by RFC 6665).
[[nodiscard]] constexpr bool is_deprecated(status s) noexcept;

/// 1xx: the request is in progress; more responses follow (RFC 3261 §7.2).
[[nodiscard]] constexpr bool is_provisional(status s) noexcept;
/// 2xx to 6xx: a final response, which ends the transaction (RFC 3261 §7.2).
[[nodiscard]] constexpr bool is_final(status s) noexcept;
/// 2xx: the request succeeded.
[[nodiscard]] constexpr bool is_success(status s) noexcept;
/// 3xx: the request should be retried elsewhere.
[[nodiscard]] constexpr bool is_redirection(status s) noexcept;
/// 4xx, 5xx or 6xx: the request failed.
[[nodiscard]] constexpr bool is_failure(status s) noexcept;
/// 4xx: the request is wrong or cannot be served by this server as it stands.
[[nodiscard]] constexpr bool is_client_failure(status s) noexcept;
/// 5xx: the server failed to fulfil an apparently valid request.
[[nodiscard]] constexpr bool is_server_failure(status s) noexcept;
/// 6xx: the request cannot be fulfilled at any server.
[[nodiscard]] constexpr bool is_global_failure(status s) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/status.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_STATUS_HPP
