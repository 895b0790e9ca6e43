// semihosting.hpp: the two Arm semihosting calls the harness needs.
//
// A semihosting call is `bkpt 0xAB` with the operation in r0 and its argument
// in r1; QEMU (-semihosting-config enable=on,target=native) performs it on the
// host. No libc is involved.
#ifndef FW_SEMIHOSTING_HPP
#define FW_SEMIHOSTING_HPP

#include <cstdint>

namespace fw {

/// Writes a NUL-terminated string to the host's console (SYS_WRITE0).
void write(const char* text) noexcept;

/// Writes an unsigned number in decimal.
void write(std::uint32_t value) noexcept;

/// Ends the program: QEMU exits with `status` as its exit status
/// (SYS_EXIT_EXTENDED with ADP_Stopped_ApplicationExit; the host sees status & 0xff).
[[noreturn]] void exit(int status) noexcept;

} // namespace fw

#endif // FW_SEMIHOSTING_HPP
