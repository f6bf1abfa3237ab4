# reltheme_soname(<out-var> <name> <library-path>...)
# Sets <out-var> to the SONAME (e.g. "libgit2.so.1.5") of the first path whose
# file name starts with lib<name>.so: the name dlopen() must ask for so that the
# library loaded at run time is the one the headers were compiled against.
function(reltheme_soname out name)
  foreach(library IN LISTS ARGN)
    get_filename_component(file "${library}" NAME)
    if(file MATCHES "^lib${name}\\.so")
      execute_process(COMMAND "${CMAKE_OBJDUMP}" -p "${library}"
                      OUTPUT_VARIABLE dump RESULT_VARIABLE rc ERROR_QUIET)
      if(rc EQUAL 0 AND dump MATCHES "SONAME +([^ \n]+)")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  message(FATAL_ERROR "cannot read the SONAME of lib${name} from: ${ARGN}")
endfunction()

# reltheme_debian_package(<out-var> <name> <library-path>...)
# Appends to <out-var> the Debian package that holds lib<name> (found with
# dpkg-query); leaves it alone off Debian. A .deb must depend on what it
# dlopen()s, which dpkg-shlibdeps cannot see.
function(reltheme_debian_package out name)
  find_program(DPKG_QUERY_PROGRAM dpkg-query)
  if(NOT DPKG_QUERY_PROGRAM)
    return()
  endif()
  foreach(library IN LISTS ARGN)
    get_filename_component(file "${library}" NAME)
    if(file MATCHES "^lib${name}\\.so")
      get_filename_component(real "${library}" REALPATH)
      execute_process(COMMAND "${DPKG_QUERY_PROGRAM}" -S "${real}"
                      OUTPUT_VARIABLE owner RESULT_VARIABLE rc ERROR_QUIET)
      if(rc EQUAL 0 AND owner MATCHES "^([^:, ]+)")
        set(packages ${${out}} ${CMAKE_MATCH_1})
        set(${out} ${packages} PARENT_SCOPE)
      endif()
      return()
    endif()
  endforeach()
endfunction()
