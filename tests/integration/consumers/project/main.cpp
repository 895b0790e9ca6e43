// Uses the public API; prints one line the test compares.
#include <sipcodes/sipcodes.hpp>

#include <cstdio>

static_assert(sipcodes::reason_phrase(sipcodes::status::flow_failed) == "Flow Failed");
static_assert(SIPCODES_VERSION_MAJOR >= 0);

int main(int argc, char**)
{
    const auto s = sipcodes::to_status(429 + argc); // 430 when run without arguments
    if (!s) {
        return 1;
    }
    const std::string_view phrase = sipcodes::reason_phrase(*s);
    std::printf("%d %.*s %s\n", sipcodes::to_int(*s), static_cast<int>(phrase.size()), phrase.data(),
                sipcodes::requires_header(sipcodes::status::unauthorized, sipcodes::header::www_authenticate) ? "ok" : "bad");
    return 0;
}
