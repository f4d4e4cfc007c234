#include "app/words/meeting_words.h"

#include "app/words/deployment_words.h"

namespace cofx {

std::string describe(NameProblem problem) {
  switch (problem) {
    case NameProblem::Empty: return "Enter your name so others know who joined.";
    case NameProblem::TooLong:
      return "Names can be at most " + std::to_string(kDisplayNameMaxChars) +
             " characters long. Please shorten yours.";
  }
  return {};
}

std::optional<std::string> display_name_problem(std::string_view cleaned) {
  if (auto problem = check_display_name(cleaned)) return describe(*problem);
  return std::nullopt;
}

std::string describe(PasswordProblem problem) {
  switch (problem) {
    case PasswordProblem::Empty: return "Enter a password, or turn the password off.";
    case PasswordProblem::TooLong:
      return "Passwords can be at most " + std::to_string(kRoomPasswordMaxChars) + " characters long.";
    case PasswordProblem::Unprintable:
      return "Passwords can only use printable characters: letters, digits, punctuation and "
             "spaces.";
    case PasswordProblem::SpaceAtEnd:
      return "Passwords can't start or end with a space: guests would have to type it exactly.";
  }
  return {};
}

std::optional<std::string> room_password_problem(std::string_view password) {
  if (auto problem = check_room_password(password)) return describe(*problem);
  return std::nullopt;
}

std::string security_summary(const MeetingSecurity& security) {
  std::string summary;
  auto add = [&summary](const char* part) {
    if (!summary.empty()) summary += " \xC2\xB7 ";  // U+00B7 MIDDLE DOT
    summary += part;
  };
  if (!security.password.empty()) add("Password");
  if (security.lobby) add("Lobby on");
  if (security.end_to_end_encryption) add("End-to-end encrypted");
  return summary;
}

std::string describe(const SecurityStatus& status, std::string_view place) {
  std::string item;
  switch (status.item) {
    case SecurityItem::Password: item = "Password"; break;
    case SecurityItem::Lobby: item = "Lobby"; break;
    case SecurityItem::EndToEndEncryption: item = "End-to-end encryption"; break;
  }
  switch (status.state) {
    case SecurityState::Waiting:
      return item + ": waiting for moderator rights";
    case SecurityState::Sent:
      return item + ": set (Jitsi reports only failures)";
    case SecurityState::Applied:
      return item + ": on";
    case SecurityState::Failed:
      return item + ": failed — Jitsi refused it";
    case SecurityState::NotPossible:
      return item + ": not possible — you are not moderator on " + std::string(place) +
             ". Log in there to lock the room.";
  }
  return item;
}

std::string describe(const JitsiEnd& end) {
  const std::string code = end.error_name.empty() ? "" : " (" + end.error_name + ")";
  switch (end.kind) {
    case JitsiEnd::Kind::Kicked: return "You were removed from the meeting by a moderator.";
    case JitsiEnd::Kind::UnsupportedBrowser:
      return "This browser can't join Jitsi meetings. Please use a current version of Chrome, "
             "Edge, Firefox or Safari.";
    case JitsiEnd::Kind::EndedForAll: return "The meeting was ended for everyone.";
    case JitsiEnd::Kind::Full: return "The meeting is full, so you could not join.";
    case JitsiEnd::Kind::NotLetIn: return "A moderator did not let you into the meeting.";
    case JitsiEnd::Kind::ConnectionLost:
      return "The connection to the meeting server was lost" + code + ". Check your network and "
             "join again.";
    case JitsiEnd::Kind::ConfigFailed:
      return "The meeting server's settings could not be loaded" + code + ", so the meeting "
             "could not start.";
    case JitsiEnd::Kind::Failed: break;
  }
  return "The meeting failed and could not continue" + code + ". Please join again.";
}

std::string describe(const EndReason& reason) {
  switch (reason.kind) {
    case EndReason::Kind::Left: return "You left " + reason.code + ".";
    case EndReason::Kind::PasswordCancelled:
      return "You didn't enter the password for " + reason.code + ", so you left it.";
    case EndReason::Kind::TokenFailed:
      return "Couldn't get a meeting token from " + reason.url + " (" + reason.detail +
             "). Sign in there if needed, then press Retry.";
    case EndReason::Kind::ScriptFailed:
      return "Couldn't load Jitsi Meet from " + deployment_label(reason.place) + " (" + reason.detail +
             "). Check your connection, then press Retry.";
    case EndReason::Kind::Jitsi: return describe(reason.jitsi);
  }
  return {};
}

std::string describe(const DeviceHint& hint) {
  const std::string device = hint.camera ? "camera" : "microphone";
  const std::string capitalized = hint.camera ? "Camera" : "Microphone";
  switch (hint.problem) {
    case DeviceHint::Problem::Blocked:
      return "Your browser blocked the " + device +
             ". Allow it for this site (the icon in the address bar), then turn it on again.";
    case DeviceHint::Problem::NotFound:
      return "No " + device + " was found. Connect one, or check that it is switched on.";
    case DeviceHint::Problem::Unsupported:
      return capitalized + " settings are not supported by your device. Try another " + device +
             " in Jitsi's settings.";
    case DeviceHint::Problem::Timeout:
      return "The " + device + " took too long to start. Close other apps that use it, then try "
             "again.";
    case DeviceHint::Problem::Failed: break;
  }
  return "The " + device + " could not be started. Another app may be using it; close it and "
         "try again.";
}

std::string describe(RecordingKind kind) {
  switch (kind) {
    case RecordingKind::Off: return {};
    case RecordingKind::Recording: return "Recording";
    case RecordingKind::Streaming: return "Live streaming";
  }
  return {};
}

std::optional<std::string> describe(DeviceStatus status, DeviceKind kind) {
  const std::string device = kind == DeviceKind::Camera ? "camera" : "microphone";
  switch (status) {
    case DeviceStatus::Off:
    case DeviceStatus::Starting:
    case DeviceStatus::Live:
      return std::nullopt;
    case DeviceStatus::Denied:
      return "The browser blocked your " + device +
             ". To allow it, click the camera or lock icon in the address bar, allow the " + device +
             ", then press Try again. You can also join without it.";
    case DeviceStatus::Missing:
      return "No " + device + " was found. Connect one and press Try again, or join without it.";
    case DeviceStatus::Busy:
      return "Your " + device + " is in use by another app. Close that app and press Try again, "
             "or join without it.";
    case DeviceStatus::Insecure:
      return "This page isn't on a secure (https) address, so the browser won't share your " + device +
             ". Open the site over https to use it.";
    case DeviceStatus::Unsupported:
      return "This browser can't share a " + device + " with web pages. You can still join and "
             "follow the meeting.";
    case DeviceStatus::Failed:
      return "Your " + device + " couldn't be started. Press Try again, or join without it.";
  }
  return std::nullopt;
}

std::string describe(RecentProblem problem) {
  switch (problem) {
    case RecentProblem::Unreadable:
      return "Your recent meetings could not be read, so the list starts again.";
    case RecentProblem::Newer:
      return "Your recent meetings were saved by a newer version of Cof-iniX, so they are not shown here.";
    case RecentProblem::LeftOut:
      return "Some of your recent meetings could not be read and were left out.";
  }
  return "";
}

}  // namespace cofx
