# CMake side of the generator: find a Python that has Jinja2 and PyYAML, and
# turn a spec into headers at build time.
#
#   sipcodes_generate(TARGET <target> SPEC <spec.yaml>
#                     [HEADER <dir/name.hpp>] [NAMESPACE <c++::namespace>]
#                     [OUTPUT_DIR <include-dir>] [ALL])
#
# Creates <target>, an INTERFACE library to link against, whose include
# directory holds the spec's API: `#include <dir/name.hpp>` (C: <dir/name.h>;
# the parts live beside it in dir/name/, or in dir/ when dir is the name
# itself). The code is the library's own (sipcodes::sipcodes, which <target>
# links); what is generated is the spec's data and the headers that put it in
# NAMESPACE. Also <target>_generate, the custom target that (re)runs the
# generator whenever the spec, a spec it extends (read from the depfile the
# generator writes), the generator or a template changes. Spec errors stop the
# build with `spec.yaml:LINE: error: ...` in the build log. OUTPUT_DIR defaults
# to ${CMAKE_CURRENT_BINARY_DIR}/<target>_include.

set(SIPCODES_CODEGEN_DIR "${CMAKE_CURRENT_LIST_DIR}")

# The generator and its templates: a change to any of them regenerates, and
# reconfigures (the list of outputs comes from the generator at configure time).
file(GLOB SIPCODES_CODEGEN_SOURCES CONFIGURE_DEPENDS
     "${SIPCODES_CODEGEN_DIR}/*.py" "${SIPCODES_CODEGEN_DIR}/templates/*.j2"
     "${SIPCODES_CODEGEN_DIR}/templates/*/*.j2")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${SIPCODES_CODEGEN_SOURCES})

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

# The build rule behind sipcodes_generate() and the library's own build:
# runs the generator on SPEC into OUT_DIR (files under OUT_DIR/NAME/) and sets
# <OUTPUTS_VAR> in the caller to the files it writes. API: pass --api (a user
# spec's headers over the library's code).
function(sipcodes_add_generator_command)
  cmake_parse_arguments(ARG "API" "SPEC;OUT_DIR;NAME;NAMESPACE;ROOT;COMMENT;OUTPUTS_VAR" "" ${ARGN})
  set(api_flag)
  if(ARG_API)
    set(api_flag --api)
  endif()
  set(generator "${SIPCODES_CODEGEN_DIR}/sipcodes_gen.py")
  # The generator is the one place that knows what it writes.
  execute_process(
    COMMAND "${SIPCODES_PYTHON}" "${generator}" --list-outputs --spec "${ARG_SPEC}" --out-dir "${ARG_OUT_DIR}"
            --name "${ARG_NAME}" --namespace "${ARG_NAMESPACE}" ${api_flag}
    OUTPUT_VARIABLE listed RESULT_VARIABLE rc ERROR_VARIABLE error)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "sipcodes: the generator cannot say what it writes:\n${error}")
  endif()
  string(REGEX REPLACE "\n$" "" listed "${listed}")
  string(REPLACE "\n" ";" listed "${listed}")
  set(outputs)
  foreach(file IN LISTS listed)
    list(APPEND outputs "${ARG_OUT_DIR}/${file}")
  endforeach()
  string(MAKE_C_IDENTIFIER "${ARG_OUT_DIR}/${ARG_NAME}" depfile_name)
  set(depfile "${CMAKE_CURRENT_BINARY_DIR}/${depfile_name}.d")
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND "${SIPCODES_PYTHON}" "${generator}"
            --spec "${ARG_SPEC}" --out-dir "${ARG_OUT_DIR}" --name "${ARG_NAME}"
            --namespace "${ARG_NAMESPACE}" --root "${ARG_ROOT}" ${api_flag} --depfile "${depfile}"
    # The generator writes only files whose content changed; touch them all so
    # that the build sees the outputs as newer than their inputs.
    COMMAND "${CMAKE_COMMAND}" -E touch ${outputs}
    DEPENDS "${ARG_SPEC}" ${SIPCODES_CODEGEN_SOURCES}
    DEPFILE "${depfile}"
    WORKING_DIRECTORY "${ARG_ROOT}"
    COMMENT "${ARG_COMMENT}"
    VERBATIM)
  set(${ARG_OUTPUTS_VAR} ${outputs} PARENT_SCOPE)
endfunction()

function(sipcodes_generate)
  cmake_parse_arguments(ARG "ALL" "TARGET;SPEC;OUTPUT_DIR;HEADER;NAMESPACE" "" ${ARGN})
  foreach(required TARGET SPEC)
    if(NOT ARG_${required})
      message(FATAL_ERROR "sipcodes_generate: ${required} is required")
    endif()
  endforeach()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "sipcodes_generate: unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT ARG_NAMESPACE)
    message(FATAL_ERROR "sipcodes_generate: NAMESPACE is required (the sipcodes namespace is the "
                        "standard registry's; a spec of yours gets a namespace of its own)")
  endif()
  if(NOT ARG_HEADER)
    string(REPLACE "::" "_" ARG_HEADER "${ARG_NAMESPACE}")
    set(ARG_HEADER "${ARG_HEADER}/${ARG_HEADER}.hpp")
  endif()
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR "${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}_include")
  endif()
  if(NOT ARG_HEADER MATCHES "^(([a-z][a-z0-9_]*/)*)([a-z][a-z0-9_]*)\\.hpp$")
    message(FATAL_ERROR "sipcodes_generate: HEADER '${ARG_HEADER}' must look like dir/name.hpp "
                        "(lower-case snake_case names)")
  endif()
  set(header_dir "${CMAKE_MATCH_1}")
  set(name "${CMAKE_MATCH_3}")
  # dir/name.hpp: the parts go to dir/name/ (or to dir/ when dir is called name).
  string(REGEX REPLACE "/$" "" header_dir "${header_dir}")
  get_filename_component(last_dir "${header_dir}" NAME)
  set(parts_dir "${ARG_OUTPUT_DIR}")
  if(header_dir)
    set(parts_dir "${ARG_OUTPUT_DIR}/${header_dir}")
  endif()
  set(forwarding)
  if(NOT last_dir STREQUAL name)
    # The headers the user names include the generated ones next to them.
    file(CONFIGURE OUTPUT "${ARG_OUTPUT_DIR}/${ARG_HEADER}" @ONLY CONTENT
         "// Generated by sipcodes_generate() for ${ARG_SPEC}: the ${name} API.\n#include \"@name@/@name@.hpp\"\n")
    string(REGEX REPLACE "\\.hpp$" ".h" c_header "${ARG_HEADER}")
    file(CONFIGURE OUTPUT "${ARG_OUTPUT_DIR}/${c_header}" @ONLY CONTENT
         "/* Generated by sipcodes_generate() for ${ARG_SPEC}: the ${name} C API. */\n#include \"@name@/@name@.h\"\n")
  else()
    get_filename_component(parts_dir "${parts_dir}" DIRECTORY)
  endif()

  sipcodes_find_python()
  if(NOT SIPCODES_PYTHON)
    message(FATAL_ERROR "sipcodes_generate: no Python 3 with Jinja2 and PyYAML found "
                        "(Debian/Ubuntu: apt-get install python3-jinja2 python3-yaml), "
                        "or set SIPCODES_PYTHON")
  endif()
  get_filename_component(spec "${ARG_SPEC}" ABSOLUTE)
  sipcodes_add_generator_command(API SPEC "${spec}" OUT_DIR "${parts_dir}" NAME "${name}"
    NAMESPACE "${ARG_NAMESPACE}" ROOT "${CMAKE_CURRENT_SOURCE_DIR}" OUTPUTS_VAR outputs
    COMMENT "sipcodes: generating ${ARG_HEADER} from ${ARG_SPEC}")
  if(ARG_ALL)
    add_custom_target(${ARG_TARGET}_generate ALL DEPENDS ${outputs})
  else()
    add_custom_target(${ARG_TARGET}_generate DEPENDS ${outputs})
  endif()
  add_library(${ARG_TARGET} INTERFACE)
  # What it generated, for whoever wants to check each header (tests do).
  set_target_properties(${ARG_TARGET} PROPERTIES SIPCODES_GENERATED_FILES "${outputs}")
  target_include_directories(${ARG_TARGET} INTERFACE "$<BUILD_INTERFACE:${ARG_OUTPUT_DIR}>")
  # The code over the generated data is the library's.
  target_link_libraries(${ARG_TARGET} INTERFACE sipcodes::sipcodes)
  add_dependencies(${ARG_TARGET} ${ARG_TARGET}_generate)
endfunction()
