// cases.hpp: the inputs and the look-up cases, shared by bench.cpp (Google
// Benchmark, wall time) and callgrind_driver.cpp (instruction counts), so both
// tables measure the very same code.
#ifndef SIPCODES_BENCH_CASES_HPP
#define SIPCODES_BENCH_CASES_HPP

#include <sipcodes/sipcodes.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if SIPCODES_BENCH_HAVE_OSIP
#include <osipparser2/osip_parser.h> // declares osip_message_get_reason(int)
#endif
#if SIPCODES_BENCH_HAVE_SOFIA
// oSIP and sofia-sip both define these two macros (differently); neither is used here.
#undef SIP_406_NOT_ACCEPTABLE
#undef SIP_606_NOT_ACCEPTABLE
#include <sofia-sip/sip_status.h> // declares sip_status_phrase(int)
#endif

namespace bench {

/// Look-ups in one pass: the 75 registered codes 400 times, or 30,000 random ints.
inline constexpr std::size_t lookups_per_pass = 30000;

enum class input_kind { registered, uniform };

/// One pass of inputs: (a) the registered codes, each 400 times, shuffled; or
/// (b) uniform ints in 0..999. Fixed seeds; std::mt19937's output is fixed by
/// the standard and the shuffle is written out, so every platform gets the same
/// sequence. Codes and lines are read through pointers to volatile, so the
/// compiler cannot know or fold any of them.
class input {
public:
    explicit input(input_kind kind)
    {
        std::mt19937 rng(kind == input_kind::registered ? 3261u : 5626u);
        if (kind == input_kind::registered) {
            while (codes_.size() < lookups_per_pass) {
                for (const sipcodes::status s : sipcodes::all_statuses) {
                    codes_.push_back(sipcodes::to_int(s));
                }
            }
            for (std::size_t i = codes_.size() - 1; i > 0; --i) { // Fisher-Yates
                std::swap(codes_[i], codes_[rng() % (i + 1)]);
            }
        } else {
            for (std::size_t i = 0; i < lookups_per_pass; ++i) {
                codes_.push_back(static_cast<int>(rng() % 1000));
            }
        }
        codes_.push_back(codes_.front()); // next_code() of the last look-up wraps around

        // "SIP/2.0 042 Unknown\r\n": well-formed; parse_status_line rejects
        // codes outside 100..699 by their value, as RFC 3261 §21 has it.
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < lookups_per_pass; ++i) {
            const auto s = sipcodes::to_status(codes_[i]);
            const std::string phrase(s ? sipcodes::reason_phrase(*s) : "Unknown");
            char line[96];
            const int n = std::snprintf(line, sizeof line, "SIP/2.0 %03d %s\r\n", codes_[i], phrase.c_str());
            starts.push_back(text_.size());
            text_.append(line, static_cast<std::size_t>(n));
            line_sizes_.push_back(static_cast<std::size_t>(n));
        }
        for (const std::size_t start : starts) {
            line_starts_.push_back(text_.data() + start);
        }
        code_at_ = codes_.data();
        line_start_at_ = line_starts_.data();
        line_size_at_ = line_sizes_.data();
    }
    input(const input&) = delete;
    input& operator=(const input&) = delete;

    [[nodiscard]] int code(std::size_t i) const noexcept { return code_at_[i]; }
    [[nodiscard]] int next_code(std::size_t i) const noexcept { return code_at_[i + 1]; }
    [[nodiscard]] std::string_view line(std::size_t i) const noexcept
    {
        return {line_start_at_[i], line_size_at_[i]};
    }

private:
    std::vector<int> codes_;
    std::string text_;
    std::vector<const char*> line_starts_;
    std::vector<std::size_t> line_sizes_;
    const volatile int* code_at_ = nullptr;
    const char* const volatile* line_start_at_ = nullptr;
    const volatile std::size_t* line_size_at_ = nullptr;
};

/// Makes the compiler assume `p` and everything it points to is read.
inline void escape(const void* p) noexcept
{
    asm volatile("" : : "r"(p) : "memory");
}

namespace detail {

// The reference: one std::string_view per code 100..699 (empty where nothing is
// registered), then one empty sentinel slot.
inline constexpr unsigned dense_size = 600;

constexpr std::array<std::string_view, dense_size + 1> make_dense() noexcept
{
    std::array<std::string_view, dense_size + 1> table{};
    for (const sipcodes::status s : sipcodes::all_statuses) {
        table[static_cast<unsigned>(sipcodes::to_int(s)) - 100u] = sipcodes::reason_phrase(s);
    }
    return table;
}

inline constexpr auto dense = make_dense();

/// Any int as a status: the library documents every value of the enum as safe.
constexpr sipcodes::status as_status(int code) noexcept
{
    return static_cast<sipcodes::status>(code);
}

} // namespace detail

/// Calls visit(name, lookup) for every case; lookup(in, i) does look-up i of a
/// pass and returns what it found, for the caller to consume.
template <class Visit>
void for_each_case(Visit&& visit)
{
    using namespace sipcodes;
    using detail::as_status;
    using detail::dense;
    using detail::dense_size;

    // The loop alone: read the input, consume it. callgrind.sh subtracts it.
    visit("empty", [](const input& in, std::size_t i) { return in.code(i); });

    visit("reason_phrase", [](const input& in, std::size_t i) {
        const auto s = to_status(in.code(i));
        return s ? reason_phrase(*s) : std::string_view{};
    });
    visit("reason_phrase_int", [](const input& in, std::size_t i) { return reason_phrase(in.code(i)); });
    visit("to_status", [](const input& in, std::size_t i) { return to_status(in.code(i)); });
    visit("canonical", [](const input& in, std::size_t i) { return canonical(in.code(i)); });
    visit("class_of", [](const input& in, std::size_t i) { return class_of(in.code(i)); });
    visit("info_description", [](const input& in, std::size_t i) {
        const auto s = to_status(in.code(i));
        return s ? info(*s).description : std::string_view{};
    });

    // Pairs: look-up i takes input i and input i + 1.
    visit("compare", [](const input& in, std::size_t i) {
        return compare(as_status(in.code(i)), as_status(in.next_code(i)));
    });
    visit("preferred_response", [](const input& in, std::size_t i) {
        return preferred_response(as_status(in.code(i)), as_status(in.next_code(i)));
    });
    visit("render_comparison", [](const input& in, std::size_t i) {
        char page[max_page_size];
        const std::size_t n = render_comparison(as_status(in.code(i)), as_status(in.next_code(i)), locale::en,
                                                layout::lines, page, sizeof page);
        escape(page);
        return n;
    });

    visit("parse_status_line", [](const input& in, std::size_t i) { return parse_status_line(in.line(i)); });

#if SIPCODES_BENCH_HAVE_OSIP
    visit("osip_message_get_reason", [](const input& in, std::size_t i) { return osip_message_get_reason(in.code(i)); });
#endif
#if SIPCODES_BENCH_HAVE_SOFIA
    visit("sofia_sip_status_phrase", [](const input& in, std::size_t i) { return sip_status_phrase(in.code(i)); });
#endif

    visit("dense_checked", [](const input& in, std::size_t i) {
        const unsigned slot = static_cast<unsigned>(in.code(i)) - 100u;
        if (slot >= dense_size) {
            return std::string_view{};
        }
        return dense[slot];
    });
    visit("dense_branch_free", [](const input& in, std::size_t i) {
        const unsigned slot = static_cast<unsigned>(in.code(i)) - 100u;
        return dense[slot < dense_size ? slot : dense_size];
    });
}

} // namespace bench

#endif // SIPCODES_BENCH_CASES_HPP
