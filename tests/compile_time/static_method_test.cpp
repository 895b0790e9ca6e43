// What the compiler proves about sipcodes/method.hpp and the method-aware part
// of attributes.hpp: the methods registry, can_answer / impact_on_dialog for
// every registered code x method, allows_header for every code x header and the
// three-argument requires_header for every code x method x header, against the
// rules typed from the RFC texts (tests/support/method_rules.hpp,
// header_rules.hpp). If this file builds, the facts hold.
#include <sipcodes/attributes.hpp>
#include <sipcodes/method.hpp>

#include "header_rules.hpp"
#include "iana_registry.hpp"
#include "method_rules.hpp"

namespace {

using sipcodes::dialog_impact;
using sipcodes::method;
using sipcodes::status;

constexpr bool registry_matches() noexcept
{
    if (sipcodes::method_count != std::size(sipcodes_test::method_registry)) {
        return false;
    }
    for (const auto& row : sipcodes_test::method_registry) {
        if (sipcodes::method_name(row.value) != row.name || sipcodes::to_method(row.name) != row.value) {
            return false;
        }
    }
    return true;
}

/// The first (code, method) pair where the library and the RFC rules disagree,
/// as code * 100 + method, or 0.
constexpr int first_can_answer_disagreement() noexcept
{
    for (const auto& code : sipcodes_test::registry) {
        for (const auto& m : sipcodes_test::method_registry) {
            if (sipcodes::can_answer(code.value, m.value) != sipcodes_test::rfc_can_answer(code.code, m.name)) {
                return code.code * 100 + static_cast<int>(m.value);
            }
        }
    }
    return 0;
}

constexpr int first_impact_disagreement() noexcept
{
    for (const auto& code : sipcodes_test::registry) {
        for (const auto& m : sipcodes_test::method_registry) {
            if (static_cast<int>(sipcodes::impact_on_dialog(code.value, m.value)) !=
                sipcodes_test::rfc_impact(code.code, m.name)) {
                return code.code * 100 + static_cast<int>(m.value);
            }
        }
    }
    return 0;
}

/// The first (code, header) of codes low..high where allows_header disagrees with
/// RFC 3261 §20's tables (a few codes at a time: clang's constexpr step limit).
constexpr int first_allows_disagreement(int low, int high) noexcept
{
    for (const auto& code : sipcodes_test::registry) {
        if (code.code < low || code.code > high) {
            continue;
        }
        for (std::size_t i = 0; i < sipcodes::header_count; ++i) {
            const auto h = static_cast<sipcodes::header>(i);
            if (sipcodes::allows_header(code.value, h) != sipcodes_test::rfc_allows(code.code, sipcodes::header_name(h))) {
                return code.code * 100 + static_cast<int>(i);
            }
        }
    }
    return 0;
}

/// The same for the three-argument requires_header, over the codes with
/// method-dependent MUSTs, the 2xx and 489 (tests/unit/attributes_test.cpp
/// covers every code).
constexpr int first_requires_disagreement() noexcept
{
    for (const auto& code : sipcodes_test::registry) {
        if (code.code / 100 != 2 && code.code != 489) {
            continue;
        }
        for (const auto& m : sipcodes_test::method_registry) {
            for (std::size_t i = 0; i < sipcodes::header_count; ++i) {
                const auto h = static_cast<sipcodes::header>(i);
                const bool expected = sipcodes::requires_header(code.value, h) ||
                                      sipcodes_test::rfc_requires_for_method(code.code, m.name, sipcodes::header_name(h));
                if (sipcodes::requires_header(code.value, h, m.value) != expected) {
                    return code.code * 100 + static_cast<int>(m.value);
                }
            }
        }
    }
    return 0;
}

static_assert(first_allows_disagreement(100, 299) == 0);
static_assert(first_allows_disagreement(300, 419) == 0);
static_assert(first_allows_disagreement(420, 469) == 0);
static_assert(first_allows_disagreement(470, 499) == 0);
static_assert(first_allows_disagreement(500, 599) == 0);
static_assert(first_allows_disagreement(600, 699) == 0);
static_assert(first_requires_disagreement() == 0);
static_assert(!sipcodes::allows_header(status::request_pending, sipcodes::header::retry_after));
static_assert(sipcodes::requires_header(status::ok, sipcodes::header::sip_etag, method::publish));
static_assert(sipcodes::requires_header(status::no_notification, sipcodes::header::expires, method::subscribe));
static_assert(registry_matches());
static_assert(first_can_answer_disagreement() == 0);
static_assert(first_impact_disagreement() == 0);

// The examples, one by one.
static_assert(sipcodes::to_method("REGISTER") == method::register_);
static_assert(!sipcodes::to_method("register") && sipcodes::is_method_token("register"));
static_assert(!sipcodes::is_method_token("REG ISTER") && !sipcodes::is_method_token(""));
static_assert(sipcodes::method_name(method::register_) == "REGISTER");
static_assert(!sipcodes::can_answer(status::session_progress, method::options));
static_assert(sipcodes::can_answer(status::trying, method::options));
static_assert(!sipcodes::can_answer(status::ok, method::ack));
static_assert(sipcodes::can_answer(status::no_notification, method::subscribe));
static_assert(sipcodes::can_answer(status::conditional_request_failed, method::publish));
static_assert(sipcodes::can_answer(status::session_interval_too_small, method::update));
static_assert(!sipcodes::can_answer(status::session_interval_too_small, method::register_));
static_assert(sipcodes::can_answer(status::interval_too_brief, method::publish));
static_assert(sipcodes::can_answer(status::first_hop_lacks_outbound_support, method::register_));
static_assert(sipcodes::can_answer(status::bad_info_package, method::info));
static_assert(sipcodes::can_answer(status::bad_event, method::notify));
static_assert(sipcodes::can_answer(status::request_pending, method::update));
static_assert(!sipcodes::can_answer(status::request_pending, method::bye));
static_assert(sipcodes::impact_on_dialog(status::not_found, method::info) == dialog_impact::dialog);
static_assert(sipcodes::impact_on_dialog(status::call_transaction_does_not_exist, method::info) == dialog_impact::usage);
static_assert(sipcodes::impact_on_dialog(status::busy_here, method::invite) == dialog_impact::transaction_only);
static_assert(sipcodes::impact_on_dialog(status::request_pending, method::invite) == dialog_impact::transaction_only);
static_assert(sipcodes::impact_on_dialog(status::ringing, method::invite) == dialog_impact::none);
static_assert(sipcodes::impact_on_dialog(status::bad_event, method::subscribe) == dialog_impact::usage);
static_assert(sipcodes::impact_on_dialog(status::service_unavailable, method::invite) == dialog_impact::transaction_only);
static_assert(sipcodes::impact_on_dialog(status::forbidden, method::invite) == dialog_impact::transaction_only);
static_assert(sipcodes::impact_on_dialog(status::too_many_hops, method::subscribe) == dialog_impact::dialog);
static_assert(sipcodes::requires_header(status::bad_event, sipcodes::header::allow_events, method::publish));
static_assert(sipcodes::can_answer(status::provide_referrer_identity, method::invite));
// An unregistered 4xx acts as 400 (RFC 3261 §8.1.3.2).
static_assert(sipcodes::impact_on_dialog(static_cast<status>(499), method::bye) == dialog_impact::transaction_only);

} // namespace

int main() {}
