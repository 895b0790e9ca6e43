#include "transaction_memory.hpp"

namespace sipcodes_uas {

void transaction_memory::remember(std::uint64_t key, std::uint64_t now_ms) noexcept
{
    entries_[next_] = {key, now_ms};
    next_ = (next_ + 1) % capacity;
}

bool transaction_memory::recalls(std::uint64_t key, std::uint64_t now_ms) const noexcept
{
    for (const entry& e : entries_) {
        if (e.key == key && now_ms - e.at_ms < lifetime_ms) {
            return true;
        }
    }
    return false;
}

} // namespace sipcodes_uas
