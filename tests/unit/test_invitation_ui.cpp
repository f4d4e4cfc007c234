// The guest's invitation page: what a link that says when opens, driven as a person would
// (clicks on the drawn widgets), read back from the test snapshot and the fake platform.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/links/invite.h"
#include "core/links/route.h"
#include "headless_lobby.h"
#include "test_zones.h"

using cofx::test::FakePlatform;
using cofx::test::kSavedName;
using cofx::test::HeadlessLobby;
using cofx::test::state;
using cofx::test::utc;

namespace {

// FakePlatform's zone is a fixed UTC+01:00 named Europe/Test: 10:00 local.
const std::int64_t kNow = utc(2026, 3, 2, 9, 0);

struct Guest {
  explicit Guest(FakePlatform& platform, std::string hash, std::int64_t start = kNow)
      : now(start), ui(platform, std::move(hash), cofx::system_random_bytes, [this] { return now * 1000; }) {}
  std::int64_t now;
  HeadlessLobby ui;
};

nlohmann::json page(const FakePlatform& platform) { return state(platform)["invitation"]; }
std::string iso(std::int64_t utc_seconds) { return cofx::percent_encode(cofx::format_iso_utc(utc_seconds)); }

}  // namespace

TEST_CASE("an invitation link with a time opens the guest's page, not the lobby") {
  FakePlatform platform;
  const std::int64_t start = kNow + 2 * 3600 + 10 * 60;  // 12:10 local
  Guest guest(platform, "#/COF-AB12CD34?t=" + iso(start) + "&d=90&title=Weekly%20sync&utm=x");
  CHECK(state(platform)["screen"] == "invitation");
  const auto shown = page(platform);
  CHECK(shown["title"] == "Weekly sync");
  CHECK(shown["when"] == "Mon 2 Mar, 12:10 \u2013 13:40 your time");
  CHECK(shown["zone"] == "Your time zone: Europe/Test (UTC+01:00)");
  CHECK(shown["duration"] == "1 hour 30 minutes");
  CHECK(shown["countdown"] == "Starts in 2 h 10 min");
  CHECK(shown["deployment"] == "meet.jit.si");
  CHECK(shown["phase"] == "upcoming");
  CHECK(shown["primary"] == "calendar");
  CHECK(shown["joinOpens"] == "You can join from 12:00, 10 minutes before the start.");
  CHECK(shown["ignored"] == nlohmann::json::array({"utm"}));
  // What the organiser's lobby offers is not on this page.
  CHECK_FALSE(guest.ui.has_widget("start"));
  CHECK_FALSE(guest.ui.has_widget("code"));
  CHECK(guest.ui.has_widget("invitation-lobby"));
  CHECK(guest.ui.app().tick_interval_ms() == 1000);
  CHECK(platform.opened.empty());
}

TEST_CASE("the primary action follows the clock: calendar, then Join, then ended") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  const std::int64_t start = kNow + 3600;
  Guest guest(platform, "#/COF-AB12CD34?t=" + iso(start) + "&d=30&title=Retro");
  CHECK(page(platform)["primary"] == "calendar");
  CHECK_FALSE(guest.ui.has_widget("invitation-join"));

  guest.now = start - 10 * 60;  // the join window opens
  guest.ui.frame();
  CHECK(page(platform)["primary"] == "join");
  CHECK(page(platform)["countdown"] == "Starts in 10 min");
  CHECK(guest.ui.has_widget("invitation-calendar"));  // still there, as a second choice

  guest.now = start + 31 * 60;
  guest.ui.frame();
  CHECK(page(platform)["primary"] == "ended");
  CHECK(page(platform)["countdown"] == "Ended at 11:30 on 2 Mar");
  CHECK(guest.ui.has_widget("invitation-ended"));
  guest.ui.click("invitation-join");  // "Open the room anyway"
  CHECK(state(platform)["screen"] == "prejoin");
}

TEST_CASE("Join from the guest's page opens the door; stepping back returns to the page") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  const std::int64_t start = kNow + 5 * 60;
  const std::string hash = "#/COF-AB12CD34?t=" + iso(start) + "&d=60&title=Weekly%20sync";
  Guest guest(platform, hash);
  guest.ui.click("invitation-join");
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["room"] == "COF-AB12CD34");
  REQUIRE_FALSE(platform.routes.empty());
  CHECK(platform.routes.back().hash == "#/COF-AB12CD34");

  guest.ui.click("prejoin-cancel");
  CHECK(state(platform)["screen"] == "invitation");
  CHECK(platform.routes.back().hash == hash);

  guest.ui.click("invitation-join");
  guest.ui.click("join-now");
  REQUIRE(platform.opened.size() == 1);
  CHECK(nlohmann::json::parse(platform.opened[0].options_json)["roomName"] == "COF-AB12CD34");
  CHECK(state(platform)["invitation"].is_null());  // the meeting began: the page is done
}

TEST_CASE("Add to calendar downloads an .ics that leads back to this page; Google and Outlook carry the times") {
  FakePlatform platform;
  const std::int64_t start = utc(2026, 3, 9, 14, 30);
  const std::string hash = "#/COF-AB12CD34?t=" + iso(start) + "&d=45&title=Design%20review&a=Mockups%0AQ%26A";
  Guest guest(platform, hash);
  guest.ui.click("invitation-calendar");
  REQUIRE(platform.downloads.size() == 1);
  const auto ics = platform.downloads[0];
  CHECK(ics.file_name == "design-review.ics");
  CHECK(ics.mime_type == "text/calendar");
  CHECK(ics.text.find("DTSTART:20260309T143000Z\r\n") != std::string::npos);
  CHECK(ics.text.find("DURATION:PT45M\r\n") != std::string::npos);
  CHECK(ics.text.find("SUMMARY:Design review\r\n") != std::string::npos);
  const std::string link = page(platform)["link"];
  CHECK(link == "https://cofinix.example/app/" + hash);
  // The link (folded at 75 octets) is the URL: opening the entry lands on this page.
  std::string unfolded = ics.text;
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  CHECK(unfolded.find("URL:" + link + "\r\n") != std::string::npos);
  CHECK(unfolded.find("Mockups\\nQ&A") != std::string::npos);

  guest.ui.click("invitation-calendar");  // the same meeting keeps the same UID
  REQUIRE(platform.downloads.size() == 2);
  const auto uid = [](const std::string& text) {
    const std::size_t at = text.find("UID:");
    return text.substr(at, text.find("\r\n", at) - at);
  };
  CHECK(uid(platform.downloads[1].text) == uid(ics.text));

  guest.ui.click("invitation-google");
  guest.ui.click("invitation-outlook");
  REQUIRE(platform.opened_urls.size() == 2);
  CHECK(platform.opened_urls[0].find("dates=20260309T143000Z/20260309T151500Z") != std::string::npos);
  CHECK(platform.opened_urls[1].find("startdt=2026-03-09T14%3A30%3A00Z") != std::string::npos);
  CHECK(platform.opened_urls[1].find("enddt=2026-03-09T15%3A15%3A00Z") != std::string::npos);
}

TEST_CASE("Share uses the phone's share sheet, Copy link the clipboard, with the page's link") {
  FakePlatform platform;
  const std::string hash = "#/COF-AB12CD34?t=" + iso(kNow + 3600) + "&d=60&title=Team";
  {
    Guest desk(platform, hash);
    CHECK_FALSE(desk.ui.has_widget("invitation-share"));  // a desktop: Copy link leads
    desk.ui.click("invitation-copy");
    REQUIRE(platform.copied.size() == 1);
    CHECK(platform.copied[0] == page(platform)["link"]);
    desk.ui.app().handle(cofx::host::Clipboard{true, {}});
    desk.ui.frame();
    CHECK(page(platform)["copyNote"] == "Link copied.");
  }
  platform.share_sheet = true;
  Guest phone(platform, hash);
  phone.ui.click("invitation-share");
  REQUIRE(platform.shared.size() == 1);
  CHECK(platform.shared[0].first == "Team");
  CHECK(platform.shared[0].second == page(platform)["link"]);
}

TEST_CASE("the agenda travels in the link as text, bounded") {
  FakePlatform platform;
  std::string long_agenda;
  for (int i = 0; i < 300; ++i) long_agenda += "\xE8\xAE\xAE";  // 议, 300 times
  Guest guest(platform, "#/COF-AB12CD34?t=" + iso(kNow + 3600) + "&a=" + cofx::percent_encode(long_agenda) +
                            "&title=%3Cimg%20src%3Dx%3E");
  const auto shown = page(platform);
  CHECK(shown["title"] == "<img src=x>");  // text, drawn by ImGui
  const std::string agenda = shown["agenda"];
  CHECK(agenda.size() == 200 * 3 + 3);  // 200 characters and "…"
  CHECK(agenda.substr(agenda.size() - 3) == "\u2026");
  CHECK(guest.ui.has_widget("invitation-agenda"));
}

TEST_CASE("links without a usable time keep today's ways: a card in the lobby, or straight to the door") {
  FakePlatform platform;
  platform.storage["cofinix.settings"] = kSavedName;
  {
    Guest titled(platform, "#/COF-AB12CD34?title=Team");
    CHECK(state(platform)["screen"] == "lobby");
    CHECK(state(platform)["schedule"]["invite"]["summary"] == "'Team'");
    CHECK(state(platform)["invitation"].is_null());
  }
  Guest bad(platform, "#/COF-AB12CD34?t=yesterday&d=-5&colour=%3Cb%3Ered");
  CHECK(state(platform)["screen"] == "prejoin");
  CHECK(state(platform)["invitation"].is_null());
  CHECK(state(platform)["message"] == "Ignored in the link: colour, d, t.");
}

TEST_CASE("Start your own meeting leaves the page for the lobby; Back brings it again") {
  FakePlatform platform;
  const std::string hash = "#/COF-AB12CD34?dep=public&t=" + iso(kNow + 3600) + "&title=Team";
  Guest guest(platform, hash);
  CHECK(page(platform)["ignored"].empty());  // deployment parameters are not "ignored"
  guest.ui.click("invitation-lobby");
  CHECK(state(platform)["screen"] == "lobby");
  REQUIRE_FALSE(platform.routes.empty());
  CHECK(platform.routes.back().hash == "#/");
  CHECK(platform.routes.back().push);
  CHECK(guest.ui.has_widget("start"));

  guest.ui.app().handle(cofx::host::RouteChanged{hash});  // the browser's Back
  guest.ui.frame();
  CHECK(state(platform)["screen"] == "invitation");
}

TEST_CASE("invite links carry the agenda last, cut to the bound") {
  cofx::ScheduledMeeting meeting;
  meeting.title = "Plan";
  meeting.agenda = "One\nTwo";
  meeting.duration_minutes = 30;
  cofx::Occurrence occurrence{0, utc(2026, 3, 9, 14, 30), utc(2026, 3, 9, 15, 0)};
  const auto code = cofx::RoomCode::from_canonical("COF-AB12CD34");
  REQUIRE(code);
  const cofx::InviteDetails details = cofx::invite_for(meeting, occurrence);
  CHECK(cofx::invite_hash(*code, details) == "#/COF-AB12CD34?t=2026-03-09T14%3A30%3A00Z&d=30&title=Plan&a=One%0ATwo");
  const cofx::InviteDetails back = cofx::parse_invite(cofx::parse_route(cofx::invite_hash(*code, details)).params);
  CHECK(back.agenda == std::optional<std::string>("One\nTwo"));
  CHECK(back.ignored.empty());
  CHECK_FALSE(cofx::invite_agenda("  \n ").has_value());
}

TEST_CASE("Show QR code on the guest's page shows the page's own link as a QR code") {
  FakePlatform platform;
  Guest guest(platform, "#/COF-AB12CD34?t=" + iso(kNow + 3600) + "&d=30&title=Team&a=Plan");
  guest.ui.click("show-qr");
  const cofx::WidgetRect* code = guest.ui.app().widgets().find("qr-code");
  REQUIRE(code != nullptr);
  CHECK(code->role == cofx::WidgetRole::Img);
  CHECK(code->description == page(platform)["link"]);
  CHECK(page(platform)["showQr"] == true);
  guest.ui.click("qr-close");
  CHECK(guest.ui.app().widgets().find("qr-code") == nullptr);
  CHECK(state(platform)["screen"] == "invitation");
}
