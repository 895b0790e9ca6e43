// startup.cpp: vector table and reset handler for the Cortex-M4 of mps2-an386.
//
// Reset_Handler copies .data from flash, zeroes .bss, calls main and hands its
// return value to the host through semihosting, so QEMU's exit status is main's.
// Compiled with -fno-tree-loop-distribute-patterns (see CMakeLists.txt) so the
// two loops below stay loops instead of becoming memcpy/memset calls.
#include <cstdint>

#include "semihosting.hpp"

extern "C" {
// Defined by mps2-an386.ld.
extern std::uint32_t __data_load[];
extern std::uint32_t __data_start[];
extern std::uint32_t __data_end[];
extern std::uint32_t __bss_start[];
extern std::uint32_t __bss_end[];
extern std::uint32_t __stack_top[];

int main();
[[noreturn]] void Reset_Handler() noexcept;
[[noreturn]] void Fault_Handler() noexcept;
}

/// QEMU's exit status when the core takes any exception (a fault, an NMI, ...):
/// nothing enables interrupts, so any exception is a bug in the firmware.
constexpr int fault_exit_status = 99;

void Reset_Handler() noexcept
{
    const std::uint32_t* from = __data_load;
    for (std::uint32_t* to = __data_start; to < __data_end;) {
        *to++ = *from++;
    }
    for (std::uint32_t* to = __bss_start; to < __bss_end;) {
        *to++ = 0;
    }
    fw::exit(main());
}

void Fault_Handler() noexcept
{
    fw::exit(fault_exit_status);
}

namespace {

using handler = void (*)() noexcept;

// The Armv7-M vector table: initial stack pointer, then the 15 system
// exceptions (reset, NMI, HardFault, ... SysTick). No external interrupt is
// enabled, so the table stops there.
struct vector_table {
    const void* initial_sp;
    handler exceptions[15];
};

[[gnu::used, gnu::section(".vectors")]] const vector_table vectors = {
    __stack_top,
    {
        Reset_Handler,
        Fault_Handler, // NMI
        Fault_Handler, // HardFault
        Fault_Handler, // MemManage
        Fault_Handler, // BusFault
        Fault_Handler, // UsageFault
        nullptr,
        nullptr,
        nullptr,
        nullptr,
        Fault_Handler, // SVCall
        Fault_Handler, // DebugMonitor
        nullptr,
        Fault_Handler, // PendSV
        Fault_Handler, // SysTick (its interrupt is never enabled)
    },
};

} // namespace
