// phrase_lookup.cpp: instructions per code -> reason-phrase look-up on a Cortex-M4.
//
// Times `reason_phrase(code)` (int -> phrase, one look-up) and, for
// comparison, `to_status(code)` followed by `reason_phrase(*s)` for (a) the 75
// registered codes and (b) 1000 pseudo-random ints in 0..999, one call at a
// time, and prints min/mean/max net of an empty call with the same signature.
// Exit status (QEMU's): 0 if the counter is exact and every result is right.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <sipcodes/status.hpp>

#include "counter.hpp"
#include "reference_layouts.hpp"
#include "semihosting.hpp"

namespace {

// The look-up under test. noipa (stronger than noinline): the caller may not
// use what it can see of the body, so the call is neither dropped, moved nor
// specialised for a known argument.
[[gnu::noipa]] std::string_view lookup(int code) noexcept
{
    return sipcodes::reason_phrase(code);
}

// The same answer in two steps. GCC does not see that the second look-up
// repeats the first, so this costs about two.
[[gnu::noipa]] std::string_view lookup_via_to_status(int code) noexcept
{
    if (const auto s = sipcodes::to_status(code)) {
        return sipcodes::reason_phrase(*s);
    }
    return {};
}

// The two textbook layouts, for the table (reference_layouts.hpp).
[[gnu::noipa]] std::string_view lookup_binary_search(int code) noexcept
{
    return fw::reference::binary_search_phrase(code);
}

[[gnu::noipa]] std::string_view lookup_packed(int code) noexcept
{
    return fw::reference::packed_phrase(code);
}

// The same call doing nothing: what a caller pays for the call itself
// (argument, branch, the string_view returned through memory, return).
[[gnu::noipa]] std::string_view empty_lookup(int) noexcept
{
    return {};
}

// ---- inputs -------------------------------------------------------------

constexpr std::array<int, sipcodes::status_count> registered_codes = [] {
    std::array<int, sipcodes::status_count> codes{};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        codes[i] = sipcodes::to_int(sipcodes::all_statuses[i]);
    }
    return codes;
}();

constexpr std::size_t random_count = 1000;

// A fixed sequence (xorshift32, seed 2463534242) reduced to 0..999.
constexpr std::array<int, random_count> random_codes = [] {
    std::array<int, random_count> codes{};
    std::uint32_t x = 2463534242u;
    for (int& code : codes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        code = static_cast<int>(x % 1000);
    }
    return codes;
}();

// ---- what the answers must add up to ------------------------------------

struct checksum {
    std::uint32_t found = 0;  // inputs with a phrase
    std::uint32_t length = 0; // total phrase length
    std::uint32_t hash = 2166136261u; // FNV-1a over every phrase, in order

    constexpr void add(std::string_view phrase) noexcept
    {
        found += phrase.empty() ? 0 : 1;
        length += static_cast<std::uint32_t>(phrase.size());
        for (const char c : phrase) {
            hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
        }
    }
    constexpr bool operator==(const checksum& o) const noexcept
    {
        return found == o.found && length == o.length && hash == o.hash;
    }
};

// Computed by the compiler from the constexpr library: the run-time calls must agree.
template <std::size_t N>
constexpr checksum expected(const std::array<int, N>& codes) noexcept
{
    checksum sum;
    for (const int code : codes) {
        const auto s = sipcodes::to_status(code);
        sum.add(s ? sipcodes::reason_phrase(*s) : std::string_view{});
    }
    return sum;
}

constexpr checksum expected_registered = expected(registered_codes);
constexpr checksum expected_random = expected(random_codes);

// And two facts known independently of the library: the IANA registry has 75
// codes whose phrases total 1266 characters.
static_assert(expected_registered.found == 75 && expected_registered.length == 1266);

// ---- timing -------------------------------------------------------------

struct timing {
    std::uint32_t min = UINT32_MAX;
    std::uint32_t max = 0;
    std::uint32_t sum = 0;
    std::uint32_t count = 0;

    void add(std::uint32_t n) noexcept
    {
        min = n < min ? n : min;
        max = n > max ? n : max;
        sum += n;
        ++count;
    }
};

struct run_result {
    timing time;
    checksum sum;
};

// One template for both functions, so that the code around the call (and so
// the counter's overhead) is the same for the look-up and the empty call.
// Inputs are read through a volatile pointer: the compiler cannot know them.
template <std::string_view (*Function)(int)>
[[gnu::noinline]] run_result run(const volatile int* inputs, std::size_t count) noexcept
{
    run_result r;
    for (std::size_t i = 0; i < count; ++i) {
        const int code = inputs[i];
        std::string_view phrase;
        r.time.add(fw::counter::measure([&] { phrase = Function(code); }));
        r.sum.add(phrase);
    }
    return r;
}

void print_line(const char* label, const timing& t, std::uint32_t empty) noexcept
{
    // Mean to one decimal, rounded.
    const std::uint32_t mean10 = ((t.sum - empty * t.count) * 20 + t.count) / (2 * t.count);
    fw::write(label);
    fw::write(" min ");
    fw::write(t.min - empty);
    fw::write(" mean ");
    fw::write(mean10 / 10);
    fw::write(".");
    fw::write(mean10 % 10);
    fw::write(" max ");
    fw::write(t.max - empty);
    fw::write("\n");
}

bool check(const char* label, const checksum& got, const checksum& want) noexcept
{
    fw::write(label);
    fw::write(got.found);
    fw::write(" phrases, ");
    fw::write(got.length);
    fw::write(" bytes, hash ");
    fw::write(got.hash);
    fw::write(got == want ? ": ok\n" : ": WRONG\n");
    return got == want;
}

} // namespace

int main()
{
    const fw::counter::calibration c = fw::counter::calibrate();
    fw::write("counter: 1000 nops = ");
    fw::write(c.nops_1000);
    fw::write(" instructions, reading overhead ");
    fw::write(c.read_overhead);
    fw::write(", empty void() call ");
    fw::write(c.empty_call);
    fw::write(c.exact ? " (exact)\n" : " (NOT EXACT: run QEMU with -icount shift=7)\n");

    const auto* const registered = static_cast<const volatile int*>(registered_codes.data());
    const auto* const random = static_cast<const volatile int*>(random_codes.data());

    const run_result empty_a = run<empty_lookup>(registered, registered_codes.size());
    const run_result empty_b = run<empty_lookup>(random, random_codes.size());
    const run_result a = run<lookup>(registered, registered_codes.size());
    const run_result b = run<lookup>(random, random_codes.size());
    const run_result via_a = run<lookup_via_to_status>(registered, registered_codes.size());
    const run_result via_b = run<lookup_via_to_status>(random, random_codes.size());
    const run_result search_a = run<lookup_binary_search>(registered, registered_codes.size());
    const run_result search_b = run<lookup_binary_search>(random, random_codes.size());
    const run_result packed_a = run<lookup_packed>(registered, registered_codes.size());
    const run_result packed_b = run<lookup_packed>(random, random_codes.size());

    // The empty call costs the same whatever its input: one figure to subtract.
    const std::uint32_t empty = empty_a.time.min;
    const bool empty_constant = empty_a.time.max == empty && empty_b.time.min == empty && empty_b.time.max == empty;
    fw::write("empty string_view(int) call: ");
    fw::write(empty - c.read_overhead);
    fw::write(empty_constant ? " instructions, on every input\n" : " instructions, NOT CONSTANT\n");

    fw::write("instructions per look-up, net of an empty call:\n");
    fw::write(" reason_phrase(int):\n");
    print_line("  registered codes (75):      ", a.time, empty);
    print_line("  random ints 0..999 (1000):  ", b.time, empty);
    fw::write(" to_status(int), then reason_phrase(status):\n");
    print_line("  via registered codes (75):  ", via_a.time, empty);
    print_line("  via random ints (1000):     ", via_b.time, empty);
    fw::write(" reference: binary search over the sorted codes:\n");
    print_line("  search registered codes (75):", search_a.time, empty);
    print_line("  search random ints (1000):  ", search_b.time, empty);
    fw::write(" reference: packed branch-free word per code:\n");
    print_line("  packed registered codes (75):", packed_a.time, empty);
    print_line("  packed random ints (1000):  ", packed_b.time, empty);

    const bool right = check("registered: ", a.sum, expected_registered) & check("random: ", b.sum, expected_random) &
                       check("via to_status, registered: ", via_a.sum, expected_registered) &
                       check("via to_status, random: ", via_b.sum, expected_random) &
                       check("binary search, registered: ", search_a.sum, expected_registered) &
                       check("binary search, random: ", search_b.sum, expected_random) &
                       check("packed, registered: ", packed_a.sum, expected_registered) &
                       check("packed, random: ", packed_b.sum, expected_random);
    if (!right) {
        return 1;
    }
    if (!c.exact || !empty_constant) {
        return 2;
    }
    return 0;
}
