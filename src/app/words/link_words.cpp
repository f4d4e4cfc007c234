#include "app/words/link_words.h"

#include "app/words/schedule_words.h"
#include "app/words/time_words.h"

namespace cofx {

std::string describe(CodeProblem problem) {
  switch (problem) {
    case CodeProblem::Empty:
      return "Enter a meeting code, like COF-AB12CD34.";
    case CodeProblem::LookAlike:
      return "This code has characters that only look like Latin letters or digits. "
             "Type it using A-Z and 0-9, like COF-AB12CD34.";
    case CodeProblem::WrongPrefix:
      return "Meeting codes start with COF-, like COF-AB12CD34.";
    case CodeProblem::WrongLength:
      return "After COF- come exactly 8 letters or digits, like COF-AB12CD34.";
    case CodeProblem::BadCharacter:
      return "After COF- use only the letters A-Z and digits 0-9, like COF-AB12CD34.";
  }
  return "Enter a meeting code, like COF-AB12CD34.";
}

std::vector<std::string> ignored_names(const IgnoredNames& ignored) {
  std::vector<std::string> names;
  for (const std::string& name : ignored.names) names.push_back(name.empty() ? "(unnamed)" : name);
  if (ignored.more > 0) names.push_back("and " + std::to_string(ignored.more) + " more");
  return names;
}

std::string ignored_notice(const std::vector<std::string>& names) {
  if (names.empty()) return "";
  std::string text = "Ignored in the link: ";
  for (std::size_t i = 0; i < names.size(); ++i) text += (i == 0 ? "" : ", ") + names[i];
  return text + ".";
}

std::string ignored_notice(const IgnoredNames& ignored) { return ignored_notice(ignored_names(ignored)); }

std::string invite_summary(const InviteDetails& details, std::int64_t now_utc, const ZoneRules& zone) {
  const std::string quoted = details.title ? "'" + *details.title + "'" : "The meeting";
  if (!details.start_utc) return details.title ? quoted : "";
  const std::int64_t start = *details.start_utc;
  if (!details.duration_minutes) {
    if (now_utc < start) return quoted + " starts in " + span_text(start - now_utc);
    return quoted + " started at " + format_time_on_date(to_local(start, zone));
  }
  Occurrence occurrence;
  occurrence.start_utc = start;
  occurrence.end_utc = start + std::int64_t{*details.duration_minutes} * 60;
  return quoted + " " + countdown_text(occurrence, now_utc, zone);
}

std::string qr_code_label() { return "QR code for the meeting link"; }

std::string describe(QrProblem problem) {
  switch (problem) {
    case QrProblem::TooLong: return "This link is too long for a QR code. Copy it instead.";
  }
  return "This link can't be shown as a QR code.";
}

}  // namespace cofx
