// What the RFCs say about methods and the responses that answer them, typed
// from the RFC texts independently of spec/ (which says the same per code):
// the tests compare the generated tables with these rules for every registered
// code and method, so a slip in the spec or the generator shows up as a
// disagreement. Each rule is written the way its RFC states it (a list of codes
// per sentence), not per code as the spec has it.
#ifndef SIPCODES_TEST_METHOD_RULES_HPP
#define SIPCODES_TEST_METHOD_RULES_HPP

#include <sipcodes/method.hpp>

#include <initializer_list>
#include <string_view>

namespace sipcodes_test {

/// The IANA "Methods" registry (https://www.iana.org/assignments/sip-parameters).
struct method_row {
    sipcodes::method value;
    std::string_view name;
    std::string_view references;
};

inline constexpr method_row method_registry[] = {
    {sipcodes::method::ack, "ACK", "RFC 3261"},
    {sipcodes::method::bye, "BYE", "RFC 3261"},
    {sipcodes::method::cancel, "CANCEL", "RFC 3261"},
    {sipcodes::method::info, "INFO", "RFC 6086"},
    {sipcodes::method::invite, "INVITE", "RFC 3261, RFC 6026"},
    {sipcodes::method::message, "MESSAGE", "RFC 3428"},
    {sipcodes::method::notify, "NOTIFY", "RFC 6665"},
    {sipcodes::method::options, "OPTIONS", "RFC 3261"},
    {sipcodes::method::prack, "PRACK", "RFC 3262"},
    {sipcodes::method::publish, "PUBLISH", "RFC 3903"},
    {sipcodes::method::refer, "REFER", "RFC 3515"},
    {sipcodes::method::register_, "REGISTER", "RFC 3261"},
    {sipcodes::method::subscribe, "SUBSCRIBE", "RFC 6665"},
    {sipcodes::method::update, "UPDATE", "RFC 3311"},
};

[[nodiscard]] constexpr bool among(int code, std::initializer_list<int> codes) noexcept
{
    for (const int c : codes) {
        if (c == code) {
            return true;
        }
    }
    return false;
}

[[nodiscard]] constexpr bool among(std::string_view name, std::initializer_list<std::string_view> names) noexcept
{
    for (const std::string_view n : names) {
        if (n == name) {
            return true;
        }
    }
    return false;
}

/// May a response with this registered code answer a request with this method?
[[nodiscard]] constexpr bool rfc_can_answer(int code, std::string_view m) noexcept
{
    // RFC 3261 §17: an ACK gets no response at all.
    if (m == "ACK") {
        return false;
    }
    // RFC 4320 §4.1: no provisional response other than 100 to a non-INVITE request.
    if (code >= 101 && code <= 199) {
        return m == "INVITE";
    }
    // RFC 4320 §4.2: a transaction-stateful element sends no 408 to a non-INVITE request.
    if (code == 408) {
        return m == "INVITE";
    }
    // RFC 3261 §22.1: a CANCEL cannot be challenged.
    if (among(code, {401, 407}) && m == "CANCEL") {
        return false;
    }
    // RFC 3261 §21.4.25: 487 is never returned for the CANCEL itself.
    if (code == 487 && m == "CANCEL") {
        return false;
    }
    // RFC 3892 §3: Referred-By "MAY appear in any SIP request, but is meaningless for ACK and
    // CANCEL"; so a 429 (§5: the refer target asks for a valid token; §2.2: the referee, of a
    // REFER) answers any request but those two.
    if (code == 429 && m == "CANCEL") {
        return false;
    }
    // Codes that their RFC defines for some methods only.
    switch (code) {
    case 202: return m == "REFER";                                   // RFC 3515 §2.4.2; RFC 6665 §8.3.1
    case 204: return m == "SUBSCRIBE";                               // RFC 5839 §7.1
    case 412: return m == "PUBLISH";                                 // RFC 3903 §6 step 3
    case 422: return among(m, {"INVITE", "UPDATE"});                 // RFC 4028 §6
    case 423: return among(m, {"REGISTER", "SUBSCRIBE", "PUBLISH"}); // RFC 3261 §10.3; RFC 6665 §4.2.1.1; RFC 3903 §6
    case 439: return m == "REGISTER";                                // RFC 5626 §6
    case 469: return m == "INFO";                                    // RFC 6086 §4.2.2
    case 489: return among(m, {"SUBSCRIBE", "NOTIFY", "PUBLISH"});   // RFC 6665 §4.2.1.1, §4.1.3; RFC 3903 §6
    case 491: return among(m, {"INVITE", "UPDATE"});                 // RFC 3261 §14.2; RFC 3311 §5.2
    case 555: return m == "REGISTER";                                // RFC 8599 §8.1
    default: return true;
    }
}

/// What a response to a request inside a dialog does: 0 nothing, 1 fails the
/// transaction only, 2 ends the usage, 3 ends the dialog (dialog_impact's order).
[[nodiscard]] constexpr int rfc_impact(int code, std::string_view m) noexcept
{
    // RFC 5057 §5.1 Tables 1 and 2, "Destroys Dialog": "The error destroys the dialog and all
    // usages sharing it". 483 too: note (10) allows a retry with a larger Max-Forwards, "If the
    // request isn't tried with an increased Max-Forwards, then the agent should follow the
    // Destroy Dialog actions" (and sipcodes' 483 action is give_up: no retry).
    if (among(code, {404, 410, 416, 482, 483, 484, 485, 502, 604})) {
        return 3;
    }
    // RFC 6665 §4.1.2.2 (a SUBSCRIBE refresh) and §4.2.2 (a NOTIFY): "a 404, 405, 410, 416,
    // 480-485, 489, 501, or 604 response" ends the subscription.
    if (among(m, {"SUBSCRIBE", "NOTIFY"}) &&
        among(code, {404, 405, 410, 416, 480, 481, 482, 483, 484, 485, 489, 501, 604})) {
        return 2;
    }
    // RFC 5057 §5.1 note (8): "A 481 response to a CANCEL affects only the CANCEL transaction."
    if (code == 481 && m == "CANCEL") {
        return 1;
    }
    // RFC 5057 §5.3: "OPTIONS does not belong to any usage. Only those failures discussed in
    // Section 5.1 and Section 5.2 that destroy entire dialogs will have any effect on the usages
    // sharing the dialog with a failed OPTIONS request"; a failed MESSAGE "will have similar
    // effects"; §5.2: messages that "never belong to any usage" have no effect if they time out.
    if (among(m, {"OPTIONS", "MESSAGE"}) && among(code, {408, 480, 481})) {
        return 1;
    }
    // RFC 5057 §5.1 Tables 1 and 2, "Destroys Usage": 480 (note (7): "affects only the usage in
    // which the request occurs") and 481 (note (8)); 408 acts as a real transaction timeout
    // (note (4)), and a timeout "should affect only the usage" (§5.2). RFC 3261 §12.2.1.2 says
    // the same of 408 and 481 for a dialog with one usage.
    if (among(code, {408, 480, 481})) {
        return 2;
    }
    // RFC 5057 §5.1 note (3), 405 and 501: "these errors will affect at most the usage. If the
    // request was not integral to the usage (it used an unknown method, or was an INFO inside
    // an INVITE usage, for example), only the transaction will be affected." Integral: the
    // re-INVITE of an invite usage (NOTIFY and SUBSCRIBE are above).
    if (among(code, {405, 501}) && m == "INVITE") {
        return 2;
    }
    // 1xx and 2xx are not failures; every other failure fails the request only (Table 1's
    // "Transaction Only", 403 among them; 489 outside SUBSCRIBE and NOTIFY is an unknown 4xx,
    // note (12)).
    return code < 300 ? 0 : 1;
}

} // namespace sipcodes_test

#endif
