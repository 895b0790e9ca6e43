# CMake side of the generator: find a Python that has Jinja2 and PyYAML, and
# turn a spec into headers at build time.
#
#   sipcodes_generate(TARGET <target> SPEC <spec.yaml> OUTPUT_DIR <include-dir>
#                     [NAME <dir-and-umbrella-name>] [NAMESPACE <c++::namespace>] [ALL])
#
# creates <target>, a custom target that (re)writes
# <OUTPUT_DIR>/<NAME>/{status,info,io,<NAME>}.hpp whenever the spec, the
# generator or a template changes. Spec errors stop the build with
# `spec.yaml:LINE: error: ...` in the build log.

set(SIPCODES_CODEGEN_DIR "${CMAKE_CURRENT_LIST_DIR}")

# The generator and everything it reads: a change to any of them regenerates.
file(GLOB SIPCODES_CODEGEN_SOURCES CONFIGURE_DEPENDS
     "${SIPCODES_CODEGEN_DIR}/*.py" "${SIPCODES_CODEGEN_DIR}/templates/*.j2")

# Sets SIPCODES_PYTHON (cache) to an interpreter that can import jinja2 and yaml,
# or to "" when there is none. The first python3 on PATH is not always the
# system one (pyenv, venvs), so the Debian interpreter is tried as well.
function(sipcodes_find_python)
  if(DEFINED SIPCODES_PYTHON AND NOT SIPCODES_PYTHON STREQUAL "")
    return()
  endif()
  set(candidates)
  find_package(Python3 COMPONENTS Interpreter QUIET)
  if(Python3_Interpreter_FOUND)
    list(APPEND candidates "${Python3_EXECUTABLE}")
  endif()
  find_program(_sipcodes_python3 NAMES python3 NO_CACHE)
  list(APPEND candidates "${_sipcodes_python3}" /usr/bin/python3 /usr/local/bin/python3)
  foreach(candidate IN LISTS candidates)
    if(candidate AND EXISTS "${candidate}")
      execute_process(COMMAND "${candidate}" -c "import jinja2, yaml"
                      RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
      if(rc EQUAL 0)
        set(SIPCODES_PYTHON "${candidate}" CACHE FILEPATH
            "Python 3 with Jinja2 and PyYAML, for the sipcodes generator")
        return()
      endif()
    endif()
  endforeach()
  set(SIPCODES_PYTHON "" CACHE FILEPATH
      "Python 3 with Jinja2 and PyYAML, for the sipcodes generator")
endfunction()

function(sipcodes_generate)
  cmake_parse_arguments(ARG "ALL" "TARGET;SPEC;OUTPUT_DIR;NAME;NAMESPACE" "" ${ARGN})
  foreach(required TARGET SPEC OUTPUT_DIR)
    if(NOT ARG_${required})
      message(FATAL_ERROR "sipcodes_generate: ${required} is required")
    endif()
  endforeach()
  if(NOT ARG_NAME)
    set(ARG_NAME sipcodes)
  endif()
  if(NOT ARG_NAMESPACE)
    set(ARG_NAMESPACE sipcodes)
  endif()
  sipcodes_find_python()
  if(NOT SIPCODES_PYTHON)
    message(FATAL_ERROR "sipcodes_generate: no Python 3 with Jinja2 and PyYAML found "
                        "(Debian/Ubuntu: apt-get install python3-jinja2 python3-yaml), "
                        "or set SIPCODES_PYTHON")
  endif()
  get_filename_component(spec "${ARG_SPEC}" ABSOLUTE)
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}.stamp")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${SIPCODES_PYTHON}" "${SIPCODES_CODEGEN_DIR}/sipcodes_gen.py"
            --spec "${spec}" --out-dir "${ARG_OUTPUT_DIR}" --name "${ARG_NAME}"
            --namespace "${ARG_NAMESPACE}" --root "${CMAKE_CURRENT_SOURCE_DIR}"
            --stamp "${stamp}"
    DEPENDS "${spec}" ${SIPCODES_CODEGEN_SOURCES}
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
    COMMENT "sipcodes: generating ${ARG_NAME} headers from ${ARG_SPEC}"
    VERBATIM)
  if(ARG_ALL)
    add_custom_target(${ARG_TARGET} ALL DEPENDS "${stamp}")
  else()
    add_custom_target(${ARG_TARGET} DEPENDS "${stamp}")
  endif()
endfunction()
