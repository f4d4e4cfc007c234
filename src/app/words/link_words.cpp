#include "app/words/link_words.h"

#include "app/words/schedule_words.h"
#include "app/words/time_words.h"
#include "app/words/tr.h"

namespace cofx {

std::string describe(CodeProblem problem) {
  switch (problem) {
    case CodeProblem::Empty:
      return std::string(tr("Enter a meeting code, like COF-AB12CD34."));
    case CodeProblem::LookAlike:
      return std::string(tr("This code has characters that only look like Latin letters or digits. "
                            "Type it using A-Z and 0-9, like COF-AB12CD34."));
    case CodeProblem::WrongPrefix:
      return std::string(tr("Meeting codes start with COF-, like COF-AB12CD34."));
    case CodeProblem::WrongLength:
      return std::string(tr("After COF- come exactly 8 letters or digits, like COF-AB12CD34."));
    case CodeProblem::BadCharacter:
      return std::string(tr("After COF- use only the letters A-Z and digits 0-9, like COF-AB12CD34."));
  }
  return std::string(tr("Enter a meeting code, like COF-AB12CD34."));
}

std::vector<std::string> ignored_names(const IgnoredNames& ignored) {
  std::vector<std::string> names;
  for (const std::string& name : ignored.names) {
    // Translators: in the list of a link's ignored parameters, one whose name can't be shown.
    names.push_back(name.empty() ? std::string(tr("(unnamed)")) : name);
  }
  if (ignored.more > 0) {
    // Translators: the last item in the list of a link's ignored parameters ("t, colour, and 92 more").
    names.push_back(trn("and {n} more", "and {n} more", static_cast<long>(ignored.more)));
  }
  return names;
}

std::string ignored_notice(const std::vector<std::string>& names) {
  if (names.empty()) return "";
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list.append(trc("list separator", ", "));
    list += names[i];
  }
  // Translators: {names} lists the names of a link's parameters that were ignored ("t, colour").
  return tr("Ignored in the link: {names}.", {{"names", list}});
}

std::string ignored_notice(const IgnoredNames& ignored) { return ignored_notice(ignored_names(ignored)); }

std::string invite_summary(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone) {
  if (!details.start_utc) return details.title ? tr("'{title}'", {{"title", *details.title}}) : "";
  const std::int64_t start = *details.start_utc;
  const bool titled = details.title.has_value();
  const std::string title = details.title.value_or("");
  if (!details.duration_minutes) {
    if (now_utc < start) {
      const std::string span = span_text(start - now_utc);
      // Translators: {title} is the meeting's title, {span} a short length of time ("2 h 10 min").
      if (titled) return tr("'{title}' starts in {span}", {{"title", title}, {"span", span}});
      return tr("The meeting starts in {span}", {{"span", span}});
    }
    const LocalDateTime local = to_local(start, zone);
    const std::string time = format_hh_mm(local.hour, local.minute);
    const std::string date = format_day_month(local.date());
    // Translators: {time} is a 24-hour time, {date} a day ("12 Dec").
    if (titled) return tr("'{title}' started at {time} on {date}", {{"title", title}, {"time", time}, {"date", date}});
    return tr("The meeting started at {time} on {date}", {{"time", time}, {"date", date}});
  }
  Occurrence occurrence;
  occurrence.start_utc = start;
  occurrence.end_utc = start + std::int64_t{*details.duration_minutes} * 60;
  const Countdown c = countdown(occurrence, now_utc, zone);
  switch (c.kind) {
    case Countdown::Kind::Upcoming:
      if (titled) return tr("'{title}' starts in {span}", {{"title", title}, {"span", c.span}});
      return tr("The meeting starts in {span}", {{"span", c.span}});
    case Countdown::Kind::JustStarted:
      if (titled) return tr("'{title}' started just now", {{"title", title}});
      return std::string(tr("The meeting started just now"));
    case Countdown::Kind::Started:
      // Translators: {span} is a short length of time ("5 min").
      if (titled) return tr("'{title}' started {span} ago", {{"title", title}, {"span", c.span}});
      return tr("The meeting started {span} ago", {{"span", c.span}});
    case Countdown::Kind::Ended:
      // Translators: {time} is a 24-hour time, {date} a day ("12 Dec", or "12 Dec 2026" in another year).
      if (titled) return tr("'{title}' ended at {time} on {date}", {{"title", title}, {"time", c.time}, {"date", c.date}});
      return tr("The meeting ended at {time} on {date}", {{"time", c.time}, {"date", c.date}});
  }
  return {};
}

std::string qr_code_label() { return std::string(tr("QR code for the meeting link")); }

std::string describe(QrProblem problem) {
  switch (problem) {
    case QrProblem::TooLong: return std::string(tr("This link is too long for a QR code. Copy it instead."));
  }
  return std::string(tr("This link can't be shown as a QR code."));
}

}  // namespace cofx
