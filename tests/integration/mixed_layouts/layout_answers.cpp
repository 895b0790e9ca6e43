// Built twice into test_mixed_layouts (CMakeLists.txt): once at -Os, where the
// header picks the compact tables, and once at -O2, where it picks the dense
// ones. Which functions this file defines follows the layout it got.
#include "layout_answers.hpp"

#include <cstddef>
#include <cstdint>

namespace sipcodes_test {

namespace {

layout_answers answers(int code)
{
    // The conversion of an int to a 16-bit status keeps its low bits, as a cast does.
    const auto value = static_cast<sipcodes::status>(static_cast<std::uint16_t>(code));
    layout_answers a{sipcodes::to_status(code),
                     sipcodes::reason_phrase(code),
                     sipcodes::canonical(code),
                     sipcodes::class_of(code),
                     sipcodes::is_registered(value),
                     sipcodes::reason_phrase(value),
                     sipcodes::class_of(value),
                     sipcodes::is_deprecated(value),
                     sipcodes::info(value),
                     {},
                     sipcodes::required_headers(value),
                     sipcodes::required_one_of(value),
                     sipcodes::recommended_headers(value),
                     sipcodes::action_of(value)};
    for (std::size_t i = 0; i < sipcodes::locale_count; ++i) {
        a.localized[i] = sipcodes::localized(value, sipcodes::all_locales[i]);
    }
    return a;
}

layout_functions functions()
{
    return {&sipcodes::to_status,
            static_cast<std::string_view (*)(int) noexcept>(&sipcodes::reason_phrase),
            &sipcodes::canonical,
            &sipcodes::is_registered,
            &sipcodes::is_deprecated,
            &sipcodes::info,
            &sipcodes::required_headers,
            &sipcodes::action_of};
}

} // namespace

#if SIPCODES_COMPACT_TABLES
layout_answers compact_answers(int code)
{
    return answers(code);
}
layout_functions compact_functions()
{
    return functions();
}
#else
layout_answers dense_answers(int code)
{
    return answers(code);
}
layout_functions dense_functions()
{
    return functions();
}
#endif

} // namespace sipcodes_test
