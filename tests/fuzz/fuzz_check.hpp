// Shared by the fuzz targets: a property check that survives -DNDEBUG and
// stops the fuzzer with a message naming the property that was violated.
#ifndef SIPCODES_FUZZ_CHECK_HPP
#define SIPCODES_FUZZ_CHECK_HPP

#include <cstdio>
#include <cstdlib>

// A macro, as assert is: it prints the condition's text, file and line.
// NOLINTNEXTLINE(cppcoreguidelines-macro-usage)
#define FUZZ_CHECK(cond)                                                                       \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (0)

#endif
