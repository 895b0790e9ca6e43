// The IANA "Response Codes" registry, typed from
// https://www.iana.org/assignments/sip-parameters independently of spec/: the
// tests and fuzz targets that check the generated header against it disagree
// when the spec or the generator drifts.
#ifndef SIPCODES_TEST_IANA_REGISTRY_HPP
#define SIPCODES_TEST_IANA_REGISTRY_HPP

#include <sipcodes/status.hpp>

#include <string_view>

namespace sipcodes_test {

struct registry_row {
    sipcodes::status value;
    int code;
    std::string_view phrase;
    std::string_view references;
};

inline constexpr registry_row registry[] = {
    {sipcodes::status::trying, 100, "Trying", "RFC 3261"},
    {sipcodes::status::ringing, 180, "Ringing", "RFC 3261"},
    {sipcodes::status::call_is_being_forwarded, 181, "Call Is Being Forwarded", "RFC 3261"},
    {sipcodes::status::queued, 182, "Queued", "RFC 3261"},
    {sipcodes::status::session_progress, 183, "Session Progress", "RFC 3261"},
    {sipcodes::status::early_dialog_terminated, 199, "Early Dialog Terminated", "RFC 6228"},
    {sipcodes::status::ok, 200, "OK", "RFC 3261"},
    {sipcodes::status::accepted, 202, "Accepted", "RFC 6665"},
    {sipcodes::status::no_notification, 204, "No Notification", "RFC 5839"},
    {sipcodes::status::multiple_choices, 300, "Multiple Choices", "RFC 3261"},
    {sipcodes::status::moved_permanently, 301, "Moved Permanently", "RFC 3261"},
    {sipcodes::status::moved_temporarily, 302, "Moved Temporarily", "RFC 3261"},
    {sipcodes::status::use_proxy, 305, "Use Proxy", "RFC 3261"},
    {sipcodes::status::alternative_service, 380, "Alternative Service", "RFC 3261"},
    {sipcodes::status::bad_request, 400, "Bad Request", "RFC 3261"},
    {sipcodes::status::unauthorized, 401, "Unauthorized", "RFC 3261"},
    {sipcodes::status::payment_required, 402, "Payment Required", "RFC 3261"},
    {sipcodes::status::forbidden, 403, "Forbidden", "RFC 3261"},
    {sipcodes::status::not_found, 404, "Not Found", "RFC 3261"},
    {sipcodes::status::method_not_allowed, 405, "Method Not Allowed", "RFC 3261"},
    {sipcodes::status::not_acceptable, 406, "Not Acceptable", "RFC 3261"},
    {sipcodes::status::proxy_authentication_required, 407, "Proxy Authentication Required", "RFC 3261"},
    {sipcodes::status::request_timeout, 408, "Request Timeout", "RFC 3261"},
    {sipcodes::status::gone, 410, "Gone", "RFC 3261"},
    {sipcodes::status::conditional_request_failed, 412, "Conditional Request Failed", "RFC 3903"},
    {sipcodes::status::request_entity_too_large, 413, "Request Entity Too Large", "RFC 3261"},
    {sipcodes::status::request_uri_too_long, 414, "Request-URI Too Long", "RFC 3261"},
    {sipcodes::status::unsupported_media_type, 415, "Unsupported Media Type", "RFC 3261"},
    {sipcodes::status::unsupported_uri_scheme, 416, "Unsupported URI Scheme", "RFC 3261"},
    {sipcodes::status::unknown_resource_priority, 417, "Unknown Resource-Priority", "RFC 4412"},
    {sipcodes::status::bad_extension, 420, "Bad Extension", "RFC 3261"},
    {sipcodes::status::extension_required, 421, "Extension Required", "RFC 3261"},
    {sipcodes::status::session_interval_too_small, 422, "Session Interval Too Small", "RFC 4028"},
    {sipcodes::status::interval_too_brief, 423, "Interval Too Brief", "RFC 3261"},
    {sipcodes::status::bad_location_information, 424, "Bad Location Information", "RFC 6442"},
    {sipcodes::status::bad_alert_message, 425, "Bad Alert Message", "RFC 8876"},
    {sipcodes::status::use_identity_header, 428, "Use Identity Header", "RFC 8224"},
    {sipcodes::status::provide_referrer_identity, 429, "Provide Referrer Identity", "RFC 3892"},
    {sipcodes::status::flow_failed, 430, "Flow Failed", "RFC 5626"},
    {sipcodes::status::anonymity_disallowed, 433, "Anonymity Disallowed", "RFC 5079"},
    {sipcodes::status::bad_identity_info, 436, "Bad Identity Info", "RFC 8224"},
    {sipcodes::status::unsupported_credential, 437, "Unsupported Credential", "RFC 8224"},
    {sipcodes::status::invalid_identity_header, 438, "Invalid Identity Header", "RFC 8224"},
    {sipcodes::status::first_hop_lacks_outbound_support, 439, "First Hop Lacks Outbound Support", "RFC 5626"},
    {sipcodes::status::max_breadth_exceeded, 440, "Max-Breadth Exceeded", "RFC 5393"},
    {sipcodes::status::bad_info_package, 469, "Bad Info Package", "RFC 6086"},
    {sipcodes::status::consent_needed, 470, "Consent Needed", "RFC 5360"},
    {sipcodes::status::temporarily_unavailable, 480, "Temporarily Unavailable", "RFC 3261"},
    {sipcodes::status::call_transaction_does_not_exist, 481, "Call/Transaction Does Not Exist", "RFC 3261"},
    {sipcodes::status::loop_detected, 482, "Loop Detected", "RFC 3261"},
    {sipcodes::status::too_many_hops, 483, "Too Many Hops", "RFC 3261"},
    {sipcodes::status::address_incomplete, 484, "Address Incomplete", "RFC 3261"},
    {sipcodes::status::ambiguous, 485, "Ambiguous", "RFC 3261"},
    {sipcodes::status::busy_here, 486, "Busy Here", "RFC 3261"},
    {sipcodes::status::request_terminated, 487, "Request Terminated", "RFC 3261"},
    {sipcodes::status::not_acceptable_here, 488, "Not Acceptable Here", "RFC 3261"},
    {sipcodes::status::bad_event, 489, "Bad Event", "RFC 6665"},
    {sipcodes::status::request_pending, 491, "Request Pending", "RFC 3261"},
    {sipcodes::status::undecipherable, 493, "Undecipherable", "RFC 3261"},
    {sipcodes::status::security_agreement_required, 494, "Security Agreement Required", "RFC 3329"},
    {sipcodes::status::server_internal_error, 500, "Server Internal Error", "RFC 3261"},
    {sipcodes::status::not_implemented, 501, "Not Implemented", "RFC 3261"},
    {sipcodes::status::bad_gateway, 502, "Bad Gateway", "RFC 3261"},
    {sipcodes::status::service_unavailable, 503, "Service Unavailable", "RFC 3261"},
    {sipcodes::status::server_time_out, 504, "Server Time-out", "RFC 3261"},
    {sipcodes::status::version_not_supported, 505, "Version Not Supported", "RFC 3261"},
    {sipcodes::status::message_too_large, 513, "Message Too Large", "RFC 3261"},
    {sipcodes::status::push_notification_service_not_supported, 555, "Push Notification Service Not Supported", "RFC 8599"},
    {sipcodes::status::precondition_failure, 580, "Precondition Failure", "RFC 3312"},
    {sipcodes::status::busy_everywhere, 600, "Busy Everywhere", "RFC 3261"},
    {sipcodes::status::decline, 603, "Decline", "RFC 3261"},
    {sipcodes::status::does_not_exist_anywhere, 604, "Does Not Exist Anywhere", "RFC 3261"},
    {sipcodes::status::not_acceptable_anywhere, 606, "Not Acceptable", "RFC 3261"},
    {sipcodes::status::unwanted, 607, "Unwanted", "RFC 8197"},
    {sipcodes::status::rejected, 608, "Rejected", "RFC 8688"},
};

/// The row of `code`, or nullptr when the registry has none.
[[nodiscard]] constexpr const registry_row* find_row(long long code) noexcept
{
    for (const registry_row& row : registry) {
        if (row.code == code) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace sipcodes_test

#endif
