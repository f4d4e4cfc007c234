#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/interface_language.h"
#include "app/schedule_list_cache.h"
#include "app/schedule_row_words.h"
#include "app/schedule_view.h"
#include "app/words/tr.h"
#include "core/meeting/jitsi_options.h"
#include "core/site/language.h"
#include "core/site/settings.h"
#include "fake_platform.h"
#include "test_zones.h"

using namespace cofx;
using cofx::test::FakePlatform;

namespace {

std::vector<std::uint8_t> catalogue_file(const std::string& tag) {
  std::ifstream in(std::string(COFX_TEST_CATALOGUES) + "/" + tag + ".mo", std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Words in `tag` for the duration of a test case, English again after it.
struct InLanguage {
  explicit InLanguage(const std::string& tag) {
    auto catalogue = Catalogue::from_mo(catalogue_file(tag));
    REQUIRE(catalogue.has_value());
    use_catalogue(std::make_unique<Catalogue>(std::move(*catalogue)));
  }
  ~InLanguage() { use_catalogue(nullptr); }
};

}  // namespace

TEST_CASE("fill: named placeholders, literal braces, unknown names left alone") {
  CHECK(fill("Lasts {duration}.", {{"duration", "1 h"}}) == "Lasts 1 h.");
  CHECK(fill("{a}{b}{a}", {{"a", "x"}, {"b", "y"}}) == "xyx");
  CHECK(fill("{{literal}} {name}", {{"name", "Ann"}}) == "{literal} Ann");
  CHECK(fill("{missing} stays", {}) == "{missing} stays");
  CHECK(fill("unclosed {name", {{"name", "x"}}) == "unclosed {name");
  CHECK(fill("{name}", {{"name", "{other}"}, {"other", "no"}}) == "{other}");  // values are not re-read
}

TEST_CASE("English needs no catalogue: tr returns the source text, trn picks the form") {
  use_catalogue(nullptr);
  CHECK(tr("Join") == "Join");
  CHECK(tr("Lasts {duration}.", {{"duration", "45 minutes"}}) == "Lasts 45 minutes.");
  CHECK(trn("{n} meeting", "{n} meetings", 1) == "1 meeting");
  CHECK(trn("{n} meeting", "{n} meetings", 0) == "0 meetings");
  CHECK(trn("{n} meeting", "{n} meetings", 7) == "7 meetings");
  CHECK(label("Join", "invite-join") == "Join###invite-join");
}

TEST_CASE("Catalogue::from_mo refuses what is not a .mo file") {
  CHECK_FALSE(Catalogue::from_mo({}).has_value());
  CHECK_FALSE(Catalogue::from_mo({0xde, 0x12, 0x04}).has_value());
  std::vector<std::uint8_t> bytes = catalogue_file("en-XA");
  REQUIRE(bytes.size() > 28);
  CHECK(Catalogue::from_mo(bytes).has_value());
  bytes.resize(bytes.size() / 2);  // cut in half: offsets point past the end
  CHECK_FALSE(Catalogue::from_mo(bytes).has_value());
  std::vector<std::uint8_t> garbage(4096, 0xAB);
  CHECK_FALSE(Catalogue::from_mo(garbage).has_value());
}

TEST_CASE("every interface language has a catalogue built from its .po, headed with its tag") {
  for (const Language& language : interface_languages()) {
    CAPTURE(language.tag);
    if (language.tag == kEnglishTag) continue;
    const auto catalogue = Catalogue::from_mo(catalogue_file(std::string(language.tag)));
    REQUIRE(catalogue.has_value());
    CHECK(catalogue->size() > 300);
    CHECK(catalogue->plural_index(1) == 0);
    // Malay and Chinese have one form; Tamil two, as English.
    CHECK(catalogue->plural_index(5) == (language.tag == "ta" ? 1 : 0));
  }
}

TEST_CASE("Tamil counts take their plural form") {
  InLanguage tamil("ta");
  CHECK(trn("{n} person", "{n} people", 1) != trn("{n} person", "{n} people", 2));
  CHECK(trn("{n} person", "{n} people", 2).find("2") != std::string::npos);
}

TEST_CASE("the pseudo-language: every message accented, longer and bracketed") {
  InLanguage pseudo("en-XA");
  const std::string_view join = tr("Join");
  CHECK(join.front() == '[');
  CHECK(join.back() == ']');
  CHECK(join != "Join");
  const std::string sentence = tr("Lasts {duration}.", {{"duration", "45 min"}});
  CHECK(sentence.find("45 min") != std::string::npos);  // placeholders survive
  CHECK(sentence.size() >= std::string("Lasts 45 min.").size() * 14 / 10);
}

TEST_CASE("InterfaceLanguage: starts in the page's language and switches without a reload") {
  FakePlatform platform;
  platform.loaded_language = "ms";
  platform.catalogue_bytes = catalogue_file("ms");
  InterfaceLanguage language(platform);
  language.start();
  CHECK(language.current().tag == "ms");
  CHECK(current_catalogue() != nullptr);
  CHECK(tr("Join") != "Join");

  language.choose("zh-CN");
  CHECK(platform.languages_asked == std::vector<std::string>{"zh-CN"});
  REQUIRE(language.pending().has_value());
  platform.catalogue_bytes = catalogue_file("zh-CN");
  CHECK(language.on_loaded({"zh-CN", true}));
  CHECK(language.current().tag == "zh-CN");
  CHECK(language.current().jitsi == "zhCN");
  CHECK_FALSE(language.pending().has_value());

  language.choose("ms");  // the fetch fails: the words stay, a sentence says why
  CHECK_FALSE(language.on_loaded({"ms", false}));
  CHECK(language.current().tag == "zh-CN");
  CHECK_FALSE(language.problem().empty());

  language.choose("en");
  CHECK(language.on_loaded({"en", true}));
  CHECK(tr("Join") == "Join");
  CHECK(current_catalogue() == nullptr);
  CHECK(language.problem().empty());
  CHECK_FALSE(language.on_loaded({"ms", true}));  // nobody asked: ignored
  CHECK(language.current().tag == "en");
}

TEST_CASE("InterfaceLanguage: an unknown or unreadable start falls back to English") {
  FakePlatform platform;
  platform.loaded_language = "ms";
  platform.catalogue_bytes = {1, 2, 3};
  InterfaceLanguage language(platform);
  language.start();
  CHECK(language.current().tag == "en");
  CHECK(current_catalogue() == nullptr);
  platform.loaded_language = "xx";
  language.start();
  CHECK(language.current().tag == "en");
}

TEST_CASE("settings keep the chosen language; an unknown one means: follow the browser") {
  Settings settings{"Ann", "ms"};
  const SettingsLoad load = decode_settings(encode_settings(settings));
  CHECK(load.settings.language == "ms");
  CHECK(encode_settings({"Ann", ""}) == R"({"displayName":"Ann","version":1})");
  CHECK(decode_settings(R"({"version":1,"displayName":"A","language":"tlh"})").settings.language.empty());
  CHECK(decode_settings(R"({"version":1,"displayName":"A","language":7})").settings.language.empty());
  CHECK_FALSE(decode_settings(R"({"version":1,"displayName":"A","language":7})").problem.has_value());
}

TEST_CASE("Jitsi opens in the interface's language when it ships it") {
  nlohmann::json options = build_jitsi_options({RoomCode::from_canonical("COF-AB12CD34").value(), "Ann", {}});
  CHECK_FALSE(options.contains("lang"));
  apply_jitsi_language(options, "zhCN");
  CHECK(options["lang"] == "zhCN");
  apply_jitsi_language(options, "");
  CHECK_FALSE(options.contains("lang"));
  CHECK(find_language("ms")->jitsi == "en");  // Jitsi has no Malay: see core/site/language.h
}

TEST_CASE("a schedule row's words follow the language, the list and the clock, and are kept between") {
  const FixedZone zone;
  const std::int64_t now = test::utc(2026, 3, 2, 9, 0);
  ScheduledMeeting meeting;
  meeting.id = "0123456789abcdef0123456789abcdef";
  meeting.title = "Mesyuarat";
  meeting.start_utc = now + 2 * 3600 + 10 * 60;
  meeting.code = test::code();
  std::vector<ScheduledMeeting> meetings = {meeting};
  ScheduleListCache list;
  list.refresh(meetings, 1, now, zone, false);
  ScheduleView view;
  view.meetings = &meetings;
  view.list = &list;
  view.now_utc = now;
  view.zone_rules = &zone;

  ScheduleRowWords words;
  const RowWords english = words.get(view, 0);
  CHECK(english.when.find("starts in 2 h 10 min") != std::string::npos);
  CHECK(english.name.rfind("Mesyuarat, ", 0) == 0);
  CHECK(&words.get(view, 0) == &words.get(view, 0));  // kept, not made again
  {
    InLanguage malay("ms");
    CHECK(words.get(view, 0).when != english.when);  // the same second, another language
    CHECK(words.get(view, 0).when == row_words(view, 0).when);
  }
  CHECK(words.get(view, 0).when == english.when);

  view.now_utc = now + 60;  // the next minute: the countdown moved
  CHECK(words.get(view, 0).when.find("starts in 2 h 9 min") != std::string::npos);

  meetings[0].title = "Mesyuarat mingguan";  // an edit: the list is rebuilt
  list.refresh(meetings, 2, view.now_utc, zone, false);
  CHECK(words.get(view, 0).name.rfind("Mesyuarat mingguan, ", 0) == 0);
}
