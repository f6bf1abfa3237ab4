# embed_files(OUT_CPP NAMESPACE FUNCTION FILES...)
# Generates a C++ source holding every file as a byte array, looked up by its
# path relative to the source tree, so the binary cannot drift from the files.
function(embed_files out_cpp function_name)
  set(inputs ${ARGN})
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DFUNCTION=${function_name}
            -DROOT=${PROJECT_SOURCE_DIR} "-DINPUTS=${inputs}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${function_name}"
    VERBATIM)
endfunction()
