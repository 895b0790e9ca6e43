// A trimmed spec (trimmed_spec.yaml) through sipcodes_generate: built once with
// the dense and once with the compact tables (SIPCODES_COMPACT_TABLES), each
// checked at compile time and against the C header for every int.
#include <trimmed/trimmed.h>
#include <trimmed/trimmed.hpp>

#include <cstdio>
#include <string_view>

namespace {

using trimmed::canonical;
using trimmed::status;
using trimmed::to_status;

static_assert(trimmed::status_count == 6);
static_assert(trimmed::is_deprecated(status::accepted) && !trimmed::is_deprecated(status::ok));
static_assert(to_status(486) == status::busy_here && !to_status(430));
// The fallbacks are not in this table: nothing, never another code.
static_assert(!canonical(150) && !canonical(183) && !canonical(181)); // no 183
static_assert(canonical(100) == status::trying && canonical(180) == status::ringing);
static_assert(!canonical(487) && !canonical(501));                    // no 400, 500
static_assert(canonical(299) == status::ok && canonical(603) == status::decline && !canonical(699)); // no 600
// RFC 3398's default response for a cause without a row, 500, went with `only`:
// such a cause gets no response here, and the note says why.
static_assert(!trimmed::status_for_q850(trimmed::q850::channel_unacceptable));
static_assert(!trimmed::status_for_q850(trimmed::q850::unallocated_number)); // its 404 is gone too
static_assert(trimmed::status_for_q850(trimmed::q850::user_busy) == status::busy_here);
static_assert(trimmed::q850_mapping_note(trimmed::q850::channel_unacceptable).find("leaves out 500") !=
              std::string_view::npos);

} // namespace

int main()
{
    int wrong = 0;
    for (int code = -1000; code <= 2000; ++code) {
        const auto s = to_status(code);
        const auto c = canonical(code);
        const char* const c_phrase = trimmed_reason_phrase(code);
        const bool same = (trimmed_is_registered(code) != 0) == s.has_value() &&
                          trimmed_canonical(code) == (c ? trimmed::to_int(*c) : 0) &&
                          (c_phrase == nullptr ? !s : s && trimmed::reason_phrase(*s) == c_phrase) &&
                          (trimmed_is_deprecated(code) != 0) == (s && trimmed::is_deprecated(*s)) &&
                          trimmed_class_of(code) == static_cast<int>(trimmed::class_of(code).value_or(trimmed::status_class{}));
        if (!same) {
            std::printf("code %d: the C and C++ headers disagree\n", code);
            ++wrong;
        }
    }
    std::printf("%s tables: %d disagreements\n", SIPCODES_COMPACT_TABLES ? "compact" : "dense", wrong);
    return wrong == 0 ? 0 : 1;
}
