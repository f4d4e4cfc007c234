#include "app/words/deployment_words.h"

#include "core/text/quoted.h"

namespace cofx {

using Kind = Deployment::Kind;

std::string describe(FieldProblem problem) {
  switch (problem) {
    case FieldProblem::DomainEmpty: return "Enter your Jitsi server's address, such as jitsi.example.org.";
    case FieldProblem::DomainTooLong: return "That address is too long for a server name.";
    case FieldProblem::DomainScriptLink: return "Enter a server name, not a script or data link.";
    case FieldProblem::DomainHasScheme:
      return "Leave out the https:// part: enter just the server, such as jitsi.example.org.";
    case FieldProblem::DomainSpaces: return "Server addresses can't contain spaces.";
    case FieldProblem::DomainUserInfo:
      return "Leave out user names and passwords (the part up to @): enter just the server.";
    case FieldProblem::DomainQuery:
      return "Leave out everything from ? or # on: enter just the server and an optional path.";
    case FieldProblem::DomainNotAscii: return "Use the server's ASCII name (international names start with xn--).";
    case FieldProblem::DomainEndsInNumber:
      return "A server name can't end in a number unless it is a whole IPv4 address such as 192.0.2.10 "
             "(a browser would read it as another address).";
    case FieldProblem::DomainNotAHost:
      return "That is not a valid server name. Use host[:port][/path], such as jitsi.example.org or "
             "jitsi.example.org:8443/meet.";
    case FieldProblem::DomainBadPort:
      return "The port after : must be a number from 1 to 65535, as in jitsi.example.org:8443.";
    case FieldProblem::DomainBadPath:
      return "The path after / can use only letters, digits, '-', '.', '_' and '~', with no empty "
             "parts or '..'.";
    case FieldProblem::AppIdEmpty: return "Enter your JaaS AppID; it starts with vpaas-magic-cookie-.";
    case FieldProblem::AppIdMalformed:
      return "A JaaS AppID is vpaas-magic-cookie- followed by 32 characters 0-9 and a-f; copy it "
             "from the JaaS console.";
    case FieldProblem::JwtEmpty: return "Paste the JWT (a token of three parts separated by dots).";
    case FieldProblem::JwtTooLong: return "That token is too long to be a JWT.";
    case FieldProblem::JwtParts: return "A JWT has three parts separated by dots, like xxxxx.yyyyy.zzzzz.";
    case FieldProblem::JwtCharacters:
      return "Each part of a JWT uses only letters, digits, '-' and '_'; copy the whole token "
             "again.";
    case FieldProblem::TokenUrlEmpty: return "Enter the token URL, such as https://auth.example.org/jitsi-token.";
    case FieldProblem::TokenUrlTooLong: return "That token URL is too long.";
    case FieldProblem::TokenUrlNotHttps: return "The token URL must start with https://.";
    case FieldProblem::TokenUrlBadHost:
      return "The token URL must name a valid server, such as https://auth.example.org/token.";
    case FieldProblem::TokenUrlBadCharacters:
      return "The token URL can't contain spaces, quotes, '#' or other special characters.";
  }
  return {};
}

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

std::string deployment_label(const Deployment& d) {
  if (usable_kind(d) == Kind::JaaS) return std::string(kJaasDomain) + " (Jitsi as a Service)";
  return api_domain(d);
}

std::string joining_notice(const RoomCode& code, const Deployment& d, const Deployment& site_default) {
  std::string place = deployment_label(d);
  if (usable_kind(d) == Kind::JaaS && !same_deployment(d, site_default)) place += ", AppID " + short_app_id(d.jaas_app_id);
  return "You are joining " + code.str() + " on " + place + ".";
}

std::string trusted_deployment_label(std::string_view key) {
  const std::optional<std::string> app_id = trusted_jaas_app_id(key);
  if (!app_id) return std::string(key);
  return std::string(kJaasDomain) + " (Jitsi as a Service) " + short_app_id(*app_id);
}

std::string describe(const IgnoredParam& ignored) {
  using Why = IgnoredParam::Why;
  switch (ignored.why) {
    case Why::Secret:
      return "The link's \"" + ignored.value + "\" parameter was ignored: sign-in tokens never travel in links.";
    case Why::HostWithoutSelf: return "The link's \"host\" parameter was ignored: it needs dep=self.";
    case Why::AppWithoutJaas: return "The link's \"app\" parameter was ignored: it needs dep=jaas.";
    case Why::NoServer: return "The link names no Jitsi server, so this site's default is used.";
    case Why::BadServer:
      return "The link's Jitsi server " + quote_for_message(ignored.value) +
             " is not a valid server name, so this site's default is used.";
    case Why::BadAppId:
      return "The link's JaaS AppID " + quote_for_message(ignored.value) +
             " is not valid, so this site's default is used.";
    case Why::UnknownDeployment:
      return "The link's deployment " + quote_for_message(ignored.value) +
             " is not known, so this site's default is used.";
  }
  return {};
}

std::string describe(const StoredDeploymentProblem& problem) {
  switch (problem.kind) {
    case StoredDeploymentProblem::Kind::Unreadable:
      return "Your saved Jitsi deployment could not be read, so the site's default is used.";
    case StoredDeploymentProblem::Kind::Newer:
      return "Your saved Jitsi deployment was written by a newer version of Cof-iniX, so the site's "
             "default is used.";
    case StoredDeploymentProblem::Kind::PartUnreadable:
      return "Part of your saved Jitsi deployment (" + problem.field +
             ") could not be read; please check it in Settings.";
  }
  return {};
}

}  // namespace cofx
