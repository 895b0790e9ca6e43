// The request methods this server knows: the library's IANA "Methods"
// registry (sipcodes/method.hpp), so that can_answer() and the method-aware
// requires_header() speak of the same methods.
#ifndef SIPCODES_EXAMPLES_UAS_SIP_METHOD_HPP
#define SIPCODES_EXAMPLES_UAS_SIP_METHOD_HPP

#include <sipcodes/method.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace sipcodes_uas {

/// A request with any other method gets 501, one of these that is not
/// configured gets 405 (RFC 3261 §8.2.1).
using method = sipcodes::method;
using sipcodes::method_count;
using sipcodes::method_name;

/// The method's position in per-method tables (config::reply).
[[nodiscard]] constexpr std::size_t index_of(method m) noexcept
{
    return static_cast<std::size_t>(m);
}

/// True for the methods whose 2xx makes a dialog: INVITE (RFC 3261 §12.1),
/// SUBSCRIBE (RFC 6665) and REFER (RFC 3515).
[[nodiscard]] constexpr bool creates_dialog(method m) noexcept
{
    return m == method::invite || m == method::subscribe || m == method::refer;
}

/// Methods are case-sensitive (§7.1): "invite" is not INVITE.
[[nodiscard]] constexpr std::optional<method> method_of(std::string_view name) noexcept
{
    return sipcodes::to_method(name);
}

} // namespace sipcodes_uas

#endif
