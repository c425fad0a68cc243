# Runs the built crossboard with a hidden option and keeps what it prints:
#   cmake -DCROSSBOARD=path/to/crossboard -DARGS="--generate-man" -DOUT=crossboard.1 -P generate_reference.cmake
# (a script, because a build step cannot redirect output portably).
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${CROSSBOARD}" ${args} OUTPUT_FILE "${OUT}.partial" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUT}.partial")
  message(FATAL_ERROR "crossboard ${ARGS} failed: ${result}")
endif()
file(RENAME "${OUT}.partial" "${OUT}")
