// Look-ups on arbitrary ints: to_status, canonical, class_of, and the
// per-status functions on values that only a cast can make.
//
// Input: the bytes, read as little-endian int32s (4 bytes each, a short tail
// zero-padded). Every int is also tried reduced into -100..899 and as a 16-bit
// value, so that the interesting range is hit often.
#include <sipcodes/sipcodes.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>

#include "fuzz_check.hpp"
#include "iana_registry.hpp" // tests/support: the registry typed independently of spec/

using namespace sipcodes;

namespace {

// The model: the IANA registry (tests/support/iana_registry.hpp), and all_statuses,
// which must list exactly the same codes.
bool registered(long long c)
{
    const bool listed = std::any_of(all_statuses.begin(), all_statuses.end(),
                                    [c](status s) { return static_cast<long long>(s) == c; });
    const bool in_registry = (sipcodes_test::find_row(c) != nullptr);
    FUZZ_CHECK(listed == in_registry);
    return in_registry;
}

void check_int(int c)
{
    const long long v = c;

    // to_status(c) has a value iff c is in all_statuses, and then it is c.
    const std::optional<status> s = to_status(c);
    FUZZ_CHECK(s.has_value() == registered(v));
    if (s) {
        FUZZ_CHECK(to_int(*s) == c);
        FUZZ_CHECK(is_registered(*s));
    }

    // reason_phrase(int): the registry's phrase, empty for any other int.
    const sipcodes_test::registry_row* row = sipcodes_test::find_row(v);
    const std::string_view phrase = reason_phrase(c);
    FUZZ_CHECK(phrase == (row != nullptr ? row->phrase : std::string_view{}));
    FUZZ_CHECK(!s || phrase == reason_phrase(*s));

    // class_of(c) is c / 100 for 100..699, else nullopt.
    const std::optional<status_class> k = class_of(c);
    if (c >= 100 && c <= 699) {
        FUZZ_CHECK(k.has_value() && static_cast<int>(*k) == c / 100);
    } else {
        FUZZ_CHECK(!k.has_value());
    }

    // canonical(c), RFC 3261 §8.1.3.2: a registered code as itself; an unknown
    // 1xx as 183; an unknown 2xx-6xx as x00; anything else nullopt.
    const std::optional<status> n = canonical(c);
    if (registered(v)) {
        FUZZ_CHECK(n.has_value() && to_int(*n) == c);
    } else if (c >= 101 && c <= 199) {
        FUZZ_CHECK(n.has_value() && *n == status::session_progress);
    } else if (c >= 200 && c <= 699) {
        FUZZ_CHECK(n.has_value() && to_int(*n) == c / 100 * 100);
    } else {
        FUZZ_CHECK(!n.has_value());
    }
    if (n) {
        FUZZ_CHECK(is_registered(*n));
    }
}

// Any value of the enum's underlying type, registered or made by a cast.
void check_status_value(std::uint16_t raw)
{
    const auto s = static_cast<status>(raw);
    const bool reg = registered(raw);
    FUZZ_CHECK(is_registered(s) == reg);
    FUZZ_CHECK(to_int(s) == raw);

    // The phrase is empty iff unregistered.
    const std::string_view phrase = reason_phrase(s);
    FUZZ_CHECK(phrase.empty() == !reg);

    // info(): the same phrase, every text empty iff unregistered.
    const status_info i = info(s);
    FUZZ_CHECK(i.code == raw);
    FUZZ_CHECK(i.phrase == phrase);
    FUZZ_CHECK(i.class_ == class_of(s));
    FUZZ_CHECK(i.description.empty() == !reg);
    FUZZ_CHECK(i.when.empty() == !reg);
    FUZZ_CHECK(i.fix.empty() == !reg);
    FUZZ_CHECK(i.references.empty() == !reg);
    FUZZ_CHECK(i.action_source.empty() == !reg);
    FUZZ_CHECK(reg || (i.headers_source.empty() && !i.deprecated));
    FUZZ_CHECK(i.deprecated == is_deprecated(s));
    // Touch every byte of every view, so that ASan sees a view that points
    // outside its array.
    volatile unsigned sum = 0;
    for (std::string_view t : {phrase, i.description, i.when, i.fix, i.references, i.action_source,
                               i.headers_source}) {
        for (const char ch : t) {
            sum = sum + static_cast<unsigned char>(ch);
        }
    }

    // The class of a status, and the predicates, follow the first digit.
    const status_class k = class_of(s);
    if (raw >= 100 && raw <= 699) {
        FUZZ_CHECK(static_cast<int>(k) == raw / 100);
        FUZZ_CHECK(!class_name(k).empty());
    } else {
        FUZZ_CHECK(k == status_class{});
        FUZZ_CHECK(class_name(k).empty());
    }
    FUZZ_CHECK(is_provisional(s) == (raw >= 100 && raw <= 199));
    FUZZ_CHECK(is_final(s) == (raw >= 200 && raw <= 699));
    FUZZ_CHECK(is_success(s) == (raw >= 200 && raw <= 299));
    FUZZ_CHECK(is_redirection(s) == (raw >= 300 && raw <= 399));
    FUZZ_CHECK(is_failure(s) == (raw >= 400 && raw <= 699));
    FUZZ_CHECK(is_client_failure(s) == (raw >= 400 && raw <= 499));
    FUZZ_CHECK(is_server_failure(s) == (raw >= 500 && raw <= 599));
    FUZZ_CHECK(is_global_failure(s) == (raw >= 600 && raw <= 699));

    // The header attributes are empty for an unregistered value.
    if (!reg) {
        FUZZ_CHECK(required_headers(s) == header_set{});
        FUZZ_CHECK(recommended_headers(s) == header_set{});
        FUZZ_CHECK(required_one_of(s) == header_set{});
    }
    // action_of: an unregistered value in 100..699 acts as its canonical code;
    // anything else outside the registry gives give_up.
    const action a = action_of(s);
    FUZZ_CHECK(!action_name(a).empty() && !action_description(a).empty());
    if (!reg) {
        const std::optional<status> n = canonical(raw);
        FUZZ_CHECK(a == (n ? action_of(*n) : action::give_up));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    for (std::size_t at = 0; at < size; at += 4) {
        std::uint8_t b[4] = {0, 0, 0, 0};
        std::memcpy(b, data + at, std::min<std::size_t>(4, size - at));
        const std::uint32_t u = static_cast<std::uint32_t>(b[0]) | static_cast<std::uint32_t>(b[1]) << 8 |
                                static_cast<std::uint32_t>(b[2]) << 16 | static_cast<std::uint32_t>(b[3]) << 24;
        int c = 0;
        std::memcpy(&c, &u, sizeof c);
        check_int(c);
        check_int(static_cast<int>(u % 1000u) - 100);
        check_int(static_cast<std::int16_t>(u & 0xffffu));
        check_status_value(static_cast<std::uint16_t>(u & 0xffffu));
        check_status_value(static_cast<std::uint16_t>(u % 1000u));
    }
    return 0;
}
