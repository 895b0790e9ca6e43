// sipcodes/attributes.hpp: the header fields each code requires or recommends,
// and the action a client takes, against the RFCs and the codes' texts.
#include <sipcodes/attributes.hpp> // first: the header is self-contained

#define BOOST_TEST_MODULE sipcodes_attributes
#include <boost/test/unit_test.hpp>

#include "header_rules.hpp"
#include "iana_registry.hpp"
#include "method_rules.hpp"

#include <sipcodes/info.hpp> // the RFC sections and fix texts the attributes must agree with
#include <sipcodes/io.hpp>   // statuses in failure messages

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace sipcodes;

BOOST_AUTO_TEST_CASE(required_headers_follow_the_rfcs)
{
    struct rule {
        status code;
        header field;
    };
    const rule musts[] = {
        {status::early_dialog_terminated, header::reason}, // RFC 6228 §5 (UAS), §6 (proxy)
        {status::accepted, header::contact},               // a 2xx to REFER (RFC 3515 §2.2 Table 1)
        {status::unauthorized, header::www_authenticate},
        {status::proxy_authentication_required, header::proxy_authenticate},
        {status::method_not_allowed, header::allow},
        {status::bad_extension, header::unsupported},
        {status::extension_required, header::require},
        {status::session_interval_too_small, header::min_se},
        {status::interval_too_brief, header::min_expires},
        {status::bad_location_information, header::geolocation_error}, // RFC 6442 §4.3
        {status::bad_alert_message, header::alertmsg_error},           // RFC 8876 §5.1
        {status::bad_info_package, header::recv_info},
        {status::security_agreement_required, header::security_server},
        {status::no_notification, header::expires}, // a 2xx to SUBSCRIBE (RFC 6665 §3.1.1)
    };
    std::size_t must_count = 0;
    for (const rule& r : musts) {
        BOOST_TEST_CONTEXT(r.code << " must carry " << header_name(r.field))
        {
            BOOST_TEST(requires_header(r.code, r.field));
            BOOST_TEST(!recommends_header(r.code, r.field));
        }
    }
    for (const status s : all_statuses) {
        must_count += required_headers(s).size();
        // A code with header rules says where they come from, and only then.
        BOOST_TEST((required_headers(s).empty() && recommended_headers(s).empty() && required_one_of(s).empty()) ==
                   info(s).headers_source.empty());
        BOOST_TEST((required_headers(s) & recommended_headers(s)).empty());
        BOOST_TEST(info(s).action_source.substr(0, 4) == "RFC ");
    }
    BOOST_TEST(must_count == std::size(musts)); // nothing else is MUST
    // 415: one of Accept, Accept-Encoding, Accept-Language, whichever fits (§21.4.13).
    const header_set one_of = required_one_of(status::unsupported_media_type);
    BOOST_TEST(one_of.size() == 3u);
    BOOST_TEST(one_of.contains(header::accept));
    BOOST_TEST(!requires_header(status::unsupported_media_type, header::accept));
    std::size_t codes_with_one_of = 0;
    for (const status s : all_statuses) {
        codes_with_one_of += required_one_of(s).empty() ? 0 : 1;
    }
    BOOST_TEST(codes_with_one_of == 1u);
    for (const status s : {status::multiple_choices, status::moved_permanently, status::moved_temporarily}) {
        BOOST_TEST(recommends_header(s, header::contact));
    }
    // 305: Table 2 marks Contact optional in 3xx; §21.3.4's MUST binds the client.
    BOOST_TEST(recommends_header(status::use_proxy, header::contact));
    BOOST_TEST(!requires_header(status::use_proxy, header::contact));
    // 489: RFC 6665 has no 489-specific Allow-Events rule; RFC 3903 §11.1.1 has one for PUBLISH only.
    BOOST_TEST(!recommends_header(status::bad_event, header::allow_events));
    BOOST_TEST(!requires_header(status::bad_event, header::allow_events));
    // 417: RFC 4412 §4.6.2 "MAY, according to local policy"; §3.2 makes leaving it out NOT RECOMMENDED.
    BOOST_TEST(recommends_header(status::unknown_resource_priority, header::accept_resource_priority));
    BOOST_TEST(!requires_header(status::unknown_resource_priority, header::accept_resource_priority));
    // 608: RFC 8688 §3.1's MUST has an exception (a caller who might misuse the Call-Info).
    BOOST_TEST(recommends_header(status::rejected, header::call_info));
    BOOST_TEST(recommends_header(status::consent_needed, header::permission_missing));
    BOOST_TEST(recommends_header(status::not_acceptable_here, header::warning));
    BOOST_TEST(!requires_header(static_cast<status>(499), header::allow));
    BOOST_TEST(!requires_header(status::unauthorized, static_cast<header>(200)));
}

BOOST_AUTO_TEST_CASE(allows_header_every_code_and_header)
{
    std::size_t restricted_pairs = 0;
    for (const auto& code : sipcodes_test::registry) {
        for (std::size_t i = 0; i < header_count; ++i) {
            const auto h = static_cast<header>(i);
            BOOST_TEST_CONTEXT(code.code << " with " << header_name(h))
            {
                const bool expected = sipcodes_test::rfc_allows(code.code, header_name(h));
                BOOST_TEST(allows_header(code.value, h) == expected);
                restricted_pairs += expected ? 0 : 1;
                // What a code must or should carry, it may carry.
                if (requires_header(code.value, h) || recommends_header(code.value, h) ||
                    required_one_of(code.value).contains(h)) {
                    BOOST_TEST(expected);
                }
            }
        }
    }
    BOOST_TEST(restricted_pairs > 0u);
    BOOST_TEST(!allows_header(status::request_pending, header::retry_after)); // 491: a random timer, §14.1
    BOOST_TEST(allows_header(status::busy_here, header::retry_after));
    BOOST_TEST(!allows_header(status::trying, header::rseq));
    BOOST_TEST(allows_header(status::session_progress, header::rseq));
    BOOST_TEST(allowed_headers(static_cast<status>(499)).empty());
    BOOST_TEST(!allows_header(status::ok, static_cast<header>(200)));
}

BOOST_AUTO_TEST_CASE(requires_header_every_code_header_and_method)
{
    std::size_t method_musts = 0;
    for (const auto& code : sipcodes_test::registry) {
        for (const auto& m : sipcodes_test::method_registry) {
            for (std::size_t i = 0; i < header_count; ++i) {
                const auto h = static_cast<header>(i);
                BOOST_TEST_CONTEXT(code.code << " to " << m.name << " with " << header_name(h))
                {
                    const bool extra = sipcodes_test::rfc_requires_for_method(code.code, m.name, header_name(h));
                    BOOST_TEST(requires_header(code.value, h, m.value) == (requires_header(code.value, h) || extra));
                    method_musts += extra ? 1 : 0;
                }
            }
        }
    }
    BOOST_TEST(method_musts == 6u);
    BOOST_TEST(requires_header(status::ok, header::sip_etag, sipcodes::method::publish));
    BOOST_TEST(requires_header(status::ok, header::contact, sipcodes::method::refer));
    BOOST_TEST(requires_header(status::bad_event, header::allow_events, sipcodes::method::publish));
    BOOST_TEST(!requires_header(status::bad_event, header::allow_events, sipcodes::method::subscribe));
    BOOST_TEST(requires_header(status::ok, header::expires, sipcodes::method::subscribe));
    BOOST_TEST(requires_header(status::ok, header::contact, sipcodes::method::invite));
    BOOST_TEST(!requires_header(status::ok, header::contact, sipcodes::method::options));
    BOOST_TEST(requires_header(status::no_notification, header::expires, sipcodes::method::subscribe));
    BOOST_TEST(requires_header(status::unauthorized, header::www_authenticate, sipcodes::method::register_));
    BOOST_TEST((required_headers(status::ok, sipcodes::method::publish).size() == 2u));
}

BOOST_AUTO_TEST_CASE(header_names_and_sets)
{
    BOOST_TEST(header_name(header::www_authenticate) == "WWW-Authenticate");
    BOOST_TEST(header_name(header::min_se) == "Min-SE");
    BOOST_TEST(header_name(static_cast<header>(header_count)).empty());
    const header_set s = required_one_of(status::unsupported_media_type);
    BOOST_TEST(s.size() == 3u);
    std::vector<std::string_view> names;
    for (const header h : s) {
        names.push_back(header_name(h));
    }
    BOOST_TEST((names == std::vector<std::string_view>{"Accept", "Accept-Encoding", "Accept-Language"}));
    BOOST_TEST((s - required_headers(status::unauthorized)) == s);
    BOOST_TEST((s & required_headers(status::unauthorized)).empty());
    BOOST_TEST((s | required_headers(status::unauthorized)).size() == 4u);
    const header_set none{};
    BOOST_TEST(none.empty());
    BOOST_TEST((none.begin() == none.end()));
}

BOOST_AUTO_TEST_CASE(actions_agree_with_the_classes_and_fix_texts)
{
    for (const status s : all_statuses) {
        const action a = action_of(s);
        const std::string fix(info(s).fix);
        BOOST_TEST_CONTEXT(s << ": " << action_name(a) << " / " << fix)
        {
            BOOST_TEST(!action_name(a).empty());
            BOOST_TEST(!action_description(a).empty());
            BOOST_TEST((a == action::wait_for_final || a == action::release_early_dialog) == is_provisional(s));
            if (is_success(s)) {
                BOOST_TEST((a == action::done || a == action::wait_for_notify));
            }
            switch (a) {
            case action::authenticate_and_retry:
                BOOST_TEST(fix.find("Authorization") != std::string::npos);
                break;
            case action::retry_at_contact:
            case action::choose_contact:
            case action::retry_via_proxy:
                BOOST_TEST(fix.find("Contact") != std::string::npos);
                break;
            case action::wait_for_notify:
                BOOST_TEST(fix.find("NOTIFY") != std::string::npos);
                break;
            case action::retry_after_glare_timer:
                BOOST_TEST(fix.find("random") != std::string::npos);
                BOOST_TEST(!allows_header(s, header::retry_after));
                break;
            case action::release_early_dialog:
                BOOST_TEST(fix.find("early dialog") != std::string::npos);
                break;
            case action::ask_user:
                BOOST_TEST((fix.find("user") != std::string::npos || fix.find("caller") != std::string::npos));
                break;
            case action::stop_forking: {
                // The texts say the call ends here: 603 and 604 in their fix, 607 ("Do not
                // redial") and 608 ("nobody will answer it"), whose RFCs add nothing to a 6xx's
                // handling (RFC 8197 §4, RFC 8688 §3.3), in their fix or description.
                const std::string texts = std::string(info(s).description) + ' ' + fix;
                BOOST_TEST((texts.find("other destinations") != std::string::npos ||
                            texts.find("elsewhere") != std::string::npos ||
                            texts.find("nobody will answer") != std::string::npos ||
                            texts.find("Do not redial") != std::string::npos));
                BOOST_TEST(is_global_failure(s));
                break;
            }
            case action::retry_later:
                BOOST_TEST((fix.find("later") != std::string::npos || fix.find("Retry-After") != std::string::npos ||
                            fix.find("Wait") != std::string::npos || fix.find("retry") != std::string::npos));
                break;
            case action::retry_elsewhere:
                BOOST_TEST(fix.find("alternate") != std::string::npos);
                break;
            case action::retry_with_new_flow:
                BOOST_TEST(fix.find("flow") != std::string::npos);
                break;
            case action::fix_request_and_retry:
                // 440: RFC 5393 §5.1's narrower search, which its fix puts as forking less.
                BOOST_TEST((fix.find("esend") != std::string::npos || fix.find("etry") != std::string::npos ||
                            fix.find("again") != std::string::npos || fix.find("e-register") != std::string::npos ||
                            fix.find("end a new") != std::string::npos || fix.find("fork serially") != std::string::npos));
                break;
            default:
                break;
            }
        }
    }
    BOOST_TEST((action_of(status::unauthorized) == action::authenticate_and_retry));
    BOOST_TEST((action_of(status::call_transaction_does_not_exist) == action::terminate_dialog));
    BOOST_TEST((action_of(status::service_unavailable) == action::retry_elsewhere));
    // An unknown code acts like its class's x00 (RFC 3261 §8.1.3.2).
    BOOST_TEST((action_of(static_cast<status>(499)) == action_of(status::bad_request)));
    BOOST_TEST((action_of(static_cast<status>(999)) == action::give_up));
    BOOST_TEST(action_name(action::give_up) == "give_up");
    BOOST_TEST((action_of(status::ambiguous) == action::ask_user));                 // §21.4.23
    BOOST_TEST((action_of(status::request_pending) == action::retry_after_glare_timer)); // §14.1
    BOOST_TEST((action_of(status::early_dialog_terminated) == action::release_early_dialog));
}

BOOST_AUTO_TEST_CASE(actions_the_rfcs_name)
{
    // What the RFC text says a client does next, typed from it (not from the spec).
    struct rule {
        status code;
        action next;
    };
    const rule rules[] = {
        {status::early_dialog_terminated, action::release_early_dialog}, // RFC 6228 §4
        {status::conditional_request_failed, action::fix_request_and_retry}, // RFC 3903 §5: a new initial PUBLISH
        {status::unknown_resource_priority, action::fix_request_and_retry}, // RFC 4412 §4.7.1
        {status::bad_location_information, action::fix_request_and_retry}, // RFC 6442 §4.3
        {status::provide_referrer_identity, action::fix_request_and_retry}, // RFC 3892 §2.1
        {status::anonymity_disallowed, action::ask_user},                 // RFC 5079 §4
        {status::first_hop_lacks_outbound_support, action::fix_request_and_retry}, // RFC 5626 §4.2.1
        // RFC 5393 §5.1: "Recovery options ... include affecting the routing decisions ... less
        // broad search, or refining the request itself".
        {status::max_breadth_exceeded, action::fix_request_and_retry},
        // RFC 5360 §5.9.2: the client adds the URIs to the relay's list, and the relay obtains
        // permission for them: the same request, once they consent.
        {status::consent_needed, action::retry_later},
        // RFC 3261 §16.7: a 6xx ends the search (no new branches). RFC 8197 §4: 607 needs no
        // action "beyond those appropriate for 6xx responses"; RFC 8688 §3.3: "normal SIP
        // processing for 6xx responses", §3.1: "must not create any new branches".
        {status::decline, action::stop_forking},
        {status::does_not_exist_anywhere, action::stop_forking},
        {status::unwanted, action::stop_forking},
        {status::rejected, action::stop_forking},
    };
    for (const rule& r : rules) {
        BOOST_TEST_CONTEXT(r.code)
        {
            BOOST_TEST((action_of(r.code) == r.next));
        }
    }
}

BOOST_AUTO_TEST_CASE(action_of_a_method)
{
    // RFC 3261 §13.2.2.4: the UAC MUST send an ACK for every 2xx to INVITE; only 200 answers INVITE.
    // §9.2: a 481 to a CANCEL ends nothing (no transaction matched the CANCEL); RFC 5057 §5.3:
    // OPTIONS and MESSAGE belong to no usage, so a 481 to one ends nothing either.
    for (const status s : all_statuses) {
        for (const sipcodes::method m : sipcodes::all_methods) {
            const bool ack = is_success(s) && m == sipcodes::method::invite && sipcodes::can_answer(s, m);
            const bool unmatched_cancel = to_int(s) == 481 && (m == sipcodes::method::cancel ||
                                                               m == sipcodes::method::options ||
                                                               m == sipcodes::method::message);
            // §8.1.3.1: a timeout is a 408; §15.1.1: to a BYE the dialog is over; RFC 5057 §5.2,
            // §5.3: PRACK, UPDATE, INFO (the invite usage) and NOTIFY (its subscription) end
            // their usage when they time out.
            const bool usage_timeout =
                to_int(s) == 408 && (m == sipcodes::method::bye || m == sipcodes::method::prack ||
                                     m == sipcodes::method::update || m == sipcodes::method::info ||
                                     m == sipcodes::method::notify);
            action expected = action_of(s);
            if (ack) {
                expected = action::send_ack;
            } else if (unmatched_cancel) {
                expected = action::give_up;
            } else if (usage_timeout) {
                expected = action::terminate_dialog;
            }
            BOOST_TEST_CONTEXT(s << " to " << m)
            {
                BOOST_TEST((action_of(s, m) == expected));
            }
        }
    }
    BOOST_TEST((action_of(status::ok, sipcodes::method::invite) == action::send_ack));
    BOOST_TEST((action_of(status::ok, sipcodes::method::bye) == action::done));
    BOOST_TEST((action_of(static_cast<status>(299), sipcodes::method::invite) == action::done));
}
