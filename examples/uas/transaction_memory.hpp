// The transactions this server answered lately, kept so that a CANCEL or a
// retransmitted BYE can be matched to them; a fixed ring, with no heap.
#ifndef SIPCODES_EXAMPLES_UAS_TRANSACTION_MEMORY_HPP
#define SIPCODES_EXAMPLES_UAS_TRANSACTION_MEMORY_HPP

#include <cstddef>
#include <cstdint>

namespace sipcodes_uas {

/// Recent transactions, for matching a CANCEL (RFC 3261 §9.2 via §17.2.3): a
/// ring of keys, each remembered for 64*T1 = 32 s, the time a UDP server
/// transaction lives after its final response (Timer H / Timer J).
class transaction_memory {
public:
    static constexpr std::size_t capacity = 1024;
    static constexpr std::uint64_t lifetime_ms = 32000;

    void remember(std::uint64_t key, std::uint64_t now_ms) noexcept;
    [[nodiscard]] bool recalls(std::uint64_t key, std::uint64_t now_ms) const noexcept;

private:
    struct entry {
        std::uint64_t key;
        std::uint64_t at_ms;
    };
    entry entries_[capacity] = {};
    std::size_t next_ = 0;
};

} // namespace sipcodes_uas

#endif
