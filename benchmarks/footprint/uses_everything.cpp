// host_footprint.sh: a program that calls every sipcodes function on run-time input,
// so every table is linked. Compared with baseline.cpp, which does the same I/O.
#include <sipcodes/sipcodes.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    const int code = argc > 1 ? std::atoi(argv[1]) : 430;
    const auto s = sipcodes::canonical(code).value_or(sipcodes::status::ok);
    const sipcodes::status_info i = sipcodes::info(s);
    const std::string_view name = sipcodes::class_name(sipcodes::class_of(s));
    std::printf("%d %.*s %.*s %.*s %d %d\n", i.code, static_cast<int>(i.phrase.size()), i.phrase.data(),
                static_cast<int>(name.size()), name.data(), static_cast<int>(i.fix.size()), i.fix.data(),
                sipcodes::is_failure(s), sipcodes::to_status(code).has_value());
    return 0;
}
