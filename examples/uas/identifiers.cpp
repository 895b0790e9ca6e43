#include "identifiers.hpp"

#include <cstddef>

namespace sipcodes_uas {

namespace {

// SipHash-2-4 (Aumasson and Bernstein): a keyed hash, so that tags and
// nonces are unpredictable without the key yet the same for a retransmission.
class siphash {
public:
    explicit siphash(const std::uint64_t (&key)[2]) noexcept
        : v0_(0x736f6d6570736575ull ^ key[0]), v1_(0x646f72616e646f6dull ^ key[1]),
          v2_(0x6c7967656e657261ull ^ key[0]), v3_(0x7465646279746573ull ^ key[1])
    {
    }

    // Each piece is followed by its length, so that ("ab","c") and ("a","bc") differ.
    void field(std::string_view piece) noexcept
    {
        bytes(piece);
        const auto n = static_cast<std::uint32_t>(piece.size());
        const char length[4] = {static_cast<char>(n & 0xff), static_cast<char>((n >> 8) & 0xff),
                                static_cast<char>((n >> 16) & 0xff), static_cast<char>(n >> 24)};
        bytes({length, sizeof length});
    }

    [[nodiscard]] std::uint64_t finish() noexcept
    {
        std::uint64_t last = static_cast<std::uint64_t>(total_ & 0xff) << 56;
        for (std::size_t i = 0; i < pending_; ++i) {
            last |= static_cast<std::uint64_t>(tail_[i]) << (8 * i);
        }
        compress(last);
        v2_ ^= 0xff;
        for (int i = 0; i < 4; ++i) {
            round();
        }
        return v0_ ^ v1_ ^ v2_ ^ v3_;
    }

private:
    static std::uint64_t rotate(std::uint64_t x, unsigned b) noexcept { return (x << b) | (x >> (64 - b)); }

    void round() noexcept
    {
        v0_ += v1_;
        v1_ = rotate(v1_, 13);
        v1_ ^= v0_;
        v0_ = rotate(v0_, 32);
        v2_ += v3_;
        v3_ = rotate(v3_, 16);
        v3_ ^= v2_;
        v0_ += v3_;
        v3_ = rotate(v3_, 21);
        v3_ ^= v0_;
        v2_ += v1_;
        v1_ = rotate(v1_, 17);
        v1_ ^= v2_;
        v2_ = rotate(v2_, 32);
    }

    void compress(std::uint64_t m) noexcept
    {
        v3_ ^= m;
        round();
        round();
        v0_ ^= m;
    }

    void bytes(std::string_view s) noexcept
    {
        for (const char c : s) {
            tail_[pending_++] = static_cast<unsigned char>(c);
            ++total_;
            if (pending_ == 8) {
                std::uint64_t m = 0;
                for (std::size_t i = 0; i < 8; ++i) {
                    m |= static_cast<std::uint64_t>(tail_[i]) << (8 * i);
                }
                compress(m);
                pending_ = 0;
            }
        }
    }

    std::uint64_t v0_, v1_, v2_, v3_;
    unsigned char tail_[8] = {};
    std::size_t pending_ = 0;
    std::uint64_t total_ = 0;
};

} // namespace

std::uint64_t local_tag(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    h.field("tag");
    h.field(r.call_id);
    h.field(tag_of(r.from));
    return h.finish();
}

bool is_own_tag(const config& c, const request& r) noexcept
{
    return iequals(to_hex(local_tag(c, r)).view(), tag_of(r.to));
}

// With an RFC 3261 branch, the branch and sent-by of the top Via identify the
// transaction; otherwise the fields RFC 2543 used (§17.2.3).
std::uint64_t transaction_key(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    const parameter branch = find_parameter(r.top_via.params, "branch");
    if (branch.found && branch.value.substr(0, 7) == "z9hG4bK") {
        h.field(branch.value);
        h.field(r.top_via.sent_by);
    } else {
        h.field(r.uri);
        h.field(tag_of(r.to));
        h.field(tag_of(r.from));
        h.field(r.call_id);
        h.field(r.cseq.substr(0, r.cseq.size() - r.cseq_method.size()));
        h.field(r.top_via.text);
    }
    return h.finish() | 1; // 0 marks an empty slot of transaction_memory
}

std::uint64_t ending_bye_key(const config& c, const request& r) noexcept
{
    return (transaction_key(c, r) ^ 0x9e3779b97f4a7c15u) | 1;
}

std::uint64_t entity_tag(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    h.field("etag");
    h.field(r.call_id);
    h.field(tag_of(r.from));
    h.field(r.cseq);
    return h.finish();
}

std::uint64_t digest_nonce(const config& c, const request& r) noexcept
{
    siphash h(c.secret);
    h.field("nonce");
    h.field(r.call_id);
    h.field(r.cseq);
    h.field(r.top_via.text);
    return h.finish();
}

hex_text to_hex(std::uint64_t id) noexcept
{
    hex_text hex{};
    for (std::size_t i = 0; i < sizeof hex.digits; ++i) {
        hex.digits[i] = "0123456789abcdef"[(id >> (60 - 4 * i)) & 0xf];
    }
    return hex;
}

} // namespace sipcodes_uas
