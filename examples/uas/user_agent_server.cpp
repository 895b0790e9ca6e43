#include "user_agent_server.hpp"

#include <optional>

#include "identifiers.hpp"

namespace sipcodes_uas {

namespace {

using sipcodes::status;

constexpr std::uint16_t default_sip_port = 5060; // RFC 3261 §18.2.2 for UDP

// §12.2.2: an OPTIONS with a To tag is processed as if outside a dialog, and
// REGISTER never makes one; every other request with a To tag acts on one.
bool in_dialog(method m) noexcept
{
    return m != method::options && m != method::register_;
}

// outcome::reply_port (§18.2.2, RFC 3581 §4).
std::uint16_t reply_port(const request& r, const peer& from) noexcept
{
    const bool rport = find_parameter(r.top_via.params, "rport").found;
    return rport ? from.port : r.top_via.port != 0 ? r.top_via.port : default_sip_port;
}

drop_reason reason_for(unanswerable u) noexcept
{
    switch (u) {
    case unanswerable::no: return drop_reason::none;
    case unanswerable::not_a_request: return drop_reason::not_a_request;
    case unanswerable::unterminated_headers: return drop_reason::unterminated_headers;
    case unanswerable::no_via: return drop_reason::no_via;
    case unanswerable::bad_via: return drop_reason::bad_via;
    }
    return drop_reason::not_a_request;
}

} // namespace

bool user_agent_server::in_known_dialog(const request& r, method m, std::uint64_t now_ms) const noexcept
{
    if (!is_own_tag(config_, r)) {
        return false; // a tag this server never gave
    }
    // A table that had to leave dialogs out cannot say one does not exist;
    // the retransmission of the BYE that ended one gets its 200 again (§17.2.2).
    return dialogs_.contains(local_tag(config_, r)) || !dialogs_.complete() ||
           (m == method::bye && transactions_.recalls(ending_bye_key(config_, r), now_ms));
}

response_plan user_agent_server::plan_response(const request& r, bool truncated, std::uint64_t now_ms) const noexcept
{
    response_plan plan{status::ok, defect::none, method::ack, false};
    if (const auto m = method_of(r.method)) {
        plan.m = *m;
        plan.known_method = true;
    }
    const std::optional<status> configured = plan.known_method ? config_.reply[index_of(plan.m)] : std::nullopt;
    if (truncated) {
        plan.code = status::message_too_large; // §21.5.7: its header section was read whole
    } else if (r.first_defect != defect::none) {
        plan.problem = r.first_defect;
        plan.code = defect_status(r.first_defect) == 505 ? status::version_not_supported : status::bad_request;
    } else if (!plan.known_method) {
        plan.code = status::not_implemented; // §8.2.1
    } else if (plan.m == method::cancel) {
        // §9.2: a CANCEL that matches a transaction gets 200 (its final
        // response has been sent already, so there is nothing else to do);
        // one that matches none gets 481.
        plan.code = transactions_.recalls(transaction_key(config_, r), now_ms)
                        ? status::ok
                        : status::call_transaction_does_not_exist;
    } else if (!configured) {
        plan.code = status::method_not_allowed; // §8.2.1
    } else if (has_tag(r.to) ? in_dialog(plan.m) && !in_known_dialog(r, plan.m, now_ms) : plan.m == method::bye) {
        // §12.2.2: a request with a To tag belongs to a dialog, and this
        // server has none with that tag (never made, or ended by a BYE);
        // §15.1.2: a BYE outside a dialog.
        plan.code = status::call_transaction_does_not_exist;
    } else if (r.require_fields > 0) {
        plan.code = status::bad_extension; // §8.2.2.3: this server supports no extension
    } else {
        plan.code = *configured;
    }
    return plan;
}

outcome user_agent_server::handle(std::string_view datagram, bool truncated, const peer& from,
                                  std::uint64_t now_ms, char* out, std::size_t capacity) noexcept
{
    const request r = parse_request(datagram);
    if (r.why_not != unanswerable::no) {
        return {outcome_kind::drop, 0, 0, reason_for(r.why_not), 0};
    }
    const bool is_ack = r.method == "ACK" || (r.first_defect == defect::bad_request_line && r.cseq_method == "ACK");
    if (is_ack) {
        const bool clean = r.first_defect == defect::none && !truncated;
        return {clean ? outcome_kind::absorb : outcome_kind::drop, 0, 0,
                clean ? drop_reason::none : drop_reason::malformed_ack, 0};
    }

    const response_plan plan = plan_response(r, truncated, now_ms);
    const int code = sipcodes::to_int(plan.code);
    const std::size_t length = write_response(plan, config_, r, from, out, capacity);
    if (length > capacity) {
        return {outcome_kind::drop, code, 0, drop_reason::response_too_large, 0};
    }
    if (!(plan.known_method && plan.m == method::cancel)) {
        transactions_.remember(transaction_key(config_, r), now_ms);
    }
    if (plan.known_method && sipcodes::is_success(plan.code)) {
        if (creates_dialog(plan.m) && !has_tag(r.to)) {
            dialogs_.add(local_tag(config_, r));
        } else if (plan.m == method::bye) {
            dialogs_.end(local_tag(config_, r)); // §15.1.2: the dialog is over
            transactions_.remember(ending_bye_key(config_, r), now_ms);
        }
    }
    return {outcome_kind::respond, code, length, drop_reason::none, reply_port(r, from)};
}

} // namespace sipcodes_uas
