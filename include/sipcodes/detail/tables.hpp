// sipcodes/detail/tables.hpp: the record types of the generated tables and
// how a string or a little-endian word is read out of a string table
// (codegen/string_table.py writes them).

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

/// The 8 bytes at `p` as one little-endian word: one load at run time on a
/// little-endian target (clang 14 does not merge the byte reads when it also
/// reads the bytes one by one), the bytes shifted into place otherwise and in
/// constant evaluation.
[[nodiscard]] constexpr std::uint64_t load_le64(const char* p) noexcept
{
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (!__builtin_is_constant_evaluated()) {
        std::uint64_t word = 0;
        __builtin_memcpy(&word, p, sizeof word);
        return word;
    }
#endif
    const auto byte = [p](unsigned k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k); };
    return byte(0) | byte(1) | byte(2) | byte(3) | byte(4) | byte(5) | byte(6) | byte(7);
}

/// The span written at `at` as two little-endian 32-bit words, offset then
/// size: how a table of many spans is laid out as one string literal, which a
/// compiler reads far faster than the same numbers as structs.
[[nodiscard]] constexpr text_span<std::uint32_t> span_at(const char* at) noexcept
{
    const std::uint64_t words = load_le64(at);
    return {static_cast<std::uint32_t>(words), static_cast<std::uint32_t>(words >> 32)};
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
