#include "app/words/deployment_words.h"

#include "app/words/tr.h"
#include "core/text/quoted.h"

namespace cofx {

using Kind = Deployment::Kind;

std::string describe(FieldProblem problem) {
  switch (problem) {
    case FieldProblem::DomainEmpty: return std::string(tr("Enter your Jitsi server's address, such as jitsi.example.org."));
    case FieldProblem::DomainTooLong: return std::string(tr("That address is too long for a server name."));
    case FieldProblem::DomainScriptLink: return std::string(tr("Enter a server name, not a script or data link."));
    case FieldProblem::DomainHasScheme:
      return std::string(tr("Leave out the https:// part: enter just the server, such as jitsi.example.org."));
    case FieldProblem::DomainSpaces: return std::string(tr("Server addresses can't contain spaces."));
    case FieldProblem::DomainUserInfo:
      return std::string(tr("Leave out user names and passwords (the part up to @): enter just the server."));
    case FieldProblem::DomainQuery:
      return std::string(tr("Leave out everything from ? or # on: enter just the server and an optional path."));
    case FieldProblem::DomainNotAscii: return std::string(tr("Use the server's ASCII name (international names start with xn--)."));
    case FieldProblem::DomainEndsInNumber:
      return std::string(tr("A server name can't end in a number unless it is a whole IPv4 address such as 192.0.2.10 "
                            "(a browser would read it as another address)."));
    case FieldProblem::DomainNotAHost:
      return std::string(tr("That is not a valid server name. Use host[:port][/path], such as jitsi.example.org or "
                            "jitsi.example.org:8443/meet."));
    case FieldProblem::DomainBadPort:
      return std::string(tr("The port after : must be a number from 1 to 65535, as in jitsi.example.org:8443."));
    case FieldProblem::DomainBadPath:
      return std::string(tr("The path after / can use only letters, digits, '-', '.', '_' and '~', with no empty "
                            "parts or '..'."));
    case FieldProblem::AppIdEmpty: return std::string(tr("Enter your JaaS AppID; it starts with vpaas-magic-cookie-."));
    case FieldProblem::AppIdMalformed:
      return std::string(tr("A JaaS AppID is vpaas-magic-cookie- followed by 32 characters 0-9 and a-f; copy it "
                            "from the JaaS console."));
    case FieldProblem::JwtEmpty: return std::string(tr("Paste the JWT (a token of three parts separated by dots)."));
    case FieldProblem::JwtTooLong: return std::string(tr("That token is too long to be a JWT."));
    case FieldProblem::JwtParts: return std::string(tr("A JWT has three parts separated by dots, like xxxxx.yyyyy.zzzzz."));
    case FieldProblem::JwtCharacters:
      return std::string(tr("Each part of a JWT uses only letters, digits, '-' and '_'; copy the whole token "
                            "again."));
    case FieldProblem::TokenUrlEmpty: return std::string(tr("Enter the token URL, such as https://auth.example.org/jitsi-token."));
    case FieldProblem::TokenUrlTooLong: return std::string(tr("That token URL is too long."));
    case FieldProblem::TokenUrlNotHttps: return std::string(tr("The token URL must start with https://."));
    case FieldProblem::TokenUrlBadHost:
      return std::string(tr("The token URL must name a valid server, such as https://auth.example.org/token."));
    case FieldProblem::TokenUrlBadCharacters:
      return std::string(tr("The token URL can't contain spaces, quotes, '#' or other special characters."));
  }
  return {};
}

std::string deployment_note(Kind kind) {
  switch (kind) {
    case Kind::PublicJitsi:
      return std::string(tr("Free and needs no setup, but meet.jit.si ends embedded calls after 5 minutes and "
                            "asks moderators to log in."));
    case Kind::SelfHosted:
      return std::string(tr("Your organisation's own Jitsi Meet server, such as jitsi.example.org or "
                            "jitsi.example.org:8443/meet."));
    case Kind::JaaS:
      return std::string(tr("8x8's Jitsi as a Service (8x8.vc): enter your AppID; a JWT lets you start "
                            "meetings as a moderator."));
  }
  return {};
}

std::string deployment_label(const Deployment& d) {
  // Translators: the place a meeting runs on: {domain} is "8x8.vc"; "Jitsi as a Service" is 8x8's
  // product name.
  if (usable_kind(d) == Kind::JaaS) return tr("{domain} (Jitsi as a Service)", {{"domain", kJaasDomain}});
  return api_domain(d);
}

std::string joining_notice(const RoomCode& code, const Deployment& d, const Deployment& site_default) {
  const std::string place = deployment_label(d);
  if (usable_kind(d) == Kind::JaaS && !same_deployment(d, site_default)) {
    // Translators: {code} is a meeting code ("COF-AB12CD34"), {place} the server ("8x8.vc (Jitsi
    // as a Service)"), {app_id} the shortened AppID of a JaaS account ("vpaas-magic-cookie-1a2b3c…").
    return tr("You are joining {code} on {place}, AppID {app_id}.",
              {{"code", code.str()}, {"place", place}, {"app_id", short_app_id(d.jaas_app_id)}});
  }
  // Translators: {code} is a meeting code ("COF-AB12CD34"), {place} the server ("jitsi.example.org").
  return tr("You are joining {code} on {place}.", {{"code", code.str()}, {"place", place}});
}

std::string trusted_deployment_label(std::string_view key) {
  const std::optional<std::string> app_id = trusted_jaas_app_id(key);
  if (!app_id) return std::string(key);
  // Translators: a trusted JaaS account: {domain} is "8x8.vc", {app_id} its shortened AppID
  // ("vpaas-magic-cookie-1a2b3c…"); "Jitsi as a Service" is 8x8's product name.
  return tr("{domain} (Jitsi as a Service) {app_id}", {{"domain", kJaasDomain}, {"app_id", short_app_id(*app_id)}});
}

std::string describe(const IgnoredParam& ignored) {
  using Why = IgnoredParam::Why;
  switch (ignored.why) {
    case Why::Secret:
      // Translators: {name} is the name of a parameter in the link ("jwt").
      return tr("The link's \"{name}\" parameter was ignored: sign-in tokens never travel in links.",
                {{"name", ignored.value}});
    case Why::HostWithoutSelf: return std::string(tr("The link's \"host\" parameter was ignored: it needs dep=self."));
    case Why::AppWithoutJaas: return std::string(tr("The link's \"app\" parameter was ignored: it needs dep=jaas."));
    case Why::NoServer: return std::string(tr("The link names no Jitsi server, so this site's default is used."));
    case Why::BadServer:
      // Translators: {server} is what the link gave, in quotes ("\"evil host\"").
      return tr("The link's Jitsi server {server} is not a valid server name, so this site's default is used.",
                {{"server", quote_for_message(ignored.value)}});
    case Why::BadAppId:
      // Translators: {app_id} is what the link gave, in quotes.
      return tr("The link's JaaS AppID {app_id} is not valid, so this site's default is used.",
                {{"app_id", quote_for_message(ignored.value)}});
    case Why::UnknownDeployment:
      // Translators: {deployment} is the kind of Jitsi server the link asked for, in quotes ("\"xyz\"").
      return tr("The link's deployment {deployment} is not known, so this site's default is used.",
                {{"deployment", quote_for_message(ignored.value)}});
  }
  return {};
}

std::string describe(const StoredDeploymentProblem& problem) {
  switch (problem.kind) {
    case StoredDeploymentProblem::Kind::Unreadable:
      return std::string(tr("Your saved Jitsi deployment could not be read, so the site's default is used."));
    case StoredDeploymentProblem::Kind::Newer:
      return std::string(tr("Your saved Jitsi deployment was written by a newer version of Cof-iniX, so the site's "
                            "default is used."));
    case StoredDeploymentProblem::Kind::PartUnreadable:
      // Translators: {field} is the stored setting's key ("domain", "appId", "jwt", "tokenUrl").
      return tr("Part of your saved Jitsi deployment ({field}) could not be read; please check it in Settings.",
                {{"field", problem.field}});
  }
  return {};
}

}  // namespace cofx
