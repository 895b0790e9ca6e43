#include "options.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace sipcodes_uas {

namespace {

bool parse_unsigned(std::string_view text, std::uint64_t max, std::uint64_t& out) noexcept
{
    if (text.empty() || text.size() > 19) {
        return false;
    }
    std::uint64_t n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (n > max) {
        return false;
    }
    out = n;
    return true;
}

// scheme ":" and at least one more character, none of them whitespace,
// control characters or the angle brackets the Contact puts around it.
bool is_uri(std::string_view uri) noexcept
{
    const std::size_t colon = uri.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == uri.size()) {
        return false;
    }
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = uri[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!(alpha || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
            return false;
        }
    }
    for (const char c : uri) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == '"') {
            return false;
        }
    }
    return true;
}

bool fail(message& error, std::string_view a, std::string_view b = {}, std::string_view c = {},
          std::string_view d = {}) noexcept
{
    error.append(a);
    error.append(b);
    error.append(c);
    error.append(d);
    return false;
}

} // namespace

void message::append(std::string_view s) noexcept
{
    for (const char c : s) {
        if (length_ < sizeof text_) {
            // Control characters in an argument are shown as '?', so a hostile
            // argument cannot drive the terminal.
            const auto u = static_cast<unsigned char>(c);
            text_[length_++] = u < 0x20 || u == 0x7f ? '?' : c;
        }
    }
}

bool parse_options(int argc, const char* const* argv, options& out, message& error) noexcept
{
    out.settings = default_config();
    out.bind_address = "127.0.0.1";
    out.address_family = AF_INET;
    out.port = 0;
    out.max_requests = 0;
    out.help = false;
    bool port_given = false;
    bool replied[method_count] = {};

    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        std::string_view name = argument;
        std::string_view value;
        bool has_value = false;
        const std::size_t equals = argument.find('=');
        if (argument.substr(0, 2) == "--" && equals != std::string_view::npos) {
            name = argument.substr(0, equals);
            value = argument.substr(equals + 1);
            has_value = true;
        }
        if (name == "--help" || name == "-h") {
            out.help = true;
            return true;
        }
        const bool takes_value =
            name == "--port" || name == "--bind" || name == "--reply" || name == "--contact" || name == "--max-requests";
        if (!takes_value) {
            return fail(error, "unknown argument '", argument, "' (see --help)");
        }
        if (!has_value) {
            if (i + 1 >= argc) {
                return fail(error, name, " needs a value");
            }
            value = argv[++i];
        }

        if (name == "--port") {
            std::uint64_t port = 0;
            if (!parse_unsigned(value, 65535, port)) {
                return fail(error, "--port ", value, ": not a port number (0-65535)");
            }
            out.port = static_cast<std::uint16_t>(port);
            port_given = true;
        } else if (name == "--bind") {
            unsigned char address[sizeof(in6_addr)];
            char text[INET6_ADDRSTRLEN + 1] = {};
            if (value.size() >= sizeof text) {
                return fail(error, "--bind ", value, ": not an IPv4 or IPv6 address");
            }
            for (std::size_t k = 0; k < value.size(); ++k) {
                text[k] = value[k];
            }
            if (inet_pton(AF_INET, text, address) == 1) {
                out.address_family = AF_INET;
            } else if (inet_pton(AF_INET6, text, address) == 1) {
                out.address_family = AF_INET6;
            } else {
                return fail(error, "--bind ", value, ": not an IPv4 or IPv6 address");
            }
            out.bind_address = value;
        } else if (name == "--contact") {
            if (!is_uri(value)) {
                return fail(error, "--contact ", value, ": not a URI (e.g. sip:alice@example.com)");
            }
            out.settings.redirect_contact = value;
        } else if (name == "--max-requests") {
            std::uint64_t n = 0;
            if (!parse_unsigned(value, 1000000000000ull, n) || n == 0) {
                return fail(error, "--max-requests ", value, ": not a positive number");
            }
            out.max_requests = n;
        } else { // --reply METHOD=CODE
            const std::size_t split = value.find('=');
            const std::string_view method_text = value.substr(0, split);
            const std::string_view code_text = split == std::string_view::npos ? std::string_view{} : value.substr(split + 1);
            const std::optional<method> m = method_of(method_text);
            if (split == std::string_view::npos) {
                return fail(error, "--reply ", value, ": expected METHOD=CODE, e.g. INVITE=486");
            }
            if (!m) {
                return fail(error, "--reply ", value,
                            ": unknown method (one of ACK BYE CANCEL INFO INVITE MESSAGE NOTIFY OPTIONS PRACK "
                            "PUBLISH REFER REGISTER SUBSCRIBE UPDATE)");
            }
            std::uint64_t code = 0;
            if (code_text.size() != 3 || !parse_unsigned(code_text, 999, code)) {
                return fail(error, "--reply ", value, ": the code is three digits (RFC 3261 25.1)");
            }
            const std::optional<sipcodes::status> s = sipcodes::to_status(static_cast<int>(code));
            if (!s) {
                return fail(error, "--reply ", value, ": ", "not a registered SIP response code");
            }
            if (replied[index_of(*m)]) {
                return fail(error, "--reply ", value, ": a second reply for ", method_text);
            }
            replied[index_of(*m)] = true;
            out.settings.reply[index_of(*m)] = *s;
        }
    }
    if (!port_given) {
        return fail(error, "--port is required (see --help)");
    }
    // Checked once every option is known: a 3xx needs the --contact that may follow it.
    for (std::size_t k = 0; k < method_count; ++k) {
        if (!replied[k]) {
            continue;
        }
        const auto m = static_cast<method>(k);
        const sipcodes::status s = *out.settings.reply[k];
        const std::string_view problem = reply_problem(out.settings, m, s);
        if (!problem.empty()) {
            char code[3] = {static_cast<char>('0' + sipcodes::to_int(s) / 100),
                            static_cast<char>('0' + sipcodes::to_int(s) / 10 % 10),
                            static_cast<char>('0' + sipcodes::to_int(s) % 10)};
            error.append("--reply ");
            error.append(method_name(m));
            error.append("=");
            error.append(std::string_view(code, 3));
            return fail(error, " (", sipcodes::reason_phrase(s), "): ", problem);
        }
    }
    return true;
}

} // namespace sipcodes_uas
