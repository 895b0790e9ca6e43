#include "server_config.hpp"

#include <sipcodes/attributes.hpp>

#include "response_writer.hpp"

namespace sipcodes_uas {

using sipcodes::header;
using sipcodes::status;

config default_config() noexcept
{
    config c{};
    c.reply[index_of(method::invite)] = status::ok;
    c.reply[index_of(method::options)] = status::ok;
    c.reply[index_of(method::register_)] = status::ok;
    c.reply[index_of(method::bye)] = status::ok;
    (void)set_own_hostport(c, "127.0.0.1:5060");
    return c;
}

bool set_own_hostport(config& c, std::string_view hostport) noexcept
{
    if (hostport.size() > sizeof c.own_hostport) {
        return false;
    }
    for (std::size_t i = 0; i < hostport.size(); ++i) {
        c.own_hostport[i] = hostport[i];
    }
    c.own_hostport_length = hostport.size();
    return true;
}

std::string_view reply_problem(const config& c, method m, status code) noexcept
{
    if (m == method::ack) {
        return "ACK is never answered (RFC 3261 17.2.1)";
    }
    if (m == method::cancel) {
        return "CANCEL is answered 200 or 481 as RFC 3261 9.2 says";
    }
    if (!sipcodes::is_final(code)) {
        return "the reply must be a final response (200-699)";
    }
    if (code == status::bad_extension) {
        return "420 is sent on its own, to a request whose Require names an option tag this server does "
               "not support (RFC 3261 8.2.2.3)";
    }
    if (!sipcodes::can_answer(code, m)) {
        return "the code cannot answer this method (RFC 4320, and the RFC that defines the code: see "
               "sipcodes --method)";
    }
    for (const header h : sipcodes::required_headers(code, m)) {
        // A 2xx to INVITE, SUBSCRIBE or REFER carries this server's own Contact (§12.1.1).
        if (h == header::contact && sipcodes::is_success(code) && creates_dialog(m)) {
            continue;
        }
        if (!can_produce(c, h)) {
            return h == header::contact ? "the code must carry a Contact: give --contact URI"
                                        : "the code must carry a header field this server cannot fill in";
        }
    }
    const sipcodes::header_set one_of = sipcodes::required_one_of(code);
    bool one_of_met = one_of.empty();
    for (const header h : one_of) {
        one_of_met = one_of_met || can_produce(c, h);
    }
    if (!one_of_met) {
        return "the code must carry one of several header fields and this server can fill in none";
    }
    if (sipcodes::recommends_header(code, header::contact) && c.redirect_contact.empty()) {
        return "a redirect needs somewhere to redirect to: give --contact URI";
    }
    return {};
}

} // namespace sipcodes_uas
