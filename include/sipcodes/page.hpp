// sipcodes/page.hpp: the "SIP A vs B" comparison page and a code's own page,
// as text or HTML, at compile time or into a caller's buffer, in any locale.
//
//     constexpr auto page = comparison_page<status::moved_temporarily, status::flow_failed,
//                                           locale::ja, layout::sections>();
//     std::size_t n = render_comparison(status::ok, status::flow_failed, locale::ru,
//                                       layout::lines, buffer, sizeof buffer);
//     n = render_comparison_html(status::ok, status::flow_failed, locale::ja, html, sizeof html);
//     n = render_code_html(status::flow_failed, locale::zh, html, sizeof html);
//
// The page follows the reference pages: a title, a summary, each code's
// description / when you see it / how to fix, the key differences and when to
// use which. Its sentences are the spec's frames, its class names and texts the
// locale's (texts::localized, the default), so a page in ja is Japanese
// throughout; texts::reference gives the reference pages' form instead: the
// locale's labels over the base locale's sentences and texts.
//
// Text: `lines` puts one element on each line; `sections` adds the "SIP"
// breadcrumb, blank lines between elements, numbered key differences and the
// "Learn more" label at the end. No text page ends in a newline.
//
// HTML: an HTML5 document (lang, title, h1/h2/h3, the key differences as a
// list, every text escaped, an inline style sheet, no script) that links as the
// site `sipcodes --site DIR` writes: <lang>/<A>-vs-<B>.html and <lang>/<code>.html,
// with the same page in the other locales (hreflang), each code's page from a
// pair page ("Learn more"), every pair from a code's page, and ../index.html.

#ifndef SIPCODES_PAGE_HPP
#define SIPCODES_PAGE_HPP

#include "compare.hpp"
#include "detail/records.hpp"
#include "detail/text.hpp"
#include "locale.hpp"
// max_page_size: no text page is longer (any pair, locale, layout and texts);
// max_html_size: no HTML page is longer (pair or code). The longest pages are
// exactly that long. Counted by the generator (codegen/page_size.py).
#include <sipcodes/generated/page.hpp>

namespace sipcodes {

/// How a text page is laid out: layout::lines or layout::sections.
using layout = detail::page_layout;

/// Which words a page is in: texts::localized (the locale's throughout) or
/// texts::reference (the locale's labels, the base locale's sentences and texts).
using texts = detail::page_texts;

/// A string of exactly N bytes (plus a terminating NUL) that lives wherever the
/// object does: what comparison_page() returns. size(), data(), c_str(),
/// begin(), end(), view(), and it converts to std::string_view.
template <std::size_t N>
using fixed_string = detail::fixed_string<N>;

inline namespace SIPCODES_TABLES {

// Built by the compiler into an object of exactly their size (defined in
// impl/page.ipp, where the default locale is known):
//     template <status A, status B, locale L = <base>, layout Y = layout::lines, texts T = texts::localized>
//     constexpr fixed_string<...> comparison_page() noexcept;
//     template <status A, status B, locale L = <base>, texts T = texts::localized>
//     constexpr fixed_string<...> comparison_html() noexcept;
//     template <status S, locale L = <base>, texts T = texts::localized>
//     constexpr fixed_string<...> code_html() noexcept;

/// Writes the "SIP A vs B" page into out[0, capacity) and returns the length of
/// the whole page, like snprintf: if that is more than `capacity`, only the first
/// `capacity` bytes were written (a prefix of the page) and the caller needs a
/// bigger buffer; max_page_size always suffices. No terminating NUL is written.
/// Returns 0 and writes nothing when a == b, either code is not registered, or
/// the locale, layout or texts is not a valid value. `out` may be null when capacity is 0.
/// Without `t`: texts::localized.
[[nodiscard]] constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out,
                                                      std::size_t capacity, texts t) noexcept;
[[nodiscard]] constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out,
                                                      std::size_t capacity) noexcept;

/// The same page as an HTML document, like render_comparison; max_html_size always suffices.
[[nodiscard]] constexpr std::size_t render_comparison_html(status a, status b, locale loc, char* out,
                                                           std::size_t capacity, texts t) noexcept;
[[nodiscard]] constexpr std::size_t render_comparison_html(status a, status b, locale loc, char* out,
                                                           std::size_t capacity) noexcept;

/// A code's own page as an HTML document: its class, description, when you see
/// it, how to fix it, and links to its comparison with every other code. Like
/// render_comparison; returns 0 for an unregistered code. max_html_size suffices.
[[nodiscard]] constexpr std::size_t render_code_html(status s, locale loc, char* out, std::size_t capacity,
                                                     texts t) noexcept;
[[nodiscard]] constexpr std::size_t render_code_html(status s, locale loc, char* out, std::size_t capacity) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/page.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_PAGE_HPP
