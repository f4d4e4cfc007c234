// What the app shows, as JSON, for tests only: the browser tests read it as
// window.cofx.state (built when read, web/main.cpp's cofx_snapshot) and the unit tests
// through FakePlatform. Nothing in the app reads it back.
#pragma once

#include <string>
#include <string_view>

#include "app/app.h"
#include "core/time/time_zone.h"

namespace cofx {

std::string test_snapshot(const App& app, const ZoneRules& zone, std::string_view site_url);

}  // namespace cofx
