// The languages the interface speaks. English is the source text; the others are gettext
// catalogues (src/app/words/catalogues/) that the browser fetches. Which one a browser gets
// when the person has not chosen is decided in shell/boot.js (it starts the fetch before the
// app runs); the person's choice is Settings::language.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace cofx {

struct Language {
  std::string_view tag;        // BCP 47, as <html lang> and the catalogue's file name
  std::string_view own_name;   // how its readers name it, whatever the interface's language
  // Jitsi Meet's own language code for its page in the frame. Jitsi ships no Malay: a Malay
  // interface opens Jitsi in English, which Malaysians read at work and school, rather than
  // Indonesian, whose everyday words differ (rapat, kata sandi) and read as foreign. Nor
  // Tamil: a Tamil interface opens it in English too.
  std::string_view jitsi;
};

// English, Bahasa Melayu, 中文（简体）: the ones Settings offers.
std::span<const Language> interface_languages();

// Any language the site can load: the offered ones and en-XA, the pseudo-language tests use
// (accented and 40 % longer: a cut or untranslated string shows on every screen).
std::optional<Language> find_language(std::string_view tag);

inline constexpr std::string_view kEnglishTag = "en";

}  // namespace cofx
