# The fuzz targets (tests/fuzz/fuzz_*.cpp) without libFuzzer: each one is linked with
# tests/fuzz/replay_main.cpp and replays every file of tests/fuzz/corpus/** and
# tests/fuzz/regressions/** as an ordinary ctest test. scripts/fuzz does the fuzzing.
file(GLOB COFX_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_*.cpp)
foreach(source ${COFX_FUZZ_SOURCES})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name}_replay ${source} ${CMAKE_SOURCE_DIR}/tests/fuzz/replay_main.cpp)
  target_link_libraries(${name}_replay PRIVATE cofx_words cofx_core)
  target_compile_options(${name}_replay PRIVATE ${COFX_WARNINGS})
  add_test(NAME "fuzz replay: ${name}"
           COMMAND ${name}_replay ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus
                   ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions)
endforeach()
