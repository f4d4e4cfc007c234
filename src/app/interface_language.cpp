#include "app/interface_language.h"

#include "app/words/tr.h"

namespace cofx {

InterfaceLanguage::InterfaceLanguage(Platform& platform)
    : platform_(platform), current_(*find_language(kEnglishTag)) {}

void InterfaceLanguage::start() {
  if (!use(platform_.language())) use(std::string(kEnglishTag));
}

void InterfaceLanguage::choose(const std::string& tag) {
  problem_.clear();
  pending_ = tag;
  platform_.load_language(tag);
}

bool InterfaceLanguage::on_loaded(const host::LanguageLoaded& loaded) {
  const bool asked = pending_.has_value();
  pending_.reset();
  if (!asked) return false;
  if (loaded.ok && use(loaded.tag)) return true;
  const auto language = find_language(loaded.tag);
  problem_ = tr("Couldn't load {language}. Check your connection, then choose it again.",
                {{"language", language ? language->own_name : std::string_view(loaded.tag)}});
  return false;
}

bool InterfaceLanguage::use(const std::string& tag) {
  const auto language = find_language(tag);
  if (!language) return false;
  if (language->tag == kEnglishTag) {
    use_catalogue(nullptr);
  } else {
    auto catalogue = Catalogue::from_mo(platform_.take_catalogue());
    if (!catalogue) return false;
    use_catalogue(std::make_unique<Catalogue>(std::move(*catalogue)));
  }
  current_ = *language;
  // Its own words need Han glyphs at once (the font otherwise comes with the first Han name).
  if (current_.tag == "zh-CN") platform_.want_script(Script::Han);
  return true;
}

}  // namespace cofx
