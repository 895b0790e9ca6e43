# cmake -DFIRST=<exe> -DSECOND=<exe> [-DLAUNCHER="valgrind --opt ..."] -P compare_outputs.cmake
# Runs both programs (behind LAUNCHER, if given) and fails unless both succeed
# with identical output.
separate_arguments(launcher UNIX_COMMAND "${LAUNCHER}")
foreach(which FIRST SECOND)
  execute_process(COMMAND ${launcher} "${${which}}" OUTPUT_VARIABLE out_${which} RESULT_VARIABLE rc_${which})
  if(NOT rc_${which} EQUAL 0)
    message(FATAL_ERROR "${${which}} exited with ${rc_${which}}")
  endif()
endforeach()
if(NOT out_FIRST STREQUAL out_SECOND)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/first.txt" "${out_FIRST}")
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/second.txt" "${out_SECOND}")
  message(FATAL_ERROR "outputs differ; see first.txt and second.txt in ${CMAKE_CURRENT_BINARY_DIR}")
endif()
string(LENGTH "${out_FIRST}" size)
message(STATUS "identical outputs (${size} bytes)")
