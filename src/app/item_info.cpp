#include "app/item_info.h"

#include <unordered_map>

#include <imgui.h>
#include <imgui_internal.h>

namespace cofx {
namespace {

std::unordered_map<ImGuiID, ItemInfo>& infos() {
  static std::unordered_map<ImGuiID, ItemInfo> map;
  return map;
}

}  // namespace

void listen_to_item_info(ImGuiContext* context) { context->TestEngineHookItems = true; }

const ItemInfo* item_info(std::uint32_t id) {
  const auto found = infos().find(id);
  return found == infos().end() ? nullptr : &found->second;
}

void forget_item_info() { infos().clear(); }

}  // namespace cofx

// Dear ImGui's test-engine hooks (imgui_internal.h). Only the label and flags are kept.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  std::string text = label != nullptr ? label : "";
  const std::size_t hidden = text.find("##");
  if (hidden != std::string::npos) text.resize(hidden);
  cofx::infos()[id] = {std::move(text), flags};
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
