# reltheme_add_doctests(TARGET): one ctest test per doctest test case, found
# at build time by asking the executable to list its cases.
function(reltheme_add_doctests target)
  set(ctest_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_tests.cmake")
  set(script "${PROJECT_SOURCE_DIR}/cmake/DoctestDiscover.cmake")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:${target}> -DOUT=${ctest_file}
            -DWORKDIR=${PROJECT_SOURCE_DIR} -P ${script}
    VERBATIM)
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${ctest_file})
endfunction()
