#include <doctest/doctest.h>

#include <string>

#include "app/words/site_words.h"
#include "core/site/site_config.h"

using namespace cofx;

TEST_CASE("is_valid_jitsi_domain accepts host[:port][/path]") {
  for (std::string_view good :
       {"meet.jit.si", "jitsi.example.org:8443", "example.org/jitsi", "8x8.vc", "localhost:8443",
        "localhost", "192.168.1.10", "10.0.0.1:443", "a.b-c.d", "example.org/a/b_c~d.e-f",
        "host:1", "host:65535", "xn--bcher-kva.example"}) {
    CAPTURE(good);
    CHECK(is_valid_jitsi_domain(good));
  }
}

TEST_CASE("is_valid_jitsi_domain rejects schemes, credentials and junk") {
  const std::string long_label = std::string(64, 'a') + ".com";
  const std::string long_host = std::string(63, 'a') + "." + std::string(63, 'b') + "." +
                                std::string(63, 'c') + "." + std::string(63, 'd') + ".com";
  for (std::string_view bad :
       {"javascript:alert(1)", "https://meet.jit.si", "//meet.jit.si", "user@host", "a b.com", "",
        "host:0", "host:99999", "host:65536", "host:", "host:80a", "host:+80", "-bad.com",
        "bad-.com", "meet..jit.si", ".meet.jit.si", "meet.jit.si.", "meet.jit.si?x=1",
        "meet.jit.si#x", "meet\\jit.si", "meet.jit.si/", "meet.jit.si//x", "meet.jit.si/../x",
        "meet.jit.si/a?b", "meet_jit.si", "m\xC3\xA9" "et.si", "256.1.1.1", "1.2.3", "01.2.3.4",
        ":8443", "/path", "meet.jit.si:8443:1", "[::1]", " meet.jit.si", "meet.jit.si\n"}) {
    CAPTURE(bad);
    CHECK_FALSE(is_valid_jitsi_domain(bad));
  }
  CHECK_FALSE(is_valid_jitsi_domain(long_label));
  CHECK_FALSE(is_valid_jitsi_domain(long_host));
  CHECK(is_valid_jitsi_domain(long_host.substr(0, 253)));
}

TEST_CASE("parse_site_config reads both entries") {
  const SiteConfigLoad load =
      parse_site_config(R"({"jitsiDomain":"jitsi.example.org:8443","title":"  Team Room "})");
  CHECK(load.warnings.empty());
  CHECK(load.config.jitsi_domain == "jitsi.example.org:8443");
  CHECK(load.config.title == "Team Room");
}

TEST_CASE("parse_site_config: an empty object keeps the defaults quietly") {
  const SiteConfigLoad load = parse_site_config("{}");
  CHECK(load.warnings.empty());
  CHECK(load.config.jitsi_domain == "meet.jit.si");
  CHECK(load.config.title == "Cof-iniX Ultra Conferencing");
}

TEST_CASE("parse_site_config: an invalid domain keeps the default and warns") {
  for (const char* text : {R"({"jitsiDomain":"https://evil.example"})",
                           R"j({"jitsiDomain":"javascript:alert(1)"})j", R"({"jitsiDomain":42})",
                           R"({"jitsiDomain":""})"}) {
    CAPTURE(text);
    const SiteConfigLoad load = parse_site_config(text);
    CHECK(load.config.jitsi_domain == kDefaultJitsiDomain);
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].kind == ConfigWarning::Kind::BadJitsiDomain);
    CHECK(describe(load.warnings[0]) ==
          "config.json: \"jitsiDomain\" must be a host name such as meet.jit.si (no https://), so meet.jit.si is used.");
  }
}

TEST_CASE("parse_site_config: a bad title keeps the default and warns") {
  for (const char* text : {R"({"title":7})", R"({"title":"   "})", R"({"title":null})"}) {
    CAPTURE(text);
    const SiteConfigLoad load = parse_site_config(text);
    CHECK(load.config.title == kDefaultTitle);
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].kind == ConfigWarning::Kind::BadTitle);
    CHECK(describe(load.warnings[0]).find("title") != std::string::npos);
  }
}

TEST_CASE("parse_site_config: unknown keys are named in a warning") {
  const SiteConfigLoad load =
      parse_site_config(R"({"jitsiDomain":"8x8.vc","jitsiDomian":"x","theme":"dark"})");
  CHECK(load.config.jitsi_domain == "8x8.vc");
  REQUIRE(load.warnings.size() == 2);
  CHECK(load.warnings[0].kind == ConfigWarning::Kind::UnknownEntry);
  const std::string all = describe(load.warnings[0]) + describe(load.warnings[1]);
  CHECK(all.find("\"jitsiDomian\"") != std::string::npos);
  CHECK(all.find("\"theme\"") != std::string::npos);
}

TEST_CASE("parse_site_config: not JSON or not an object gives defaults and a warning") {
  for (const char* text : {"", "nope", "{\"jitsiDomain\":", "[]", "\"meet.jit.si\"", "null"}) {
    CAPTURE(text);
    const SiteConfigLoad load = parse_site_config(text);
    CHECK(load.config.jitsi_domain == kDefaultJitsiDomain);
    CHECK(load.config.title == kDefaultTitle);
    CHECK(load.warnings.size() == 1);
  }
}
