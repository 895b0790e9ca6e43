// The identifiers the server derives from a request: To tags, transaction
// keys, entity tags and nonces. Each is a keyed hash (SipHash-2-4 under
// config::secret) of what identifies it in the request, so a retransmission
// gets the same one and nobody without the key can predict it.
#ifndef SIPCODES_EXAMPLES_UAS_IDENTIFIERS_HPP
#define SIPCODES_EXAMPLES_UAS_IDENTIFIERS_HPP

#include <cstdint>
#include <string_view>

#include "server_config.hpp"
#include "sip_request.hpp"

namespace sipcodes_uas {

/// The To tag this server gives a dialog, from the Call-ID and From tag: also
/// the dialog's key in dialog_memory (§19.3 asks for 32 random bits; these
/// are 64 bits of a keyed PRF).
[[nodiscard]] std::uint64_t local_tag(const config& c, const request& r) noexcept;

/// True if the request's To tag is local_tag() as this server writes it
/// (to_hex), in any case.
[[nodiscard]] bool is_own_tag(const config& c, const request& r) noexcept;

/// The server transaction of `r` (§17.2.3), without its method so that a
/// CANCEL finds the request it cancels (§9.2). Never 0.
[[nodiscard]] std::uint64_t transaction_key(const config& c, const request& r) noexcept;

/// The key under which a BYE that ended a dialog is remembered, apart from its
/// transaction_key, which an INVITE that reused the branch would share. Never 0.
[[nodiscard]] std::uint64_t ending_bye_key(const config& c, const request& r) noexcept;

/// The entity tag of a publication (RFC 3903 §6), an opaque token.
[[nodiscard]] std::uint64_t entity_tag(const config& c, const request& r) noexcept;

/// The nonce of a Digest challenge to `r` (RFC 3261 §22.4).
[[nodiscard]] std::uint64_t digest_nonce(const config& c, const request& r) noexcept;

/// An identifier as this server writes it: 16 lowercase hex digits.
struct hex_text {
    char digits[16];
    [[nodiscard]] std::string_view view() const noexcept { return {digits, sizeof digits}; }
};
[[nodiscard]] hex_text to_hex(std::uint64_t id) noexcept;

} // namespace sipcodes_uas

#endif
