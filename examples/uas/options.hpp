// Command line of sipcodes-uas, kept apart from main() so that the unit tests
// drive it without a socket:
//
//   sipcodes-uas --port P [--bind ADDR] [--reply METHOD=CODE]... [--contact URI] [--max-requests N]
#ifndef SIPCODES_EXAMPLES_UAS_OPTIONS_HPP
#define SIPCODES_EXAMPLES_UAS_OPTIONS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "server_config.hpp"

namespace sipcodes_uas {

struct options {
    config settings;
    std::string_view bind_address; // IPv4 or IPv6 text, checked with inet_pton
    int address_family;            // AF_INET or AF_INET6
    std::uint16_t port;            // 0: the system picks one, printed at start-up
    std::uint64_t max_requests;    // 0: no limit
    bool help;
};

/// A message for the user, built without the heap.
class message {
public:
    void append(std::string_view s) noexcept;
    [[nodiscard]] std::string_view text() const noexcept { return {text_, length_}; }
    [[nodiscard]] bool empty() const noexcept { return length_ == 0; }

private:
    char text_[512] = {};
    std::size_t length_ = 0;
};

/// Reads argv[1..argc). On an error returns false with `error` saying which
/// argument is wrong and why.
[[nodiscard]] bool parse_options(int argc, const char* const* argv, options& out, message& error) noexcept;

inline constexpr std::string_view usage =
    "usage: sipcodes-uas --port P [--bind ADDR] [--reply METHOD=CODE]... [--contact URI] [--max-requests N]\n"
    "  --port P            UDP port to listen on (0: any free port; the port is printed)\n"
    "  --bind ADDR         IPv4 or IPv6 address to listen on (default 127.0.0.1)\n"
    "  --reply METHOD=CODE final response to METHOD (default INVITE, OPTIONS, REGISTER, BYE=200;\n"
    "                      other methods of the IANA registry get 405, unknown ones 501)\n"
    "  --contact URI       where 3xx responses redirect to (needed by any 3xx reply)\n"
    "  --max-requests N    exit after N datagrams\n"
    "On exit (SIGINT, SIGTERM or --max-requests) prints one summary line.\n";

} // namespace sipcodes_uas

#endif
