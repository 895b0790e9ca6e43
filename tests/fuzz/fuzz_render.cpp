// render_comparison (and the HTML pages) for any pair, locale, layout, texts and capacity.
//
// Input (missing bytes read as 0):
//   [0] a: a row of all_statuses (byte % 75), or 255: the raw value in [6..7]
//   [1] b: likewise; 254: the same as a
//   [2] locale, cast as is (0..4 valid)
//   [3] layout, cast as is (0..1 valid)
//   [4..5] capacity, little-endian, % (max_page_size + 64)
//   [6..7] a raw 16-bit status value (registered or not)
#include <sipcodes/page.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

using namespace sipcodes;

namespace {

constexpr unsigned char fill = 0xA5;

std::uint8_t byte_at(const std::uint8_t* data, std::size_t size, std::size_t i)
{
    return i < size ? data[i] : 0;
}

bool registered(status s)
{
    return std::find(all_statuses.begin(), all_statuses.end(), s) != all_statuses.end();
}

bool contains(std::string_view page, std::string_view part)
{
    return page.find(part) != std::string_view::npos;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto raw = static_cast<status>(byte_at(data, size, 6) | byte_at(data, size, 7) << 8);
    const std::uint8_t pa = byte_at(data, size, 0);
    const std::uint8_t pb = byte_at(data, size, 1);
    const status a = pa == 255 ? raw : all_statuses[pa % status_count];
    const status b = pb == 255 ? raw : pb == 254 ? a : all_statuses[pb % status_count];
    const auto loc = static_cast<locale>(byte_at(data, size, 2));
    const auto lay = static_cast<layout>(byte_at(data, size, 3));
    const std::size_t capacity =
        static_cast<std::size_t>(byte_at(data, size, 4) | byte_at(data, size, 5) << 8) % (max_page_size + 64);

    const bool valid = a != b && registered(a) && registered(b) &&
                       static_cast<unsigned>(loc) < locale_count &&
                       (lay == layout::lines || lay == layout::sections);

    // The full page, in a buffer of max_page_size, which bounds every page.
    std::vector<char> full(max_page_size, static_cast<char>(fill));
    const std::size_t n = render_comparison(a, b, loc, lay, full.data(), full.size());
    // A heap block of exactly `capacity` bytes: ASan reports any write past it.
    const auto small_block = std::make_unique<char[]>(capacity);
    char* const small = small_block.get();
    std::memset(small, fill, capacity);
    const std::size_t m = render_comparison(a, b, loc, lay, small, capacity);
    // Only counting: no buffer.
    const std::size_t counted = render_comparison(a, b, loc, lay, nullptr, 0);

    FUZZ_CHECK(m == n);
    FUZZ_CHECK(counted == n);
    if (!valid) {
        FUZZ_CHECK(n == 0);
        // Nothing written.
        for (std::size_t i = 0; i < capacity; ++i) {
            FUZZ_CHECK(static_cast<unsigned char>(small[i]) == fill);
        }
        for (const char c : full) {
            FUZZ_CHECK(static_cast<unsigned char>(c) == fill);
        }
        return 0;
    }

    FUZZ_CHECK(n > 0);
    FUZZ_CHECK(n <= max_page_size);
    // The small buffer holds a prefix of the page and nothing after it.
    const std::size_t written = std::min(capacity, n);
    FUZZ_CHECK(std::memcmp(small, full.data(), written) == 0);
    for (std::size_t i = written; i < capacity; ++i) {
        FUZZ_CHECK(static_cast<unsigned char>(small[i]) == fill);
    }
    for (std::size_t i = n; i < full.size(); ++i) {
        FUZZ_CHECK(static_cast<unsigned char>(full[i]) == fill);
    }

    // What the page is: the title, both phrases, the locale's labels, no
    // trailing newline, no NUL.
    const std::string_view page(full.data(), n);
    const std::string_view start = lay == layout::sections ? "SIP\n\nSIP " : "SIP ";
    FUZZ_CHECK(page.substr(0, start.size()) == start);
    FUZZ_CHECK(page.back() != '\n');
    FUZZ_CHECK(page.find('\0') == std::string_view::npos);
    FUZZ_CHECK(contains(page, reason_phrase(a)) && contains(page, reason_phrase(b)));
    FUZZ_CHECK(contains(page, " vs "));
    for (unsigned k = 0; k < 6; ++k) {
        const auto which = static_cast<page_label>(k);
        if (which == page_label::learn_more && lay == layout::lines) {
            continue;
        }
        FUZZ_CHECK(contains(page, label(loc, which)));
    }
    FUZZ_CHECK(contains(page, localized(a, loc).fix) && contains(page, localized(b, loc).fix));
    // Swapping the codes gives a page of its own that is just as valid.
    const std::size_t swapped = render_comparison(b, a, loc, lay, nullptr, 0);
    FUZZ_CHECK(swapped > 0 && swapped <= max_page_size);

    // The HTML pages, in either texts form (2 is no form: nothing), into a
    // heap block of exactly `capacity` bytes.
    const auto form = static_cast<texts>(byte_at(data, size, 8) % 3);
    const bool form_ok = form == texts::localized || form == texts::reference;
    std::vector<char> html(max_html_size);
    const std::size_t h = render_comparison_html(a, b, loc, html.data(), html.size(), form);
    FUZZ_CHECK(form_ok ? h > 0 && h <= max_html_size : h == 0);
    std::memset(small, fill, capacity);
    FUZZ_CHECK(render_comparison_html(a, b, loc, small, capacity, form) == h);
    FUZZ_CHECK(std::memcmp(small, html.data(), std::min(capacity, h)) == 0);
    const std::size_t c = render_code_html(a, loc, html.data(), html.size(), form);
    FUZZ_CHECK(form_ok ? c > 0 && c <= max_html_size : c == 0);
    if (form_ok) {
        const std::string_view doc(html.data(), c);
        FUZZ_CHECK(doc.substr(0, 15) == "<!DOCTYPE html>" && doc.find('\0') == std::string_view::npos);
    }
    return 0;
}
