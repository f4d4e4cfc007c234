// The site's Content-Security-Policy, derived from config.json's policy at build time
// (scripts/build writes it into index.html and the hosting recipes):
//
//   script-src  'self' 'wasm-unsafe-eval'      (+ the deployment's origin with "iframeApi": "deployment")
//   frame-src   the site deployment's origin   (+ https: when allowUserDeployment: any https
//                                              Jitsi can be framed, never scripted)
//   connect-src 'self'                         (+ the token URL's origin)
//
// and 'none' or 'self' for the rest. A header may also carry frame-ancestors, which a
// <meta> policy cannot.
#pragma once

#include <string>

#include "core/site/site_policy.h"

namespace cofx {

enum class CspPlace { Meta, Header };

std::string content_security_policy(const SitePolicy& policy, CspPlace place);

}  // namespace cofx
