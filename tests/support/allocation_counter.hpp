// Counts heap allocations: replaces malloc, calloc, realloc and operator new
// with versions that bump sipcodes_test::allocations and forward to the C
// library. Include it in exactly one file of a test program (it defines the
// replacements), then compare allocation_count() before and after the code
// that must not allocate. counter_works() proves the counter can see one.
#ifndef SIPCODES_TEST_ALLOCATION_COUNTER_HPP
#define SIPCODES_TEST_ALLOCATION_COUNTER_HPP

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

// Replacing malloc and operator new is what this file is for (and why it is
// included in one file only): the checks against definitions in headers,
// manual memory management, reserved names and mutable globals do not apply.
// NOLINTBEGIN(misc-definitions-in-headers,cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory,bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp,cppcoreguidelines-avoid-non-const-global-variables)
namespace sipcodes_test {
inline std::atomic<long> allocations{0};
// Blocks escape through here: clang -O2 removes a new/delete or malloc/free
// pair whose pointer nothing else sees, and the count with it.
inline void* volatile escaped = nullptr;
} // namespace sipcodes_test

// Sanitizers bring their own malloc; there the operator new count still holds.
#if defined(__SANITIZE_ADDRESS__)
#define SIPCODES_TEST_NO_MALLOC_HOOK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SIPCODES_TEST_NO_MALLOC_HOOK 1
#endif
#endif

#if !defined(SIPCODES_TEST_NO_MALLOC_HOOK) && defined(__GLIBC__)
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* malloc(std::size_t size)
{
    sipcodes_test::allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
void* calloc(std::size_t __nmemb, std::size_t __size) // glibc's parameter names, as its declaration has them
{
    sipcodes_test::allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(__nmemb, __size);
}
void* realloc(void* __ptr, std::size_t __size)
{
    sipcodes_test::allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(__ptr, __size);
}
}
#endif

// The replacements below pair operator new with malloc and operator delete with
// free; g++ 11+ at -O2 sees only "free of a new'd pointer" once they are inlined.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 11
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t size)
{
    sipcodes_test::allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
#if defined(__cpp_exceptions)
    throw std::bad_alloc();
#else
    std::abort(); // what operator new does without exceptions
#endif
}
void* operator new[](std::size_t size)
{
    return operator new(size);
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete[](void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t /*size*/) noexcept
{
    std::free(p);
}
void operator delete[](void* p, std::size_t /*size*/) noexcept
{
    std::free(p);
}

namespace sipcodes_test {

[[nodiscard]] inline long allocation_count() noexcept
{
    return allocations.load();
}

/// True when an operator new (and, where malloc is hooked, a malloc) made
/// here is counted: a test of "allocates nothing" that could not fail is no test.
[[nodiscard]] inline bool counter_works()
{
    long before = allocation_count();
    int* p = new int(7);
    escaped = p;
    bool seen = allocation_count() - before >= 1;
    delete p;
#if !defined(SIPCODES_TEST_NO_MALLOC_HOOK) && defined(__GLIBC__)
    before = allocation_count();
    void* q = std::malloc(16);
    escaped = q;
    seen = seen && allocation_count() - before >= 1;
    std::free(q);
#endif
    return seen;
}

} // namespace sipcodes_test
// NOLINTEND(misc-definitions-in-headers,cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory,bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp,cppcoreguidelines-avoid-non-const-global-variables)

#endif
