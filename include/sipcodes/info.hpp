// sipcodes/info.hpp: what each SIP response code means, when you see it and how to fix it.
//
//     static_assert(info(status::flow_failed).references == "RFC 5626");
//
// The long texts are in arrays of their own: a program that never calls
// info() links none of their bytes.

#ifndef SIPCODES_INFO_HPP
#define SIPCODES_INFO_HPP

#include "attributes.hpp"
#include "detail/records.hpp"
#include <sipcodes/generated/info.hpp>

namespace sipcodes {

/// Everything the registry and the spec say about one code: code, phrase,
/// class_, description, when, fix, references, deprecated, action_source,
/// headers_source (see detail/records.hpp). Returned by value; the string_views
/// point into read-only tables that live as long as the program.
using status_info = detail::basic_status_info<status_class>;

inline namespace SIPCODES_TABLES {

/// The record for `s`. For a value that is not registered (only a cast makes
/// one) every text is empty and `deprecated` is false.
[[nodiscard]] constexpr status_info info(status s) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/info.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_INFO_HPP
