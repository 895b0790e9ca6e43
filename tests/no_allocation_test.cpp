// Proves that no function of the library allocates: operator new and malloc
// are replaced by counting versions, and every function runs on every input
// between two readings of the counter.
#include <sipcodes/sipcodes.hpp>

#define BOOST_TEST_MODULE sipcodes_no_allocation
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

// Replacing malloc and operator new is what this test is for: the checks
// against manual memory management, reserved names and mutable globals do not
// apply from here to the end of counter_sees_allocations.
// NOLINTBEGIN(cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory,bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp,cppcoreguidelines-avoid-non-const-global-variables)
namespace {
std::atomic<long> allocations{0};
}

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
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
void* calloc(std::size_t __nmemb, std::size_t __size) // glibc's parameter names, as its declaration has them
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(__nmemb, __size);
}
void* realloc(void* __ptr, std::size_t __size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
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
    allocations.fetch_add(1, std::memory_order_relaxed);
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

namespace {
// The blocks below escape through here: clang -O2 removes a new/delete or
// malloc/free pair whose pointer nothing else sees, and the counter with it.
void* volatile escaped = nullptr;
} // namespace

BOOST_AUTO_TEST_CASE(counter_sees_allocations)
{
    // The counter works: otherwise the next test could not fail.
    long before = allocations.load();
    int* p = new int(7);
    escaped = p;
    BOOST_TEST(allocations.load() - before >= 1);
    delete p;
#if !defined(SIPCODES_TEST_NO_MALLOC_HOOK) && defined(__GLIBC__)
    before = allocations.load();
    void* q = std::malloc(16);
    escaped = q;
    BOOST_TEST(allocations.load() - before >= 1);
    std::free(q);
#endif
}
// NOLINTEND(cppcoreguidelines-no-malloc,cppcoreguidelines-owning-memory,bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp,cppcoreguidelines-avoid-non-const-global-variables)

BOOST_AUTO_TEST_CASE(no_function_allocates)
{
    std::size_t checksum = 0;
    const long before = allocations.load();
    for (int c = -1000; c <= 2000; ++c) {
        if (const auto s = sipcodes::to_status(c)) {
            const sipcodes::status_info i = sipcodes::info(*s);
            checksum += i.phrase.size() + i.description.size() + i.when.size() + i.fix.size() + i.references.size();
            checksum += sipcodes::reason_phrase(*s).size() + sipcodes::class_name(sipcodes::class_of(*s)).size();
            checksum += sipcodes::is_final(*s) + sipcodes::is_failure(*s) + sipcodes::is_provisional(*s) +
                        sipcodes::is_success(*s) + sipcodes::is_redirection(*s) + sipcodes::is_deprecated(*s) +
                        sipcodes::is_client_failure(*s) + sipcodes::is_server_failure(*s) +
                        sipcodes::is_global_failure(*s) + sipcodes::is_registered(*s);
        }
        if (const auto k = sipcodes::canonical(c)) {
            checksum += static_cast<std::size_t>(sipcodes::to_int(*k));
        }
        if (const auto k = sipcodes::class_of(c)) {
            checksum += static_cast<std::size_t>(*k);
        }
        const sipcodes::status_info raw = sipcodes::info(static_cast<sipcodes::status>(c & 0xffff));
        checksum += raw.description.size();
    }
    const long after = allocations.load();
    BOOST_TEST(after == before);
    BOOST_TEST(checksum > 0u);
}
