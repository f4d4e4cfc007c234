// The sentences about Jitsi deployments: the field checks on the Settings screen, the note
// under each kind, the place a meeting runs on, the joining notice, refused link parameters
// and a stored deployment that could not be read. Core returns the typed outcome
// (core/deployment/...); these say it in words.
#pragma once

#include <string>
#include <vector>

#include "core/deployment/deployment.h"
#include "core/deployment/deployment_check.h"
#include "core/deployment/deployment_labels.h"
#include "core/deployment/deployment_links.h"
#include "core/deployment/deployment_storage.h"
#include "core/deployment/trusted_deployments.h"
#include "core/links/room_code.h"

namespace cofx {

// One sentence for the message under that field.
std::string describe(FieldProblem problem);

// One line under each choice on the Settings screen.
std::string deployment_note(Deployment::Kind kind);
// "meet.jit.si", "jitsi.example.org", "8x8.vc (Jitsi as a Service)".
std::string deployment_label(const Deployment& deployment);
// "You are joining COF-AB12CD34 on jitsi.example.org." A JaaS tenant other than the site's
// own is named by its (shortened) AppID, since every tenant shares 8x8.vc.
std::string joining_notice(const RoomCode& code, const Deployment& deployment, const Deployment& site_default);

// What the Settings list shows for a trusted place key: "jitsi.example.org", or for JaaS
// "8x8.vc (Jitsi as a Service) vpaas-magic-cookie-1a2b3c…".
std::string trusted_deployment_label(std::string_view key);

// "The link's \"host\" parameter was ignored: it needs dep=self." and the like.
std::string describe(const IgnoredParam& ignored);
std::string describe(const StoredDeploymentProblem& problem);

}  // namespace cofx
