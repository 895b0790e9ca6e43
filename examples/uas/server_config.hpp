// What the server answers: the reply to each method and the server's own
// address and secret, set up once at start-up (options.cpp) and read-only
// afterwards.
#ifndef SIPCODES_EXAMPLES_UAS_SERVER_CONFIG_HPP
#define SIPCODES_EXAMPLES_UAS_SERVER_CONFIG_HPP

#include <sipcodes/status.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "sip_method.hpp"

namespace sipcodes_uas {

struct config {
    /// The final response to each method; nullopt: the method is not allowed
    /// here (405). ACK is never answered and CANCEL is answered by §9.2, so
    /// their entries are not used.
    std::optional<sipcodes::status> reply[method_count];
    /// --contact: where 3xx responses redirect to, as given (a URI, written
    /// inside <>). Empty: no redirect target, and 3xx replies are refused.
    std::string_view redirect_contact;
    /// The server's own host:port ("127.0.0.1:5060", "[::1]:5060"): the
    /// Contact of 2xx responses that establish a dialog, and the Warning agent.
    char own_hostport[64];
    std::size_t own_hostport_length;
    /// Key of the keyed hash behind To tags and nonces (random at start-up).
    std::uint64_t secret[2];

    [[nodiscard]] std::string_view hostport() const noexcept { return {own_hostport, own_hostport_length}; }
};

/// INVITE, OPTIONS, REGISTER and BYE answered 200; every other method 405.
[[nodiscard]] config default_config() noexcept;

/// Stores `hostport` as the server's own address; false if it does not fit.
[[nodiscard]] bool set_own_hostport(config& c, std::string_view hostport) noexcept;

/// Why `code` cannot be configured as the reply to `m`, or an empty view if it
/// can: a provisional code, ACK or CANCEL, 420 (sent only on its own), or a
/// header the code must carry that this server cannot fill in with `c`
/// (a redirect without --contact).
[[nodiscard]] std::string_view reply_problem(const config& c, method m, sipcodes::status code) noexcept;

} // namespace sipcodes_uas

#endif
