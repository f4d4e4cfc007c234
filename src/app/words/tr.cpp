#include "app/words/tr.h"

#include <vector>

#include "core/text/shaped_text.h"

namespace cofx {
namespace {

struct Catalogues {
  std::vector<std::unique_ptr<Catalogue>> kept;
  const Catalogue* current = nullptr;
};

Catalogues& catalogues() {
  static Catalogues instance;
  return instance;
}

std::string fill_from(std::string_view pattern, const Placeholder* first, const Placeholder* last);

}  // namespace

void use_catalogue(std::unique_ptr<Catalogue> catalogue) {
  Catalogues& all = catalogues();
  if (catalogue && shaped::enabled()) catalogue->rewrite(shaped::for_display);
  all.current = catalogue.get();
  if (catalogue) all.kept.push_back(std::move(catalogue));
}

const Catalogue* current_catalogue() { return catalogues().current; }

std::string_view trc(std::string_view context, std::string_view english) {
  const Catalogue* catalogue = catalogues().current;
  if (catalogue == nullptr) return english;
  const std::string_view found = catalogue->find(context, english);
  return found.empty() ? english : found;
}

std::string_view tr(std::string_view english) { return trc({}, english); }

std::string tr(std::string_view english, std::initializer_list<Placeholder> values) {
  return fill(tr(english), values);
}

std::string trc(std::string_view context, std::string_view english, std::initializer_list<Placeholder> values) {
  return fill(trc(context, english), values);
}

std::string trn(std::string_view english_one, std::string_view english_many, long n,
                std::initializer_list<Placeholder> values) {
  const Catalogue* catalogue = catalogues().current;
  std::string_view pattern = catalogue == nullptr ? std::string_view{} : catalogue->find_plural({}, english_one, n);
  if (pattern.empty()) pattern = n == 1 ? english_one : english_many;
  const std::string count = std::to_string(n);
  std::vector<Placeholder> all(values);
  all.emplace_back("n", count);
  return fill_from(pattern, all.data(), all.data() + all.size());
}

std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values) {
  return fill_from(pattern, values.begin(), values.end());
}

namespace {
std::string fill_from(std::string_view pattern, const Placeholder* first, const Placeholder* last) {
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t at = 0; at < pattern.size();) {
    const char c = pattern[at];
    if ((c == '{' || c == '}') && at + 1 < pattern.size() && pattern[at + 1] == c) {
      out.push_back(c);
      at += 2;
      continue;
    }
    if (c == '{') {
      const std::size_t close = pattern.find('}', at);
      if (close != std::string_view::npos) {
        const std::string_view name = pattern.substr(at + 1, close - at - 1);
        const Placeholder* match = nullptr;
        for (const Placeholder* value = first; value != last; ++value) {
          if (value->first == name) match = value;
        }
        if (match != nullptr) {
          out.append(shaped::for_display(match->second));  // a name or title the words hold
          at = close + 1;
          continue;
        }
      }
    }
    out.push_back(c);
    ++at;
  }
  return out;
}
}  // namespace

std::string label(std::string_view words, std::string_view id) {
  std::string text(words);
  text.append("###").append(id);
  return text;
}

}  // namespace cofx
