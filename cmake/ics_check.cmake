# Native tools for the scheduling core (included from cmake/unit_tests.cmake):
#   cofx_ics_sample      writes sample .ics files; the ctest test "ics_real_parser" reads
#                        them back with Debian's python3-icalendar (tests/tools/check_ics.py)
#   cofx_bench_schedules 10,000 meetings through encode/decode/merge/sort; prints timings.
#                        A benchmark, not a test: run it from an optimised build.

add_executable(cofx_ics_sample ${CMAKE_SOURCE_DIR}/tests/tools/ics_sample.cpp)
target_link_libraries(cofx_ics_sample PRIVATE cofx_words cofx_core)
target_compile_options(cofx_ics_sample PRIVATE ${COFX_WARNINGS})

# Debian's python has python3-icalendar; a `python3` earlier on PATH (pyenv) may not.
set(COFX_SYSTEM_PYTHON /usr/bin/python3 CACHE FILEPATH "Python with python3-icalendar")
add_test(NAME ics_real_parser
         COMMAND ${COFX_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/tests/tools/check_ics.py
                 $<TARGET_FILE:cofx_ics_sample> ${CMAKE_CURRENT_BINARY_DIR}/ics-samples)

add_executable(cofx_bench_schedules ${CMAKE_SOURCE_DIR}/tests/tools/bench_schedules.cpp)
target_link_libraries(cofx_bench_schedules PRIVATE cofx_core)
target_compile_options(cofx_bench_schedules PRIVATE ${COFX_WARNINGS})

# The layers (src/core <- src/app <- src/web): no include against the arrows.
add_test(NAME layers COMMAND ${COFX_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/tests/tools/check_layers.py ${CMAKE_SOURCE_DIR}/src)

# No sentence a person reads in src/core: core returns typed outcomes, src/app/words says them.
add_test(NAME core_words COMMAND ${COFX_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/tests/tools/check_core_words.py ${CMAKE_SOURCE_DIR}/src)
# The C++/JS border: js_api.h names the file implementing each function; no JS sets innerHTML.
add_test(NAME js-api COMMAND ${COFX_SYSTEM_PYTHON} ${CMAKE_SOURCE_DIR}/tests/tools/check_js_api.py ${CMAKE_SOURCE_DIR}/src)
