// What the app needs from Dear ImGui beyond its public API, behind plain functions
// (implemented in imgui_reach.cpp, the only app file that includes imgui_internal.h).
#pragma once

namespace cofx::imgui_reach {

}  // namespace cofx::imgui_reach
