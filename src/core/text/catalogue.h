// A translation catalogue read from a gettext .mo file (what Debian's msgfmt compiles a
// translator's .po into). The English text is the key: a message missing from the catalogue
// falls back to it.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cofx {

class Catalogue {
 public:
  // nullopt for anything that is not a well-formed little- or big-endian .mo file.
  static std::optional<Catalogue> from_mo(std::vector<std::uint8_t> bytes);

  Catalogue(const Catalogue&) = delete;
  Catalogue& operator=(const Catalogue&) = delete;
  Catalogue(Catalogue&&) = default;
  Catalogue& operator=(Catalogue&&) = default;

  // The translation, or empty when the catalogue lacks it (or holds it untranslated).
  std::string_view find(std::string_view context, std::string_view english) const;
  // The translation of a plural message for count n (by the catalogue's Plural-Forms).
  std::string_view find_plural(std::string_view context, std::string_view english_one, long n) const;

  // Every translation passed through `change` (the words as drawn: core/text/shaped_text.h).
  void rewrite(std::string (*change)(std::string_view));

  std::string_view language() const { return language_; }  // the header's "Language:"
  std::size_t size() const { return entries_.size(); }
  // Which form a count takes: 0 for every n in languages with one form (Malay, Chinese),
  // else 0 for n == 1 and 1 otherwise (English, Tamil). Other rules are not needed yet.
  int plural_index(long n) const { return plural_forms_ == 1 ? 0 : (n == 1 ? 0 : 1); }

 private:
  Catalogue() = default;
  std::vector<std::uint8_t> bytes_;  // the views below point into it
  std::deque<std::string> rewritten_;  // translations rewrite() changed; entries_ point into them
  std::unordered_map<std::string_view, std::string_view> entries_;  // msgid (with context) -> msgstr
  std::string language_;
  int plural_forms_ = 2;
};

// The key gettext stores a message with context under: "context\x04english".
std::string catalogue_key(std::string_view context, std::string_view english);

}  // namespace cofx
