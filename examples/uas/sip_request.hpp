// A SIP request read in place over the receive buffer (RFC 3261 §7.1, §7.3,
// §25.1): every field is a string_view into the datagram, nothing is copied or
// allocated, and a malformed datagram is described rather than rejected, so
// that the caller can still answer 400 when the Via lets it.
#ifndef SIPCODES_EXAMPLES_UAS_SIP_REQUEST_HPP
#define SIPCODES_EXAMPLES_UAS_SIP_REQUEST_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sipcodes_uas {

/// Header fields the UAS reads; every other field is `other`. Names match
/// case-insensitively, compact forms included (RFC 3261 §7.3.3, §20).
enum class field : std::uint8_t {
    via,
    from,
    to,
    call_id,
    cseq,
    max_forwards,
    content_length,
    require,
    contact,
    expires,
    record_route,
    other,
};

[[nodiscard]] field field_of(std::string_view name) noexcept;

/// ASCII case-insensitive equality (header names, parameter names, tokens
/// other than methods, RFC 3261 §7.3.1).
[[nodiscard]] bool iequals(std::string_view a, std::string_view b) noexcept;

/// One header field. `value` has its surrounding whitespace removed but may
/// still hold folded line breaks (CRLF followed by SP or HTAB, §7.3.1); a
/// writer turns each into one space.
struct header_field {
    field id;
    std::string_view name;
    std::string_view value;
    bool well_formed; // "token *WS : value" with no control character but HTAB
};

/// Walks a header section (each line ending in CRLF, without the empty line
/// that ends it), one field per call, continuation lines joined to the field
/// they continue.
class header_reader {
public:
    explicit header_reader(std::string_view section) noexcept : rest_(section) {}
    [[nodiscard]] bool next(header_field& out) noexcept;

private:
    std::string_view rest_;
};

/// Reads comma-separated elements of a header value (Via, Require, Contact),
/// skipping commas inside quoted strings and <...>.
class list_reader {
public:
    explicit list_reader(std::string_view value) noexcept : rest_(value) {}
    /// The next element with its whitespace trimmed; false at the end.
    [[nodiscard]] bool next(std::string_view& element) noexcept;

private:
    std::string_view rest_;
    bool done_ = false;
};

/// The value of parameter `name` in `params` (";a=1;tag=xyz"); `found` tells
/// apart a missing parameter from one without a value (";rport").
struct parameter {
    bool found;
    std::string_view value;
    std::size_t end;   // offset in `params` just past the parameter's name
    std::size_t begin; // offset of the ';' that starts it
    std::size_t after; // offset just past its value (or name, without one)
};
[[nodiscard]] parameter find_parameter(std::string_view params, std::string_view name) noexcept;

/// The header parameters of a From, To or Contact value: what follows the
/// name-addr's '>' or, for a bare addr-spec, its first ';' (§20.10).
[[nodiscard]] std::string_view address_parameters(std::string_view value) noexcept;

/// The tag parameter of a From or To value (§19.3); empty when it has none.
[[nodiscard]] std::string_view tag_of(std::string_view address) noexcept;
/// True if a From or To value has a tag parameter, even an empty one.
[[nodiscard]] bool has_tag(std::string_view address) noexcept;

/// delta-seconds (§20.19): digits only; a value past 2^32-1 counts as
/// 2^32-1. nullopt for anything else.
[[nodiscard]] std::optional<std::uint32_t> delta_seconds(std::string_view text) noexcept;

/// The top Via's via-parm (§20.42): "SIP/2.0/UDP host:port;branch=...".
struct via_parm {
    std::string_view text;      // the whole via-parm
    std::string_view transport; // "UDP"
    std::string_view host;      // sent-by host, IPv6 without its brackets
    std::string_view sent_by;   // host[:port] as written
    std::uint16_t port;         // the sent-by port, 0 when not written
    std::string_view params;    // ";branch=...;rport" (may be empty)
};
/// False when `text` is not a via-parm.
[[nodiscard]] bool parse_via_parm(std::string_view text, via_parm& out) noexcept;

/// What makes a request unanswerable as asked; a defect's status and Warning
/// text come from defect_status() and defect_text().
enum class defect : std::uint8_t {
    none,
    bad_request_line,
    version_not_supported,
    malformed_header,
    missing_from,
    missing_to,
    missing_call_id,
    missing_cseq,
    missing_max_forwards,
    duplicate_field,
    bad_cseq,
    cseq_method_mismatch,
    bad_max_forwards,
    bad_content_length,
    body_shorter_than_content_length,
    empty_require,
};

/// 505 for a version other than SIP/2.0, 400 for everything else.
[[nodiscard]] int defect_status(defect d) noexcept;
/// Text for the response's Warning (399, §20.43), e.g. "Missing Call-ID header field".
[[nodiscard]] std::string_view defect_text(defect d) noexcept;

/// Why a datagram gets no answer at all.
enum class unanswerable : std::uint8_t {
    no,
    not_a_request,        // no Request-Line ending in CRLF: binary, empty, a stray response
    unterminated_headers, // no empty line ends the header section: truncated, or too long for the buffer
    no_via,               // nowhere to send a response (§18.2.2)
    bad_via,              // the top Via is not a via-parm
};

struct request {
    std::string_view method;
    std::string_view uri;
    std::string_view version;
    std::string_view headers; // the header section, for header_reader
    via_parm top_via;
    std::string_view from;
    std::string_view to;
    std::string_view call_id;
    std::string_view cseq;
    std::uint32_t cseq_number;
    std::string_view cseq_method;
    std::string_view body;
    std::size_t via_fields;
    std::size_t require_fields;
    bool has_max_forwards;
    defect first_defect;
    unanswerable why_not;
};

/// Reads `datagram` as a request. Every field it finds is filled in even when
/// the request is defective, so that a 400 can copy them.
[[nodiscard]] request parse_request(std::string_view datagram) noexcept;

/// What the request's Expires header asks for (§20.19), if it has a valid
/// one (the last, if several).
[[nodiscard]] std::optional<std::uint32_t> requested_expiry(const request& r) noexcept;

} // namespace sipcodes_uas

#endif
