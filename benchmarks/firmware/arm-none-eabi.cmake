# CMake toolchain file: bare-metal Cortex-M4 (soft float) with Debian's arm-none-eabi GCC.
#
#   cmake -S benchmarks/firmware -B build-fw -DCMAKE_TOOLCHAIN_FILE=benchmarks/firmware/arm-none-eabi.cmake

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_SIZE arm-none-eabi-size CACHE FILEPATH "arm-none-eabi-size")
set(CMAKE_NM arm-none-eabi-nm CACHE FILEPATH "arm-none-eabi-nm")

# CMake's compiler checks would link a test program, which needs our startup
# code and linker script; a static library needs neither.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(_fw_cpu "-mcpu=cortex-m4 -mthumb -mfloat-abi=soft")
# -Os and section-per-function/object so that --gc-sections drops whatever is unused.
set(_fw_code "-Os -ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${_fw_cpu} ${_fw_code}")
set(CMAKE_CXX_FLAGS_INIT "${_fw_cpu} ${_fw_code} -fno-exceptions -fno-rtti -fno-threadsafe-statics")
set(CMAKE_ASM_FLAGS_INIT "${_fw_cpu}")

# No C library and no C runtime start files: startup.cpp is the whole runtime.
# libgcc stays for any helper the compiler may call (none is expected on a core
# with hardware division). newlib-nano (--specs=nano.specs) is not needed.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-nostartfiles -nostdlib -Wl,--gc-sections")
set(CMAKE_C_STANDARD_LIBRARIES "-lgcc" CACHE STRING "")
set(CMAKE_CXX_STANDARD_LIBRARIES "-lgcc" CACHE STRING "")

# Headers and libraries come from the target's sysroot; programs from the host.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
