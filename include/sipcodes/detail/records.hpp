// sipcodes/detail/records.hpp: the records the API returns, written once for
// every spec; each spec's namespace names them (status_info, comparison, ...).

#ifndef SIPCODES_DETAIL_RECORDS_HPP
#define SIPCODES_DETAIL_RECORDS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sipcodes::detail {

/// Everything the registry and the spec say about one code (info()).
template <class StatusClass>
struct basic_status_info {
    int code;                        ///< 430
    std::string_view phrase;         ///< the IANA reason phrase: "Flow Failed"
    StatusClass class_;              ///< status_class::client_failure
    std::string_view description;    ///< what the code means
    std::string_view when;           ///< when you see it
    std::string_view fix;            ///< how to fix it, or what to do next
    std::string_view references;     ///< the registry's references, comma-separated: "RFC 5626"
    bool deprecated;                 ///< the registry marks it deprecated (202)
    std::string_view action_source;  ///< the RFC section behind action_of(): "RFC 5626 §5.3, §11.5"
    std::string_view headers_source; ///< the RFC section behind required_headers(); empty if none
};

/// The texts of one code in one locale (localized()).
struct localized_texts {
    std::string_view description;
    std::string_view when;
    std::string_view fix;
};

/// Everything that tells two codes apart (compare()).
template <class Status, class StatusClass, class Action, class HeaderSet>
struct basic_comparison {
    Status a;
    Status b;
    bool same_class; ///< same first digit
    StatusClass class_a;
    StatusClass class_b;
    int class_order; ///< class_a - class_b: < 0 when a's class comes first
    bool a_is_final;
    bool b_is_final;
    Action action_a;
    Action action_b;
    bool same_action;
    HeaderSet required_a;      ///< MUST headers of a
    HeaderSet required_b;
    HeaderSet required_only_a; ///< MUST headers of a that b does not require
    HeaderSet required_only_b;
    bool same_required_headers;
    /// The one a proxy forwards (RFC 3261 §16.7) when both are final; nullopt otherwise.
    std::optional<Status> preferred;
};

/// How a comparison page is laid out.
enum class page_layout : std::uint8_t {
    lines,    ///< one element per line
    sections, ///< breadcrumb, blank lines, numbered key differences, "Learn more"
};

/// Which words a page is written in (page.hpp's `texts`).
enum class page_texts : std::uint8_t {
    localized, ///< the locale's labels, sentences, class names and texts throughout
    reference, ///< the reference pages' form: the locale's labels, the base locale's sentences and texts
};

/// A string of exactly N bytes (plus a terminating NUL) that lives wherever the
/// object does: what comparison_page() returns, sized by the compiler.
template <std::size_t N>
class fixed_string {
public:
    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
    [[nodiscard]] constexpr const char* data() const noexcept { return chars_; }
    [[nodiscard]] constexpr char* data() noexcept { return chars_; }
    [[nodiscard]] constexpr const char* c_str() const noexcept { return chars_; }
    [[nodiscard]] constexpr const char* begin() const noexcept { return chars_; }
    [[nodiscard]] constexpr const char* end() const noexcept { return chars_ + N; }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_, N}; }
    constexpr operator std::string_view() const noexcept { return view(); }

private:
    char chars_[N + 1]{};
};

/// A parsed status line (parse_status_line()). `code` is the number as received
/// (registered or not; canonical() maps it to a status), `reason` the phrase as
/// received, which may be empty or differ from reason_phrase(): a receiver keys
/// on the number only.
struct status_line {
    int code;
    std::string_view reason;
};

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_RECORDS_HPP
