# Native doctest unit tests: one ctest test per test file (doctest's --source-file filter).
# Not one per TEST_CASE through doctest_discover_tests: it passes each name through a CMake
# list and a doctest filter, so a name holding ';' ran nothing and still "passed". A filter
# that matches no test case exits 0 in doctest, so the regex below fails it instead.
find_package(doctest REQUIRED)

file(GLOB COFX_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(cofx_unit_tests ${COFX_TEST_SOURCES})
target_link_libraries(cofx_unit_tests PRIVATE cofx_app doctest::doctest)
include(${CMAKE_SOURCE_DIR}/cmake/catalogues.cmake)
cofx_catalogues("${CMAKE_BINARY_DIR}/lang" COFX_TEST_CATALOGUE_FILES)
add_custom_target(test_catalogues DEPENDS ${COFX_TEST_CATALOGUE_FILES})
add_dependencies(cofx_unit_tests test_catalogues)
target_compile_definitions(cofx_unit_tests PRIVATE
  COFX_TEST_FONT="/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
  COFX_TEST_CATALOGUES="${CMAKE_BINARY_DIR}/lang")
foreach(source ${COFX_TEST_SOURCES})
  file(STRINGS ${source} cases REGEX "^TEST_CASE\\(")
  if(NOT cases)
    continue()  # main.cpp, helpers
  endif()
  get_filename_component(file_name ${source} NAME)
  get_filename_component(test_name ${source} NAME_WE)
  add_test(NAME "unit: ${test_name}" COMMAND cofx_unit_tests "--source-file=*/${file_name}")
  set_tests_properties("unit: ${test_name}" PROPERTIES FAIL_REGULAR_EXPRESSION "test cases: 0 \\|")
endforeach()
include(${CMAKE_SOURCE_DIR}/cmake/fuzz_replay.cmake)
include(${CMAKE_SOURCE_DIR}/cmake/ics_check.cmake)
