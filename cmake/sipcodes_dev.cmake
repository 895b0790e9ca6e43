# Included by the top-level CMakeLists.txt before examples/ and tests/, whose
# test programs both use it.
#
# Tests that run a program built here carry the label "native" and start with
# SIPCODES_TEST_LAUNCHER (a list, e.g. "valgrind;--error-exitcode=99": .ci/test
# memcheck). A report of valgrind or a sanitizer fails them even where the exit
# status is not what the test checks.
set(SIPCODES_TEST_LAUNCHER "" CACHE STRING "Command put in front of each test program (a ;-list), e.g. valgrind")
string(JOIN " " SIPCODES_TEST_LAUNCHER_WORDS ${SIPCODES_TEST_LAUNCHER})
set(SIPCODES_RUNTIME_ERRORS "==[0-9]+== |ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error: ")
function(sipcodes_add_native_test name program)
  add_test(NAME ${name} COMMAND ${SIPCODES_TEST_LAUNCHER} $<TARGET_FILE:${program}> ${ARGN})
  set_tests_properties(${name} PROPERTIES LABELS native FAIL_REGULAR_EXPRESSION "${SIPCODES_RUNTIME_ERRORS}")
endfunction()

# Warnings are errors for everything the project compiles itself (tests,
# examples, benchmarks): link this target instead of repeating the flags.
add_library(sipcodes_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(sipcodes_warnings INTERFACE
    $<$<COMPILE_LANGUAGE:CXX,C>:-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror>)
endif()
