#include "core/deployment_labels.h"

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

std::string joining_notice(const RoomCode& code, const Deployment& d) {
  return "You are joining " + code.str() + " on " + place_label(d) + ".";
}

}  // namespace cofx
