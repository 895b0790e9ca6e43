// gateway.cpp: what each RFC 3398 mapping direction costs a firmware, built
// once per direction (FW_GATEWAY):
//
//   1  cause -> SIP: status_for_q850(q850), the §7.2.4.1 table
//   2  SIP -> cause: q850_for_status(status) and its challenge / Warning
//      overloads, the §8.2.6.1 table
//   3  both, and the Q.850 names
//
// Inputs pass through opaque() and results through keep() (see footprint.cpp),
// so every look-up is a run-time one. Each firmware checks its own answers.
#include <sipcodes/q850.hpp>

namespace {

template <class T>
[[gnu::always_inline]] inline T opaque(T value) noexcept
{
    asm volatile("" : "+r"(value));
    return value;
}

template <class T>
[[gnu::always_inline]] inline void keep(const T& value) noexcept
{
    asm volatile("" ::"r"(value));
}

} // namespace

int main()
{
    using namespace sipcodes;
#if FW_GATEWAY == 1 || FW_GATEWAY == 3
    const auto s = status_for_q850(static_cast<q850>(opaque(17)));
    const auto user = status_for_q850(static_cast<q850>(opaque(21)), cause_location::user, cause_diagnostic::absent);
    if (!s || to_int(*s) != 486 || !user || to_int(*user) != 603) {
        return 1;
    }
    keep(to_int(*s));
#endif
#if FW_GATEWAY == 2 || FW_GATEWAY == 3
    const auto c = q850_for_status(static_cast<status>(opaque(404)));
    const auto challenged = q850_for_status(static_cast<status>(opaque(401)), challenge::unanswerable);
    const auto warned = q850_for_status(static_cast<status>(opaque(488)), static_cast<warn_code>(opaque(370)));
    if (!c || to_int(*c) != 1 || !challenged || to_int(*challenged) != 21 || !warned || to_int(*warned) != 65) {
        return 2;
    }
    keep(to_int(*c));
#endif
#if FW_GATEWAY == 3
    const std::string_view name = q850_name(static_cast<q850>(opaque(17)));
    keep(name.data());
    if (name.size() != 9) { // "User busy"
        return 3;
    }
#endif
    return 0;
}
