#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "core/text/json_util.h"
#include "core/text/json_writer.h"

namespace {

std::string written_string(const std::string& text) {
  cofx::JsonWriter out;
  out.string(text);
  return out.take();
}

std::string written_number(double value) {
  cofx::JsonWriter out;
  out.number(value);
  return out.take();
}

}  // namespace

TEST_CASE("the JSON writer escapes strings as nlohmann/json does, invalid UTF-8 included") {
  const std::string samples[] = {
      "plain",
      "quote \" and backslash \\",
      "lines\nand\ttabs\r\b\f",
      std::string("nul \0 and \x01\x1f\x7f", 14),
      "Mesyuarat 周会 கூட்டம் 🎉",
      "stray \x80 continuation, truncated \xE4\xB8, overlong \xC0\xAF, surrogate \xED\xA0\x80",
      "truncated four \xF0\x9F\x8E, bad second \xF0\x80\x80\x80, past U+10FFFF \xF4\x90\x80\x80, at the end \xE2\x82",
      "</script><img src=x onerror=alert(1)>",
      "",
  };
  for (const std::string& text : samples) {
    CAPTURE(text);
    CHECK(written_string(text) == cofx::json_util::dump_text(nlohmann::json(text)));
  }
}

TEST_CASE("the JSON writer writes numbers whole or with at most three decimals") {
  CHECK(written_number(0) == "0");
  CHECK(written_number(42) == "42");
  CHECK(written_number(-7) == "-7");
  CHECK(written_number(12.5) == "12.5");
  CHECK(written_number(-0.25) == "-0.25");
  CHECK(written_number(1.0 / 3.0) == "0.333");
  CHECK(written_number(2.0 / 3.0) == "0.667");
  CHECK(written_number(0.1f) == "0.1");  // a float's 0.1 is 0.100000001
  CHECK(written_number(1279.9996) == "1280");
  CHECK(written_number(-0.0001) == "0");  // never "-0"
  CHECK(written_number(std::numeric_limits<double>::quiet_NaN()) == "0");
  CHECK(written_number(std::numeric_limits<double>::infinity()) == "0");
  CHECK(written_number(1e300) == "9007199254740.992");
  for (const double value : {3.0, 1024.125, -88.75, 0.001, 123456.789}) {
    CAPTURE(value);
    CHECK(nlohmann::json::parse(written_number(value)).get<double>() == doctest::Approx(value).epsilon(1e-12));
  }
}

TEST_CASE("the JSON writer places commas and nests objects and arrays") {
  cofx::JsonWriter out;
  out.begin_object();
  out.key("v");
  out.number(1);
  out.key("list");
  out.begin_array();
  out.begin_object();
  out.key("name");
  out.string("a");
  out.key("on");
  out.boolean(true);
  out.end_object();
  out.begin_object();
  out.end_object();
  out.string("b");
  out.end_array();
  out.key("empty");
  out.begin_array();
  out.end_array();
  out.key("off");
  out.boolean(false);
  out.end_object();
  CHECK(out.text() == R"({"v":1,"list":[{"name":"a","on":true},{},"b"],"empty":[],"off":false})");
  const auto parsed = nlohmann::json::parse(out.text());
  CHECK(parsed["list"][0]["on"] == true);
  CHECK(parsed["list"][2] == "b");
}
