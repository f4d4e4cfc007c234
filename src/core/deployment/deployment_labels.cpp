#include "core/deployment/deployment_labels.h"

namespace cofx {

using Kind = Deployment::Kind;

std::string deployment_note(Kind kind) {
  switch (kind) {
    case Kind::PublicJitsi:
      return "Free and needs no setup, but meet.jit.si ends embedded calls after 5 minutes and "
             "asks moderators to log in.";
    case Kind::SelfHosted:
      return "Your organisation's own Jitsi Meet server, such as jitsi.example.org or "
             "jitsi.example.org:8443/meet.";
    case Kind::JaaS:
      return "8x8's Jitsi as a Service (8x8.vc): enter your AppID; a JWT lets you start "
             "meetings as a moderator.";
  }
  return {};
}

std::string place_label(const Deployment& d) {
  if (usable_kind(d) == Kind::JaaS) return std::string(kJaasDomain) + " (Jitsi as a Service)";
  return api_domain(d);
}

std::string short_app_id(std::string_view app_id) {
  constexpr std::size_t kShownHexDigits = 8;
  const std::size_t shown = kJaasAppIdPrefix.size() + kShownHexDigits;
  return app_id.size() <= shown ? std::string(app_id) : std::string(app_id.substr(0, shown)) + "…";
}

std::string joining_notice(const RoomCode& code, const Deployment& d, const Deployment& site_default) {
  std::string place = place_label(d);
  if (usable_kind(d) == Kind::JaaS && !same_place(d, site_default)) place += ", AppID " + short_app_id(d.jaas_app_id);
  return "You are joining " + code.str() + " on " + place + ".";
}

}  // namespace cofx
