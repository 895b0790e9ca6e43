#include "sip_request.hpp"

#include <algorithm>

namespace sipcodes_uas {

namespace {

constexpr std::string_view crlf = "\r\n";

constexpr char lower(char c) noexcept
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_whitespace(char c) noexcept
{
    return c == ' ' || c == '\t';
}

constexpr bool is_digit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

constexpr bool is_alphanumeric(char c) noexcept
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// RFC 3261 §25.1 token characters, one bit per byte value: every header
// name and parameter goes through this.
struct token_table {
    bool member[256] = {};
    constexpr token_table() noexcept
    {
        for (int c = 0; c < 256; ++c) {
            const auto ch = static_cast<char>(c);
            member[c] = is_alphanumeric(ch);
        }
        for (const char mark : std::string_view("-.!%*_+`'~")) {
            member[static_cast<unsigned char>(mark)] = true;
        }
    }
};
constexpr token_table token_chars;

bool is_token_char(char c) noexcept
{
    return token_chars.member[static_cast<unsigned char>(c)];
}

bool is_token(std::string_view s) noexcept
{
    if (s.empty()) {
        return false;
    }
    for (const char c : s) {
        if (!is_token_char(c)) {
            return false;
        }
    }
    return true;
}

bool is_control(char c) noexcept
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

std::string_view trim(std::string_view s) noexcept
{
    // Folded line breaks count as whitespace at either end.
    while (!s.empty() && (is_whitespace(s.front()) || s.front() == '\r' || s.front() == '\n')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (is_whitespace(s.back()) || s.back() == '\r' || s.back() == '\n')) {
        s.remove_suffix(1);
    }
    return s;
}

std::string_view skip_whitespace(std::string_view s) noexcept
{
    while (!s.empty() && is_whitespace(s.front())) {
        s.remove_prefix(1);
    }
    return s;
}

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) noexcept
{
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// A value's characters: no control character but HTAB, and CR LF only as a
// fold (followed by SP or HTAB, which the header_reader guarantees).
bool is_clean_value(std::string_view value) noexcept
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\r' && i + 2 < value.size() && value[i + 1] == '\n' && is_whitespace(value[i + 2])) {
            ++i;
            continue;
        }
        if (is_control(c) && c != '\t') {
            return false;
        }
    }
    return true;
}

// Digits only, at most `max_digits` of them, into `out`.
bool parse_number(std::string_view s, std::size_t max_digits, std::uint64_t& out) noexcept
{
    if (s.empty() || s.size() > max_digits) {
        return false;
    }
    std::uint64_t n = 0;
    for (const char c : s) {
        if (!is_digit(c)) {
            return false;
        }
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = n;
    return true;
}

// Length of the quoted-string at the start of `s` (which starts with '"'),
// or s.size() if it is not closed.
std::size_t quoted_length(std::string_view s) noexcept
{
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
        } else if (s[i] == '"') {
            return i + 1;
        }
    }
    return s.size();
}

struct request_line {
    std::string_view method;
    std::string_view uri;
    std::string_view version;
    defect problem;
};

// Method SP Request-URI SP SIP-Version (§25.1). A version that is well formed
// but not 2.0 gets 505 rather than 400.
request_line parse_request_line(std::string_view line) noexcept
{
    request_line r{{}, {}, {}, defect::none};
    const std::size_t first_space = line.find(' ');
    const std::size_t last_space = line.rfind(' ');
    if (first_space == std::string_view::npos || last_space == first_space) {
        r.problem = defect::bad_request_line;
        r.method = line.substr(0, first_space);
        return r;
    }
    r.method = line.substr(0, first_space);
    r.uri = line.substr(first_space + 1, last_space - first_space - 1);
    r.version = line.substr(last_space + 1);
    bool uri_ok = !r.uri.empty() && r.uri.find(':') != std::string_view::npos;
    for (const char c : r.uri) {
        uri_ok = uri_ok && !is_control(c) && c != ' ';
    }
    if (!is_token(r.method) || !uri_ok) {
        r.problem = defect::bad_request_line;
        return r;
    }
    // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT, "SIP" in any case (§7.1).
    const std::string_view v = r.version;
    const std::size_t dot = v.find('.');
    std::uint64_t major = 0;
    std::uint64_t minor = 0;
    if (!starts_with_ignoring_case(v, "SIP/") || dot == std::string_view::npos ||
        !parse_number(v.substr(4, dot - 4), 9, major) || !parse_number(v.substr(dot + 1), 9, minor)) {
        r.problem = defect::bad_request_line;
    } else if (major != 2 || minor != 0) {
        r.problem = defect::version_not_supported;
    }
    return r;
}

// CSeq = 1*DIGIT LWS Method (§20.16); the number is below 2**31 (§8.1.1.5).
bool parse_cseq(std::string_view value, std::uint32_t& number, std::string_view& method) noexcept
{
    std::size_t digits = 0;
    while (digits < value.size() && is_digit(value[digits])) {
        ++digits;
    }
    std::uint64_t n = 0;
    if (!parse_number(value.substr(0, digits), 10, n) || n >= (std::uint64_t{1} << 31)) {
        return false;
    }
    std::string_view rest = value.substr(digits);
    if (rest.empty() || !(is_whitespace(rest.front()) || rest.front() == '\r')) { // LWS, possibly folded
        return false;
    }
    rest = trim(rest);
    if (!is_token(rest)) {
        return false;
    }
    number = static_cast<std::uint32_t>(n);
    method = rest;
    return true;
}

// sent-by host: an IPv6 reference in brackets, or hostname / IPv4 characters.
bool parse_sent_by(std::string_view s, std::string_view& host, std::uint16_t& port_out, std::size_t& length) noexcept
{
    std::size_t i = 0;
    if (!s.empty() && s[0] == '[') {
        const std::size_t close = s.find(']');
        if (close == std::string_view::npos || close < 3) {
            return false;
        }
        for (std::size_t k = 1; k < close; ++k) {
            const char c = s[k];
            if (!(is_alphanumeric(c) || c == ':' || c == '.')) {
                return false;
            }
        }
        host = s.substr(1, close - 1);
        i = close + 1;
    } else {
        while (i < s.size() && (is_alphanumeric(s[i]) || s[i] == '-' || s[i] == '.')) {
            ++i;
        }
        if (i == 0) {
            return false;
        }
        host = s.substr(0, i);
    }
    if (i < s.size() && s[i] == ':') {
        std::size_t end = i + 1;
        while (end < s.size() && is_digit(s[end])) {
            ++end;
        }
        std::uint64_t port = 0;
        if (!parse_number(s.substr(i + 1, end - i - 1), 5, port) || port > 65535) {
            return false;
        }
        port_out = static_cast<std::uint16_t>(port);
        i = end;
    }
    length = i;
    return true;
}

} // namespace

bool iequals(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) {
            return false;
        }
    }
    return true;
}

field field_of(std::string_view name) noexcept
{
    if (name.size() == 1) { // compact forms (§7.3.3)
        switch (lower(name[0])) {
        case 'v': return field::via;
        case 'f': return field::from;
        case 't': return field::to;
        case 'i': return field::call_id;
        case 'l': return field::content_length;
        case 'm': return field::contact;
        default: return field::other;
        }
    }
    struct named {
        std::string_view name;
        field id;
    };
    static constexpr named names[] = {
        {"Via", field::via},
        {"From", field::from},
        {"To", field::to},
        {"Call-ID", field::call_id},
        {"CSeq", field::cseq},
        {"Max-Forwards", field::max_forwards},
        {"Content-Length", field::content_length},
        {"Require", field::require},
        {"Contact", field::contact},
        {"Expires", field::expires},
        {"Record-Route", field::record_route},
    };
    for (const named& n : names) {
        if (lower(name[0]) == lower(n.name[0]) && iequals(name, n.name)) {
            return n.id;
        }
    }
    return field::other;
}

bool header_reader::next(header_field& out) noexcept
{
    if (rest_.empty()) {
        return false;
    }
    // The field ends at the first CRLF not followed by SP or HTAB (a fold).
    std::size_t end = rest_.find(crlf);
    while (end != std::string_view::npos && end + 2 < rest_.size() && is_whitespace(rest_[end + 2])) {
        end = rest_.find(crlf, end + 2);
    }
    if (end == std::string_view::npos) {
        end = rest_.size(); // the section always ends in CRLF; this only guards
    }
    const std::string_view text = rest_.substr(0, end);
    rest_.remove_prefix(end + 2 <= rest_.size() ? end + 2 : rest_.size());

    std::size_t name_end = 0;
    while (name_end < text.size() && is_token_char(text[name_end])) {
        ++name_end;
    }
    out.name = text.substr(0, name_end);
    const std::string_view after_name = skip_whitespace(text.substr(name_end));
    const bool has_colon = !after_name.empty() && after_name.front() == ':';
    out.value = has_colon ? trim(after_name.substr(1)) : std::string_view{};
    out.well_formed = name_end > 0 && has_colon && is_clean_value(after_name.substr(1));
    out.id = out.well_formed ? field_of(out.name) : field::other;
    return true;
}

bool list_reader::next(std::string_view& element) noexcept
{
    while (!done_) {
        std::size_t i = 0;
        int angle = 0;
        while (i < rest_.size()) {
            const char c = rest_[i];
            if (c == '"') {
                i += quoted_length(rest_.substr(i));
                continue;
            }
            if (c == '<') {
                ++angle;
            } else if (c == '>' && angle > 0) {
                --angle;
            } else if (c == ',' && angle == 0) {
                break;
            }
            ++i;
        }
        element = trim(rest_.substr(0, i));
        if (i < rest_.size()) {
            rest_.remove_prefix(i + 1);
        } else {
            done_ = true;
        }
        if (!element.empty()) { // "a,,b" and a trailing comma carry no element
            return true;
        }
    }
    return false;
}

parameter find_parameter(std::string_view params, std::string_view name) noexcept
{
    const char* const base = params.data();
    std::string_view rest = params;
    for (;;) {
        rest = trim(rest);
        if (rest.empty() || rest.front() != ';') {
            return {false, {}, 0, 0, 0};
        }
        const auto begin = static_cast<std::size_t>(rest.data() - base);
        rest = trim(rest.substr(1));
        std::size_t n = 0;
        while (n < rest.size() && is_token_char(rest[n])) {
            ++n;
        }
        const std::string_view this_name = rest.substr(0, n);
        const auto name_end = static_cast<std::size_t>(rest.data() + n - base);
        rest = trim(rest.substr(n));
        std::string_view value;
        if (!rest.empty() && rest.front() == '=') {
            rest = trim(rest.substr(1));
            std::size_t v = 0;
            if (!rest.empty() && rest.front() == '"') {
                v = quoted_length(rest);
            } else {
                while (v < rest.size() && rest[v] != ';' && rest[v] != ',' && !is_whitespace(rest[v]) &&
                       rest[v] != '\r') {
                    ++v;
                }
            }
            value = rest.substr(0, v);
            rest = rest.substr(v);
        }
        if (n > 0 && iequals(this_name, name)) {
            return {true, value, name_end, begin, static_cast<std::size_t>(rest.data() - base)};
        }
        if (n == 0) {
            return {false, {}, 0, 0, 0};
        }
    }
}

std::string_view address_parameters(std::string_view value) noexcept
{
    std::size_t i = 0;
    while (i < value.size()) {
        const char c = value[i];
        if (c == '"') {
            i += quoted_length(value.substr(i));
            continue;
        }
        if (c == '<') {
            const std::size_t close = value.find('>', i);
            return close == std::string_view::npos ? std::string_view{} : value.substr(close + 1);
        }
        if (c == ';') { // addr-spec form: its parameters are the header's (§20)
            return value.substr(i);
        }
        ++i;
    }
    return {};
}

std::string_view tag_of(std::string_view address) noexcept
{
    return find_parameter(address_parameters(address), "tag").value;
}

bool has_tag(std::string_view address) noexcept
{
    return find_parameter(address_parameters(address), "tag").found;
}

std::optional<std::uint32_t> delta_seconds(std::string_view text) noexcept
{
    if (text.empty()) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (!is_digit(c)) {
            return std::nullopt;
        }
        value = std::min<std::uint64_t>(value * 10 + static_cast<std::uint64_t>(c - '0'), 0xffffffffu);
    }
    return static_cast<std::uint32_t>(value);
}

bool parse_via_parm(std::string_view text, via_parm& out) noexcept
{
    // sent-protocol = protocol-name SLASH protocol-version SLASH transport,
    // SLASH = SWS "/" SWS (§25.1).
    std::string_view parts[3];
    std::string_view rest = text;
    for (std::size_t k = 0; k < 3; ++k) {
        rest = trim(rest);
        std::size_t n = 0;
        while (n < rest.size() && is_token_char(rest[n])) {
            ++n;
        }
        parts[k] = rest.substr(0, n);
        rest = rest.substr(n);
        if (k < 2) {
            rest = trim(rest);
            if (rest.empty() || rest.front() != '/') {
                return false;
            }
            rest.remove_prefix(1);
        }
    }
    if (!iequals(parts[0], "SIP") || parts[1] != "2.0" || parts[2].empty() || rest.empty() ||
        !(is_whitespace(rest.front()) || rest.front() == '\r')) {
        return false;
    }
    rest = trim(rest);
    std::size_t sent_by_length = 0;
    out.port = 0;
    if (!parse_sent_by(rest, out.host, out.port, sent_by_length)) {
        return false;
    }
    out.sent_by = rest.substr(0, sent_by_length);
    const std::string_view params = trim(rest.substr(sent_by_length));
    if (!params.empty() && params.front() != ';') {
        return false;
    }
    out.text = text;
    out.transport = parts[2];
    out.params = params;
    return true;
}

int defect_status(defect d) noexcept
{
    return d == defect::version_not_supported ? 505 : 400;
}

std::string_view defect_text(defect d) noexcept
{
    switch (d) {
    case defect::none: return {};
    case defect::bad_request_line: return "Malformed Request-Line";
    case defect::version_not_supported: return "Only SIP/2.0 is supported";
    case defect::malformed_header: return "Malformed header field";
    case defect::missing_from: return "Missing From header field";
    case defect::missing_to: return "Missing To header field";
    case defect::missing_call_id: return "Missing Call-ID header field";
    case defect::missing_cseq: return "Missing CSeq header field";
    case defect::missing_max_forwards: return "Missing Max-Forwards header field";
    case defect::duplicate_field: return "A single-valued header field appears more than once";
    case defect::bad_cseq: return "Malformed CSeq";
    case defect::cseq_method_mismatch: return "CSeq method does not match the Request-Line";
    case defect::bad_max_forwards: return "Malformed Max-Forwards";
    case defect::bad_content_length: return "Malformed Content-Length";
    case defect::body_shorter_than_content_length: return "Body shorter than Content-Length";
    case defect::empty_require: return "Require without an option tag";
    }
    return {};
}

request parse_request(std::string_view datagram) noexcept
{
    request r{};
    const auto note = [&r](defect d) {
        if (r.first_defect == defect::none) {
            r.first_defect = d;
        }
    };

    const std::size_t line_end = datagram.find(crlf);
    if (line_end == std::string_view::npos || line_end == 0 || starts_with_ignoring_case(datagram, "SIP/")) {
        r.why_not = unanswerable::not_a_request;
        return r;
    }
    const request_line line = parse_request_line(datagram.substr(0, line_end));
    r.method = line.method;
    r.uri = line.uri;
    r.version = line.version;
    note(line.problem);

    const std::size_t headers_end = datagram.find("\r\n\r\n", line_end);
    if (headers_end == std::string_view::npos) {
        r.why_not = unanswerable::unterminated_headers;
        return r;
    }
    r.headers = datagram.substr(line_end + 2, headers_end - line_end);
    if (headers_end == line_end) {
        r.headers = {};
    }

    std::string_view content_length;
    std::size_t singles[static_cast<std::size_t>(field::other)] = {}; // how often each field came
    bool top_via_ok = false;
    header_reader fields(r.headers);
    header_field f{};
    while (fields.next(f)) {
        if (!f.well_formed) {
            note(defect::malformed_header);
            continue;
        }
        switch (f.id) {
        case field::via:
            if (r.via_fields++ == 0) {
                list_reader vias(f.value);
                std::string_view first;
                top_via_ok = vias.next(first) && parse_via_parm(first, r.top_via);
            }
            continue;
        case field::require:
        {
            ++r.require_fields;
            list_reader tags(f.value);
            std::string_view tag;
            if (!tags.next(tag)) {
                note(defect::empty_require); // Require = "Require" HCOLON option-tag *(COMMA option-tag)
            }
            continue;
        }
        case field::contact:
        case field::expires:
        case field::record_route:
        case field::other:
            continue;
        case field::from: r.from = f.value; break;
        case field::to: r.to = f.value; break;
        case field::call_id: r.call_id = f.value; break;
        case field::cseq: r.cseq = f.value; break;
        case field::max_forwards: r.has_max_forwards = true; break;
        case field::content_length: content_length = f.value; break;
        }
        const auto slot = static_cast<std::size_t>(f.id);
        if (slot < sizeof singles / sizeof singles[0] && ++singles[slot] > 1) {
            note(defect::duplicate_field);
        }
        if (f.id != field::max_forwards && f.id != field::content_length && f.value.empty()) {
            note(defect::malformed_header);
        }
        if (f.id == field::max_forwards) {
            std::uint64_t hops = 0;
            if (!parse_number(f.value, 3, hops) || hops > 255) {
                note(defect::bad_max_forwards);
            }
        }
    }
    if (r.via_fields == 0) {
        r.why_not = unanswerable::no_via;
        return r;
    }
    if (!top_via_ok) {
        r.why_not = unanswerable::bad_via;
        return r;
    }

    if (r.from.empty() && singles[static_cast<std::size_t>(field::from)] == 0) {
        note(defect::missing_from);
    }
    if (r.to.empty() && singles[static_cast<std::size_t>(field::to)] == 0) {
        note(defect::missing_to);
    }
    if (r.call_id.empty() && singles[static_cast<std::size_t>(field::call_id)] == 0) {
        note(defect::missing_call_id);
    }
    if (r.cseq.empty() && singles[static_cast<std::size_t>(field::cseq)] == 0) {
        note(defect::missing_cseq);
    } else if (!r.cseq.empty()) {
        if (!parse_cseq(r.cseq, r.cseq_number, r.cseq_method)) {
            note(defect::bad_cseq);
        } else if (r.cseq_method != r.method && line.problem == defect::none) {
            note(defect::cseq_method_mismatch); // methods are case-sensitive (§7.1)
        }
    }
    if (!r.has_max_forwards) {
        note(defect::missing_max_forwards);
    }

    // Over UDP the body is the rest of the datagram, cut to Content-Length;
    // one shorter than Content-Length is an error, answered with 400 (§18.3).
    r.body = datagram.substr(headers_end + 4);
    if (!content_length.empty() || singles[static_cast<std::size_t>(field::content_length)] > 0) {
        std::uint64_t length = 0;
        if (!parse_number(content_length, 10, length)) {
            note(defect::bad_content_length);
        } else if (length > r.body.size()) {
            note(defect::body_shorter_than_content_length);
        } else {
            r.body = r.body.substr(0, static_cast<std::size_t>(length));
        }
    }
    return r;
}

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

} // namespace sipcodes_uas
