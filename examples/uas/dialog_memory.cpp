#include "dialog_memory.hpp"

namespace sipcodes_uas {

namespace {

// Linear probing; 0 marks a free slot, so a key of 0 (one SipHash output in
// 2^64) is stored as 1.
constexpr std::uint64_t stored(std::uint64_t key) noexcept
{
    return key == 0 ? 1 : key;
}

} // namespace

std::size_t dialog_memory::find(std::uint64_t key) const noexcept
{
    const std::uint64_t k = stored(key);
    for (std::size_t i = k % slots, probes = 0; probes < slots; i = (i + 1) % slots, ++probes) {
        if (keys_[i] == k) {
            return i;
        }
        if (keys_[i] == 0) {
            break;
        }
    }
    return slots;
}

bool dialog_memory::contains(std::uint64_t key) const noexcept
{
    return find(key) != slots;
}

void dialog_memory::add(std::uint64_t key) noexcept
{
    if (contains(key)) {
        return;
    }
    if (count_ == max_dialogs) {
        overflowed_ = true;
        return;
    }
    std::size_t i = stored(key) % slots;
    while (keys_[i] != 0) {
        i = (i + 1) % slots;
    }
    keys_[i] = stored(key);
    ++count_;
}

void dialog_memory::end(std::uint64_t key) noexcept
{
    std::size_t hole = find(key);
    if (hole == slots) {
        return;
    }
    keys_[hole] = 0;
    --count_;
    // Backward-shift deletion: move up every later key of the run that the
    // hole now cuts off from its home slot, so no search stops short.
    for (std::size_t j = (hole + 1) % slots; keys_[j] != 0; j = (j + 1) % slots) {
        const std::size_t home = keys_[j] % slots;
        const bool home_between = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!home_between) {
            keys_[hole] = keys_[j];
            keys_[j] = 0;
            hole = j;
        }
    }
}

} // namespace sipcodes_uas
