# Writes one add_test() per doctest test case of EXE into OUT.
execute_process(COMMAND ${EXE} --list-test-cases --no-version=true
                OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --list-test-cases failed")
endif()
# A ";" in a name would split it: "?" matches it in a filter.
string(REPLACE ";" "?" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")
set(content "")
foreach(line IN LISTS lines)
  string(STRIP "${line}" name)
  if(name STREQUAL "" OR name MATCHES "^\\[doctest\\]" OR name MATCHES "^=+$")
    continue()
  endif()
  # doctest filters split at "," and treat * and ? as wildcards: put "?" for
  # the characters that would need escaping (it matches them too).
  string(REGEX REPLACE "[,\\\"]" "?" filter "${name}")
  string(REGEX REPLACE "[\\\"]" "'" test_name "${name}")
  string(APPEND content "add_test(\"unit/${test_name}\" \"${EXE}\" \"--test-case=${filter}\" \"--no-version=true\")\n")
  string(APPEND content "set_tests_properties(\"unit/${test_name}\" PROPERTIES WORKING_DIRECTORY \"${WORKDIR}\" TIMEOUT 300)\n")
endforeach()
file(WRITE "${OUT}" "${content}")
