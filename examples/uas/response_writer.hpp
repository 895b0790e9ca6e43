// Responses written into the caller's buffer (RFC 3261 §8.2.6): the status
// line, the fields copied from the request, the header fields the library
// says the code must carry, filled in with this server's values. No heap and
// no I/O.
#ifndef SIPCODES_EXAMPLES_UAS_RESPONSE_WRITER_HPP
#define SIPCODES_EXAMPLES_UAS_RESPONSE_WRITER_HPP

#include <sipcodes/attributes.hpp>
#include <sipcodes/status.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "server_config.hpp"
#include "sip_method.hpp"
#include "sip_request.hpp"

namespace sipcodes_uas {

/// Where a datagram came from, as text ("127.0.0.1") and number: the top Via
/// of the response records it (received=, rport=).
struct peer {
    std::string_view address;
    std::uint16_t port;
};

/// The response the server decided on.
struct response_plan {
    sipcodes::status code;
    defect problem;    // a Warning for 400 and 505
    method m;          // meaningful when known_method
    bool known_method;
};

/// Writes the response `plan` describes to request `r` from `from` into
/// out[0, capacity) and returns its length. A length above `capacity` means it
/// did not fit: out holds its first `capacity` bytes and nothing past them.
[[nodiscard]] std::size_t write_response(const response_plan& plan, const config& c, const request& r,
                                         const peer& from, char* out, std::size_t capacity) noexcept;

/// True if the server writes a well-formed `h` into any response that needs
/// it, with configuration `c`. Unsupported is false: its value comes from the
/// request (§8.2.2.3).
[[nodiscard]] bool can_produce(const config& c, sipcodes::header h) noexcept;

} // namespace sipcodes_uas

#endif
