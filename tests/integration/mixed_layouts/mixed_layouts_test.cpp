// Two translation units of one program, one built with the compact tables and
// one with the dense ones: each layout has functions of its own (no ODR
// violation), and both answer alike, and as the IANA registry says, on every
// int from -1000 to 2000 and at the extremes.
#include "layout_answers.hpp"

#define BOOST_TEST_MODULE sipcodes_mixed_layouts
#include <boost/test/unit_test.hpp>

#include "iana_registry.hpp"
#include "probe_ints.hpp"

#include <climits>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using sipcodes::status;
using sipcodes::status_class;
using sipcodes_test::find_row;
using sipcodes_test::layout_answers;
using sipcodes_test::layout_functions;
using sipcodes_test::registry_row;

struct check {
    const char* what;
    bool holds;
};

// The first check that fails, or nullptr.
template <std::size_t N>
const char* first_failure(const check (&checks)[N])
{
    for (const check& c : checks) {
        if (!c.holds) {
            return c.what;
        }
    }
    return nullptr;
}

bool same_texts(const sipcodes::localized_texts& x, const sipcodes::localized_texts& y)
{
    return x.description == y.description && x.when == y.when && x.fix == y.fix;
}

// Where two layouts' answers for one int differ, or nullptr.
const char* first_difference(const layout_answers& x, const layout_answers& y)
{
    bool same_localized = true;
    for (std::size_t i = 0; i < sipcodes::locale_count; ++i) {
        same_localized = same_localized && same_texts(x.localized[i], y.localized[i]);
    }
    const check checks[] = {
        {"to_status(int)", x.to_status == y.to_status},
        {"reason_phrase(int)", x.phrase == y.phrase},
        {"canonical(int)", x.canonical == y.canonical},
        {"class_of(int)", x.class_of == y.class_of},
        {"is_registered", x.registered == y.registered},
        {"reason_phrase(status)", x.status_phrase == y.status_phrase},
        {"class_of(status)", x.class_of_status == y.class_of_status},
        {"is_deprecated", x.deprecated == y.deprecated},
        {"info().code", x.info.code == y.info.code},
        {"info().phrase", x.info.phrase == y.info.phrase},
        {"info().class_", x.info.class_ == y.info.class_},
        {"info().description", x.info.description == y.info.description},
        {"info().when", x.info.when == y.info.when},
        {"info().fix", x.info.fix == y.info.fix},
        {"info().references", x.info.references == y.info.references},
        {"info().deprecated", x.info.deprecated == y.info.deprecated},
        {"info().action_source", x.info.action_source == y.info.action_source},
        {"info().headers_source", x.info.headers_source == y.info.headers_source},
        {"localized", same_localized},
        {"required_headers", x.required == y.required},
        {"required_one_of", x.one_of == y.one_of},
        {"recommended_headers", x.recommended == y.recommended},
        {"action_of", x.action == y.action},
    };
    return first_failure(checks);
}

// Where a layout's answers for `code` differ from the registry, or nullptr.
const char* registry_difference(const layout_answers& a, int code)
{
    const registry_row* row = find_row(code);
    std::optional<status> canonical;
    if (row != nullptr) {
        canonical = row->value;
    } else if (code >= 101 && code <= 199) {
        canonical = status::session_progress; // RFC 3261 §8.1.3.2: an unknown 1xx is a 183
    } else if (code >= 200 && code <= 699) {
        canonical = static_cast<status>(code / 100 * 100); // ... and an unknown final code its class's x00
    }
    const bool in_range = code >= 100 && code <= 699;
    // The status value the int converts to, as layout_answers.cpp makes it.
    const int value = static_cast<std::uint16_t>(code);
    const registry_row* value_row = find_row(value);
    const bool value_in_range = value >= 100 && value <= 699;
    const std::string_view value_phrase = value_row != nullptr ? value_row->phrase : std::string_view{};
    const check checks[] = {
        {"to_status(int)", a.to_status == (row != nullptr ? std::optional<status>(row->value) : std::nullopt)},
        {"reason_phrase(int)", a.phrase == (row != nullptr ? row->phrase : std::string_view{})},
        {"canonical(int)", a.canonical == canonical},
        {"class_of(int)",
         a.class_of == (in_range ? std::optional<status_class>(static_cast<status_class>(code / 100)) : std::nullopt)},
        {"is_registered", a.registered == (value_row != nullptr)},
        {"reason_phrase(status)", a.status_phrase == value_phrase},
        {"class_of(status)", a.class_of_status == (value_in_range ? static_cast<status_class>(value / 100) : status_class{})},
        {"is_deprecated", a.deprecated == (value == 202)},
        {"info().code", a.info.code == value},
        {"info().phrase", a.info.phrase == value_phrase},
        {"info().references", a.info.references == (value_row != nullptr ? value_row->references : std::string_view{})},
        {"info().description", a.info.description.empty() == (value_row == nullptr)},
        // An unregistered value has no header rules.
        {"required_headers", value_row != nullptr || a.required.empty()},
        {"required_one_of", value_row != nullptr || a.one_of.empty()},
        {"recommended_headers", value_row != nullptr || a.recommended.empty()},
    };
    return first_failure(checks);
}

using sipcodes_test::probe_ints;

} // namespace

BOOST_AUTO_TEST_CASE(each_layout_has_functions_of_its_own)
{
    const layout_functions compact = sipcodes_test::compact_functions();
    const layout_functions dense = sipcodes_test::dense_functions();
    BOOST_TEST((compact.to_status != dense.to_status));
    BOOST_TEST((compact.reason_phrase != dense.reason_phrase));
    BOOST_TEST((compact.canonical != dense.canonical));
    BOOST_TEST((compact.is_registered != dense.is_registered));
    BOOST_TEST((compact.is_deprecated != dense.is_deprecated));
    BOOST_TEST((compact.info != dense.info));
    BOOST_TEST((compact.required_headers != dense.required_headers));
    BOOST_TEST((compact.action_of != dense.action_of));
}

BOOST_AUTO_TEST_CASE(both_layouts_answer_alike_on_every_int)
{
    for (const int code : probe_ints()) {
        if (const char* what = first_difference(sipcodes_test::compact_answers(code), sipcodes_test::dense_answers(code))) {
            BOOST_ERROR("int " << code << ": the compact and dense tables disagree on " << what);
        }
    }
}

BOOST_AUTO_TEST_CASE(both_layouts_answer_as_the_registry_says)
{
    for (const int code : probe_ints()) {
        if (const char* what = registry_difference(sipcodes_test::compact_answers(code), code)) {
            BOOST_ERROR("int " << code << ": the compact tables' " << what << " is not the registry's");
        }
        if (const char* what = registry_difference(sipcodes_test::dense_answers(code), code)) {
            BOOST_ERROR("int " << code << ": the dense tables' " << what << " is not the registry's");
        }
    }
}
