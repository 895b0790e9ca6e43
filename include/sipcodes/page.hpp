// sipcodes/page.hpp: the "SIP A vs B" comparison page, at compile time or into
// a caller's buffer, in any locale, in two layouts.
//
//     constexpr auto page = comparison_page<status::moved_temporarily, status::flow_failed,
//                                           locale::ja, layout::sections>();
//     std::size_t n = render_comparison(status::ok, status::flow_failed, locale::en,
//                                       layout::lines, buffer, sizeof buffer);
//
// The page follows the reference pages: a title, a summary, each code's
// description / when you see it / how to fix, the key differences and when to
// use which. `lines` puts one element on each line; `sections` adds the "SIP"
// breadcrumb, blank lines between elements, numbered key differences and the
// "Learn more" label at the end. No page ends in a newline.

#ifndef SIPCODES_PAGE_HPP
#define SIPCODES_PAGE_HPP

#include "compare.hpp"
#include "detail/records.hpp"
#include "detail/text.hpp"
#include "locale.hpp"
// max_page_size: no comparison page is longer (any pair, locale and layout);
// the longest page is exactly that long. Counted by the generator.
#include <sipcodes/generated/page.hpp>

namespace sipcodes {

/// How a comparison page is laid out: layout::lines or layout::sections.
using layout = detail::page_layout;

/// A string of exactly N bytes (plus a terminating NUL) that lives wherever the
/// object does: what comparison_page() returns. size(), data(), c_str(),
/// begin(), end(), view(), and it converts to std::string_view.
template <std::size_t N>
using fixed_string = detail::fixed_string<N>;

inline namespace SIPCODES_TABLES {

// The "SIP A vs B" page, built by the compiler into an object of exactly its size:
//     template <status A, status B, locale L = <the base locale>, layout Y = layout::lines>
//     constexpr fixed_string<...> comparison_page() noexcept;
// (defined in impl/page.ipp, where its default locale is known).

/// Writes the "SIP A vs B" page into out[0, capacity) and returns the length of
/// the whole page, like snprintf: if that is more than `capacity`, only the first
/// `capacity` bytes were written (a prefix of the page) and the caller needs a
/// bigger buffer; max_page_size always suffices. No terminating NUL is written.
/// Returns 0 and writes nothing when a == b, either code is not registered, or
/// the locale or layout is not a valid value. `out` may be null when capacity is 0.
[[nodiscard]] constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out,
                                                      std::size_t capacity) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/page.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_PAGE_HPP
