// to_locale over arbitrary strings, and the locale look-ups on any value of
// the enum.
//
// Input: the whole input is a candidate locale code. Its first byte is also
// cast to a locale, and its first two bytes to a status, for locale_code,
// locale_name, label and localized.
#include <sipcodes/locale.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "fuzz_check.hpp"

using namespace sipcodes;

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool valid(locale l)
{
    return std::find(all_locales.begin(), all_locales.end(), l) != all_locales.end();
}

void touch(std::string_view s)
{
    volatile unsigned sum = 0;
    for (const char c : s) {
        sum = sum + static_cast<unsigned char>(c);
    }
}

void check_code(std::string_view text)
{
    const std::optional<locale> l = to_locale(text);
    if (l) {
        // A locale it returns is valid, and its code is the input but for ASCII case.
        FUZZ_CHECK(valid(*l));
        FUZZ_CHECK(equal_ignoring_ascii_case(locale_code(*l), text));
    } else {
        // Nothing returned: the input is no locale's code in any ASCII case.
        for (const locale x : all_locales) {
            FUZZ_CHECK(!equal_ignoring_ascii_case(locale_code(x), text));
        }
    }
}

void check_locale_value(std::uint8_t raw, std::uint16_t status_raw)
{
    const auto l = static_cast<locale>(raw);
    const bool ok = valid(l);
    FUZZ_CHECK(locale_code(l).empty() == !ok);
    FUZZ_CHECK(locale_name(l).empty() == !ok);
    touch(locale_code(l));
    touch(locale_name(l));
    if (ok) {
        // The code round-trips, in either case.
        FUZZ_CHECK(to_locale(locale_code(l)) == l);
    }
    for (unsigned k = 0; k < 8; ++k) {
        const std::string_view text = label(l, static_cast<page_label>(k));
        FUZZ_CHECK(text.empty() == !(ok && k < 6));
        touch(text);
    }

    // localized(): empty for an invalid locale or an unregistered status; else
    // the locale's text or, per field, the base locale's.
    const auto s = static_cast<status>(status_raw);
    const localized_texts t = localized(s, l);
    touch(t.description);
    touch(t.when);
    touch(t.fix);
    if (!ok || !is_registered(s)) {
        FUZZ_CHECK(t.description.empty() && t.when.empty() && t.fix.empty());
    } else {
        FUZZ_CHECK(!t.description.empty() && !t.when.empty() && !t.fix.empty());
        const status_info base = info(s);
        const localized_texts en = localized(s, all_locales[0]);
        FUZZ_CHECK(en.description == base.description && en.when == base.when && en.fix == base.fix);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // libFuzzer hands over bytes; the API reads characters.
    const std::string_view text(reinterpret_cast<const char*>(data), size); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
    check_code(text);
    // Every prefix and suffix of a short input, so that near-misses ("j", "jaa",
    // "xja") are tried along with the input.
    if (size <= 16) {
        for (std::size_t n = 0; n < size; ++n) {
            check_code(text.substr(0, n));
            check_code(text.substr(n));
        }
    }
    if (size >= 1) {
        const std::uint16_t status_raw =
            size >= 3 ? static_cast<std::uint16_t>(data[1] | data[2] << 8) : std::uint16_t{430};
        check_locale_value(data[0], status_raw);
    }
    return 0;
}
