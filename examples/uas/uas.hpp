// The user-agent server: one datagram in, at most one response out, written
// into the caller's buffer. No heap, no exceptions, no I/O: main.cpp owns the
// socket and the buffers, and the unit tests drive this directly.
#ifndef SIPCODES_EXAMPLES_UAS_UAS_HPP
#define SIPCODES_EXAMPLES_UAS_UAS_HPP

#include <sipcodes/attributes.hpp>
#include <sipcodes/status.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "sip_request.hpp"

namespace sipcodes_uas {

/// The methods of the IANA "Methods and Response Codes" registry: a request
/// with any other method gets 501, one of these that is not configured gets
/// 405 (RFC 3261 §8.2.1).
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

[[nodiscard]] std::string_view method_name(method m) noexcept;
/// Methods are case-sensitive (§7.1): "invite" is not INVITE.
[[nodiscard]] std::optional<method> method_of(std::string_view name) noexcept;

/// What the server answers. Built once at start-up (options.cpp), read-only
/// afterwards.
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

/// True if the server writes a well-formed `h` into any response that needs
/// it, with configuration `c`. Unsupported is false: its value comes from the
/// request (§8.2.2.3).
[[nodiscard]] bool can_produce(const config& c, sipcodes::header h) noexcept;

/// Recent transactions, for matching a CANCEL (RFC 3261 §9.2 via §17.2.3): a
/// ring of keys, each remembered for 64*T1 = 32 s, the time a UDP server
/// transaction lives after its final response (Timer H / Timer J).
class transaction_memory {
public:
    static constexpr std::size_t capacity = 1024;
    static constexpr std::uint64_t lifetime_ms = 32000;

    void remember(std::uint64_t key, std::uint64_t now_ms) noexcept;
    [[nodiscard]] bool recalls(std::uint64_t key, std::uint64_t now_ms) const noexcept;

private:
    struct entry {
        std::uint64_t key;
        std::uint64_t at_ms;
    };
    entry entries_[capacity] = {};
    std::size_t next_ = 0;
};

/// The dialogs this server is in (§12): a 2xx to INVITE, SUBSCRIBE or REFER
/// adds one, a 2xx to BYE ends it. Keys are the server's To tags (SipHash
/// outputs, unique per Call-ID and From tag), kept in an open-addressed table
/// placed by their low bits. It holds up to `max_dialogs` at once; a dialog
/// that finds it full is not recorded, and from then on `complete()` is false:
/// the table can no longer say that a dialog does not exist.
class dialog_memory {
public:
    static constexpr std::size_t slots = 4096; // a power of two
    static constexpr std::size_t max_dialogs = slots / 4 * 3;

    void add(std::uint64_t key) noexcept;
    void end(std::uint64_t key) noexcept;
    [[nodiscard]] bool contains(std::uint64_t key) const noexcept;
    /// False once a dialog was left out because the table was full.
    [[nodiscard]] bool complete() const noexcept { return !overflowed_; }

private:
    [[nodiscard]] std::size_t find(std::uint64_t key) const noexcept; // `slots` if absent

    std::uint64_t keys_[slots] = {}; // 0: a free slot
    std::size_t count_ = 0;
    bool overflowed_ = false;
};

/// Where a datagram came from, as text ("127.0.0.1") and number.
struct peer {
    std::string_view address;
    std::uint16_t port;
};

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
    /// A request with a To tag: is it for a dialog of this server's?
    [[nodiscard]] bool in_known_dialog(const request& r, method m, std::uint64_t now_ms) const noexcept;

    const config& config_;
    transaction_memory transactions_;
    dialog_memory dialogs_;
};

} // namespace sipcodes_uas

#endif
