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

/// True if `code` is registered: an entry holds its own code or 0, and the
/// entry of every other int holds 100, so the entry holds `code` exactly when
/// `code` is registered.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr bool holds(int code) noexcept
{
    return dense::code_index[slot_of(code)].code == code;
}

/// `code` if it is registered, else 0.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::uint16_t registered_code(int code) noexcept
{
    return holds(code) ? static_cast<std::uint16_t>(code) : std::uint16_t{0};
}

/// to_status(): the status is `code` itself (status is an int), so a compiler
/// sees that a following look-up of it (reason_phrase(*s)) reads the entry this
/// one loaded, and merges the two (GCC 12 and clang 14 both do;
/// benchmarks/README.md).
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::optional<status> find_status(int code) noexcept
{
    return holds(code) ? std::optional<status>(static_cast<status>(code)) : std::nullopt;
}

/// The phrase of `code`; empty if it is not registered.
SIPCODES_INLINE_LOOKUP [[nodiscard]] constexpr std::string_view phrase_of(int code) noexcept
{
    return ::sipcodes::detail::length_prefixed(dense::phrase_text + dense::code_index[slot_of(code)].offset);
}

/// 1-based row of a registered code in all_statuses; 0 for any other int.
[[nodiscard]] constexpr std::size_t row_of_code(int code) noexcept
{
    return dense::code_rows[slot_of(code)];
}

/// canonical()'s answer, 0 for nullopt: a clamp and a load.
[[nodiscard]] constexpr std::uint16_t canonical_code(int code) noexcept
{
    return dense::canonical_codes[slot_of(code)];
}

} // namespace dense_tables
} // namespace detail
