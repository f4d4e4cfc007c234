#include "core/site/language.h"

#include <array>

namespace cofx {
namespace {

constexpr std::array<Language, 4> kOffered = {{
    {"en", "English", "en"},
    {"ms", "Bahasa Melayu", "en"},
    {"zh-CN", "中文（简体）", "zhCN"},
    {"ta", "தமிழ்", "en"},
}};
constexpr Language kPseudo = {"en-XA", "[Éñglîšh ~~~]", "en"};

}  // namespace

std::span<const Language> interface_languages() { return kOffered; }

std::optional<Language> find_language(std::string_view tag) {
  for (const Language& language : kOffered) {
    if (language.tag == tag) return language;
  }
  if (tag == kPseudo.tag) return kPseudo;
  return std::nullopt;
}

}  // namespace cofx
