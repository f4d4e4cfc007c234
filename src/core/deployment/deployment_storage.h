// The deployment a person chose, as stored in this browser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deployment/deployment.h"

namespace cofx {

// A JWT is a login: by default it is kept for this tab only (sessionStorage, under
// kDeploymentJwtTabKey), never in the stored document. "Remember it on this device" is the
// person's explicit choice (JwtKeeping::Device), and the document says so ("rememberJwt").
inline constexpr const char* kDeploymentJwtTabKey = "cofinix.deployment.jwt";
enum class JwtKeeping { Tab, Device };

// What was wrong with the stored deployment (app/words/deployment_words.h says it in words).
struct StoredDeploymentProblem {
  enum class Kind {
    Unreadable,  // not usable at all: the site's default is used
    Newer,       // written by a newer version: the site's default is used
    PartUnreadable,  // one field could not be read (the first such in `field`)
  };
  Kind kind = Kind::Unreadable;
  std::string field;  // PartUnreadable: the document's key, "domain", "appId", "jwt", "tokenUrl"
  bool operator==(const StoredDeploymentProblem&) const = default;
};

struct DeploymentLoad {
  std::optional<Deployment> deployment;  // nullopt: nothing usable stored, follow the site default
  std::optional<StoredDeploymentProblem> problem;  // set when stored text was unusable in part or whole
  JwtKeeping jwt_keeping = JwtKeeping::Tab;
  // A JWT found in the document without "rememberJwt" (written by an older version): the
  // caller moves it to the tab's storage and saves the document again without it.
  bool jwt_to_move = false;
};
// The document for localStorage; with JwtKeeping::Tab it holds no JWT.
std::string encode_deployment(const Deployment& deployment, JwtKeeping keeping = JwtKeeping::Tab);
// Never fails hard: every field is checked; a deployment that comes back always has no
// deployment_problems(). Empty text means nothing was stored (no problem).
DeploymentLoad decode_deployment(std::string_view text);

}  // namespace cofx
