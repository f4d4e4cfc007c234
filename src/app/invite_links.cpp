#include "app/invite_links.h"

#include "core/links/route.h"
#include "core/deployment/deployment_links.h"

namespace cofx {

std::string invite_link_on(std::string_view site_url, const RoomCode& code, const InviteDetails& details,
                           const Deployment& deployment, const Deployment& site_default) {
  std::string hash = meeting_hash_for(code, deployment, site_default);
  // invite_hash() is "#/CODE" then "?t=…": keep its query, joined after the deployment's.
  const std::string invite_query = invite_hash(code, details).substr(meeting_hash(code).size());
  if (!invite_query.empty()) {
    hash += hash.find('?') == std::string::npos ? '?' : '&';
    hash.append(invite_query, 1);
  }
  return std::string(site_url.substr(0, site_url.find('#'))) + hash;
}

InviteDetails invite_from_params(const std::map<std::string, std::string>& params) {
  std::map<std::string, std::string> invite_params;
  for (const auto& [name, value] : params) {
    if (!is_deployment_param(name)) invite_params.emplace(name, value);
  }
  return parse_invite(invite_params);
}

std::string meeting_link(std::string_view site_url, const MeetingTarget& target, const Deployment& site_default) {
  return std::string(site_url) + meeting_hash_for(target.code, target.deployment, site_default);
}

}  // namespace cofx
