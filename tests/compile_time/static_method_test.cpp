// What the compiler proves about sipcodes/method.hpp: the methods registry, and
// can_answer / impact_on_dialog for every registered code x method, against the
// rules typed from the RFC texts (tests/support/method_rules.hpp). If this file
// builds, the facts hold.
#include <sipcodes/method.hpp>

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
// An unregistered 4xx acts as 400 (RFC 3261 §8.1.3.2).
static_assert(sipcodes::impact_on_dialog(static_cast<status>(499), method::bye) == dialog_impact::transaction_only);

} // namespace

int main() {}
