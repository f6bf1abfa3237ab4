# Writes the man page reltheme.1 from the binary's own --help (cmake -P):
# help2man turns `reltheme --help` and `--version` into the page, and this
# script adds a COMMANDS section with every command's --help, plus the
# hand-written sections of reltheme.h2m.
#   -DBIN_DIR=folder holding a `reltheme` to run  -DHELP2MAN=path
#   -DEXTRA=reltheme.h2m  -DOUT=reltheme.1
set(env ${CMAKE_COMMAND} -E env "PATH=${BIN_DIR}:$ENV{PATH}" COLUMNS=80)

execute_process(COMMAND ${env} reltheme --help OUTPUT_VARIABLE main_help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "reltheme --help failed: ${rc}")
endif()

# The command names: the lines of the "Subcommands:" section.
string(REPLACE "\n" ";" lines "${main_help}")
set(commands "")
set(in_section FALSE)
foreach(line IN LISTS lines)
  if(line MATCHES "^Subcommands:")
    set(in_section TRUE)
  elseif(in_section AND line MATCHES "^  ([a-z][a-z-]*)")
    list(APPEND commands ${CMAKE_MATCH_1})
  elseif(in_section AND line MATCHES "^[^ ]")
    set(in_section FALSE)
  endif()
endforeach()

file(READ ${EXTRA} include_text)
string(APPEND include_text "\n[COMMANDS]\n")
foreach(command IN LISTS commands)
  execute_process(COMMAND ${env} reltheme ${command} --help OUTPUT_VARIABLE help)
  # Roff: backslashes, and lines that would start with a control character.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(APPEND include_text ".SS \"reltheme ${command}\"\n.nf\n${help}.fi\n")
endforeach()
get_filename_component(out_dir ${OUT} DIRECTORY)
file(WRITE ${out_dir}/reltheme.h2m "${include_text}")

execute_process(
  COMMAND ${env} ${HELP2MAN} --no-info --no-discard-stderr
          "--name=check, compare, document and simulate CRM relationship themes kept as YAML"
          --section=1 --include=${out_dir}/reltheme.h2m --output=${OUT} reltheme
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man failed: ${rc}")
endif()
