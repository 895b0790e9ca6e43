// A gateway profile (gateway_profile.yaml) through sipcodes_generate: its rows
// replace the standard ones, every other row is RFC 3398's, and the standard
// sipcodes API in the same program keeps RFC 3398 throughout.
#include <carrier/carrier.hpp>
#include <sipcodes/q850.hpp>

namespace {

// The profile's rows.
static_assert(carrier::status_for_q850(carrier::q850::resource_unavailable) ==
              carrier::status::temporarily_unavailable);
static_assert(carrier::status_for_q850(carrier::q850::call_rejected) == carrier::status::decline);
static_assert(carrier::status_for_q850(carrier::q850::requested_circuit_not_available) ==
              carrier::status::service_unavailable);
static_assert(carrier::q850_for_status(carrier::status::temporarily_unavailable) == carrier::q850::subscriber_absent);
static_assert(carrier::q850_for_status(carrier::status::anonymity_disallowed) == carrier::q850::call_rejected);
static_assert(!carrier::q850_for_status(carrier::status::unauthorized, carrier::challenge::unanswerable));
static_assert(carrier::status_for_q850(carrier::q850::channel_unacceptable) ==
              carrier::status::temporarily_unavailable);
// The rows it leaves alone are RFC 3398's.
static_assert(carrier::status_for_q850(carrier::q850::user_busy) == carrier::status::busy_here);
static_assert(carrier::q850_for_status(carrier::status::not_found) == carrier::q850::unallocated_number);
static_assert(carrier::q850_for_status(carrier::status::proxy_authentication_required,
                                       carrier::challenge::unanswerable) == carrier::q850::call_rejected);
// The standard API in the same program is untouched.
static_assert(sipcodes::status_for_q850(sipcodes::q850::resource_unavailable) ==
              sipcodes::status::service_unavailable);
static_assert(sipcodes::q850_for_status(sipcodes::status::anonymity_disallowed) ==
              sipcodes::q850::normal_unspecified);
static_assert(sipcodes::status_for_q850(sipcodes::q850::channel_unacceptable) ==
              sipcodes::status::server_internal_error);
static_assert(!sipcodes::status_for_q850(sipcodes::q850::requested_circuit_not_available));

} // namespace

int main()
{
    return carrier::q850_mapping_note(carrier::status::unauthorized).find("credentials") == std::string_view::npos;
}
