// reference_layouts.hpp: the two textbook code -> phrase layouts the compact
// tables are measured against (issue targets: ~1,670 B and ~88 instructions
// for the binary search, ~3,700 B and ~10 instructions for the packed table).
// Both are built by the compiler from the library's own constexpr answers, so
// they hold exactly the same data and the firmware checks them the same way.
#ifndef FW_REFERENCE_LAYOUTS_HPP
#define FW_REFERENCE_LAYOUTS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <sipcodes/status.hpp>

namespace fw::reference {

inline constexpr std::size_t code_count = sipcodes::status_count;

inline constexpr std::size_t phrase_bytes = [] {
    std::size_t n = 0;
    for (const sipcodes::status s : sipcodes::all_statuses) {
        n += sipcodes::reason_phrase(s).size();
    }
    return n;
}();

/// The phrases back to back, in code order, no terminators.
struct phrase_blob {
    std::array<char, phrase_bytes> text{};
    std::array<std::uint16_t, code_count + 1> start{}; // and the end
};

inline constexpr phrase_blob blob = [] {
    phrase_blob b;
    std::size_t at = 0;
    for (std::size_t row = 0; row < code_count; ++row) {
        b.start[row] = static_cast<std::uint16_t>(at);
        for (const char c : sipcodes::reason_phrase(sipcodes::all_statuses[row])) {
            b.text[at++] = c;
        }
    }
    b.start[code_count] = static_cast<std::uint16_t>(at);
    return b;
}();

// ---- (a) binary search over the sorted codes ------------------------------

inline constexpr std::array<std::uint16_t, code_count> sorted_codes = [] {
    std::array<std::uint16_t, code_count> codes{};
    for (std::size_t row = 0; row < code_count; ++row) {
        codes[row] = static_cast<std::uint16_t>(sipcodes::to_int(sipcodes::all_statuses[row]));
    }
    return codes;
}();

inline std::string_view binary_search_phrase(int code) noexcept
{
    std::size_t low = 0;
    std::size_t high = code_count;
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (sorted_codes[mid] < code) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    if (low == code_count || sorted_codes[low] != code) {
        return {};
    }
    return {blob.text.data() + blob.start[low], static_cast<std::size_t>(blob.start[low + 1] - blob.start[low])};
}

// ---- (b) packed branch-free table: a word per code 100..699 and a sentinel --

/// offset | length << 16 of each code's phrase; 0 (empty) for the rest.
inline constexpr std::array<std::uint32_t, 601> packed_words = [] {
    std::array<std::uint32_t, 601> words{};
    for (std::size_t row = 0; row < code_count; ++row) {
        const auto slot = static_cast<std::size_t>(sipcodes::to_int(sipcodes::all_statuses[row]) - 100);
        words[slot] = blob.start[row] | static_cast<std::uint32_t>(blob.start[row + 1] - blob.start[row]) << 16;
    }
    return words;
}();

inline std::string_view packed_phrase(int code) noexcept
{
    const unsigned slot = static_cast<unsigned>(code) - 100u;
    const std::uint32_t word = packed_words[slot < 600u ? slot : 600u];
    return {blob.text.data() + (word & 0xffffu), word >> 16};
}

} // namespace fw::reference

#endif
