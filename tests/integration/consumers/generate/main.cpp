#include <shop/codes.hpp>
#include <sipcodes/sipcodes.hpp>

#include <cstdio>

int main(int argc, char**)
{
    const auto s = shop::to_status(429 + argc); // 430
    const auto closed = shop::to_status(499);
    if (!s || !closed || shop::status_count != 4 || sipcodes::to_status(499)) {
        return 1;
    }
    const std::string_view phrase = shop::reason_phrase(*s);
    std::printf("%d %.*s ok\n", shop::to_int(*s), static_cast<int>(phrase.size()), phrase.data());
    return 0;
}
