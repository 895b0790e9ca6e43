#include "response_writer.hpp"

#include <sipcodes/status_line.hpp>

#include <algorithm>
#include <optional>

#include "identifiers.hpp"

namespace sipcodes_uas {

namespace {

using sipcodes::header;
using sipcodes::status;

// Fixed values of the header fields a configured code must carry; each is
// the server's policy, stated once here.
constexpr std::string_view realm = "sipcodes-uas";
constexpr std::string_view accepted_body = "application/sdp";
constexpr std::string_view accepted_encoding = "identity";
constexpr std::string_view accepted_language = "en";
// RFC 4412 §3.1: the ets namespace, all five priorities.
constexpr std::string_view accepted_priorities = "ets.0, ets.1, ets.2, ets.3, ets.4";
// RFC 3261 §10.2.1.1: a registrar's default is one hour; ask for no less.
constexpr std::string_view min_expires = "3600";
// RFC 4028 §4: 1800 s is the recommended session interval.
constexpr std::string_view min_se = "1800";
// The extension a 421 insists on: reliable provisional responses (RFC 3262).
constexpr std::string_view required_extension = "100rel";
// RFC 3329 §2.2: HTTP Digest protected by the security agreement.
constexpr std::string_view security_mechanism = "digest;d-qop=auth;q=0.1";

// A response being written into the caller's buffer; past its capacity it
// only counts, so that the caller learns the length it needed.
class response_buffer {
public:
    response_buffer(char* out, std::size_t capacity) noexcept : out_(out), capacity_(capacity) {}

    void put(char c) noexcept
    {
        if (size_ < capacity_) {
            out_[size_] = c;
        }
        ++size_;
    }
    void put(std::string_view s) noexcept
    {
        for (const char c : s) {
            put(c);
        }
    }
    // A header value as received, each folded line break (CRLF and the
    // whitespace after it) written as one space (§7.3.1).
    void put_unfolded(std::string_view s) noexcept
    {
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
                put(' ');
                i += 1;
                while (i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\t')) {
                    ++i;
                }
                continue;
            }
            put(s[i]);
        }
    }
    void put_number(std::uint64_t n) noexcept
    {
        char digits[20];
        std::size_t count = 0;
        do {
            digits[count++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        while (count > 0) {
            put(digits[--count]);
        }
    }
    void put_hex(std::uint64_t n) noexcept { put(to_hex(n).view()); }
    void put_status_line(status s) noexcept
    {
        const std::size_t room = size_ < capacity_ ? capacity_ - size_ : 0;
        size_ += sipcodes::format_status_line(s, out_ + (size_ < capacity_ ? size_ : 0), room);
    }
    void header(std::string_view name, std::string_view value) noexcept
    {
        put(name);
        put(": ");
        put_unfolded(value);
        put("\r\n");
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
    char* out_;
    std::size_t capacity_;
    std::size_t size_ = 0;
};

// A set of one header (header_set is built from its bits).
sipcodes::header_set only(header h) noexcept
{
    return sipcodes::header_set(sipcodes::header_set::bits_type{1} << static_cast<unsigned>(h));
}

void write_allow(response_buffer& out, const config& c) noexcept
{
    out.put("Allow: ");
    const char* separator = "";
    for (std::size_t i = 0; i < method_count; ++i) {
        const auto m = static_cast<method>(i);
        const bool allowed = c.reply[i] && *c.reply[i] != status::method_not_allowed;
        if (m == method::ack || m == method::cancel || allowed) {
            out.put(separator);
            out.put(method_name(m));
            separator = ", ";
        }
    }
    out.put("\r\n");
}

void write_digest_challenge(response_buffer& out, std::string_view name, const config& c,
                            const request& r) noexcept
{
    out.put(name);
    out.put(": Digest realm=\"");
    out.put(realm);
    out.put("\", nonce=\"");
    out.put_hex(digest_nonce(c, r));
    out.put("\", algorithm=MD5, qop=\"auth\"\r\n");
}

// §8.2.2.3: every option tag of every Require field, in order.
void write_unsupported(response_buffer& out, const request& r) noexcept
{
    out.put("Unsupported: ");
    const char* separator = "";
    header_reader fields(r.headers);
    header_field f{};
    while (fields.next(f)) {
        if (f.id != field::require) {
            continue;
        }
        list_reader tags(f.value);
        std::string_view tag;
        while (tags.next(tag)) {
            out.put(separator);
            out.put_unfolded(tag);
            separator = ", ";
        }
    }
    out.put("\r\n");
}

// The expiry this server grants when a request names none: a registration
// (§10.2.1.1), a subscription or a publication (RFC 6665 §4.2.1.1 and RFC 3903
// §6 leave it to the server) lasts an hour.
constexpr std::uint32_t default_expiry_s = 3600;

// Writes header `h` for a response to `r`; false if this server has no value for it.
bool write_header(response_buffer& out, header h, const config& c, const request& r) noexcept
{
    const std::string_view name = sipcodes::header_name(h);
    switch (h) {
    case header::accept: out.header(name, accepted_body); return true;
    case header::accept_encoding: out.header(name, accepted_encoding); return true;
    case header::accept_language: out.header(name, accepted_language); return true;
    case header::accept_resource_priority: out.header(name, accepted_priorities); return true;
    case header::allow: write_allow(out, c); return true;
    case header::contact:
        if (c.redirect_contact.empty()) {
            return false;
        }
        out.put("Contact: <");
        out.put(c.redirect_contact);
        out.put(">\r\n");
        return true;
    case header::expires:
        // RFC 6665 §3.1.1 and RFC 3903 §6: how long the subscription or
        // publication lasts, never longer than asked.
        out.put("Expires: ");
        out.put_number(std::min(requested_expiry(r).value_or(default_expiry_s), default_expiry_s));
        out.put("\r\n");
        return true;
    case header::sip_etag: // RFC 3903 §6: the entity this PUBLISH made or refreshed
        out.put("SIP-ETag: ");
        out.put_hex(entity_tag(c, r));
        out.put("\r\n");
        return true;
    case header::min_expires: out.header(name, min_expires); return true;
    case header::min_se: out.header(name, min_se); return true;
    case header::proxy_authenticate:
    case header::www_authenticate: write_digest_challenge(out, name, c, r); return true;
    case header::recv_info: out.put("Recv-Info:\r\n"); return true; // no Info Package (RFC 6086 §5.2.3)
    case header::require: out.header(name, required_extension); return true;
    case header::security_server: out.header(name, security_mechanism); return true;
    case header::unsupported:
        if (r.require_fields == 0) {
            return false;
        }
        write_unsupported(out, r);
        return true;
    // Values this server has nothing to say in: no location, alert, consent,
    // event package, call-info or retry policy of its own; RSeq,
    // Session-Expires, Record-Route (written apart) and the rest are not this
    // server's to add here.
    case header::alert_info:
    case header::authentication_info:
    case header::error_info:
    case header::reason:
    case header::record_route:
    case header::rseq:
    case header::session_expires:
    case header::alertmsg_error:
    case header::allow_events:
    case header::call_info:
    case header::geolocation_error:
    case header::permission_missing:
    case header::retry_after:
    case header::warning: return false;
    }
    return false;
}

// All Via fields in order (§8.2.6.2), the top via-parm given received= and
// rport= as §18.2.1 and RFC 3581 §4 say.
void write_vias(response_buffer& out, const request& r, const peer& from) noexcept
{
    const via_parm& top = r.top_via;
    header_reader fields(r.headers);
    header_field f{};
    bool first = true;
    while (fields.next(f)) {
        if (f.id != field::via) {
            continue;
        }
        out.put("Via: ");
        if (!first) {
            out.put_unfolded(f.value);
            out.put("\r\n");
            continue;
        }
        first = false;
        const parameter rport = find_parameter(top.params, "rport");
        const auto params_at = static_cast<std::size_t>(top.params.data() - top.text.data());
        if (rport.found && rport.value.empty()) {
            const std::size_t cut = params_at + rport.end;
            out.put_unfolded(top.text.substr(0, cut));
            out.put('=');
            out.put_number(from.port);
            out.put_unfolded(top.text.substr(cut));
        } else {
            out.put_unfolded(top.text);
        }
        // §18.2.1; RFC 3581 §4: with rport, received is added even when it
        // equals the sent-by host.
        if ((rport.found || top.host != from.address) && !find_parameter(top.params, "received").found) {
            out.put(";received=");
            out.put(from.address);
        }
        // The other via-parms of the first Via field follow as they were.
        const auto consumed = static_cast<std::size_t>(top.text.data() + top.text.size() - f.value.data());
        const std::string_view others = f.value.substr(consumed);
        const std::size_t comma = others.find(',');
        if (comma != std::string_view::npos) {
            out.put(", ");
            std::string_view rest = others.substr(comma + 1);
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t' || rest.front() == '\r' ||
                                     rest.front() == '\n')) {
                rest.remove_prefix(1);
            }
            out.put_unfolded(rest);
        }
        out.put("\r\n");
    }
}

void write_record_routes(response_buffer& out, const request& r) noexcept
{
    header_reader fields(r.headers);
    header_field f{};
    while (fields.next(f)) {
        if (f.id == field::record_route) {
            out.header("Record-Route", f.value);
        }
    }
}

// §10.3 step 8, without a location service: the bindings of this REGISTER
// are all the bindings there are. Each goes back with its expiry (its own
// expires parameter, else the Expires header, else 3600, §10.2.1.1); one
// that expires now (0) is a removal and is not listed.
void write_registered_bindings(response_buffer& out, const request& r) noexcept
{
    const std::uint32_t default_expiry = requested_expiry(r).value_or(default_expiry_s);
    header_reader contacts(r.headers);
    header_field f{};
    while (contacts.next(f)) {
        if (f.id != field::contact || f.value == "*") {
            continue;
        }
        list_reader bindings(f.value);
        std::string_view binding;
        while (bindings.next(binding)) {
            const parameter expires = find_parameter(address_parameters(binding), "expires");
            const auto own = expires.found ? delta_seconds(expires.value) : std::nullopt;
            const std::uint32_t expiry = own ? *own : default_expiry;
            if (expiry == 0) {
                continue;
            }
            out.put("Contact: ");
            if (expires.found && !own) { // not delta-seconds: the expiry given replaces it
                const auto at = static_cast<std::size_t>(address_parameters(binding).data() - binding.data());
                out.put_unfolded(binding.substr(0, at + expires.begin));
                out.put_unfolded(binding.substr(at + expires.after));
            } else {
                out.put_unfolded(binding);
            }
            if (!own) {
                out.put(";expires=");
                out.put_number(expiry);
            }
            out.put("\r\n");
        }
    }
}

} // namespace

std::size_t write_response(const response_plan& plan, const config& c, const request& r, const peer& from,
                           char* out_buffer, std::size_t capacity) noexcept
{
    response_buffer out(out_buffer, capacity);
    out.put_status_line(plan.code);
    write_vias(out, r, from);
    if (!r.from.empty()) {
        out.header("From", r.from);
    }
    if (!r.to.empty()) {
        out.put("To: ");
        out.put_unfolded(r.to);
        // §8.2.6.2: a response other than 100 gets a To tag if the request had none.
        if (!has_tag(r.to)) {
            out.put(";tag=");
            out.put_hex(local_tag(c, r));
        }
        out.put("\r\n");
    }
    if (!r.call_id.empty()) {
        out.header("Call-ID", r.call_id);
    }
    if (!r.cseq.empty()) {
        out.header("CSeq", r.cseq);
    }

    sipcodes::header_set written;
    const bool success = sipcodes::is_success(plan.code);
    if (success && plan.known_method && creates_dialog(plan.m)) {
        write_record_routes(out, r); // §12.1.1: the route set, in order
        out.put("Contact: <sip:"); // §12.1.1: where in-dialog requests go
        out.put(c.hostport());
        out.put(">\r\n");
        written = written | only(header::contact);
    }
    if (success && plan.known_method && plan.m == method::register_) {
        write_registered_bindings(out, r);
    }
    if (success && plan.known_method && plan.m == method::options) {
        write_allow(out, c); // §11.2
        written = written | only(header::allow);
    }
    // Every header the library says this code MUST carry as the answer to this
    // method (a 2xx to SUBSCRIBE: Expires; to PUBLISH: SIP-ETag and Expires;
    // 204: Expires); for a "one of" rule, the first this server can fill in;
    // and what the code SHOULD carry where this server has a value (a
    // redirect's Contact, 417's Accept-Resource-Priority).
    const sipcodes::header_set required =
        plan.known_method ? sipcodes::required_headers(plan.code, plan.m) : sipcodes::required_headers(plan.code);
    for (const header h : required - written) {
        (void)write_header(out, h, c, r); // reply_problem() refused codes whose headers fail here
    }
    for (const header h : sipcodes::required_one_of(plan.code)) {
        if (write_header(out, h, c, r)) {
            break;
        }
    }
    for (const header h : sipcodes::recommended_headers(plan.code) - written) {
        (void)write_header(out, h, c, r); // false: no value here (Retry-After, Warning, Call-Info...)
    }
    if (plan.problem != defect::none) {
        out.put("Warning: 399 ");
        out.put(c.hostport());
        out.put(" \"");
        out.put(defect_text(plan.problem));
        out.put("\"\r\n");
    }
    out.put("Server: sipcodes-uas/");
    out.put(sipcodes::version);
    out.put("\r\nContent-Length: 0\r\n\r\n");
    return out.size();
}

bool can_produce(const config& c, header h) noexcept
{
    // Written into a scratch buffer for a request that has everything but
    // Require: whatever write_header() refuses there, a response cannot carry.
    char scratch[512];
    response_buffer out(scratch, sizeof scratch);
    const request without_require{};
    return write_header(out, h, c, without_require);
}

} // namespace sipcodes_uas
