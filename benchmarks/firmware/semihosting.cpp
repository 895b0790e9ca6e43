// semihosting.cpp: SYS_WRITE0 and SYS_EXIT_EXTENDED through `bkpt 0xAB`.
#include "semihosting.hpp"

namespace fw {
namespace {

constexpr std::uint32_t sys_write0 = 0x04;
constexpr std::uint32_t sys_exit_extended = 0x20;
constexpr std::uint32_t adp_stopped_application_exit = 0x20026;

std::uint32_t semihost(std::uint32_t operation, const void* argument) noexcept
{
    register std::uint32_t r0 asm("r0") = operation;
    register const void* r1 asm("r1") = argument;
    // "memory": the host reads the argument block (and for other calls could write it).
    asm volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

} // namespace

void write(const char* text) noexcept
{
    semihost(sys_write0, text);
}

void write(std::uint32_t value) noexcept
{
    char digits[11];
    char* p = digits + sizeof digits;
    *--p = '\0';
    do {
        *--p = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    write(p);
}

void exit(int status) noexcept
{
    // SYS_EXIT (0x18) on AArch32 can only say "success" or "failure";
    // the extended call carries the status itself as the subcode.
    const std::uint32_t block[2] = {adp_stopped_application_exit, static_cast<std::uint32_t>(status)};
    semihost(sys_exit_extended, block);
    for (;;) {
    }
}

} // namespace fw
