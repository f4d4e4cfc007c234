# Native doctest unit tests; each TEST_CASE becomes one ctest test.
find_package(doctest REQUIRED)
include(doctest)

file(GLOB COFX_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
add_executable(cofx_unit_tests ${COFX_TEST_SOURCES})
target_link_libraries(cofx_unit_tests PRIVATE cofx_app doctest::doctest)
target_compile_definitions(cofx_unit_tests PRIVATE
  COFX_TEST_FONT="/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
doctest_discover_tests(cofx_unit_tests)
include(${CMAKE_SOURCE_DIR}/cmake/fuzz_replay.cmake)
include(${CMAKE_SOURCE_DIR}/cmake/ics_check.cmake)
