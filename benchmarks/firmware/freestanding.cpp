// freestanding.cpp: what the firmware would otherwise take from libc and
// libstdc++, which it does not link.
//
// - memcpy, memmove, memset, memcmp: GCC may call these even in a freestanding
//   program, for block copies and clears it emits itself (info() zeroes its
//   result with memset); string_view's == calls memcmp (page.hpp).
// - strlen: std::string_view(const char*) when -Os leaves it out of line
//   (page.hpp's `out.put("xx ")` in render_comparison at run time).
// - std::__throw_out_of_range_fmt: the bounds check of string_view::substr
//   (page.hpp). With -fno-exceptions the library's own would still drag in
//   libstdc++'s exception and formatting code; here it traps.
//
// Built into a static library: a firmware links only those it calls, and pays
// for them in its footprint. Byte loops: small, not fast. Compiled with
// -fno-tree-loop-distribute-patterns so GCC does not turn them into calls to
// themselves.
#include <cstddef>

extern "C" {

void* memcpy(void* dest, const void* src, std::size_t n)
{
    auto* d = static_cast<unsigned char*>(dest);
    const auto* s = static_cast<const unsigned char*>(src);
    while (n-- != 0) {
        *d++ = *s++;
    }
    return dest;
}

void* memmove(void* dest, const void* src, std::size_t n)
{
    auto* d = static_cast<unsigned char*>(dest);
    const auto* s = static_cast<const unsigned char*>(src);
    if (d < s) {
        while (n-- != 0) {
            *d++ = *s++;
        }
    } else {
        while (n-- != 0) {
            d[n] = s[n];
        }
    }
    return dest;
}

void* memset(void* dest, int c, std::size_t n)
{
    auto* d = static_cast<unsigned char*>(dest);
    while (n-- != 0) {
        *d++ = static_cast<unsigned char>(c);
    }
    return dest;
}

int memcmp(const void* a, const void* b, std::size_t n)
{
    const auto* x = static_cast<const unsigned char*>(a);
    const auto* y = static_cast<const unsigned char*>(b);
    for (; n != 0; --n, ++x, ++y) {
        if (*x != *y) {
            return *x < *y ? -1 : 1;
        }
    }
    return 0;
}

std::size_t strlen(const char* s)
{
    std::size_t n = 0;
    while (s[n] != '\0') {
        ++n;
    }
    return n;
}

} // extern "C"

namespace std {
// Declared by libstdc++ (bits/functexcept.h); only reached by a substr() out
// of range, which the library never asks for. The trap is a HardFault, which
// startup.cpp turns into exit status 99.
[[noreturn]] void __throw_out_of_range_fmt(const char*, ...)
{
    __builtin_trap();
}
} // namespace std
