// sipcodes/warning.hpp: the Warning codes (RFC 3261 §20.43, the IANA "Warning
// Codes" registry with RFC 5630 and RFC 8373).
//
//     static_assert(to_warn_code(370) == warn_code::insufficient_bandwidth);
//     static_assert(warn_text(warn_code::insufficient_bandwidth) == "Insufficient bandwidth");

#ifndef SIPCODES_WARNING_HPP
#define SIPCODES_WARNING_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/config.hpp"
#include "detail/tables.hpp"
// enum class warn_code (incompatible_network_protocol = 300 ... miscellaneous_warning = 399).
#include <sipcodes/generated/warning.hpp>

namespace sipcodes {
inline namespace SIPCODES_TABLES {

/// The number of a warn-code: `to_int(warn_code::insufficient_bandwidth) == 370`.
[[nodiscard]] constexpr int to_int(warn_code w) noexcept;

/// The registered warn-code with this number, or nullopt for any other int.
[[nodiscard]] constexpr std::optional<warn_code> to_warn_code(int code) noexcept;

/// The warn-text the registry recommends (English): "Insufficient bandwidth".
/// Empty for a value that is not registered.
[[nodiscard]] constexpr std::string_view warn_text(warn_code w) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/warning.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_WARNING_HPP
