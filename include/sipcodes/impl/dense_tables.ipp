// sipcodes/impl/dense_tables.ipp: look-ups over the dense tables (one entry per
// code 100..699 and one for every other int; generated/status.hpp). Included by
// impl/status.ipp inside a spec's namespace.

// An inline namespace of its own: these functions read other tables than their
// compact namesakes, and a program may hold both (see detail/config.hpp).
namespace detail {
inline namespace dense_tables {

/// Where any int's answers are in the per-code tables: out-of-range values get
/// the last entry. The clamp compiles to a compare and a conditional move.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr unsigned slot_of(int code) noexcept
{
    const unsigned slot = static_cast<unsigned>(code) - static_cast<unsigned>(min_code);
    return slot < index_size ? slot : index_size;
}

/// 1-based row of a registered code in all_statuses; 0 for any other int.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::size_t row_of_code(int code) noexcept
{
    return dense::code_index[slot_of(code)] >> dense::row_shift;
}

/// `code` if it is registered, else 0.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::uint16_t registered_code(int code) noexcept
{
    return row_of_code(code) != 0 ? static_cast<std::uint16_t>(code) : std::uint16_t{0};
}

/// to_status(): the number is rebuilt from the clamped slot rather than copied
/// from `code`, so that a compiler sees that a look-up of the status that
/// follows (reason_phrase(*s), info(*s)) reads the very word this one read, and
/// merges the two.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::optional<status> find_status(int code) noexcept
{
    const unsigned slot = slot_of(code);
    return (dense::code_index[slot] >> dense::row_shift) != 0
               ? std::optional<status>(static_cast<status>(slot + static_cast<unsigned>(min_code)))
               : std::nullopt;
}

/// The phrase of `code`; empty if it is not registered (word 0: offset and length 0).
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::string_view phrase_of(int code) noexcept
{
    const std::uint32_t word = dense::code_index[slot_of(code)];
    constexpr std::uint32_t offset_mask = (1u << dense::length_shift) - 1u;
    constexpr std::uint32_t length_mask = (1u << (dense::row_shift - dense::length_shift)) - 1u;
    return {dense::phrase_text + (word & offset_mask), (word >> dense::length_shift) & length_mask};
}

/// canonical()'s answer, 0 for nullopt: a clamp and a load.
[[nodiscard]] constexpr std::uint16_t canonical_code(int code) noexcept
{
    return dense::canonical_codes[slot_of(code)];
}

} // namespace dense_tables
} // namespace detail
