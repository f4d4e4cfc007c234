#include "app/words/meeting_words.h"

#include "app/words/deployment_words.h"
#include "app/words/tr.h"

namespace cofx {

std::string describe(NameProblem problem) {
  switch (problem) {
    case NameProblem::Empty: return std::string(tr("Enter your name so others know who joined."));
    case NameProblem::TooLong:
      // Translators: {max} is the most characters a name may have.
      return tr("Names can be at most {max} characters long. Please shorten yours.",
                {{"max", std::to_string(kDisplayNameMaxChars)}});
  }
  return {};
}

std::optional<std::string> display_name_problem(std::string_view cleaned) {
  if (auto problem = check_display_name(cleaned)) return describe(*problem);
  return std::nullopt;
}

std::string describe(PasswordProblem problem) {
  switch (problem) {
    case PasswordProblem::Empty: return std::string(tr("Enter a password, or turn the password off."));
    case PasswordProblem::TooLong:
      // Translators: {max} is the most characters a room password may have.
      return tr("Passwords can be at most {max} characters long.", {{"max", std::to_string(kRoomPasswordMaxChars)}});
    case PasswordProblem::Unprintable:
      return std::string(tr("Passwords can only use printable characters: letters, digits, punctuation and "
                            "spaces."));
    case PasswordProblem::SpaceAtEnd:
      return std::string(tr("Passwords can't start or end with a space: guests would have to type it exactly."));
  }
  return {};
}

std::optional<std::string> room_password_problem(std::string_view password) {
  if (auto problem = check_room_password(password)) return describe(*problem);
  return std::nullopt;
}

std::string security_summary(const MeetingSecurity& security) {
  std::string summary;
  auto add = [&summary](std::string_view part) {
    if (!summary.empty()) summary += " \xC2\xB7 ";  // U+00B7 MIDDLE DOT
    summary += part;
  };
  // Translators: what protects the next meeting, joined by dots: "Password · Lobby on · End-to-end encrypted".
  if (!security.password.empty()) add(trc("room security", "Password"));
  // Translators: Jitsi's lobby (guests wait until a moderator lets them in) is turned on.
  if (security.lobby) add(trc("room security", "Lobby on"));
  if (security.end_to_end_encryption) add(trc("room security", "End-to-end encrypted"));
  return summary;
}

std::string describe(const SecurityStatus& status, std::string_view place) {
  std::string_view item;
  switch (status.item) {
    case SecurityItem::Password: item = trc("room security", "Password"); break;
    // Translators: Jitsi's lobby, where guests wait until a moderator lets them in.
    case SecurityItem::Lobby: item = trc("room security", "Lobby"); break;
    case SecurityItem::EndToEndEncryption: item = trc("room security", "End-to-end encryption"); break;
  }
  switch (status.state) {
    case SecurityState::Waiting:
      // Translators: {item} is "Password", "Lobby" or "End-to-end encryption" (msgctxt "room security").
      return tr("{item}: waiting for moderator rights", {{"item", item}});
    case SecurityState::Sent:
      return tr("{item}: set (Jitsi reports only failures)", {{"item", item}});
    case SecurityState::Applied:
      return tr("{item}: on", {{"item", item}});
    case SecurityState::Failed:
      return tr("{item}: failed \u2014 Jitsi refused it", {{"item", item}});
    case SecurityState::NotPossible:
      // Translators: {place} is the Jitsi server ("meet.jit.si").
      return tr("{item}: not possible \u2014 you are not moderator on {place}. Log in there to lock the room.",
                {{"item", item}, {"place", place}});
  }
  return std::string(item);
}

std::string describe(const JitsiEnd& end) {
  const bool coded = !end.error_name.empty();
  const std::string_view error = end.error_name;
  switch (end.kind) {
    case JitsiEnd::Kind::Kicked: return std::string(tr("You were removed from the meeting by a moderator."));
    case JitsiEnd::Kind::UnsupportedBrowser:
      return std::string(tr("This browser can't join Jitsi meetings. Please use a current version of Chrome, "
                            "Edge, Firefox or Safari."));
    case JitsiEnd::Kind::EndedForAll: return std::string(tr("The meeting was ended for everyone."));
    case JitsiEnd::Kind::Full: return std::string(tr("The meeting is full, so you could not join."));
    case JitsiEnd::Kind::NotLetIn: return std::string(tr("A moderator did not let you into the meeting."));
    case JitsiEnd::Kind::ConnectionLost:
      // Translators: {error} is Jitsi's name for the error ("connection.droppedError").
      if (coded) return tr("The connection to the meeting server was lost ({error}). Check your network and "
                           "join again.", {{"error", error}});
      return std::string(tr("The connection to the meeting server was lost. Check your network and join again."));
    case JitsiEnd::Kind::ConfigFailed:
      // Translators: {error} is Jitsi's name for the error.
      if (coded) return tr("The meeting server's settings could not be loaded ({error}), so the meeting could "
                           "not start.", {{"error", error}});
      return std::string(tr("The meeting server's settings could not be loaded, so the meeting could not start."));
    case JitsiEnd::Kind::Failed: break;
  }
  // Translators: {error} is Jitsi's name for the error.
  if (coded) return tr("The meeting failed and could not continue ({error}). Please join again.", {{"error", error}});
  return std::string(tr("The meeting failed and could not continue. Please join again."));
}

std::string describe(const EndReason& reason) {
  switch (reason.kind) {
    // Translators: {code} is the meeting code ("COF-AB12CD34").
    case EndReason::Kind::Left: return tr("You left {code}.", {{"code", reason.code}});
    case EndReason::Kind::PasswordCancelled:
      return tr("You didn't enter the password for {code}, so you left it.", {{"code", reason.code}});
    case EndReason::Kind::TokenFailed:
      // Translators: {url} is the token URL, {detail} what went wrong ("HTTP 401"); "Retry" is a button.
      return tr("Couldn't get a meeting token from {url} ({detail}). Sign in there if needed, then press Retry.",
                {{"url", reason.url}, {"detail", reason.detail}});
    case EndReason::Kind::ScriptFailed:
      // Translators: {place} is the Jitsi server ("meet.jit.si"), {detail} what went wrong; "Retry" is a button.
      return tr("Couldn't load Jitsi Meet from {place} ({detail}). Check your connection, then press Retry.",
                {{"place", deployment_label(reason.place)}, {"detail", reason.detail}});
    case EndReason::Kind::Jitsi: return describe(reason.jitsi);
  }
  return {};
}

std::string describe(const DeviceHint& hint) {
  const bool camera = hint.camera;
  switch (hint.problem) {
    case DeviceHint::Problem::Blocked:
      return std::string(camera ? tr("Your browser blocked the camera. Allow it for this site (the icon in the "
                                     "address bar), then turn it on again.")
                                : tr("Your browser blocked the microphone. Allow it for this site (the icon in the "
                                     "address bar), then turn it on again."));
    case DeviceHint::Problem::NotFound:
      return std::string(camera ? tr("No camera was found. Connect one, or check that it is switched on.")
                                : tr("No microphone was found. Connect one, or check that it is switched on."));
    case DeviceHint::Problem::Unsupported:
      return std::string(camera ? tr("Camera settings are not supported by your device. Try another camera in "
                                     "Jitsi's settings.")
                                : tr("Microphone settings are not supported by your device. Try another microphone "
                                     "in Jitsi's settings."));
    case DeviceHint::Problem::Timeout:
      return std::string(camera ? tr("The camera took too long to start. Close other apps that use it, then try "
                                     "again.")
                                : tr("The microphone took too long to start. Close other apps that use it, then try "
                                     "again."));
    case DeviceHint::Problem::Failed: break;
  }
  return std::string(camera ? tr("The camera could not be started. Another app may be using it; close it and try "
                                 "again.")
                            : tr("The microphone could not be started. Another app may be using it; close it and "
                                 "try again."));
}

std::string describe(RecordingKind kind) {
  switch (kind) {
    case RecordingKind::Off: return {};
    // Translators: the meeting is being recorded.
    case RecordingKind::Recording: return std::string(tr("Recording"));
    // Translators: the meeting is being streamed live.
    case RecordingKind::Streaming: return std::string(tr("Live streaming"));
  }
  return {};
}

std::optional<std::string> describe(DeviceStatus status, DeviceKind kind) {
  const bool camera = kind == DeviceKind::Camera;
  switch (status) {
    case DeviceStatus::Off:
    case DeviceStatus::Starting:
    case DeviceStatus::Live:
      return std::nullopt;
    case DeviceStatus::Denied:
      // Translators: "Try again" is a button.
      return std::string(camera ? tr("The browser blocked your camera. To allow it, click the camera or lock icon in "
                                     "the address bar, allow the camera, then press Try again. You can also join "
                                     "without it.")
                                : tr("The browser blocked your microphone. To allow it, click the camera or lock "
                                     "icon in the address bar, allow the microphone, then press Try again. You can "
                                     "also join without it."));
    case DeviceStatus::Missing:
      return std::string(camera ? tr("No camera was found. Connect one and press Try again, or join without it.")
                                : tr("No microphone was found. Connect one and press Try again, or join without it."));
    case DeviceStatus::Busy:
      return std::string(camera ? tr("Your camera is in use by another app. Close that app and press Try again, or "
                                     "join without it.")
                                : tr("Your microphone is in use by another app. Close that app and press Try again, "
                                     "or join without it."));
    case DeviceStatus::Insecure:
      return std::string(camera ? tr("This page isn't on a secure (https) address, so the browser won't share your "
                                     "camera. Open the site over https to use it.")
                                : tr("This page isn't on a secure (https) address, so the browser won't share your "
                                     "microphone. Open the site over https to use it."));
    case DeviceStatus::Unsupported:
      return std::string(camera ? tr("This browser can't share a camera with web pages. You can still join and "
                                     "follow the meeting.")
                                : tr("This browser can't share a microphone with web pages. You can still join and "
                                     "follow the meeting."));
    case DeviceStatus::Failed:
      return std::string(camera ? tr("Your camera couldn't be started. Press Try again, or join without it.")
                                : tr("Your microphone couldn't be started. Press Try again, or join without it."));
  }
  return std::nullopt;
}

std::string describe(RecentProblem problem) {
  switch (problem) {
    case RecentProblem::Unreadable:
      return std::string(tr("Your recent meetings could not be read, so the list starts again."));
    case RecentProblem::Newer:
      return std::string(tr("Your recent meetings were saved by a newer version of Cof-iniX, so they are not shown here."));
    case RecentProblem::LeftOut:
      return std::string(tr("Some of your recent meetings could not be read and were left out."));
  }
  return "";
}

}  // namespace cofx
