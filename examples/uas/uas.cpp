#include "uas.hpp"

#include <sipcodes/status_line.hpp>

#include <algorithm>
#include <optional>

namespace sipcodes_uas {

namespace {

using sipcodes::header;
using sipcodes::status;

constexpr std::string_view method_names[method_count] = {
    "ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY",
    "OPTIONS", "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE",
};

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

std::size_t index(method m) noexcept
{
    return static_cast<std::size_t>(m);
}

constexpr std::uint16_t default_sip_port = 5060; // RFC 3261 §18.2.2 for UDP

// §12.2.2: an OPTIONS with a To tag is processed as if outside a dialog, and
// REGISTER never makes one; every other request with a To tag acts on one.
bool in_dialog(method m) noexcept
{
    return m != method::options && m != method::register_;
}

bool is_dialog_creating(method m) noexcept
{
    return m == method::invite || m == method::subscribe || m == method::refer;
}

// SipHash-2-4 (Aumasson and Bernstein): a keyed hash, so that tags and
// nonces are unpredictable without the key yet the same for a retransmission.
class siphash {
public:
    explicit siphash(const std::uint64_t (&key)[2]) noexcept
        : v0_(0x736f6d6570736575ull ^ key[0]), v1_(0x646f72616e646f6dull ^ key[1]),
          v2_(0x6c7967656e657261ull ^ key[0]), v3_(0x7465646279746573ull ^ key[1])
    {
    }

    // Each piece is followed by its length, so that ("ab","c") and ("a","bc") differ.
    void field(std::string_view piece) noexcept
    {
        bytes(piece);
        const auto n = static_cast<std::uint32_t>(piece.size());
        const char length[4] = {static_cast<char>(n & 0xff), static_cast<char>((n >> 8) & 0xff),
                                static_cast<char>((n >> 16) & 0xff), static_cast<char>(n >> 24)};
        bytes({length, sizeof length});
    }

    [[nodiscard]] std::uint64_t finish() noexcept
    {
        std::uint64_t last = static_cast<std::uint64_t>(total_ & 0xff) << 56;
        for (std::size_t i = 0; i < pending_; ++i) {
            last |= static_cast<std::uint64_t>(tail_[i]) << (8 * i);
        }
        compress(last);
        v2_ ^= 0xff;
        for (int i = 0; i < 4; ++i) {
            round();
        }
        return v0_ ^ v1_ ^ v2_ ^ v3_;
    }

private:
    static std::uint64_t rotate(std::uint64_t x, unsigned b) noexcept { return (x << b) | (x >> (64 - b)); }

    void round() noexcept
    {
        v0_ += v1_;
        v1_ = rotate(v1_, 13);
        v1_ ^= v0_;
        v0_ = rotate(v0_, 32);
        v2_ += v3_;
        v3_ = rotate(v3_, 16);
        v3_ ^= v2_;
        v0_ += v3_;
        v3_ = rotate(v3_, 21);
        v3_ ^= v0_;
        v2_ += v1_;
        v1_ = rotate(v1_, 17);
        v1_ ^= v2_;
        v2_ = rotate(v2_, 32);
    }

    void compress(std::uint64_t m) noexcept
    {
        v3_ ^= m;
        round();
        round();
        v0_ ^= m;
    }

    void bytes(std::string_view s) noexcept
    {
        for (const char c : s) {
            tail_[pending_++] = static_cast<unsigned char>(c);
            ++total_;
            if (pending_ == 8) {
                std::uint64_t m = 0;
                for (std::size_t i = 0; i < 8; ++i) {
                    m |= static_cast<std::uint64_t>(tail_[i]) << (8 * i);
                }
                compress(m);
                pending_ = 0;
            }
        }
    }

    std::uint64_t v0_, v1_, v2_, v3_;
    unsigned char tail_[8] = {};
    std::size_t pending_ = 0;
    std::uint64_t total_ = 0;
};

// A response being written into the caller's buffer; past its capacity it
// only counts, and the response is dropped.
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
    void put_hex(std::uint64_t n) noexcept
    {
        for (int shift = 60; shift >= 0; shift -= 4) {
            put("0123456789abcdef"[(n >> shift) & 0xf]);
        }
    }
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
    [[nodiscard]] bool fits() const noexcept { return size_ <= capacity_; }

private:
    char* out_;
    std::size_t capacity_;
    std::size_t size_ = 0;
};

std::string_view tag_of(std::string_view address) noexcept
{
    return find_parameter(address_parameters(address), "tag").value;
}

bool has_tag(std::string_view address) noexcept
{
    return find_parameter(address_parameters(address), "tag").found;
}

// The To tag this server gives a dialog: a keyed hash of what identifies the
// dialog on the caller's side, so that retransmissions get the same tag and
// the tag is the dialog's key in dialog_memory (§19.3 asks for 32 random
// bits; these are 64 bits of a keyed PRF).
std::uint64_t local_tag(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    h.field("tag");
    h.field(r.call_id);
    h.field(tag_of(r.from));
    return h.finish();
}

// §17.2.3: with an RFC 3261 branch, the branch and sent-by of the top Via
// identify the transaction; otherwise the fields RFC 2543 used. The method is
// left out so that a CANCEL finds the request it cancels (§9.2).
std::uint64_t transaction_key(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    const parameter branch = find_parameter(r.top_via.params, "branch");
    if (branch.found && branch.value.substr(0, 7) == "z9hG4bK") {
        h.field(branch.value);
        h.field(r.top_via.sent_by);
    } else {
        h.field(r.uri);
        h.field(tag_of(r.to));
        h.field(tag_of(r.from));
        h.field(r.call_id);
        h.field(r.cseq.substr(0, r.cseq.size() - r.cseq_method.size()));
        h.field(r.top_via.text);
    }
    return h.finish() | 1; // 0 marks an empty slot
}

// RFC 3903 §6: the entity tag of a publication, an opaque token; the same for
// a retransmission.
std::uint64_t entity_tag(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    h.field("etag");
    h.field(r.call_id);
    h.field(tag_of(r.from));
    h.field(r.cseq);
    return h.finish();
}

// The key under which a BYE that ended a dialog is remembered, apart from its
// transaction_key, which an INVITE that reused the branch would share.
std::uint64_t ending_bye_key(const config& c, const request& r) noexcept
{
    return (transaction_key(c, r) ^ 0x9e3779b97f4a7c15u) | 1;
}

bool is_own_tag(const config& c, const request& r) noexcept
{
    char hex[16];
    response_buffer b(hex, sizeof hex);
    b.put_hex(local_tag(c, r));
    return iequals(std::string_view(hex, sizeof hex), tag_of(r.to));
}

// A set of one header (header_set is built from its bits).
sipcodes::header_set only(header h) noexcept
{
    return sipcodes::header_set(sipcodes::header_set::bits_type{1} << static_cast<unsigned>(h));
}

struct response_plan {
    status code;
    defect problem;      // a Warning for 400 and 505
    method m;            // meaningful when known_method
    bool known_method;
};

void write_allow(response_buffer& out, const config& c) noexcept
{
    out.put("Allow: ");
    const char* separator = "";
    for (std::size_t i = 0; i < method_count; ++i) {
        const auto m = static_cast<method>(i);
        const bool allowed = c.reply[i] && *c.reply[i] != status::method_not_allowed;
        if (m == method::ack || m == method::cancel || allowed) {
            out.put(separator);
            out.put(method_names[i]);
            separator = ", ";
        }
    }
    out.put("\r\n");
}

void write_digest_challenge(response_buffer& out, std::string_view name, const config& c,
                            const request& r) noexcept
{
    siphash h(c.secret);
    h.field("nonce");
    h.field(r.call_id);
    h.field(r.cseq);
    h.field(r.top_via.text);
    out.put(name);
    out.put(": Digest realm=\"");
    out.put(realm);
    out.put("\", nonce=\"");
    out.put_hex(h.finish());
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
    // event package, call-info or retry policy of its own.
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

// delta-seconds (§20.19): digits; a value past 2^32-1 counts as 2^32-1.
std::optional<std::uint32_t> delta_seconds(std::string_view text) noexcept
{
    if (text.empty()) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = std::min<std::uint64_t>(value * 10 + static_cast<std::uint64_t>(c - '0'), 0xffffffffu);
    }
    return static_cast<std::uint32_t>(value);
}

// What a request's Expires header asks for (§20.19), if it has a valid one.
std::optional<std::uint32_t> requested_expiry(const request& r) noexcept
{
    std::optional<std::uint32_t> seconds;
    header_reader fields(r.headers);
    header_field f{};
    while (fields.next(f)) {
        if (f.id == field::expires) {
            seconds = delta_seconds(f.value);
        }
    }
    return seconds;
}

// The expiry this server grants when a request names none: a registration
// (§10.2.1.1), a subscription or a publication (RFC 6665 §4.2.1.1 and RFC 3903
// §6 leave it to the server) lasts an hour.
constexpr std::uint32_t default_expiry_s = 3600;

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

outcome respond(const response_plan& plan, const config& c, const request& r, const peer& from,
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
    if (success && plan.known_method && is_dialog_creating(plan.m)) {
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
    if (success && plan.known_method && (plan.m == method::subscribe || plan.m == method::publish)) {
        // RFC 6665 §4.2.1.1 and RFC 3903 §6: a 2xx says how long the
        // subscription or publication lasts (never longer than asked); a 2xx
        // to PUBLISH also names the entity it made (SIP-ETag).
        if (plan.m == method::publish) {
            out.put("SIP-ETag: ");
            out.put_hex(entity_tag(c, r));
            out.put("\r\n");
        }
        out.put("Expires: ");
        out.put_number(std::min(requested_expiry(r).value_or(default_expiry_s), default_expiry_s));
        out.put("\r\n");
    }
    // Every header the library says this code MUST carry; for a "one of"
    // rule, the first this server can fill in; and a redirect's Contact.
    for (const header h : sipcodes::required_headers(plan.code) - written) {
        (void)write_header(out, h, c, r); // reply_problem() refused codes whose headers fail here
    }
    for (const header h : sipcodes::required_one_of(plan.code)) {
        if (write_header(out, h, c, r)) {
            break;
        }
    }
    if (sipcodes::recommends_header(plan.code, header::contact) && !written.contains(header::contact)) {
        (void)write_header(out, header::contact, c, r);
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
    if (!out.fits()) {
        return {outcome_kind::drop, sipcodes::to_int(plan.code), 0, drop_reason::response_too_large, 0};
    }
    const bool rport = find_parameter(r.top_via.params, "rport").found;
    const std::uint16_t port = rport ? from.port : r.top_via.port != 0 ? r.top_via.port : default_sip_port;
    return {outcome_kind::respond, sipcodes::to_int(plan.code), out.size(), drop_reason::none, port};
}

drop_reason reason_for(unanswerable u) noexcept
{
    switch (u) {
    case unanswerable::no: return drop_reason::none;
    case unanswerable::not_a_request: return drop_reason::not_a_request;
    case unanswerable::unterminated_headers: return drop_reason::unterminated_headers;
    case unanswerable::no_via: return drop_reason::no_via;
    case unanswerable::bad_via: return drop_reason::bad_via;
    }
    return drop_reason::not_a_request;
}

} // namespace

std::string_view method_name(method m) noexcept
{
    return index(m) < method_count ? method_names[index(m)] : std::string_view{};
}

std::optional<method> method_of(std::string_view name) noexcept
{
    for (std::size_t i = 0; i < method_count; ++i) {
        if (name == method_names[i]) {
            return static_cast<method>(i);
        }
    }
    return std::nullopt;
}

config default_config() noexcept
{
    config c{};
    c.reply[index(method::invite)] = status::ok;
    c.reply[index(method::options)] = status::ok;
    c.reply[index(method::register_)] = status::ok;
    c.reply[index(method::bye)] = status::ok;
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

bool can_produce(const config& c, header h) noexcept
{
    // Written into a scratch buffer for a request that has everything but
    // Require: whatever write_header() refuses there, a response cannot carry.
    char scratch[512];
    response_buffer out(scratch, sizeof scratch);
    const request without_require{};
    return write_header(out, h, c, without_require);
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
    for (const header h : sipcodes::required_headers(code)) {
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

// Linear probing; 0 marks a free slot, so a key of 0 (one SipHash output in
// 2^64) is stored as 1.
constexpr std::uint64_t stored(std::uint64_t key) noexcept
{
    return key == 0 ? 1 : key;
}

std::size_t dialog_memory::find(std::uint64_t key) const noexcept
{
    const std::uint64_t k = stored(key);
    for (std::size_t i = k % slots, probes = 0; probes < slots; i = (i + 1) % slots, ++probes) {
        if (keys_[i] == k) {
            return i;
        }
        if (keys_[i] == 0) {
            break;
        }
    }
    return slots;
}

bool dialog_memory::contains(std::uint64_t key) const noexcept
{
    return find(key) != slots;
}

void dialog_memory::add(std::uint64_t key) noexcept
{
    if (contains(key)) {
        return;
    }
    if (count_ == max_dialogs) {
        overflowed_ = true;
        return;
    }
    std::size_t i = stored(key) % slots;
    while (keys_[i] != 0) {
        i = (i + 1) % slots;
    }
    keys_[i] = stored(key);
    ++count_;
}

void dialog_memory::end(std::uint64_t key) noexcept
{
    std::size_t hole = find(key);
    if (hole == slots) {
        return;
    }
    keys_[hole] = 0;
    --count_;
    // Backward-shift deletion: move up every later key of the run that the
    // hole now cuts off from its home slot, so no search stops short.
    for (std::size_t j = (hole + 1) % slots; keys_[j] != 0; j = (j + 1) % slots) {
        const std::size_t home = keys_[j] % slots;
        const bool home_between = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!home_between) {
            keys_[hole] = keys_[j];
            keys_[j] = 0;
            hole = j;
        }
    }
}

void transaction_memory::remember(std::uint64_t key, std::uint64_t now_ms) noexcept
{
    entries_[next_] = {key, now_ms};
    next_ = (next_ + 1) % capacity;
}

bool transaction_memory::recalls(std::uint64_t key, std::uint64_t now_ms) const noexcept
{
    for (const entry& e : entries_) {
        if (e.key == key && now_ms - e.at_ms < lifetime_ms) {
            return true;
        }
    }
    return false;
}

bool user_agent_server::in_known_dialog(const request& r, method m, std::uint64_t now_ms) const noexcept
{
    if (!is_own_tag(config_, r)) {
        return false; // a tag this server never gave
    }
    // A table that had to leave dialogs out cannot say one does not exist;
    // the retransmission of the BYE that ended one gets its 200 again (§17.2.2).
    return dialogs_.contains(local_tag(config_, r)) || !dialogs_.complete() ||
           (m == method::bye && transactions_.recalls(ending_bye_key(config_, r), now_ms));
}

outcome user_agent_server::handle(std::string_view datagram, bool truncated, const peer& from,
                                  std::uint64_t now_ms, char* out, std::size_t capacity) noexcept
{
    const request r = parse_request(datagram);
    if (r.why_not != unanswerable::no) {
        return {outcome_kind::drop, 0, 0, reason_for(r.why_not), 0};
    }
    const bool is_ack = r.method == "ACK" || (r.first_defect == defect::bad_request_line && r.cseq_method == "ACK");
    if (is_ack) {
        const bool clean = r.first_defect == defect::none && !truncated;
        return {clean ? outcome_kind::absorb : outcome_kind::drop, 0, 0,
                clean ? drop_reason::none : drop_reason::malformed_ack, 0};
    }

    response_plan plan{status::ok, defect::none, method::ack, false};
    if (const auto m = method_of(r.method)) {
        plan.m = *m;
        plan.known_method = true;
    }
    const std::optional<status> configured = plan.known_method ? config_.reply[index(plan.m)] : std::nullopt;
    if (truncated) {
        plan.code = status::message_too_large; // §21.5.7: its header section was read whole
    } else if (r.first_defect != defect::none) {
        plan.problem = r.first_defect;
        plan.code = defect_status(r.first_defect) == 505 ? status::version_not_supported : status::bad_request;
    } else if (!plan.known_method) {
        plan.code = status::not_implemented; // §8.2.1
    } else if (plan.m == method::cancel) {
        // §9.2: a CANCEL that matches a transaction gets 200 (its final
        // response has been sent already, so there is nothing else to do);
        // one that matches none gets 481.
        plan.code = transactions_.recalls(transaction_key(config_, r), now_ms)
                        ? status::ok
                        : status::call_transaction_does_not_exist;
    } else if (!configured) {
        plan.code = status::method_not_allowed; // §8.2.1
    } else if (has_tag(r.to) ? in_dialog(plan.m) && !in_known_dialog(r, plan.m, now_ms) : plan.m == method::bye) {
        // §12.2.2: a request with a To tag belongs to a dialog, and this
        // server has none with that tag (never made, or ended by a BYE);
        // §15.1.2: a BYE outside a dialog.
        plan.code = status::call_transaction_does_not_exist;
    } else if (r.require_fields > 0) {
        plan.code = status::bad_extension; // §8.2.2.3: this server supports no extension
    } else {
        plan.code = *configured;
    }

    const outcome result = respond(plan, config_, r, from, out, capacity);
    if (result.kind == outcome_kind::respond && !(plan.known_method && plan.m == method::cancel)) {
        transactions_.remember(transaction_key(config_, r), now_ms);
    }
    if (result.kind == outcome_kind::respond && plan.known_method && sipcodes::is_success(plan.code)) {
        if (is_dialog_creating(plan.m) && !has_tag(r.to)) {
            dialogs_.add(local_tag(config_, r));
        } else if (plan.m == method::bye) {
            dialogs_.end(local_tag(config_, r)); // §15.1.2: the dialog is over
            transactions_.remember(ending_bye_key(config_, r), now_ms);
        }
    }
    return result;
}

} // namespace sipcodes_uas
