// context.cpp: what each function of a code in its context (method.hpp and
// the method-aware part of attributes.hpp) costs a firmware on its own, over
// the empty firmware (fp0_empty). One function per build (FW_CONTEXT):
//
//   1  to_method            2  method_name          3  can_answer
//   4  impact_on_dialog     5  allows_header        6  requires_header(s, h, m)
//   7  action_of(s, m)
//
// Inputs pass through opaque() and results through keep() (see footprint.cpp),
// so every call is a run-time one and its tables are linked. Each checks its answer.
#include <sipcodes/sipcodes.hpp>

#include <string_view>

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
#if FW_CONTEXT == 1
    const char* name = opaque("SUBSCRIBE");
    const auto m = to_method(std::string_view(name, 9));
    keep(m.has_value());
    return m == method::subscribe ? 0 : 1;
#elif FW_CONTEXT == 2
    const std::string_view name = method_name(opaque(method::register_));
    keep(name.data());
    return name.size() == 8 ? 0 : 1;
#elif FW_CONTEXT == 3
    const bool yes = can_answer(opaque(status::request_timeout), opaque(method::invite));
    const bool no = can_answer(opaque(status::request_timeout), opaque(method::info));
    keep(yes);
    return yes && !no ? 0 : 1;
#elif FW_CONTEXT == 4
    const dialog_impact i = impact_on_dialog(opaque(status::call_transaction_does_not_exist), opaque(method::info));
    keep(i);
    return i == dialog_impact::usage ? 0 : 1;
#elif FW_CONTEXT == 5
    const bool yes = allows_header(opaque(status::busy_here), opaque(header::retry_after));
    const bool no = allows_header(opaque(status::request_pending), opaque(header::retry_after));
    keep(yes);
    return yes && !no ? 0 : 1;
#elif FW_CONTEXT == 6
    const bool yes = requires_header(opaque(status::ok), opaque(header::sip_etag), opaque(method::publish));
    keep(yes);
    return yes ? 0 : 1;
#elif FW_CONTEXT == 7
    const action a = action_of(opaque(status::ok), opaque(method::invite));
    keep(a);
    return a == action::send_ack ? 0 : 1;
#else
    return 0;
#endif
}
