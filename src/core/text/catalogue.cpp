#include "core/text/catalogue.h"

namespace cofx {
namespace {

constexpr std::uint32_t kMagic = 0x950412de;

struct Reader {
  const std::vector<std::uint8_t>& bytes;
  bool swap = false;

  std::optional<std::uint32_t> word(std::size_t at) const {
    if (at + 4 > bytes.size()) return std::nullopt;
    const std::uint32_t b0 = bytes[at], b1 = bytes[at + 1], b2 = bytes[at + 2], b3 = bytes[at + 3];
    return swap ? (b0 << 24 | b1 << 16 | b2 << 8 | b3) : (b3 << 24 | b2 << 16 | b1 << 8 | b0);
  }
  // The string a (length, offset) descriptor at `at` points to; msgfmt writes a NUL after it.
  std::optional<std::string_view> string(std::size_t at) const {
    const auto length = word(at);
    const auto offset = word(at + 4);
    if (!length || !offset || std::size_t{*offset} + *length >= bytes.size() ||
        bytes[std::size_t{*offset} + *length] != 0) {
      return std::nullopt;
    }
    return std::string_view(reinterpret_cast<const char*>(bytes.data()) + *offset, *length);
  }
};

std::string_view header_field(std::string_view header, std::string_view name) {
  for (std::size_t at = 0; at < header.size();) {
    std::size_t end = header.find('\n', at);
    if (end == std::string_view::npos) end = header.size();
    const std::string_view line = header.substr(at, end - at);
    if (line.substr(0, name.size()) == name) {
      std::string_view value = line.substr(name.size());
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      return value;
    }
    at = end + 1;
  }
  return {};
}

}  // namespace

std::string catalogue_key(std::string_view context, std::string_view english) {
  if (context.empty()) return std::string(english);
  std::string key(context);
  key.push_back('\x04');
  key.append(english);
  return key;
}

std::optional<Catalogue> Catalogue::from_mo(std::vector<std::uint8_t> bytes) {
  Catalogue catalogue;
  catalogue.bytes_ = std::move(bytes);
  Reader read{catalogue.bytes_};
  const auto magic = read.word(0);
  if (!magic) return std::nullopt;
  if (*magic != kMagic) {
    read.swap = true;
    if (read.word(0) != kMagic) return std::nullopt;
  }
  const auto revision = read.word(4);
  const auto count = read.word(8);
  const auto originals = read.word(12);
  const auto translations = read.word(16);
  if (!revision || (*revision >> 16) != 0 || !count || !originals || !translations) return std::nullopt;
  if (*count > catalogue.bytes_.size() / 8) return std::nullopt;
  catalogue.entries_.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    const auto english = read.string(std::size_t{*originals} + 8u * i);
    const auto translated = read.string(std::size_t{*translations} + 8u * i);
    if (!english || !translated) return std::nullopt;
    if (english->empty()) {
      catalogue.language_ = std::string(header_field(*translated, "Language:"));
      const std::string_view plural = header_field(*translated, "Plural-Forms:");
      if (plural.find("nplurals=1") != std::string_view::npos) catalogue.plural_forms_ = 1;
      continue;
    }
    // A plural message is stored as "one\0many": it is looked up by its first form.
    const std::string_view key = english->substr(0, english->find('\0'));
    catalogue.entries_.emplace(key, *translated);
  }
  return catalogue;
}

std::string_view Catalogue::find(std::string_view context, std::string_view english) const {
  const auto it = entries_.find(context.empty() ? english : std::string_view(catalogue_key(context, english)));
  if (it == entries_.end()) return {};
  return it->second.substr(0, it->second.find('\0'));
}

std::string_view Catalogue::find_plural(std::string_view context, std::string_view english_one, long n) const {
  const auto it = entries_.find(context.empty() ? english_one : std::string_view(catalogue_key(context, english_one)));
  if (it == entries_.end()) return {};
  std::string_view forms = it->second;
  for (int index = plural_index(n); index > 0; --index) {
    const std::size_t end = forms.find('\0');
    if (end == std::string_view::npos) return {};
    forms.remove_prefix(end + 1);
  }
  return forms.substr(0, forms.find('\0'));
}

void Catalogue::rewrite(std::string (*change)(std::string_view)) {
  for (auto& [english, translation] : entries_) {
    std::string changed = change(translation);
    if (changed == translation) continue;
    translation = rewritten_.emplace_back(std::move(changed));
  }
}

}  // namespace cofx
