// callgrind_driver.cpp: runs one case of cases.hpp on one input for a fixed
// number of passes, for valgrind --tool=callgrind (see callgrind.sh).
//
//     sipcodes_callgrind_driver CASE registered|uniform [PASSES]
//     sipcodes_callgrind_driver --list
#include "cases.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

/// What benchmark::DoNotOptimize does: the value must exist, in a register or in memory.
template <class T>
void consume(const T& value) noexcept
{
    asm volatile("" : : "r,m"(value) : "memory");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 2 && std::string_view(argv[1]) == "--list") {
        bench::for_each_case([](const char* name, auto) { std::puts(name); });
        return 0;
    }
    const std::string_view kind = argc >= 3 ? argv[2] : "";
    if ((argc != 3 && argc != 4) || (kind != "registered" && kind != "uniform")) {
        std::fprintf(stderr, "usage: %s CASE registered|uniform [PASSES]\n       %s --list\n", argv[0], argv[0]);
        return 2;
    }
    const std::string_view wanted = argv[1];
    const long passes = argc == 4 ? std::atol(argv[3]) : 10;

    const bench::input in(kind == "registered" ? bench::input_kind::registered : bench::input_kind::uniform);
    bool found = false;
    bench::for_each_case([&](const char* name, auto lookup) {
        if (name != wanted) {
            return;
        }
        found = true;
        for (long pass = 0; pass < passes; ++pass) {
            for (std::size_t i = 0; i < bench::lookups_per_pass; ++i) {
                consume(lookup(in, i));
            }
        }
    });
    if (!found) {
        std::fprintf(stderr, "%s: no case '%s' (see --list)\n", argv[0], argv[1]);
        return 2;
    }
    return 0;
}
