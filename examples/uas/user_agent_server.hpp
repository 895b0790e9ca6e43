// The user-agent server: one datagram in, at most one response out, written
// into the caller's buffer. No heap, no exceptions, no I/O: main.cpp owns the
// socket and the buffers, and the unit tests drive this directly.
#ifndef SIPCODES_EXAMPLES_UAS_USER_AGENT_SERVER_HPP
#define SIPCODES_EXAMPLES_UAS_USER_AGENT_SERVER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dialog_memory.hpp"
#include "response_writer.hpp"
#include "server_config.hpp"
#include "sip_method.hpp"
#include "sip_request.hpp"
#include "transaction_memory.hpp"

namespace sipcodes_uas {

enum class outcome_kind : std::uint8_t {
    respond, // `length` bytes of response are in the output buffer
    absorb,  // an ACK: never answered (§17.2.1, §13.3.1.4)
    drop,    // no response is possible; `why` says which
};

enum class drop_reason : std::uint8_t {
    none,
    not_a_request,
    unterminated_headers,
    no_via,
    bad_via,
    malformed_ack,
    response_too_large,
};

struct outcome {
    outcome_kind kind;
    int code;
    std::size_t length;
    drop_reason why;
    /// Where a response goes (RFC 3261 §18.2.2, RFC 3581 §4): the datagram's
    /// source address, at its source port when the top Via has rport, else at
    /// the Via's sent-by port (5060 when it names none).
    std::uint16_t reply_port;
};

/// Size of the largest request the server reads: a longer datagram is cut to
/// this and answered 513 when its whole header section fits, dropped otherwise.
/// SIP over UDP stays near the path MTU (§18.1.1), so this bounds the static
/// buffers without turning away real traffic.
inline constexpr std::size_t max_request_size = 16384;
/// Room for every response to a request of max_request_size: the copied
/// header fields plus what the server adds.
inline constexpr std::size_t max_response_size = max_request_size + 2048;

class user_agent_server {
public:
    explicit user_agent_server(const config& c) noexcept : config_(c) {}

    /// Answers one datagram. `truncated`: the datagram was longer than the
    /// part given; `from`: its source. The response goes to from.address at
    /// outcome::reply_port.
    [[nodiscard]] outcome handle(std::string_view datagram, bool truncated, const peer& from,
                                 std::uint64_t now_ms, char* out, std::size_t capacity) noexcept;

private:
    /// The response `r` gets (RFC 3261 §8.2, in its order); `r` is not an ACK.
    [[nodiscard]] response_plan plan_response(const request& r, bool truncated, std::uint64_t now_ms) const noexcept;
    /// A request with a To tag: is it for a dialog of this server's?
    [[nodiscard]] bool in_known_dialog(const request& r, method m, std::uint64_t now_ms) const noexcept;

    const config& config_;
    transaction_memory transactions_;
    dialog_memory dialogs_;
};

} // namespace sipcodes_uas

#endif
