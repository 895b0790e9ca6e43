# The project's own build helpers, included by the top-level CMakeLists.txt
# before examples/, tests/ and benchmarks/, which all use them.
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
# examples, benchmarks): link this target instead of repeating the flags. A
# test that runs a compiler by hand (another compiler, a cross compiler) takes
# SIPCODES_WARNING_FLAGS and SIPCODES_INCLUDE_FLAGS, as one string each.
set(SIPCODES_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
add_library(sipcodes_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(sipcodes_warnings INTERFACE ${SIPCODES_WARNING_FLAGS})
endif()
string(JOIN " " SIPCODES_WARNING_FLAGS_STRING ${SIPCODES_WARNING_FLAGS})
# The data the build generated comes first, as for the sipcodes target.
set(SIPCODES_INCLUDE_FLAGS_STRING "-I${PROJECT_SOURCE_DIR}/include")
if(SIPCODES_GENERATED_INCLUDE)
  set(SIPCODES_INCLUDE_FLAGS_STRING "-I${SIPCODES_GENERATED_INCLUDE} ${SIPCODES_INCLUDE_FLAGS_STRING}")
endif()

# A Boost.Test program built from the given sources, run as a test of the same
# name; sipcodes_boost_test (tests/support) brings Boost.Test and the helpers.
if(SIPCODES_BUILD_TESTS)
  find_package(Boost 1.71 REQUIRED COMPONENTS unit_test_framework)
endif()
function(sipcodes_add_boost_test name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE sipcodes_boost_test sipcodes_warnings)
  sipcodes_add_native_test(${name} ${name})
endfunction()
