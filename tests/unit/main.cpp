// The doctest runner for the native unit tests (one TEST_CASE = one ctest test).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
