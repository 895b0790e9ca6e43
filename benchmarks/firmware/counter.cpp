// counter.cpp: SysTick set-up and calibration of the instruction counter.
#include "counter.hpp"

namespace fw::counter {
namespace {

volatile std::uint32_t& reg(std::uintptr_t address) noexcept
{
    return *reinterpret_cast<volatile std::uint32_t*>(address);
}

constexpr std::uintptr_t syst_csr = 0xE000'E010; // control and status
constexpr std::uintptr_t syst_rvr = 0xE000'E014; // reload value
constexpr std::uintptr_t syst_cvr = 0xE000'E018; // current value

constexpr std::uint32_t csr_enable = 1u << 0;
constexpr std::uint32_t csr_core_clock = 1u << 2; // CLKSOURCE: the core clock, not the external reference
// TICKINT (bit 1) stays clear: a wrap must not raise an exception.

// noipa: the compiler may neither inline the call nor use what it can see of
// the body (that it does nothing) to drop or move the call.
[[gnu::noipa]] void empty_function() noexcept {}

} // namespace

void start() noexcept
{
    reg(syst_csr) = 0;
    reg(syst_rvr) = tick_mask;
    reg(syst_cvr) = 0; // any write clears the counter; it reloads on the next tick
    reg(syst_csr) = csr_core_clock | csr_enable;
}

void restart() noexcept
{
    reg(syst_cvr) = 0;
    // The counter reads 0 until the next tick reloads it.
    while (now() == 0) {
    }
}

calibration calibrate() noexcept
{
    start();
    const std::uint32_t overhead = measure([] {});
    const std::uint32_t one = measure([] { nops<1>(); }) - overhead;
    const std::uint32_t seven = measure([] { nops<7>(); }) - overhead;
    const std::uint32_t thousand = measure([] { nops<1000>(); }) - overhead;
    const std::uint32_t again = measure([] { nops<1000>(); }) - overhead;
    const std::uint32_t call = measure([] { empty_function(); }) - overhead;
    const bool exact = one == 1 && seven == 7 && thousand == 1000 && again == 1000;
    return {overhead, thousand, call, exact};
}

} // namespace fw::counter
