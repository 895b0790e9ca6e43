// The request methods this server knows: those of the IANA "Methods and
// Response Codes" registry (RFC 3261 §27.4).
#ifndef SIPCODES_EXAMPLES_UAS_SIP_METHOD_HPP
#define SIPCODES_EXAMPLES_UAS_SIP_METHOD_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sipcodes_uas {

/// A request with any other method gets 501, one of these that is not
/// configured gets 405 (RFC 3261 §8.2.1).
enum class method : std::uint8_t {
    ack,
    bye,
    cancel,
    info,
    invite,
    message,
    notify,
    options,
    prack,
    publish,
    refer,
    register_,
    subscribe,
    update,
};
inline constexpr std::size_t method_count = 14;

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

[[nodiscard]] std::string_view method_name(method m) noexcept;
/// Methods are case-sensitive (§7.1): "invite" is not INVITE.
[[nodiscard]] std::optional<method> method_of(std::string_view name) noexcept;

} // namespace sipcodes_uas

#endif
