#include "deployment.h"

#include <cstdint>

#include "quoted.h"
#include "route.h"
#include "site_config.h"
#include "utf8.h"

namespace cofx {

namespace {

using Kind = Deployment::Kind;
using nlohmann::json;

constexpr std::size_t kMaxTokenResponseBytes = 256 * 1024;

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool is_hex_lower(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

bool is_base64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// A deployment whose own field is unusable falls back to meet.jit.si for everything
// derived from it, so a value that slipped past validation can never pick a script.
Kind usable_kind(const Deployment& d) {
  if (d.kind == Kind::SelfHosted && domain_problem(d.domain)) return Kind::PublicJitsi;
  if (d.kind == Kind::JaaS && jaas_app_id_problem(d.jaas_app_id)) return Kind::PublicJitsi;
  return d.kind;
}

bool has_space_or_control(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const utf8::Step step = utf8::decode(text, pos);
    if (step.valid && (step.code_point < 0x20 || step.code_point == 0x7F ||
                       (step.code_point >= 0x80 && step.code_point <= 0x9F) ||
                       utf8::is_space(step.code_point))) {
      return true;
    }
    pos += step.length;
  }
  return false;
}

// Printable ASCII that needs no escaping in a URL's path and query.
bool is_url_char(char c) {
  if (c <= 0x20 || c >= 0x7F) return false;
  switch (c) {
    case '"': case '<': case '>': case '\\': case '^': case '`': case '{': case '|': case '}':
    case '#':
      return false;
    default:
      return true;
  }
}

std::optional<std::string> string_field(const json& object, const char* name) {
  const auto field = object.find(name);
  if (field == object.end() || !field->is_string()) return std::nullopt;
  return field->get_ref<const std::string&>();
}

constexpr const char* kUnreadableDeployment =
    "Your saved Jitsi deployment could not be read, so the site's default is used.";

}  // namespace

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::PublicJitsi: return "meet.jit.si";
    case Kind::SelfHosted: return "self-hosted";
    case Kind::JaaS: return "jaas";
  }
  return "meet.jit.si";
}

std::optional<Kind> kind_from_name(std::string_view name) {
  for (Kind kind : {Kind::PublicJitsi, Kind::SelfHosted, Kind::JaaS}) {
    if (name == kind_name(kind)) return kind;
  }
  return std::nullopt;
}

Deployment public_jitsi() { return Deployment{}; }

Deployment self_hosted(std::string domain) {
  Deployment d;
  d.kind = Kind::SelfHosted;
  d.domain = std::move(domain);
  return d;
}

Deployment jaas(std::string app_id) {
  Deployment d;
  d.kind = Kind::JaaS;
  d.jaas_app_id = std::move(app_id);
  return d;
}

// --- user input -------------------------------------------------------------------

std::string normalize_domain(std::string_view input) {
  // Trailing slashes and spaces in any mix ("host/ /"), so that normalizing twice
  // changes nothing.
  std::string_view kept = utf8::trim(input);
  while (kept.ends_with('/')) kept = utf8::trim(kept.substr(0, kept.size() - 1));
  std::string domain(kept);
  const std::size_t slash = domain.find('/');
  for (std::size_t i = 0; i < domain.size() && i < slash; ++i) domain[i] = ascii_lower(domain[i]);
  return domain;
}

Deployment normalize(const Deployment& deployment) {
  Deployment d = deployment;
  d.domain = normalize_domain(d.domain);
  d.jaas_app_id = ascii_lowered(utf8::trim(d.jaas_app_id));
  d.token_url = std::string(utf8::trim(d.token_url));
  std::string jwt;
  for (char c : d.jwt) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') jwt.push_back(c);  // pasted line breaks
  }
  d.jwt = std::move(jwt);
  return d;
}

std::optional<std::string> domain_problem(std::string_view domain) {
  if (domain.empty()) return "Enter your Jitsi server's address, such as jitsi.example.org.";
  if (domain.size() > kMaxDomainBytes) return "That address is too long for a server name.";
  // Valid is valid ("data:8080" is the host "data" on port 8080); the checks below
  // only choose the message for what is not.
  if (is_valid_jitsi_domain(domain)) return std::nullopt;
  const std::string lower = ascii_lowered(domain.substr(0, 16));
  for (std::string_view scheme : {"javascript:", "data:", "vbscript:", "blob:", "file:"}) {
    if (lower.starts_with(scheme)) return "Enter a server name, not a script or data link.";
  }
  if (domain.find("://") != std::string_view::npos || domain.starts_with("//")) {
    return "Leave out the https:// part: enter just the server, such as jitsi.example.org.";
  }
  if (has_space_or_control(domain)) return "Server addresses can't contain spaces.";
  if (domain.find('@') != std::string_view::npos) {
    return "Leave out user names and passwords (the part up to @): enter just the server.";
  }
  if (domain.find_first_of("?#") != std::string_view::npos) {
    return "Leave out everything from ? or # on: enter just the server and an optional path.";
  }
  for (char c : domain) {
    if (static_cast<unsigned char>(c) >= 0x80u) {
      return "Use the server's ASCII name (international names start with xn--).";
    }
  }
  // Check each piece through is_valid_jitsi_domain() on a stand-in host, so the
  // rules live in one place and each problem gets its own message.
  const std::size_t slash = domain.find('/');
  const std::string_view authority = domain.substr(0, slash);
  const std::size_t colon = authority.find(':');
  constexpr const char* kNotAHost =
      "That is not a valid server name. Use host[:port][/path], such as jitsi.example.org or "
      "jitsi.example.org:8443/meet.";
  if (!is_valid_jitsi_domain(authority.substr(0, colon))) return kNotAHost;
  if (colon != std::string_view::npos &&
      !is_valid_jitsi_domain("h:" + std::string(authority.substr(colon + 1)))) {
    return "The port after : must be a number from 1 to 65535, as in jitsi.example.org:8443.";
  }
  if (slash != std::string_view::npos &&
      !is_valid_jitsi_domain("h/" + std::string(domain.substr(slash + 1)))) {
    return "The path after / can use only letters, digits, '-', '.', '_' and '~', with no empty "
           "parts or '..'.";
  }
  return kNotAHost;
}

std::optional<std::string> jaas_app_id_problem(std::string_view app_id) {
  if (app_id.empty()) return "Enter your JaaS AppID; it starts with vpaas-magic-cookie-.";
  bool ok = app_id.starts_with(kJaasAppIdPrefix) &&
            app_id.size() == kJaasAppIdPrefix.size() + kJaasAppIdHexDigits;
  for (std::size_t i = kJaasAppIdPrefix.size(); ok && i < app_id.size(); ++i) {
    ok = is_hex_lower(app_id[i]);
  }
  if (ok) return std::nullopt;
  return "A JaaS AppID is vpaas-magic-cookie- followed by 32 characters 0-9 and a-f; copy it "
         "from the JaaS console.";
}

std::optional<std::string> jwt_problem(std::string_view jwt) {
  if (jwt.empty()) return "Paste the JWT (a token of three parts separated by dots).";
  if (jwt.size() > kMaxJwtBytes) return "That token is too long to be a JWT.";
  std::size_t parts = 0;
  bool chars_ok = true;
  std::string_view rest = jwt;
  for (;;) {
    const std::size_t dot = rest.find('.');
    const std::string_view part = rest.substr(0, dot);
    ++parts;
    if (part.empty() || part.size() % 4 == 1) chars_ok = false;
    for (char c : part) chars_ok = chars_ok && is_base64url(c);
    if (dot == std::string_view::npos) break;
    rest.remove_prefix(dot + 1);
  }
  if (parts != 3) return "A JWT has three parts separated by dots, like xxxxx.yyyyy.zzzzz.";
  if (!chars_ok) {
    return "Each part of a JWT uses only letters, digits, '-' and '_'; copy the whole token "
           "again.";
  }
  return std::nullopt;
}

std::optional<std::string> token_url_problem(std::string_view url) {
  if (url.empty()) return "Enter the token URL, such as https://auth.example.org/jitsi-token.";
  if (url.size() > kMaxTokenUrlBytes) return "That token URL is too long.";
  constexpr std::string_view kScheme = "https://";
  if (url.size() < kScheme.size() || ascii_lowered(url.substr(0, kScheme.size())) != kScheme) {
    return "The token URL must start with https://.";
  }
  const std::string_view rest = url.substr(kScheme.size());
  const std::size_t end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, end);
  if (authority.find('/') != std::string_view::npos || !is_valid_jitsi_domain(authority)) {
    return "The token URL must name a valid server, such as https://auth.example.org/token.";
  }
  if (end != std::string_view::npos) {
    for (char c : rest.substr(end)) {
      if (!is_url_char(c)) {
        return "The token URL can't contain spaces, quotes, '#' or other special characters.";
      }
    }
  }
  return std::nullopt;
}

std::vector<DeploymentProblem> deployment_problems(const Deployment& d) {
  std::vector<DeploymentProblem> problems;
  auto check = [&problems](DeploymentField field, const std::optional<std::string>& problem) {
    if (problem) problems.push_back({field, *problem});
  };
  if (d.kind == Kind::SelfHosted) check(DeploymentField::Domain, domain_problem(d.domain));
  if (d.kind == Kind::JaaS) check(DeploymentField::AppId, jaas_app_id_problem(d.jaas_app_id));
  if (d.kind != Kind::PublicJitsi && !d.jwt.empty()) {
    check(DeploymentField::Jwt, jwt_problem(d.jwt));
  }
  if (!d.token_url.empty()) check(DeploymentField::TokenUrl, token_url_problem(d.token_url));
  return problems;
}

std::optional<std::string> jwt_from_token_response(std::string_view body) {
  if (body.size() > kMaxTokenResponseBytes) return std::nullopt;
  const std::string_view trimmed = utf8::trim(body);
  if (!jwt_problem(trimmed)) return std::string(trimmed);
  const auto document = json::parse(trimmed, nullptr, false);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  for (const char* key : {"token", "jwt", "accessToken"}) {
    const auto value = string_field(document, key);
    if (!value) continue;
    const std::string_view token = utf8::trim(*value);
    if (!jwt_problem(token)) return std::string(token);
  }
  return std::nullopt;
}

// --- what the JS bridge needs ------------------------------------------------------

std::string api_domain(const Deployment& d) {
  switch (usable_kind(d)) {
    case Kind::SelfHosted: return d.domain;
    case Kind::JaaS: return kJaasDomain;
    case Kind::PublicJitsi: break;
  }
  return kPublicJitsiDomain;
}

std::string script_url(const Deployment& d) {
  if (usable_kind(d) == Kind::JaaS) {
    return std::string("https://") + kJaasDomain + "/" + d.jaas_app_id + "/external_api.js";
  }
  return "https://" + api_domain(d) + "/external_api.js";
}

std::string origin(const Deployment& d) {
  const std::string domain = api_domain(d);
  return "https://" + domain.substr(0, domain.find('/'));
}

std::string room_name(const Deployment& d, const RoomCode& code) {
  if (usable_kind(d) == Kind::JaaS) return d.jaas_app_id + "/" + code.str();
  return code.str();
}

std::optional<std::string> jwt_for(const Deployment& d) {
  if (usable_kind(d) == Kind::PublicJitsi || d.jwt.empty() || jwt_problem(d.jwt)) {
    return std::nullopt;
  }
  return d.jwt;
}

void apply_deployment(json& options, const Deployment& d, const RoomCode& code) {
  if (!options.is_object()) options = json::object();
  options["roomName"] = room_name(d, code);
  if (const auto jwt = jwt_for(d)) {
    options[kJwtOption] = *jwt;
  } else {
    options.erase(kJwtOption);
  }
}

// --- what the UI shows ---------------------------------------------------------------

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

std::string place_key(const Deployment& d) {
  switch (usable_kind(d)) {
    case Kind::SelfHosted: return normalize_domain(d.domain);
    case Kind::JaaS: return std::string(kJaasDomain) + "/" + d.jaas_app_id;
    case Kind::PublicJitsi: break;
  }
  return kPublicJitsiDomain;
}

bool same_place(const Deployment& a, const Deployment& b) { return place_key(a) == place_key(b); }

// --- storage -----------------------------------------------------------------------

std::string encode_deployment(const Deployment& d, JwtKeeping keeping) {
  json document = {{"version", kDeploymentVersion}, {"kind", kind_name(d.kind)}};
  if (!d.domain.empty()) document["domain"] = d.domain;
  if (!d.jaas_app_id.empty()) document["appId"] = d.jaas_app_id;
  if (keeping == JwtKeeping::Device) {
    document["rememberJwt"] = true;
    if (!d.jwt.empty()) document["jwt"] = d.jwt;
  }
  if (!d.token_url.empty()) document["tokenUrl"] = d.token_url;
  return document.dump(-1, ' ', false, json::error_handler_t::replace);
}

DeploymentLoad decode_deployment(std::string_view text) {
  DeploymentLoad load;
  if (utf8::trim(text).empty()) return load;
  auto unusable = [](const char* problem) {
    DeploymentLoad failed;
    failed.problem = problem;
    return failed;
  };

  const auto document = json::parse(text, nullptr, false);
  if (document.is_discarded() || !document.is_object()) return unusable(kUnreadableDeployment);
  const auto version = document.find("version");
  if (version == document.end() || !version->is_number_unsigned()) {
    return unusable(kUnreadableDeployment);
  }
  const auto version_number = version->get<std::uint64_t>();
  if (version_number > static_cast<std::uint64_t>(kDeploymentVersion)) {
    return unusable(
        "Your saved Jitsi deployment was written by a newer version of Cof-iniX, so the site's "
        "default is used.");
  }
  if (version_number != static_cast<std::uint64_t>(kDeploymentVersion)) {
    return unusable(kUnreadableDeployment);
  }
  const auto kind_text = string_field(document, "kind");
  const auto kind = kind_text ? kind_from_name(*kind_text) : std::nullopt;
  if (!kind) return unusable(kUnreadableDeployment);

  Deployment d;
  d.kind = *kind;
  struct Field {
    const char* key;
    std::string Deployment::*member;
    std::optional<std::string> (*problem)(std::string_view);
  };
  for (const Field field : {Field{"domain", &Deployment::domain, domain_problem},
                            Field{"appId", &Deployment::jaas_app_id, jaas_app_id_problem},
                            Field{"jwt", &Deployment::jwt, jwt_problem},
                            Field{"tokenUrl", &Deployment::token_url, token_url_problem}}) {
    const auto value = document.find(field.key);
    if (value == document.end()) continue;
    if (value->is_string()) {
      Deployment candidate;  // normalize() treats each field on its own
      candidate.*field.member = value->get_ref<const std::string&>();
      std::string normalized = normalize(candidate).*field.member;
      if (!field.problem(normalized)) {
        d.*field.member = std::move(normalized);
        continue;
      }
    }
    if (!load.problem) {
      load.problem = std::string("Part of your saved Jitsi deployment (") + field.key +
                     ") could not be read; please check it in Settings.";
    }
  }
  if (!deployment_problems(d).empty()) return unusable(kUnreadableDeployment);
  const auto remember = document.find("rememberJwt");
  if (remember != document.end() && remember->is_boolean() && remember->get<bool>()) {
    load.jwt_keeping = JwtKeeping::Device;
  } else if (!d.jwt.empty()) {
    load.jwt_to_move = true;
  }
  load.deployment = std::move(d);
  return load;
}

// --- invite links --------------------------------------------------------------------

void add_deployment_params(std::map<std::string, std::string>& params, const Deployment& d,
                           const Deployment& site_default) {
  std::erase_if(params, [](const auto& param) { return is_deployment_param(param.first); });
  if (same_place(d, site_default)) return;
  switch (usable_kind(d)) {
    case Kind::PublicJitsi:
      params["dep"] = "public";
      break;
    case Kind::SelfHosted:
      params["dep"] = "self";
      params["host"] = normalize_domain(d.domain);
      break;
    case Kind::JaaS:
      params["dep"] = "jaas";
      params["app"] = d.jaas_app_id;
      break;
  }
}

LinkDeployment deployment_from_params(const std::map<std::string, std::string>& params) {
  LinkDeployment link;
  for (const char* secret : {"jwt", "token", "tokenUrl"}) {
    if (params.contains(secret)) {
      link.ignored.push_back(std::string("The link's \"") + secret +
                             "\" parameter was ignored: sign-in tokens never travel in links.");
    }
  }
  const auto get = [&params](const char* key) -> const std::string* {
    const auto found = params.find(key);
    return found == params.end() ? nullptr : &found->second;
  };
  const std::string* dep = get("dep");
  const std::string* host = get("host");
  const std::string* app = get("app");
  const std::string dep_value = dep ? *dep : std::string();

  if (host && dep_value != "self") {
    link.ignored.push_back("The link's \"host\" parameter was ignored: it needs dep=self.");
  }
  if (app && dep_value != "jaas") {
    link.ignored.push_back("The link's \"app\" parameter was ignored: it needs dep=jaas.");
  }
  if (!dep) return link;

  if (dep_value == "public") {
    link.deployment = public_jitsi();
  } else if (dep_value == "self") {
    if (!host) {
      link.ignored.push_back("The link names no Jitsi server, so this site's default is used.");
    } else if (const std::string domain = normalize_domain(*host); domain_problem(domain)) {
      link.ignored.push_back("The link's Jitsi server " + quote_for_message(*host) +
                             " is not a valid server name, so this site's default is used.");
    } else {
      link.deployment = self_hosted(domain);
    }
  } else if (dep_value == "jaas") {
    if (!app || jaas_app_id_problem(*app)) {
      link.ignored.push_back("The link's JaaS AppID " + quote_for_message(app ? *app : std::string()) +
                             " is not valid, so this site's default is used.");
    } else {
      link.deployment = jaas(*app);
    }
  } else {
    link.ignored.push_back("The link's deployment " + quote_for_message(dep_value) +
                           " is not known, so this site's default is used.");
  }
  return link;
}

bool is_deployment_param(std::string_view key) {
  for (std::string_view ours : {"dep", "host", "app", "jwt", "token", "tokenUrl"}) {
    if (key == ours) return true;
  }
  return false;
}

std::string meeting_hash_for(const RoomCode& code, const Deployment& d,
                             const Deployment& site_default) {
  std::map<std::string, std::string> params;
  add_deployment_params(params, d, site_default);
  std::string hash = meeting_hash(code);
  char separator = '?';
  for (const auto& [key, value] : params) {
    hash += separator + percent_encode(key) + "=" + percent_encode(value);
    separator = '&';
  }
  return hash;
}

}  // namespace cofx
