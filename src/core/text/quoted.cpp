#include "core/text/quoted.h"

#include "core/meeting/display_name.h"
#include "core/text/utf8.h"

namespace cofx {

std::string quote_for_message(std::string_view text, std::size_t max_bytes) {
  // Cut before cleaning so a 1 MB value costs no more than a short one.
  const std::string_view head = utf8::prefix_bytes(text, max_bytes + 1);
  const std::string cleaned = clean_display_name(head);
  const std::string_view shown = utf8::prefix_bytes(cleaned, max_bytes);
  const bool cut = shown.size() < cleaned.size() || head.size() < text.size();
  return "\"" + std::string(shown) + (cut ? "...\"" : "\"");
}

}  // namespace cofx
