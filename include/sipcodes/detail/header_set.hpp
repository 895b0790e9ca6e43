// sipcodes/detail/header_set.hpp: a set of header fields, one bit each; every
// spec's API names it header_set (sipcodes/attributes.hpp).

#ifndef SIPCODES_DETAIL_HEADER_SET_HPP
#define SIPCODES_DETAIL_HEADER_SET_HPP

#include <array> // std::forward_iterator_tag (<iterator> would double the include time)
#include <cstddef>

namespace sipcodes::detail {

/// A set of `Header` values (an enum numbered 0..Count-1) in the bits of `Bits`,
/// iterable in enum order.
template <class Header, class Bits, std::size_t Count>
class basic_header_set {
public:
    using bits_type = Bits;

    constexpr basic_header_set() noexcept = default;
    constexpr explicit basic_header_set(bits_type bits) noexcept : bits_(bits & all_bits) {}

    [[nodiscard]] constexpr bool contains(Header h) const noexcept
    {
        return static_cast<std::size_t>(h) < Count && ((bits_ >> static_cast<unsigned>(h)) & 1u) != 0;
    }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept
    {
        std::size_t n = 0;
        for (bits_type b = bits_; b != 0; b &= static_cast<bits_type>(b - 1)) {
            ++n;
        }
        return n;
    }
    [[nodiscard]] constexpr bits_type bits() const noexcept { return bits_; }

    [[nodiscard]] friend constexpr basic_header_set operator|(basic_header_set a, basic_header_set b) noexcept
    {
        return basic_header_set(static_cast<bits_type>(a.bits_ | b.bits_));
    }
    [[nodiscard]] friend constexpr basic_header_set operator&(basic_header_set a, basic_header_set b) noexcept
    {
        return basic_header_set(static_cast<bits_type>(a.bits_ & b.bits_));
    }
    /// The headers of `a` that are not in `b`.
    [[nodiscard]] friend constexpr basic_header_set operator-(basic_header_set a, basic_header_set b) noexcept
    {
        return basic_header_set(static_cast<bits_type>(a.bits_ & ~b.bits_));
    }
    [[nodiscard]] friend constexpr bool operator==(basic_header_set a, basic_header_set b) noexcept
    {
        return a.bits_ == b.bits_;
    }
    [[nodiscard]] friend constexpr bool operator!=(basic_header_set a, basic_header_set b) noexcept
    {
        return a.bits_ != b.bits_;
    }

    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Header;
        using difference_type = std::ptrdiff_t;
        using pointer = const Header*;
        using reference = Header;

        constexpr iterator() noexcept = default;
        [[nodiscard]] constexpr Header operator*() const noexcept { return static_cast<Header>(lowest()); }
        constexpr iterator& operator++() noexcept
        {
            rest_ &= static_cast<bits_type>(rest_ - 1);
            return *this;
        }
        constexpr iterator operator++(int) noexcept
        {
            iterator old = *this;
            ++*this;
            return old;
        }
        [[nodiscard]] friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.rest_ == b.rest_; }
        [[nodiscard]] friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.rest_ != b.rest_; }

    private:
        friend class basic_header_set;
        constexpr explicit iterator(bits_type rest) noexcept : rest_(rest) {}
        [[nodiscard]] constexpr unsigned lowest() const noexcept
        {
            unsigned i = 0;
            while (((rest_ >> i) & 1u) == 0) {
                ++i;
            }
            return i;
        }
        bits_type rest_ = 0;
    };

    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator(bits_); }
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator(0); }

private:
    static constexpr std::size_t width = sizeof(bits_type) * 8;
    static constexpr bits_type all_bits = Count == width ? static_cast<bits_type>(~bits_type{0})
                                                         : static_cast<bits_type>((bits_type{1} << (Count % width)) - 1);
    bits_type bits_ = 0;
};

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_HEADER_SET_HPP
