// sipcodes/detail/gateway.hpp: the spec-independent types and helpers of the
// gateway API (sipcodes/q850.hpp documents them): Q.850 classes and cause
// locations, the conditions of RFC 3398's conditional rows.

#ifndef SIPCODES_DETAIL_GATEWAY_HPP
#define SIPCODES_DETAIL_GATEWAY_HPP

#include <cstdint>
#include <string_view>

namespace sipcodes::detail {

/// The class of a Q.850 cause: its top three bits (ITU-T Q.850 Table 1).
/// Classes 000 and 001 are both "normal event".
enum class q850_class : std::uint8_t {
    normal_event = 0,            ///< 0-31
    resource_unavailable = 2,    ///< 32-47
    service_unavailable = 3,     ///< 48-63: service or option not available
    service_not_implemented = 4, ///< 64-79: service or option not implemented
    invalid_message = 5,         ///< 80-95
    protocol_error = 6,          ///< 96-111
    interworking = 7,            ///< 112-127
};

/// Where a cause was generated: the location field of the Cause indicators
/// (ITU-T Q.850), with the names RFC 8606 gives them in a Reason `location`.
enum class cause_location : std::uint8_t {
    user = 0,                 ///< U
    private_local = 1,        ///< LPN: private network serving the local user
    public_local = 2,         ///< LN: public network serving the local user
    transit = 3,              ///< TN: transit network
    public_remote = 4,        ///< RLN: public network serving the remote user
    private_remote = 5,       ///< RPN: private network serving the remote user
    international = 7,        ///< INTL: international network
    beyond_interworking = 10, ///< BI: network beyond the interworking point
};

/// Whether a cause carries a diagnostic (for cause 22, the new number).
enum class cause_diagnostic : std::uint8_t {
    absent,
    present,
};

/// Whether the gateway can answer a 401 / 407 challenge (RFC 3398 §8.2.6.1 (*)).
enum class challenge : std::uint8_t {
    answerable,   ///< it answers and retries: no release, no cause
    unanswerable, ///< it cannot: the call is released with cause 21
};

[[nodiscard]] constexpr q850_class q850_class_of_value(int cause) noexcept
{
    const int bits = (cause >> 4) & 7;
    return bits <= 1 ? q850_class::normal_event : static_cast<q850_class>(bits);
}

/// Q.850's name of a class; empty for a value that is not one.
[[nodiscard]] constexpr std::string_view q850_class_name(q850_class c) noexcept
{
    switch (c) {
    case q850_class::normal_event: return "Normal event";
    case q850_class::resource_unavailable: return "Resource unavailable";
    case q850_class::service_unavailable: return "Service or option not available";
    case q850_class::service_not_implemented: return "Service or option not implemented";
    case q850_class::invalid_message: return "Invalid message";
    case q850_class::protocol_error: return "Protocol error";
    case q850_class::interworking: return "Interworking";
    }
    return {};
}

} // namespace sipcodes::detail

#endif // SIPCODES_DETAIL_GATEWAY_HPP
