// sipcodes/impl/compact_tables.ipp: look-ups over the compact tables, a perfect
// hash of the codes' 32-number blocks (generated/status.hpp; the layout is
// explained in codegen/lookup_tables.py). Included by impl/status.ipp inside a
// spec's namespace. For any int x:
//   b = clamp(x >> block_bits, 0, block_count - 1)   its block
//   e = table.block[b]                       tag of b | (displacement of b + head) << entry_shift
//   w = table.slot[(x & tag_mask) + (e >> entry_shift) - head]   phrase offset << block_bits | tag
//   x is registered exactly when the slot has its block's tag: (w ^ e) & tag_mask == 0.

// An inline namespace of its own: these functions read other tables than their
// dense namesakes, and a program may hold both (see detail/config.hpp).
namespace detail {
inline namespace compact_tables {

struct hit {
    std::uint32_t slot;  // index into compact::table.slot
    std::uint32_t match; // 0 when the int is registered
    std::uint32_t word;  // compact::table.slot[slot]
};

SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr hit find(int code) noexcept
{
    // An arithmetic shift on every compiler (defined so from C++20); with the
    // clamp below it is one `usat` on Cortex-M.
    // cppcheck-suppress shiftNegativeLHS
    const int shifted = code >> compact::block_bits;
    const unsigned block = shifted < 0 ? 0u : (shifted > static_cast<int>(compact::block_count - 1) ? compact::block_count - 1 : static_cast<unsigned>(shifted));
    const std::uint32_t entry = compact::table.block[block];
    const std::uint32_t slot = (static_cast<std::uint32_t>(code) & compact::tag_mask) + (entry >> compact::entry_shift) - compact::head;
    const std::uint32_t word = compact::table.slot[slot];
    return {slot, (word ^ entry) & compact::tag_mask, word};
}

/// `code` if it is registered, else 0.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::uint16_t registered_code(int code) noexcept
{
    return find(code).match == 0 ? static_cast<std::uint16_t>(code) : std::uint16_t{0};
}

/// to_status(): the status is `code` itself (status is an int), so a compiler
/// sees that a following look-up of it (reason_phrase(*s)) reads the slot this
/// one read, and merges the two.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::optional<status> find_status(int code) noexcept
{
    return find(code).match == 0 ? std::optional<status>(static_cast<status>(code)) : std::nullopt;
}

/// The phrase of `code`; empty if it is not registered.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::string_view phrase_of(int code) noexcept
{
    const hit found = find(code);
    // A miss reads the empty entry at the start of the text (length byte 0).
    const std::size_t offset = found.match == 0 ? found.word >> compact::block_bits : compact::empty_phrase_offset;
    return ::sipcodes::detail::length_prefixed(compact::table.text + (offset - compact::text_start));
}

/// 1-based row of a registered code in all_statuses; 0 for any other int.
[[nodiscard]] constexpr std::size_t row_of_code(int code) noexcept
{
    const hit found = find(code);
    return found.match == 0 ? compact::slot_rows[found.slot] : 0;
}

/// canonical()'s answer, 0 for nullopt: the code itself if registered, else
/// its class's fallback (class_fallbacks, worked out by the generator).
[[nodiscard]] constexpr std::uint16_t canonical_code(int code) noexcept
{
    if (const std::uint16_t registered = registered_code(code)) {
        return registered;
    }
    const unsigned slot = static_cast<unsigned>(code) - static_cast<unsigned>(min_code);
    return slot < index_size ? class_fallbacks[static_cast<unsigned>(code) / 100u] : std::uint16_t{0};
}

} // namespace compact_tables
} // namespace detail
