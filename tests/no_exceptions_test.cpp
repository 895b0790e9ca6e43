// The whole API in a -fno-exceptions -fno-rtti build (the firmware setting),
// exercised at run time so that nothing is folded away. Plain main(): the test
// framework itself needs exceptions.
#include <sipcodes/sipcodes.hpp>

namespace {

int failures = 0;

void check(bool ok)
{
    failures += ok ? 0 : 1;
}

} // namespace

int main(int argc, char**)
{
    // argc is 1 at run time, unknown at compile time.
    const int base = argc - 1;
    int registered = 0;
    for (int c = base - 1000; c <= base + 2000; ++c) {
        if (const auto s = sipcodes::to_status(c)) {
            ++registered;
            const sipcodes::status_info i = sipcodes::info(*s);
            check(i.code == c && !i.phrase.empty() && !i.description.empty());
            check(sipcodes::class_of(c) == sipcodes::class_of(*s));
        }
        const auto k = sipcodes::canonical(c);
        check(k.has_value() == (c >= 100 && c <= 699));
    }
    check(registered == 75);
    check(sipcodes::reason_phrase(sipcodes::status::flow_failed) == "Flow Failed");
    return failures == 0 ? 0 : 1;
}
