// The C++ header's answers in the format of c_api_table.c. Includes
// the C header too: both must coexist in one C++ translation unit.
#include <sipcodes/sipcodes.hpp>
#include <sipcodes/sipcodes.h>

#include <cstdio>
#include <string>

int main()
{
    using namespace sipcodes;
    for (int code = -1000; code <= 2000; ++code) {
        const auto s = to_status(code);
        const auto k = class_of(code);
        const auto c = canonical(code);
        // The predicates take a status; the C functions take any int.
        const auto any = static_cast<status>(code);
        const bool in_range = code >= 100 && code <= 699;
        const std::string phrase = s ? std::string(reason_phrase(*s)) : "-";
        const std::string name = k ? std::string(class_name(*k)) : "-";
        std::printf("%d|%d|%s|%d|%s|%d|%d%d%d%d%d%d%d%d|%d\n", code, s ? 1 : 0, phrase.c_str(), k ? static_cast<int>(*k) : 0,
                    name.c_str(), c ? to_int(*c) : 0, in_range && is_provisional(any), in_range && is_final(any),
                    in_range && is_success(any), in_range && is_redirection(any), in_range && is_failure(any),
                    in_range && is_client_failure(any), in_range && is_server_failure(any),
                    in_range && is_global_failure(any), s && is_deprecated(*s));
    }
    // Q.850 and RFC 3398 from the C++ API, in the C program's format.
    const auto number = [](auto value) { return value ? to_int(*value) : 0; };
    for (int cause = -5; cause <= 300; ++cause) {
        const auto c = to_q850(cause);
        const auto any = static_cast<q850>(cause & 0xff);
        const bool in_range = cause >= 0 && cause < 128;
        const std::string name = c ? std::string(q850_name(*c)) : "-";
        std::printf("q850 %d|%d|%s|%d|%d|%d|%d\n", cause, c ? 1 : 0, name.c_str(),
                    in_range ? number(status_for_q850(any)) : 0,
                    in_range ? number(status_for_q850(any, cause_location::user, cause_diagnostic::absent)) : 0,
                    in_range ? number(status_for_q850(any, cause_location::transit, cause_diagnostic::present)) : 0,
                    in_range ? number(status_for_q850(any, cause_location::user, cause_diagnostic::present)) : 0);
    }
    for (int code = -1000; code <= 2000; ++code) {
        // Any value 100..699, registered or not: an unregistered 4xx-6xx maps by its class.
        const auto any = static_cast<status>(code);
        const bool in_range = code >= 100 && code <= 699;
        const auto answer = [&](auto... condition) { return in_range ? number(q850_for_status(any, condition...)) : 0; };
        std::printf("sip %d|%d|%d|%d|%d|%d|%d\n", code, answer(), answer(challenge::unanswerable),
                    answer(challenge::answerable), answer(warn_code::media_type_not_available),
                    answer(warn_code::miscellaneous_warning), answer(static_cast<warn_code>(999)));
    }
    return std::string_view(sipcodes_reason_phrase(430)) == reason_phrase(status::flow_failed) ? 0 : 1;
}
