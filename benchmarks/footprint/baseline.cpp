// host_footprint.sh: the same I/O as uses_everything.cpp, without sipcodes.
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    const int code = argc > 1 ? std::atoi(argv[1]) : 430;
    std::printf("%d %.*s %.*s %.*s %d %d\n", code, 1, "x", 1, "y", 1, "z", code > 399, code > 99);
    return 0;
}
