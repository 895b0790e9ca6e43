// footprint.cpp: one program, built at growing feature levels (FW_LEVEL), to
// measure what each part of the library adds to a firmware:
//
//   0  empty: the same startup, main returns 0
//   1  code -> phrase: reason_phrase(int)
//   2  + to_status, class_of and the is_* predicates
//   3  + info(s).description
//   4  + comparison_page<302, 430, ja, sections>() built by the compiler, written out
//   5  + render_comparison at run time into a static buffer
//
// Levels 1 and 2 include <sipcodes/status.hpp>, the higher ones (and any level
// built with FW_FULL_HEADER) <sipcodes/sipcodes.hpp>. Inputs pass through
// opaque() and results through keep(): empty asm statements that cost no
// instruction but hide the values from the optimiser, so every look-up is a
// run-time one and its tables are linked. Each level checks its own answers.
#if defined(FW_REFERENCE_SEARCH) || defined(FW_REFERENCE_PACKED)
#include "reference_layouts.hpp" // level 1 with a textbook layout instead
#elif FW_LEVEL >= 3 || defined(FW_FULL_HEADER)
#include <sipcodes/sipcodes.hpp>
#elif FW_LEVEL >= 1
#include <sipcodes/status.hpp>
#endif

#if FW_LEVEL >= 4
#include "semihosting.hpp"
#endif

namespace {

// The value, as far as the compiler knows, could be anything.
template <class T>
[[gnu::always_inline]] inline T opaque(T value) noexcept
{
    asm volatile("" : "+r"(value));
    return value;
}

// The value is used (it must be computed), but by no instruction.
template <class T>
[[gnu::always_inline]] inline void keep(const T& value) noexcept
{
    asm volatile("" ::"r"(value));
}

#if FW_LEVEL >= 4
using namespace sipcodes;
constexpr auto page = comparison_page<status::moved_temporarily, status::flow_failed, locale::ja, layout::sections>();
#endif

#if FW_LEVEL >= 5
char buffer[max_page_size];
#endif

} // namespace

int main()
{
#if FW_LEVEL >= 1
#if defined(FW_REFERENCE_SEARCH)
    const std::string_view phrase = fw::reference::binary_search_phrase(opaque(430));
#elif defined(FW_REFERENCE_PACKED)
    const std::string_view phrase = fw::reference::packed_phrase(opaque(430));
#else
    const std::string_view phrase = sipcodes::reason_phrase(opaque(430));
#endif
    keep(phrase.data());
    if (phrase.size() != 11) { // "Flow Failed"
        return 1;
    }
#endif
#if FW_LEVEL >= 2
    const auto s = sipcodes::to_status(opaque(430));
    if (!s) {
        return 2;
    }
    const unsigned predicates = sipcodes::is_registered(*s) << 0 | sipcodes::is_deprecated(*s) << 1 |
                                sipcodes::is_provisional(*s) << 2 | sipcodes::is_final(*s) << 3 |
                                sipcodes::is_success(*s) << 4 | sipcodes::is_redirection(*s) << 5 |
                                sipcodes::is_failure(*s) << 6 | sipcodes::is_client_failure(*s) << 7 |
                                sipcodes::is_server_failure(*s) << 8 | sipcodes::is_global_failure(*s) << 9;
    if (sipcodes::class_of(*s) != sipcodes::status_class::client_failure || predicates != 0b0011001001) {
        return 2;
    }
#endif
#if FW_LEVEL >= 3
    const std::string_view description = sipcodes::info(*s).description;
    keep(description.data());
    if (description.empty()) {
        return 3;
    }
#endif
#if FW_LEVEL >= 4
    fw::write(page.c_str());
    fw::write("\n");
#endif
#if FW_LEVEL >= 5
    const std::size_t n = render_comparison(opaque(status::moved_temporarily), *s, opaque(locale::ja),
                                            opaque(layout::sections), buffer, sizeof buffer);
    if (n != page.size()) {
        return 5;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (buffer[i] != page.c_str()[i]) {
            return 5;
        }
    }
#endif
    return 0;
}
