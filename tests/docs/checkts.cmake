# SPDX-FileCopyrightText: 2026 The Kiln developers
# SPDX-License-Identifier: MIT
# ctest -L translations: a catalogue is complete and up to date.
#   cmake -DLUPDATE=... -DTS=kiln_de.ts -DSOURCES=a.cpp;b.h [-DINCLUDES=dir;dir] -DWORK=dir
#         -P checkts.cmake
# Fails when a message is unfinished or empty, or when running lupdate on a copy
# of the .ts finds a new source text or drops one (the sources changed and
# nobody ran `cmake --build build --target update_translations`).
foreach(var LUPDATE TS SOURCES WORK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkts.cmake: -D${var}=... is required")
    endif()
endforeach()

function(count_messages file out_total out_unfinished out_empty)
    file(READ "${file}" text)
    string(REGEX MATCHALL "<message[ >]" messages "${text}")
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" unfinished "${text}")
    string(REGEX MATCHALL "<translation></translation>|<translation/>" empty "${text}")
    list(LENGTH messages n)
    list(LENGTH unfinished u)
    list(LENGTH empty e)
    set(${out_total} ${n} PARENT_SCOPE)
    set(${out_unfinished} ${u} PARENT_SCOPE)
    set(${out_empty} ${e} PARENT_SCOPE)
endfunction()

count_messages("${TS}" total unfinished empty)
if(total EQUAL 0)
    message(FATAL_ERROR "${TS}: no messages")
endif()
if(unfinished GREATER 0 OR empty GREATER 0)
    message(FATAL_ERROR "${TS}: ${unfinished} unfinished and ${empty} empty translations of ${total}")
endif()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
file(COPY "${TS}" DESTINATION "${WORK}")
set(include_args)
foreach(dir IN LISTS INCLUDES)
    list(APPEND include_args "-I${dir}")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none ${include_args} ${SOURCES}
        -ts "${WORK}/${name}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
endif()
if(NOT out MATCHES "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new and ([0-9]+) already existing\\)")
    message(FATAL_ERROR "cannot read lupdate's summary:\n${out}")
endif()
set(found ${CMAKE_MATCH_1})
set(new ${CMAKE_MATCH_2})
count_messages("${WORK}/${name}" updated_total updated_unfinished updated_empty)
if(new GREATER 0 OR NOT updated_total EQUAL total OR NOT found EQUAL total)
    message(FATAL_ERROR "${TS} is out of date with the sources: lupdate finds ${found} texts "
        "(${new} new), the catalogue has ${total}. Run "
        "`cmake --build build --target update_translations` and translate the new messages.")
endif()
message(STATUS "${TS}: ${total} messages, all translated and up to date")
