// The dialogs this server is in: a fixed open-addressed table of their keys,
// with no heap.
#ifndef SIPCODES_EXAMPLES_UAS_DIALOG_MEMORY_HPP
#define SIPCODES_EXAMPLES_UAS_DIALOG_MEMORY_HPP

#include <cstddef>
#include <cstdint>

namespace sipcodes_uas {

/// The dialogs this server is in (§12): a 2xx to INVITE, SUBSCRIBE or REFER
/// adds one, a 2xx to BYE ends it. Keys are the server's To tags (SipHash
/// outputs, unique per Call-ID and From tag), kept in an open-addressed table
/// placed by their low bits. It holds up to `max_dialogs` at once; a dialog
/// that finds it full is not recorded, and from then on `complete()` is false:
/// the table can no longer say that a dialog does not exist.
class dialog_memory {
public:
    static constexpr std::size_t slots = 4096; // a power of two
    static constexpr std::size_t max_dialogs = slots / 4 * 3;

    void add(std::uint64_t key) noexcept;
    void end(std::uint64_t key) noexcept;
    [[nodiscard]] bool contains(std::uint64_t key) const noexcept;
    /// False once a dialog was left out because the table was full.
    [[nodiscard]] bool complete() const noexcept { return !overflowed_; }

private:
    [[nodiscard]] std::size_t find(std::uint64_t key) const noexcept; // `slots` if absent

    std::uint64_t keys_[slots] = {}; // 0: a free slot
    std::size_t count_ = 0;
    bool overflowed_ = false;
};

} // namespace sipcodes_uas

#endif
