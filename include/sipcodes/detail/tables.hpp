// sipcodes/detail/tables.hpp: the record types of the generated tables and
// how a string is read out of a string table (codegen/string_table.py writes them).

#ifndef SIPCODES_DETAIL_TABLES_HPP
#define SIPCODES_DETAIL_TABLES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sipcodes::detail {

/// Where one string of a generated string table is: identical strings share
/// one span, and {0, 0} is the empty string.
template <class Offset>
struct text_span {
    Offset offset;
    Offset size;
};

/// The string a span of `table` refers to.
template <class Offset>
[[nodiscard]] constexpr std::string_view slice(const char* table, text_span<Offset> span) noexcept
{
    return {table + span.offset, static_cast<std::size_t>(span.size)};
}

/// The string a span of a table laid out in rows refers to: a blob longer than
/// the 65,536 bytes a string literal may hold (C++ [implimits]) is rows of
/// `Width` bytes, each its own literal, and no string crosses a row.
template <std::size_t Rows, std::size_t Width, class Offset>
[[nodiscard]] constexpr std::string_view slice(const char (&rows)[Rows][Width], text_span<Offset> span) noexcept
{
    return {&rows[span.offset / Width][span.offset % Width], static_cast<std::size_t>(span.size)};
}

/// The span written at `at` as two little-endian 32-bit words, offset then
/// size: how a table of many spans is laid out as one string literal, which a
/// compiler reads far faster than the same numbers as structs.
[[nodiscard]] constexpr text_span<std::uint32_t> span_at(const char* at) noexcept
{
    const auto word = [at](unsigned k) {
        std::uint32_t value = 0;
        for (unsigned i = 4; i-- > 0;) {
            value = value << 8 | static_cast<unsigned char>(at[4 * k + i]);
        }
        return value;
    };
    return {word(0), word(1)};
}

/// The phrase at `text` in a length-prefixed table: its length is the byte before it.
[[nodiscard]] constexpr std::string_view length_prefixed(const char* text) noexcept
{
    return {text, static_cast<unsigned char>(text[-1])};
}

/// One entry of the dense code index (generated/status.hpp): where the
/// phrase of a code is and the code itself, 0 when the number is not registered.
struct index_entry {
    std::uint16_t offset; // of the phrase in phrase_text
    std::uint16_t code;
};

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_TABLES_HPP
