// counter.hpp: exact instruction counts on QEMU's mps2-an386, from SysTick.
//
// Under `-icount shift=N` QEMU advances virtual time by exactly 2^N ns per
// guest instruction, and SysTick (clock source = core clock) counts that
// virtual time at the board's 25 MHz, one tick per 40 ns. So a tick is an
// instruction only if 2^N == 40, which no N gives:
//
//   shift=0: 1 instruction = 1 ns, 1 tick = 40 instructions (1000 nops read
//            as 25 ticks: far too coarse to time a look-up);
//   shift=7: 1 instruction = 128 ns = 3.2 ticks. A reading is off by less
//            than one tick, so ticks / 3.2 is within 0.32 of the true count and
//            rounding gives it exactly. shift=7 is the smallest shift for which
//            that holds (at shift=6 the error can reach 0.63 of an instruction).
//
// Hence the harness runs QEMU with `-icount shift=7,align=off,sleep=off`;
// calibrate() proves the counts exact (1, 7 and 1000 nops read as 1, 7 and
// 1000) and fails otherwise.
//
// Wrap: SysTick is 24 bits wide. ticks_between() is modular, so a reading
// across one wrap still comes out right to the tick on real hardware; but
// QEMU reloads the counter from a timer callback, which lands on an
// instruction boundary rather than on the tick, and 1000 nops read across a
// wrap came out 4 ticks high: 1001 instructions. So measure() re-arms the
// counter before each block: a block of up to 2^24 ticks (5,242,880
// instructions) then never crosses a wrap.
#ifndef FW_COUNTER_HPP
#define FW_COUNTER_HPP

#include <cstdint>

namespace fw::counter {

inline constexpr std::uint32_t core_clock_hz = 25'000'000; ///< mps2-an386 SYSCLK, SysTick's core clock
inline constexpr std::uint32_t ns_per_tick = 1'000'000'000 / core_clock_hz; ///< 40
inline constexpr unsigned icount_shift = 7;                                 ///< run QEMU with -icount shift=7
inline constexpr std::uint32_t ns_per_instruction = 1u << icount_shift;     ///< 128
inline constexpr std::uint32_t tick_mask = 0x00FF'FFFF;                     ///< SysTick is 24 bits wide

/// Starts SysTick free-running from the core clock: reload 0xFFFFFF, no interrupt.
void start() noexcept;

/// Reloads the running counter with 0xFFFFFF and returns once it has.
void restart() noexcept;

/// The current SysTick value (SYST_CVR). It counts down.
[[gnu::always_inline]] inline std::uint32_t now() noexcept
{
    return *reinterpret_cast<const volatile std::uint32_t*>(0xE000'E018);
}

/// Ticks from `before` to `after`, across at most one wrap of the 24-bit counter.
[[nodiscard]] constexpr std::uint32_t ticks_between(std::uint32_t before, std::uint32_t after) noexcept
{
    return (before - after) & tick_mask;
}

/// The instruction count nearest to `ticks` (exact at shift=7, see above).
[[nodiscard]] constexpr std::uint32_t to_instructions(std::uint32_t ticks) noexcept
{
    return (ticks * ns_per_tick + ns_per_instruction / 2) / ns_per_instruction;
}

/// Instructions executed from one reading of the counter to the next with
/// `block` in between: the block's own plus the readings' overhead
/// (calibration::read_overhead), which the caller subtracts. Needs start().
///
/// noinline, so that each block is measured in a function of its own: inlined
/// into a caller, the compiler was free to schedule the caller's own work (a
/// spill, a subtraction) between the readings. The empty asm statements with a
/// "memory" clobber keep the block's memory accesses between the readings.
template <class Block>
[[gnu::noinline]] std::uint32_t measure(Block&& block) noexcept
{
    restart();
    asm volatile("" ::: "memory");
    const std::uint32_t before = now();
    asm volatile("" ::: "memory");
    block();
    asm volatile("" ::: "memory");
    const std::uint32_t after = now();
    asm volatile("" ::: "memory");
    return to_instructions(ticks_between(before, after));
}

/// Executes exactly N `nop` instructions (an assembler loop, not a C++ one).
template <unsigned N>
[[gnu::always_inline]] inline void nops() noexcept
{
    asm volatile(".rept %c0\n\tnop\n\t.endr" ::"i"(N));
}

struct calibration {
    std::uint32_t read_overhead; ///< what measure() reports for an empty block
    std::uint32_t nops_1000;     ///< a block of 1000 nops, net of read_overhead: must be 1000
    std::uint32_t empty_call;    ///< a call to an empty noinline `void f()`, net of read_overhead
    bool exact;                  ///< 1, 7 and 1000 nops counted exactly, and 1000 the same twice
};

/// Starts the counter and measures the figures above.
[[nodiscard]] calibration calibrate() noexcept;

} // namespace fw::counter

#endif // FW_COUNTER_HPP
