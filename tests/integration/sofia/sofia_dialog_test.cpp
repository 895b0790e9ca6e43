// Differential test: impact_on_dialog() against sofia-sip's
// sip_response_terminates_dialog() (libsofia-sip-ua), over every registered
// code x every registered method. sofia-sip answers -1 (the dialog ends), 1 (the
// usage ends) or 0 (neither); dialog_impact::none and ::transaction_only both
// read as 0. Every pair where the two disagree must be one of `expected` below,
// each settled by the RFC text quoted in docs/dialog_impact.md; a new
// disagreement, or an expected one that went away, fails the test.
#include <sipcodes/io.hpp>
#include <sipcodes/method.hpp>

#include <sofia-sip/sip.h>
#include <sofia-sip/sip_util.h>

#include <cstddef>
#include <iostream>
#include <string_view>

namespace {

using sipcodes::dialog_impact;
using sipcodes::method;
using sipcodes::status;

sip_method_t to_sofia(method m)
{
    switch (m) {
    case method::ack: return sip_method_ack;
    case method::bye: return sip_method_bye;
    case method::cancel: return sip_method_cancel;
    case method::info: return sip_method_info;
    case method::invite: return sip_method_invite;
    case method::message: return sip_method_message;
    case method::notify: return sip_method_notify;
    case method::options: return sip_method_options;
    case method::prack: return sip_method_prack;
    case method::publish: return sip_method_publish;
    case method::refer: return sip_method_refer;
    case method::register_: return sip_method_register;
    case method::subscribe: return sip_method_subscribe;
    case method::update: return sip_method_update;
    }
    return sip_method_unknown;
}

int as_sofia(dialog_impact i)
{
    return i == dialog_impact::dialog ? -1 : i == dialog_impact::usage ? 1 : 0;
}

struct disagreement { // NOLINT(clang-analyzer-optin.performance.Padding): read as code, method, answer
    int code;
    std::string_view method; // empty: every method not listed on its own
    int sofia;
};

// docs/dialog_impact.md gives the RFC sentence behind each.
constexpr disagreement expected[] = {
    {483, "", 0},          // RFC 5057 §5.1 note (10): not retried, "follow the Destroy Dialog actions"
    {489, "SUBSCRIBE", 0}, // RFC 6665 §4.1.2.2 lists 489
    {501, "INVITE", 0}, {501, "NOTIFY", 0}, {501, "SUBSCRIBE", 0}, // RFC 5057 §5.1 note (3); RFC 6665 §4.1.2.2, §4.2.2
    {484, "REFER", 0},     // RFC 5057 §5.1 Tables 1-2, note (2) (sofia: an Asterisk quirk)
    {481, "CANCEL", 1},    // RFC 5057 §5.1 note (8); RFC 3261 §9.2: no transaction matched the CANCEL
    // RFC 5057 §5.3: OPTIONS and MESSAGE belong to no usage; §5.2: nor does their timeout end one
    {408, "MESSAGE", 1}, {408, "OPTIONS", 1}, {480, "MESSAGE", 1}, {480, "OPTIONS", 1},
    {481, "MESSAGE", 1}, {481, "OPTIONS", 1},
};

bool is_expected(int code, std::string_view name, int sofia)
{
    for (const disagreement& d : expected) {
        if (d.code == code && (d.method == name || (d.method.empty() && d.sofia == sofia))) {
            return d.sofia == sofia;
        }
    }
    return false;
}

} // namespace

int main()
{
    std::size_t pairs = 0;
    std::size_t agree = 0;
    std::size_t legal_pairs = 0;
    std::size_t legal_agree = 0;
    std::size_t unexpected = 0;
    std::size_t seen[std::size(expected)] = {};
    for (const status s : sipcodes::all_statuses) {
        for (const method m : sipcodes::all_methods) {
            int graceful = 0;
            const int sofia = sip_response_terminates_dialog(sipcodes::to_int(s), to_sofia(m), &graceful);
            const dialog_impact ours = sipcodes::impact_on_dialog(s, m);
            const bool same = as_sofia(ours) == sofia;
            const bool legal = sipcodes::can_answer(s, m);
            ++pairs;
            agree += same ? 1 : 0;
            legal_pairs += legal ? 1 : 0;
            legal_agree += legal && same ? 1 : 0;
            if (same) {
                continue;
            }
            std::cout << s << " to " << m << ": sipcodes " << ours << ", sofia-sip " << sofia
                      << (legal ? "" : " (the code cannot answer the method)") << '\n';
            if (!is_expected(sipcodes::to_int(s), sipcodes::method_name(m), sofia)) {
                std::cout << "  UNEXPECTED: not in docs/dialog_impact.md\n";
                ++unexpected;
            }
            for (std::size_t i = 0; i < std::size(expected); ++i) {
                if (expected[i].code == sipcodes::to_int(s) &&
                    (expected[i].method == sipcodes::method_name(m) || expected[i].method.empty())) {
                    ++seen[i];
                }
            }
        }
    }
    std::cout << "agree on " << agree << " of " << pairs << " code x method pairs; on " << legal_agree << " of "
              << legal_pairs << " pairs where the code can answer the method\n";
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        if (seen[i] == 0) {
            std::cout << "an expected disagreement is gone: " << expected[i].code << ' ' << expected[i].method << '\n';
            ++unexpected;
        }
    }
    return unexpected == 0 ? 0 : 1;
}
