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
#include <sofia-sip/sip_protos.h> // declares sip_status_d()
#include <sofia-sip/sip_status.h> // declares sip_status_phrase(int)
#include <sofia-sip/su_alloc.h>
#endif
#include <cstring>

namespace bench {

/// Look-ups in one pass: the 75 registered codes 400 times, or 30,000 random ints.
inline constexpr std::size_t lookups_per_pass = 30000;

/// Responses per best_response look-up (codes i .. i + 7): a proxy forking to a few branches.
inline constexpr std::size_t responses_per_context = 8;

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
        // next_code() and the best_response cases read past the last look-up: wrap around.
        for (std::size_t k = 0; k < responses_per_context; ++k) {
            codes_.push_back(codes_[k]);
        }

        // Each look-up parses a whole response as a datagram brings it: the
        // status line, then the headers of RFC 3261 §24.2's 200 OK (the parsers
        // stop at the first CRLF). "SIP/2.0 042 Unknown\r\n" is well-formed;
        // parse_status_line rejects codes outside 100..699 by their value, as
        // RFC 3261 §21 has it.
        constexpr std::string_view headers =
            "Via: SIP/2.0/UDP server10.biloxi.com;branch=z9hG4bKnashds8;received=192.0.2.3\r\n"
            "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
            "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
            "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
            "CSeq: 314159 INVITE\r\n"
            "Contact: <sip:bob@192.0.2.4>\r\n"
            "Content-Length: 0\r\n\r\n";
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i < lookups_per_pass; ++i) {
            const auto s = sipcodes::to_status(codes_[i]);
            const std::string phrase(s ? sipcodes::reason_phrase(*s) : "Unknown");
            char line[96];
            const int n = std::snprintf(line, sizeof line, "SIP/2.0 %03d %s\r\n", codes_[i], phrase.c_str());
            starts.push_back(text_.size());
            text_.append(line, static_cast<std::size_t>(n));
            text_.append(headers);
            line_sizes_.push_back(static_cast<std::size_t>(n) + headers.size());
            first_line_sizes_.push_back(static_cast<std::size_t>(n) - 2);
        }
        for (const std::size_t start : starts) {
            line_starts_.push_back(text_.data() + start);
        }
        code_at_ = codes_.data();
        line_start_at_ = line_starts_.data();
        line_size_at_ = line_sizes_.data();
        first_line_size_at_ = first_line_sizes_.data();
    }
    input(const input&) = delete;
    input& operator=(const input&) = delete;

    [[nodiscard]] int code(std::size_t i) const noexcept { return code_at_[i]; }
    [[nodiscard]] int next_code(std::size_t i) const noexcept { return code_at_[i + 1]; }
    /// Response i as a datagram: its status line, then its headers.
    [[nodiscard]] std::string_view line(std::size_t i) const noexcept
    {
        return {line_start_at_[i], line_size_at_[i]};
    }
    /// The size of response i's status line without its CRLF.
    [[nodiscard]] std::size_t first_line_size(std::size_t i) const noexcept { return first_line_size_at_[i]; }

private:
    std::vector<int> codes_;
    std::string text_;
    std::vector<const char*> line_starts_;
    std::vector<std::size_t> line_sizes_;
    std::vector<std::size_t> first_line_sizes_;
    const volatile int* code_at_ = nullptr;
    const char* const volatile* line_start_at_ = nullptr;
    const volatile std::size_t* line_size_at_ = nullptr;
    const volatile std::size_t* first_line_size_at_ = nullptr;
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

// The reference for RFC 3261 §16.7's choice, branch-free: one precomputed
// 32-bit key per code 100..699, (rank << 16) | (0xffff - code), and a sentinel 0
// that every other number is clamped to, so choosing is a clamp and a load per
// code and a compare. (It leaves numbers outside 100..699 unordered among
// themselves; the library orders them too.) The ranks are typed here from §16.7
// steps 5 and 6, not read from the library.
constexpr unsigned reference_rank(unsigned code) noexcept
{
    if (code == 401 || code == 407 || code == 415 || code == 420 || code == 484) {
        return 31;
    }
    if (code == 503) {
        return 20;
    }
    constexpr unsigned by_class[7] = {0, 10, 60, 40, 30, 21, 50};
    return code >= 100 && code <= 699 ? by_class[code / 100] : 0;
}

constexpr std::array<std::uint32_t, dense_size + 1> make_keys() noexcept
{
    std::array<std::uint32_t, dense_size + 1> keys{};
    for (unsigned code = 100; code < 100 + dense_size; ++code) {
        keys[code - 100] = reference_rank(code) << 16 | (0xffffu - code);
    }
    return keys;
}

inline constexpr auto response_keys = make_keys();

constexpr std::uint32_t reference_key(int code) noexcept
{
    const unsigned slot = static_cast<unsigned>(code) - 100u;
    return response_keys[slot < dense_size ? slot : dense_size];
}

/// The status behind a key, as the library's best_response returns it.
constexpr std::optional<sipcodes::status> status_of_key(std::uint32_t key) noexcept
{
    return key != 0 ? std::optional<sipcodes::status>(static_cast<sipcodes::status>(0xffffu - (key & 0xffffu)))
                    : std::nullopt;
}

/// The minimal status-line reader the parser is measured against: the fixed
/// "SIP/2.0 " (case as sent), three digits, a space and the CRLF, found byte by
/// byte; nothing about the phrase is checked and the code's range is not.
inline std::optional<sipcodes::status_line> minimal_status_line(std::string_view text) noexcept
{
    if (text.size() < 14 || std::memcmp(text.data(), "SIP/2.0 ", 8) != 0) {
        return std::nullopt;
    }
    const auto digit = [&](std::size_t k) { return static_cast<unsigned>(text[k] - '0'); };
    if (digit(8) > 9 || digit(9) > 9 || digit(10) > 9 || text[11] != ' ') {
        return std::nullopt;
    }
    std::size_t end = 12;
    while (end < text.size() && text[end] != '\r') {
        ++end;
    }
    if (end + 1 >= text.size() || text[end + 1] != '\n') {
        return std::nullopt;
    }
    return sipcodes::status_line{static_cast<int>(digit(8) * 100 + digit(9) * 10 + digit(10)), text.substr(12, end - 12)};
}

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
    visit("best_response_8", [](const input& in, std::size_t i) {
        std::array<status, bench::responses_per_context> context{};
        for (std::size_t k = 0; k < context.size(); ++k) {
            context[k] = as_status(in.code(i + k));
        }
        return best_response(context.data(), context.size());
    });
    visit("render_comparison", [](const input& in, std::size_t i) {
        char page[max_page_size];
        const std::size_t n = render_comparison(as_status(in.code(i)), as_status(in.next_code(i)), locale::en,
                                                layout::lines, page, sizeof page);
        escape(page);
        return n;
    });

    visit("parse_status_line", [](const input& in, std::size_t i) { return parse_status_line(in.line(i)); });
    visit("parse_status_line_lenient", [](const input& in, std::size_t i) {
        return parse_status_line(in.line(i), parse_mode::lenient);
    });
    visit("minimal_status_line", [](const input& in, std::size_t i) { return detail::minimal_status_line(in.line(i)); });

#if SIPCODES_BENCH_HAVE_OSIP
    visit("osip_message_get_reason", [](const input& in, std::size_t i) { return osip_message_get_reason(in.code(i)); });
#endif
#if SIPCODES_BENCH_HAVE_OSIP
    // The whole response: oSIP parses every header into a heap-allocated message.
    visit("osip_message_parse", [](const input& in, std::size_t i) {
        static const int initialised = parser_init();
        (void)initialised;
        osip_message_t* message = nullptr;
        osip_message_init(&message);
        const std::string_view datagram = in.line(i);
        int code = -1;
        if (osip_message_parse(message, datagram.data(), datagram.size()) == 0) {
            code = osip_message_get_status_code(message);
        }
        osip_message_free(message);
        return code;
    });
#endif
#if SIPCODES_BENCH_HAVE_SOFIA
    // sofia-sip's status-line decoder, given the line without its CRLF (its
    // message parser finds the line end first) in a scratch copy, since it
    // writes NULs into the text; it allocates nothing here.
    visit("sofia_sip_status_d", [](const input& in, std::size_t i) {
        char scratch[128];
        const std::size_t n = in.first_line_size(i);
        std::memcpy(scratch, in.line(i).data(), n);
        scratch[n] = '\0';
        sip_status_t status{};
        const bool ok = sip_status_d(nullptr, reinterpret_cast<msg_header_t*>(&status), scratch, static_cast<isize_t>(n)) >= 0;
        return ok ? status.st_status : -1;
    });
    visit("sofia_sip_status_phrase", [](const input& in, std::size_t i) { return sip_status_phrase(in.code(i)); });
#endif

    visit("dense_checked", [](const input& in, std::size_t i) {
        const unsigned slot = static_cast<unsigned>(in.code(i)) - 100u;
        if (slot >= dense_size) {
            return std::string_view{};
        }
        return dense[slot];
    });
    // §16.7 references: a precomputed key per code (status values are 16-bit, so
    // the key of any other number is rank 0 and the complement of the code).
    visit("rank_table_preferred", [](const input& in, std::size_t i) {
        const int a = in.code(i);
        const int b = in.next_code(i);
        return detail::reference_key(b) > detail::reference_key(a) ? b : a;
    });
    visit("rank_table_best_8", [](const input& in, std::size_t i) {
        std::uint32_t best = 0;
        for (std::size_t k = 0; k < responses_per_context; ++k) {
            const std::uint32_t key = detail::reference_key(in.code(i + k));
            const std::uint32_t final_key = (key >> 16) >= 20 ? key : 0u;
            best = final_key > best ? final_key : best;
        }
        return detail::status_of_key(best);
    });
    visit("dense_branch_free", [](const input& in, std::size_t i) {
        const unsigned slot = static_cast<unsigned>(in.code(i)) - 100u;
        return dense[slot < dense_size ? slot : dense_size];
    });
}

} // namespace bench

#endif // SIPCODES_BENCH_CASES_HPP
